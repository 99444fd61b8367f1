"""'Why:' after an answer is one short sentence that the source cards below it do not already say."""

from __future__ import annotations

from difflib import SequenceMatcher

import pytest

from quizgen.app.views.why import why_line
from quizgen.config import QUIZ
from quizgen.storage import load_bank
from quizgen.textnorm import fold
from tests.app.student import STARTER
from tests.samples import PROJECT

MC = STARTER.questions[0]  # cites "This contributed to record bilateral trade of $240 billion ... customs data."
OWN = MC.explanation.strip()  # the teacher's: "Chinese customs data put 2023 trade at a record $240 billion, ..."


def _longest_shared_run(said: str, quote: str) -> int:
    words, other = fold(said).split(), fold(quote).split()
    return SequenceMatcher(None, words, other, autojunk=False).find_longest_match(0, len(words), 0, len(other)).size


def test_why_never_repeats_a_cited_sentence_or_the_outlet_and_date_the_card_shows():
    bank = load_bank(PROJECT / "question_banks" / "generated.yaml")
    shown = {q.id: why_line(q, bank) for q in bank.questions}
    assert any(shown.values()) and not all(shown.values())  # some explanations add something, some only repeat
    for question in bank.questions:
        why = shown[question.id]
        assert "(The New York Times," not in why and "date not stated" not in why, why
        assert "reports the same" not in why and not why.startswith(("True.", "False.")), why
        assert len(why.split()) <= QUIZ.why_max_words, why
        for citation in question.citations:
            assert _longest_shared_run(why, citation.quote) < QUIZ.why_repeat_share * max(len(why.split()), 1), why


@pytest.mark.parametrize(
    ("explanation", "shown"),
    [
        ("", ""),
        (OWN, OWN),  # a teacher's own sentence, which the card does not say, is kept whole
        (f"{OWN} Russia's exports to China were mostly oil and gas.", OWN),  # one sentence, the first
        (f"{MC.citations[0].quote} (The New York Times, 17 May 2024)", ""),  # the card's quote, word for word
        # The card's quote with its words mostly kept: still a repeat.
        (
            "Chinese trade with Russia reached $240 billion in 2023, up from $190 billion in 2022, according to Chinese customs data.",
            "",
        ),
        (f"True. {OWN}", OWN),  # the right answer above already says True or False
        ("False.", ""),
        (
            "The trade was counted at the St. Petersburg office of Chinese customs.",
            "The trade was counted at the St. Petersburg office of Chinese customs.",
        ),
        (
            "Vladimir V. Putin has courted Chinese buyers since 2014.",
            "Vladimir V. Putin has courted Chinese buyers since 2014.",
        ),
        (" ".join(["Trade between the two countries grew"] * 5) + ".", ""),  # no short sentence to show
        (
            "Trade grew every year since 2020; it was a record in 2023.",
            "Trade grew every year since 2020; it was a record in 2023.",
        ),
    ],
)
def test_why_is_one_short_sentence_the_cards_do_not_say(explanation, shown):
    assert why_line(MC.model_copy(update={"explanation": explanation}), STARTER) == shown

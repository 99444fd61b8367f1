"""'Why:' after an answer says what the source cards below it do not already say."""

from __future__ import annotations

from quizgen.app.views.feedback import _why
from quizgen.storage import load_bank
from quizgen.textnorm import fold
from tests.app.student import STARTER
from tests.samples import PROJECT


def test_why_never_repeats_a_cited_sentence_or_the_outlet_and_date_the_card_shows():
    bank = load_bank(PROJECT / "question_banks" / "generated.yaml")
    shown = {q.id: _why(q, bank) for q in bank.questions}
    assert any(shown.values()) and not all(shown.values())  # some explanations add something, some only repeat
    for question in bank.questions:
        why = shown[question.id]
        assert "(The New York Times," not in why and "date not stated" not in why, why
        assert "reports the same" not in why and why not in ("True.", "False."), why
        assert not any(fold(why) and fold(why) in fold(c.quote) for c in question.citations), why


def test_a_teacher_s_own_explanation_is_kept_whole():
    question = STARTER.questions[0]
    assert _why(question, STARTER) == question.explanation.strip()
    repeated = question.model_copy(
        update={"explanation": f"{question.citations[0].quote} (The New York Times, 17 May 2024)"}
    )
    assert _why(repeated, STARTER) == ""

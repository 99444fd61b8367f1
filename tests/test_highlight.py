"""The answer is found in the quoted sentence of each starter question."""

from __future__ import annotations

import pytest

from quizgen.highlight import answer_spans
from quizgen.storage import load_bank
from tests.samples import BANKS

QUESTIONS = {q.type: q for q in load_bank(BANKS / "starter.yaml").questions}


@pytest.mark.parametrize(
    ("kind", "found"),
    [
        ("multiple_choice", ["$240 billion"]),
        ("true_false", []),
        ("fill_in_blank", ["Carnegie Russia Eurasia Center"]),
        ("numeric", ["21"]),
        ("matching", ["Andrei R. Belousov", "defense", "Maksim Reshetnikov", "economy", "Sergey V. Lavrov"]),
    ],
)
def test_answer_is_marked_in_its_quote(kind, found):
    question = QUESTIONS[kind]
    quote = question.citations[0].quote
    assert [quote[s:e] for s, e in answer_spans(question, quote)] == found


@pytest.mark.parametrize(
    ("answer", "quote", "found"),
    [
        (21, "in 2021 a 21-gun salute", ["21"]),
        (240, "of $240 billion, up from 2,240", ["240 billion"]),
        (1200, "some 1,200 troops", ["1,200"]),
        (1200, "some 1200 troops", ["1200"]),
        (5, "5.5 percent", []),
    ],
)
def test_numbers_are_marked_whole(answer, quote, found):
    question = QUESTIONS["numeric"].model_copy(update={"answer": answer})
    assert [quote[s:e] for s, e in answer_spans(question, quote)] == found


def test_words_are_not_marked_inside_other_words():
    question = QUESTIONS["multiple_choice"].model_copy(update={"answer": "Xi"})
    assert answer_spans(question, "Xinhua said Xi met Putin") == [(12, 14)]

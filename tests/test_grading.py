"""Marking answers to the shipped starter bank's questions the way a teacher would."""

from __future__ import annotations

import pytest

from quizgen.grading import answer_text, grade, is_answered, response_text
from quizgen.models import Numeric
from quizgen.storage import load_bank
from tests.samples import BANKS

STARTER = {q.type: q for q in load_bank(BANKS / "starter.yaml").questions}
MC, TF, FILL, NUM, MATCH = (
    STARTER[t] for t in ("multiple_choice", "true_false", "fill_in_blank", "numeric", "matching")
)
RIGHT_PAIRS = ["Defense", "Economy", "Foreign affairs"]


@pytest.mark.parametrize(
    ("question", "response", "correct", "answered"),
    [
        (MC, None, False, False),
        (MC, "$240 billion", True, True),
        (MC, "$190 billion", False, True),
        (TF, None, False, False),
        (TF, True, True, True),
        (TF, False, False, True),
        (FILL, "", False, False),
        (FILL, "   ", False, False),
        (FILL, "Carnegie Russia Eurasia Center", True, True),
        (FILL, "  carnegie russia eurasia center  ", True, True),
        (FILL, "the Carnegie Russia-Eurasia Center.", True, True),
        (FILL, "Carnegie Russia Eurasia Centre", True, True),
        (FILL, "Carnegie", False, True),
        (NUM, "21", True, True),
        (NUM, "21 guns", True, True),
        (NUM, "twenty-one", True, True),
        (NUM, "22", False, True),
        (NUM, "lots", False, True),
        (MATCH, None, False, False),
        (MATCH, ["Defense", None, "Foreign affairs"], False, False),
        (MATCH, RIGHT_PAIRS, True, True),
        (MATCH, ["Economy", "Defense", "Foreign affairs"], False, True),
    ],
)
def test_grade(question, response, correct, answered):
    result = grade(question, response)
    assert (result.correct, result.answered) == (correct, answered)
    assert is_answered(question, response) == answered


def test_matching_says_which_pairs_are_right():
    assert grade(MATCH, ["Economy", "Defense", "Foreign affairs"]).pairs_right == (False, False, True)


def test_unreadable_number_says_what_to_type():
    assert "type digits" in grade(NUM, "lots").note


def numeric(answer: float, unit: str = "", tolerance: float = 0) -> Numeric:
    return NUM.model_copy(update={"answer": answer, "unit": unit, "tolerance": tolerance})


@pytest.mark.parametrize(
    ("question", "typed", "correct"),
    [
        (numeric(240, "billion dollars"), "240", True),
        (numeric(240, "billion dollars"), "$240 billion", True),
        (numeric(240, "billion dollars"), "240bn", True),
        (numeric(240, "billion dollars"), "240 million", False),
        (numeric(240, "billion dollars", tolerance=1), "240.1 billion dollars", True),
        (numeric(240, "billion dollars"), "240.1 billion dollars", False),
        (numeric(240e9, "dollars"), "$240 billion", True),
        (numeric(240e9, "dollars"), "240", False),
        (numeric(90, "%"), "90%", True),
        (numeric(90, "%"), "90", True),
        (numeric(2.5, "days"), "two and a half", True),
        (numeric(0.1 + 0.2, ""), "0.3", True),
    ],
)
def test_numeric_answers_understand_units_and_scales(question, typed, correct):
    assert grade(question, typed).correct is correct


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        (MC, "$240 billion"),
        (TF, "True"),
        (FILL, "Carnegie Russia Eurasia Center"),
        (NUM, "21 guns"),
        (numeric(240, "billion dollars", tolerance=5), "240 (± 5) billion dollars"),
        (numeric(48, "%"), "48%"),
        (MATCH, "Andrei R. Belousov → Defense; Maksim Reshetnikov → Economy; Sergey V. Lavrov → Foreign affairs"),
    ],
)
def test_answer_text(question, shown):
    assert answer_text(question) == shown


@pytest.mark.parametrize(
    ("question", "response", "shown"),
    [
        (MC, None, "No answer"),
        (TF, False, "False"),
        (FILL, " Carnegie ", "Carnegie"),
        (MATCH, ["Economy", None, None], "Andrei R. Belousov → Economy; Maksim Reshetnikov → —; Sergey V. Lavrov → —"),
    ],
)
def test_response_text(question, response, shown):
    assert response_text(question, response) == shown

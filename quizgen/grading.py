"""Marking a student's response to a question, leniently where a teacher would be lenient."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .models import FillInBlank, Matching, MultipleChoice, Numeric, Question, TrueFalse
from .numbers import format_number, parse_amount, unit_scale
from .textnorm import fold

__all__ = ["Grade", "Response", "answer_text", "grade", "is_answered", "response_text"]

# What a student gives: the chosen choice (multiple choice), True/False, typed text
# (fill in the blank, numeric), or the right-hand item chosen for each pair (matching).
Response = str | bool | list[str | None] | None

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an) ")
_RELATIVE_SLACK = 1e-9


@dataclass(frozen=True)
class Grade:
    """Whether a response is right; `pairs_right` tells which pairs of a matching question were."""

    correct: bool
    answered: bool
    pairs_right: tuple[bool, ...] = ()
    note: str = ""


def is_answered(question: Question, response: Response) -> bool:
    """False for no response, blank text, or a matching question with an unmatched item."""
    if response is None:
        return False
    if isinstance(question, Matching):
        return isinstance(response, list) and len(response) == len(question.pairs) and all(response)
    if isinstance(response, str):
        return bool(response.strip())
    return True


def grade(question: Question, response: Response) -> Grade:
    """Mark one response; an unanswered question is wrong."""
    if not is_answered(question, response):
        if isinstance(question, Matching) and isinstance(response, list):
            return Grade(False, False, _pairs_right(question, response))
        return Grade(False, False)
    if isinstance(question, MultipleChoice):
        return Grade(response == question.answer, True)
    if isinstance(question, TrueFalse):
        return Grade(response is question.answer, True)
    if isinstance(question, FillInBlank):
        return Grade(_fill_in_right(question, str(response)), True)
    if isinstance(question, Numeric):
        return _numeric_grade(question, str(response))
    pairs = _pairs_right(question, response)  # type: ignore[arg-type]
    return Grade(all(pairs), True, pairs)


def answer_text(question: Question) -> str:
    """The right answer, as a student reads it."""
    if isinstance(question, TrueFalse):
        return "True" if question.answer else "False"
    if isinstance(question, Numeric):
        shown = format_number(question.answer)
        if question.tolerance:
            shown += f" (± {format_number(question.tolerance)})"
        return f"{shown} {question.unit}".strip()
    if isinstance(question, Matching):
        return "; ".join(f"{pair.left} → {pair.right}" for pair in question.pairs)
    return question.answer


def response_text(question: Question, response: Response) -> str:
    """What the student answered, as text ('No answer' when they gave none)."""
    if not is_answered(question, response) and not (isinstance(response, list) and any(response)):
        return "No answer"
    if isinstance(response, bool):
        return "True" if response else "False"
    if isinstance(question, Matching) and isinstance(response, list):
        return "; ".join(f"{pair.left} → {right or '—'}" for pair, right in zip(question.pairs, response, strict=False))
    return str(response).strip()


def _fill_in_right(question: FillInBlank, response: str) -> bool:
    typed = _without_article(fold(response))
    return any(typed == _without_article(fold(accepted)) for accepted in (question.answer, *question.accepted_answers))


def _without_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text)


def _numeric_grade(question: Numeric, response: str) -> Grade:
    amount = parse_amount(response)
    if amount is None:
        return Grade(False, True, note="That is not a number this quiz can read; type digits, such as 240.")
    scale = unit_scale(question.unit)
    # A bare number is read in the question's unit: "240" means 240 billion when the unit is "billion dollars".
    given = amount.absolute if amount.scale else amount.value * scale
    expected = question.answer * scale
    slack = question.tolerance * scale + _RELATIVE_SLACK * max(abs(expected), 1.0)
    return Grade(math.isclose(given, expected) or abs(given - expected) <= slack, True)


def _pairs_right(question: Matching, response: list[str | None]) -> tuple[bool, ...]:
    chosen = list(response) + [None] * (len(question.pairs) - len(response))
    return tuple(right == pair.right for pair, right in zip(question.pairs, chosen, strict=False))

"""Marking a student's response to a question, leniently where a teacher would be lenient.

How each type is marked lives with the type (`quizgen.question_types`); these are the
entry points the quiz and the app call.
"""

from __future__ import annotations

from .models import Question
from .question_types import Grade, Response, kind_of

__all__ = ["Grade", "Response", "answer_text", "grade", "is_answered", "response_text"]


def is_answered(question: Question, response: Response) -> bool:
    """False for no response, blank text, or a matching question with an unmatched item."""
    return kind_of(question).is_answered(question, response)


def grade(question: Question, response: Response) -> Grade:
    """Mark one response; an unanswered question is wrong."""
    return kind_of(question).grade(question, response)


def answer_text(question: Question) -> str:
    """The right answer, as a student reads it."""
    return kind_of(question).answer_text(question)


def response_text(question: Question, response: Response) -> str:
    """What the student answered, as text ('No answer' when they gave none)."""
    return kind_of(question).response_text(question, response)

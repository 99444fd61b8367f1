"""Right and wrong answers to any question, from what its type says about itself."""

from __future__ import annotations

from quizgen.classes import Store, answer_question, start_attempt, submit_attempt
from quizgen.grading import Response, grade
from quizgen.models import Question
from quizgen.question_types import kind_of


def right(question: Question) -> Response:
    return kind_of(question).right_response(question)


def wrong(question: Question) -> Response:
    """An answer its type marks wrong: another choice, the other truth value, a reversed matching, other words."""
    options = kind_of(question).options(question)
    key = right(question)
    if isinstance(key, bool):
        return not key
    if isinstance(key, list):
        return list(reversed(key))
    if options:
        return next(option for option in options if option != key)
    answer = "12345" if question.type != "numeric" else "0.000001"
    assert not grade(question, answer).correct
    return answer


def take(store: Store, assignment_id: int, name: str, rights: set[str], *, submit: bool = True) -> None:
    """`name` answers every question of a new attempt, right when its id is in `rights`, wrong otherwise."""
    view = start_attempt(store, assignment_id, name)
    for item in view.items:
        response = right(item.question) if item.question.id in rights else wrong(item.question)
        answer_question(store, view.attempt.id, item.position, response)
    if submit:
        submit_attempt(store, view.attempt.id)

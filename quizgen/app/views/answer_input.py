"""The widget a student answers one question with; every change is saved to the attempt at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...attempt import Attempt
from ...models import Question
from ...question_types import widgets_of
from ..question_types.widgets import widget_key
from ..session import save_attempt, stored_attempt

__all__ = ["SaveAnswer", "answer_input", "save_answer", "widget_key"]

# A widget's change callback and its arguments.
SaveAnswer = tuple[Callable[..., None], tuple[Any, ...]]


def answer_input(
    question: Question,
    index: int,
    attempt: Attempt,
    *,
    locked: bool,
    in_form: bool = False,
    save: SaveAnswer | None = None,
) -> None:
    """Show the widget(s) for `question`, filled with what the attempt already holds. In a form (a typed
    answer that Enter checks), the answer is saved when the form is submitted, not on each change.
    `save` is the change callback and its arguments (default: record the answer in the session's attempt)."""
    common: dict[str, Any] = {"disabled": locked}
    if not in_form:
        on_change, args = save or (save_answer, (index, question, attempt.seed))
        common |= {"on_change": on_change, "args": args}
    widgets_of(question).answer_input(question, attempt, index, common)


def save_answer(index: int, question: Question, seed: int) -> None:
    """Record what the widget(s) of question `index` hold in the attempt they belong to."""
    attempt = stored_attempt()
    # Only the attempt this widget belongs to records the answer (a teacher's preview belongs to none).
    if attempt is None or attempt.seed != seed:
        return
    save_attempt(attempt.answer(index, widgets_of(question).read(question, attempt, index)))

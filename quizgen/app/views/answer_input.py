"""The widget a student answers one question with; every change is saved to the attempt at once."""

from __future__ import annotations

from typing import Any

from ...attempt import Attempt
from ...models import Question
from ...question_types import widgets_of
from ..question_types.widgets import widget_key
from ..session import save_attempt, stored_attempt

__all__ = ["answer_input", "widget_key"]


def answer_input(question: Question, index: int, attempt: Attempt, *, locked: bool) -> None:
    """Show the widget(s) for `question`, filled with what the attempt already holds."""
    common: dict[str, Any] = {"on_change": _save, "args": (index, question, attempt.seed), "disabled": locked}
    widgets_of(question).answer_input(question, attempt, index, common)


def _save(index: int, question: Question, seed: int) -> None:
    attempt = stored_attempt()
    # Only the attempt this widget belongs to records the answer (a teacher's preview belongs to none).
    if attempt is None or attempt.seed != seed:
        return
    save_attempt(attempt.answer(index, widgets_of(question).read(question, attempt, index)))

"""What the app draws for one question type: the student's answer widget and feedback, the teacher's fields.

Each type's module here defines a `TypeWidgets` subclass as `WIDGETS`; the type's kind
names that module (`QuestionKind.widgets`), and the registry loads it from there.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any, Literal

import streamlit as st

from ...attempt import Attempt
from ...grading import Grade, Response, answer_text, response_text
from ...markdown_text import literal

__all__ = [
    "ShowProblems",
    "TypeWidgets",
    "lines",
    "radio_label",
    "restore",
    "show_answer",
    "typed_response",
    "widget_key",
]

# Shows the problems of the last save that concern these fields, beneath the field just drawn.
ShowProblems = Callable[..., None]


class TypeWidgets(ABC):
    """The Streamlit side of one question type."""

    # The answer is typed into one text box, so Enter in it checks the answer (in practice).
    typed: bool = False

    # --- the student's side ---

    @abstractmethod
    def answer_input(self, question: Any, attempt: Attempt, index: int, common: dict[str, Any]) -> None:
        """Draw the widget(s) for question `index` of the attempt, filled with what it already holds;
        `common` (the change callback, `disabled`) goes to every widget."""

    @abstractmethod
    def read(self, question: Any, attempt: Attempt, index: int) -> Response:
        """The response the widget(s) of question `index` hold now."""

    @abstractmethod
    def feedback(self, question: Any, response: Response, result: Grade) -> None:
        """After marking: what the student gave, if wrong, and the right answer."""

    # --- the teacher's review list ---

    def review_key(self, question: Any) -> str:
        """Markdown of the key as the review list shows it, so a question can be judged without opening it."""
        return f"**Answer:** {literal(answer_text(question))}"

    # --- the teacher's form ---

    @abstractmethod
    def prompt_help(self) -> str | None:
        """Help beside the prompt field, for a type whose prompt has a rule of its own."""

    @abstractmethod
    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        """The fields of the type's key, between the prompt and the explanation."""

    @abstractmethod
    def form_values(self, question: Any | None) -> dict[str, Any]:
        """The key fields' starting values (field -> value): the question's, or a new question's."""

    @abstractmethod
    def form_data(self, scope: str) -> dict[str, Any]:
        """The key as plain question data (`answer`, `choices`...), read from the fields."""


def widget_key(attempt: Attempt, index: int, part: int | None = None) -> str:
    """The session-state key of a question's widget (unique per attempt, so a retry starts blank)."""
    return f"answer-{attempt.seed}-{index}" + ("" if part is None else f"-{part}")


def restore(key: str, value: Any) -> None:
    """After a refresh, put the saved answer back into the widget before it is drawn."""
    if key not in st.session_state and value not in (None, ""):
        st.session_state[key] = value


def radio_label(common: dict[str, Any]) -> Literal["visible", "hidden"]:
    """A checked (disabled) radio keeps its label's place but not its text: Streamlit greys a disabled label
    out below a readable contrast, and the marked options say what matters then."""
    return "hidden" if common.get("disabled") else "visible"


def typed_response(attempt: Attempt, index: int) -> Response:
    """The single widget's value; typed text is trimmed and blank text is no answer."""
    value = st.session_state.get(widget_key(attempt, index))
    if isinstance(value, str):
        return value.strip() or None
    return value


def show_answer(question: Any, response: Response, result: Grade) -> None:
    """The student's wrong answer, if any, and the right one."""
    if result.answered and not result.correct:
        st.markdown(f"**Your answer:** {literal(response_text(question, response))}")
    st.markdown(f"**The right answer:** {literal(answer_text(question))}")


def lines(text: str) -> list[str]:
    """The non-blank lines of a text area, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]

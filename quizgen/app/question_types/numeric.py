"""Numbers in the app: a text box that reads digits or words; the teacher gives the number, tolerance and unit."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...attempt import Attempt
from ...grading import Grade, Response
from ...markdown_text import literal
from ...models import Numeric
from ...textnorm import fold
from .widgets import ShowProblems, TypeWidgets, restore, show_answer, typed_response, widget_key

__all__ = ["WIDGETS"]

_NUMBER_HELP = "Digits or words both work: 240, 240bn, $240 billion, 90% or twenty-one."


def _unit_unsaid(question: Numeric) -> bool:
    """Whether the prompt leaves the unit unsaid: 'How many guns ...' and '_____ years of' already say it."""
    unit = fold(question.unit)
    return bool(unit) and f" {unit} " not in f" {fold(question.prompt)} "


class NumericWidgets(TypeWidgets):
    """A text box that takes digits or words, and the unit to answer in."""

    typed = True

    def answer_input(self, question: Numeric, attempt: Attempt, index: int, common: dict[str, Any]) -> None:
        key = widget_key(attempt, index)
        saved = attempt.responses[index]
        restore(key, saved if isinstance(saved, str) else "")
        st.text_input(
            "Type a number", key=key, max_chars=100, placeholder="For example 240", help=_NUMBER_HELP, **common
        )
        if _unit_unsaid(question):
            st.caption(f"Give the answer in {literal(question.unit)}.")

    def read(self, question: Numeric, attempt: Attempt, index: int) -> Response:
        return typed_response(attempt, index)

    def feedback(self, question: Numeric, response: Response, result: Grade) -> None:
        show_answer(question, response, result)

    def prompt_help(self) -> str | None:
        return None

    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        number, tolerance, unit = st.columns(3)
        number.text_input("Right answer (a number)", key=f"{scope}-answer", max_chars=100)
        tolerance.number_input("Tolerance (±)", key=f"{scope}-tolerance", min_value=0.0, step=1.0, format="%g")
        unit.text_input("Unit", key=f"{scope}-unit", max_chars=100, placeholder="for example billion dollars")
        problems("answer", "tolerance", "unit")

    def form_values(self, question: Numeric | None) -> dict[str, Any]:
        if question is None:
            return {"tolerance": 0.0, "unit": ""}
        return {"answer": _number_text(question.answer), "tolerance": question.tolerance, "unit": question.unit}

    def form_data(self, scope: str) -> dict[str, Any]:
        state = st.session_state
        return {
            "answer": _number(state.get(f"{scope}-answer", "")),
            "tolerance": state.get(f"{scope}-tolerance", 0.0),
            "unit": state.get(f"{scope}-unit", "").strip(),
        }


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _number(text: str) -> float | str:
    # Text that is not a number is passed on as it is, so the model's check says what is wrong with it.
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return text.strip()


WIDGETS = NumericWidgets()

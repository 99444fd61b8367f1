"""True or false in the app: a True/False radio for the student and for the teacher's key."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...attempt import Attempt
from ...grading import Grade, Response
from ...models import TrueFalse
from .marking import option_label
from .widgets import ShowProblems, TypeWidgets, radio_label, restore, show_answer, typed_response, widget_key

__all__ = ["WIDGETS"]


def _true_or_false(value: bool) -> str:
    return "True" if value else "False"


class TrueFalseWidgets(TypeWidgets):
    """A True/False radio, for the student's answer and the teacher's key."""

    def answer_input(self, question: TrueFalse, attempt: Attempt, index: int, common: dict[str, Any]) -> None:
        key = widget_key(attempt, index)
        saved = attempt.responses[index]
        restore(key, saved if isinstance(saved, bool) else None)
        st.radio(
            "True or false?",
            [True, False],
            index=None,
            horizontal=True,
            format_func=option_label(_true_or_false, common, answer=question.answer, chosen=saved),
            key=key,
            label_visibility=radio_label(common),
            **common,
        )

    def read(self, question: TrueFalse, attempt: Attempt, index: int) -> Response:
        return typed_response(attempt, index)

    def feedback(self, question: TrueFalse, response: Response, result: Grade) -> None:
        show_answer(question, response, result)

    def prompt_help(self) -> str | None:
        return None

    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        st.radio("The statement is", [True, False], key=f"{scope}-truth", horizontal=True, format_func=_true_or_false)
        problems("answer")

    def form_values(self, question: TrueFalse | None) -> dict[str, Any]:
        return {"truth": question.answer if question is not None else True}

    def form_data(self, scope: str) -> dict[str, Any]:
        return {"answer": st.session_state.get(f"{scope}-truth")}


WIDGETS = TrueFalseWidgets()

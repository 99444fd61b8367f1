"""Multiple choice in the app: a radio of the shuffled choices; the teacher lists choices and the key."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...attempt import Attempt
from ...grading import Grade, Response
from ...markdown_text import literal
from ...models import MultipleChoice
from ...quiz import presented_options
from .marking import option_label
from .widgets import ShowProblems, TypeWidgets, lines, radio_label, restore, show_answer, typed_response, widget_key

__all__ = ["WIDGETS"]


class MultipleChoiceWidgets(TypeWidgets):
    """The choices as a radio, in this attempt's shuffled order."""

    def answer_input(self, question: MultipleChoice, attempt: Attempt, index: int, common: dict[str, Any]) -> None:
        key = widget_key(attempt, index)
        options = presented_options(question, attempt.seed)
        saved = attempt.responses[index]
        restore(key, saved if saved in options else None)
        st.radio(
            "Choose one answer",
            options,
            index=None,
            format_func=option_label(literal, common, answer=question.answer, chosen=saved),
            key=key,
            label_visibility=radio_label(common),
            **common,
        )

    def read(self, question: MultipleChoice, attempt: Attempt, index: int) -> Response:
        return typed_response(attempt, index)

    def feedback(self, question: MultipleChoice, response: Response, result: Grade) -> None:
        show_answer(question, response, result)

    def review_key(self, question: MultipleChoice) -> str:
        marked = (
            f"- :green[:material/check_circle: **{literal(choice)}**] (the answer)"
            if choice == question.answer
            else f"- {literal(choice)}"
            for choice in question.choices
        )
        return "\n".join(marked)

    def prompt_help(self) -> str | None:
        return None

    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        st.text_area("Choices, one per line", key=f"{scope}-choices", height=130, help="2 to 10 different choices.")
        problems("choices")
        st.text_input(
            "Right answer", key=f"{scope}-answer", max_chars=5000, help="Exactly one of the choices, as written there."
        )
        problems("answer")

    def form_values(self, question: MultipleChoice | None) -> dict[str, Any]:
        if question is None:
            return {"choices": ""}
        return {"choices": "\n".join(question.choices), "answer": question.answer}

    def form_data(self, scope: str) -> dict[str, Any]:
        state = st.session_state
        return {"choices": lines(state.get(f"{scope}-choices", "")), "answer": state.get(f"{scope}-answer", "").strip()}


WIDGETS = MultipleChoiceWidgets()

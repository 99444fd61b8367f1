"""Fill in the blank in the app: a text box for the student; the key and other accepted wordings for the teacher."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...attempt import Attempt
from ...grading import Grade, Response
from ...models import BLANK, FillInBlank
from .widgets import ShowProblems, TypeWidgets, lines, restore, show_answer, typed_response, widget_key

__all__ = ["WIDGETS"]


class FillInBlankWidgets(TypeWidgets):
    """A text box for the missing words; the teacher lists other accepted wordings."""

    typed = True

    def answer_input(self, question: FillInBlank, attempt: Attempt, index: int, common: dict[str, Any]) -> None:
        key = widget_key(attempt, index)
        saved = attempt.responses[index]
        restore(key, saved if isinstance(saved, str) else "")
        st.text_input("Type the missing words", key=key, max_chars=300, placeholder="Your answer", **common)

    def read(self, question: FillInBlank, attempt: Attempt, index: int) -> Response:
        return typed_response(attempt, index)

    def feedback(self, question: FillInBlank, response: Response, result: Grade) -> None:
        show_answer(question, response, result)

    def prompt_help(self) -> str | None:
        return f"For a fill-in-the-blank question, mark the missing words with {BLANK}."

    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        st.text_input("Missing words (the right answer)", key=f"{scope}-answer", max_chars=5000)
        problems("answer")
        st.text_area(
            "Other accepted answers, one per line",
            key=f"{scope}-accepted",
            height=80,
            help="Other spellings or wordings that also count as right.",
        )
        problems("accepted_answers")

    def form_values(self, question: FillInBlank | None) -> dict[str, Any]:
        if question is None:
            return {"accepted": ""}
        return {"answer": question.answer, "accepted": "\n".join(question.accepted_answers)}

    def form_data(self, scope: str) -> dict[str, Any]:
        state = st.session_state
        return {
            "answer": state.get(f"{scope}-answer", "").strip(),
            "accepted_answers": lines(state.get(f"{scope}-accepted", "")),
        }


WIDGETS = FillInBlankWidgets()

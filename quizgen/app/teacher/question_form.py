"""The fields of one question, as a teacher edits or writes it, with what is wrong shown beside each field.

The form's values live in session state under keys that start with a scope (one per
question), so what a teacher typed survives reruns, a refused save and a reload of the bank.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...errors import Problem
from ...markdown_text import literal
from ...models import Question
from ...question_types import widgets_of
from ...review import field_name

__all__ = ["clear_form", "fill_form", "form_data", "question_fields", "set_problems"]

_KEPT = ("id", "type", "citations", "status", "origin", "form", "disagreement", "flags", "generator_score")
_DIFFICULTIES = ("easy", "medium", "hard")


def fill_form(scope: str, question: Question | None, question_type: str) -> None:
    """Put a question's values into the form, unless the form already holds what the teacher typed."""
    values = _initial(question, question_type)
    for field, value in values.items():
        st.session_state.setdefault(f"{scope}-{field}", value)


def clear_form(scope: str) -> None:
    """Forget what the form holds (to discard changes, or after adding a question)."""
    for key in [k for k in st.session_state if str(k).startswith(f"{scope}-")]:
        del st.session_state[key]


def set_problems(scope: str, problems: list[Problem]) -> None:
    """Remember what was wrong with the last save, to show beside the fields."""
    st.session_state[f"{scope}-problems"] = problems


def question_fields(scope: str, question_type: str) -> None:
    """The form's widgets for this type of question, each with the problems of the last save beneath it."""
    problems: list[Problem] = st.session_state.get(f"{scope}-problems", [])
    _problems(problems, "", "citations", "id")
    widgets = widgets_of(question_type)
    st.text_area("Question", key=f"{scope}-prompt", height=90, max_chars=5000, help=widgets.prompt_help())
    _problems(problems, "prompt")
    widgets.form_fields(scope, lambda *fields: _problems(problems, *fields))
    st.text_area("Explanation (shown after the answer)", key=f"{scope}-explanation", height=90, max_chars=5000)
    _problems(problems, "explanation")
    topics, difficulty = st.columns(2)
    topics.text_input("Topics, separated by commas", key=f"{scope}-topics", max_chars=500)
    difficulty.radio(
        "Difficulty", _DIFFICULTIES, key=f"{scope}-difficulty", horizontal=True, format_func=str.capitalize
    )
    _problems(problems, "topics", "difficulty")


def form_data(scope: str, base: dict[str, Any]) -> dict[str, Any]:
    """The question the form describes, as plain data: `base` (id, type, citations, status...) plus the fields."""
    state = st.session_state
    data = {key: base[key] for key in _KEPT if key in base}
    data["prompt"] = state.get(f"{scope}-prompt", "")
    data.update(widgets_of(base["type"]).form_data(scope))
    data["explanation"] = state.get(f"{scope}-explanation", "").strip()
    data["topics"] = [topic.strip() for topic in state.get(f"{scope}-topics", "").split(",") if topic.strip()]
    data["difficulty"] = state.get(f"{scope}-difficulty", "medium")
    return data


def _initial(question: Question | None, question_type: str) -> dict[str, Any]:
    values: dict[str, Any] = {
        "prompt": question.prompt if question else "",
        "explanation": question.explanation if question else "",
        "topics": ", ".join(question.topics) if question else "",
        "difficulty": question.difficulty if question else "medium",
    }
    values.update(widgets_of(question_type).form_values(question))
    values.setdefault("answer", "")
    return values


def _problems(problems: list[Problem], *fields: str) -> None:
    # One container whether or not there is a problem to show: the page keeps its shape, so the browser
    # keeps the teacher's focus and scroll position when a refused save brings problems in.
    slot = st.container()
    for problem in problems:
        if field_name(problem) in fields:
            where = f"{problem.field}: " if problem.field and problem.field not in fields else ""
            slot.error(literal(where + problem.message), icon=":material/error:")

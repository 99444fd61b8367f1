"""The fields of one question, as a teacher edits or writes it, with what is wrong shown beside each field.

The form's values live in session state under keys that start with a scope (one per
question), so what a teacher typed survives reruns, a refused save and a reload of the bank.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...errors import Problem
from ...markdown_text import literal
from ...models import BLANK, FillInBlank, Matching, MultipleChoice, Numeric, Question, TrueFalse
from ...models.question import QuestionType
from ...review import field_name

__all__ = ["MAX_PAIRS", "clear_form", "fill_form", "form_data", "question_fields", "set_problems"]

MAX_PAIRS = 8
_KEPT = ("id", "type", "citations", "status", "origin", "form", "disagreement", "flags")
_DIFFICULTIES = ("easy", "medium", "hard")


def fill_form(scope: str, question: Question | None, question_type: QuestionType) -> None:
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


def question_fields(scope: str, question_type: QuestionType) -> None:
    """The form's widgets for this type of question, each with the problems of the last save beneath it."""
    problems: list[Problem] = st.session_state.get(f"{scope}-problems", [])
    _problems(problems, "", "citations", "id")
    st.text_area("Question", key=f"{scope}-prompt", height=90, max_chars=5000,
                 help=f"For a fill-in-the-blank question, mark the missing words with {BLANK}." if question_type == "fill_in_blank" else None)
    _problems(problems, "prompt")
    if question_type == "multiple_choice":
        st.text_area("Choices, one per line", key=f"{scope}-choices", height=130, help="2 to 10 different choices.")
        _problems(problems, "choices")
        st.text_input("Right answer", key=f"{scope}-answer", max_chars=5000, help="Exactly one of the choices, as written there.")
        _problems(problems, "answer")
    elif question_type == "true_false":
        st.radio("The statement is", [True, False], key=f"{scope}-truth", horizontal=True,
                 format_func=lambda value: "True" if value else "False")
        _problems(problems, "answer")
    elif question_type == "fill_in_blank":
        st.text_input("Missing words (the right answer)", key=f"{scope}-answer", max_chars=5000)
        _problems(problems, "answer")
        st.text_area("Other accepted answers, one per line", key=f"{scope}-accepted", height=80,
                     help="Other spellings or wordings that also count as right.")
        _problems(problems, "accepted_answers")
    elif question_type == "numeric":
        number, tolerance, unit = st.columns(3)
        number.text_input("Right answer (a number)", key=f"{scope}-answer", max_chars=100)
        tolerance.number_input("Tolerance (±)", key=f"{scope}-tolerance", min_value=0.0, step=1.0, format="%g")
        unit.text_input("Unit", key=f"{scope}-unit", max_chars=100, placeholder="for example billion dollars")
        _problems(problems, "answer", "tolerance", "unit")
    elif question_type == "matching":
        _pair_fields(scope)
        _problems(problems, "pairs")
    st.text_area("Explanation (shown after the answer)", key=f"{scope}-explanation", height=90, max_chars=5000)
    _problems(problems, "explanation")
    topics, difficulty = st.columns(2)
    topics.text_input("Topics, separated by commas", key=f"{scope}-topics", max_chars=500)
    difficulty.radio("Difficulty", _DIFFICULTIES, key=f"{scope}-difficulty", horizontal=True, format_func=str.capitalize)
    _problems(problems, "topics", "difficulty")


def form_data(scope: str, base: dict[str, Any]) -> dict[str, Any]:
    """The question the form describes, as plain data: `base` (id, type, citations, status...) plus the fields."""
    state = st.session_state
    data = {key: base[key] for key in _KEPT if key in base}
    data["prompt"] = state.get(f"{scope}-prompt", "")
    question_type = base["type"]
    if question_type == "multiple_choice":
        data["choices"] = _lines(state.get(f"{scope}-choices", ""))
        data["answer"] = state.get(f"{scope}-answer", "").strip()
    elif question_type == "true_false":
        data["answer"] = state.get(f"{scope}-truth")
    elif question_type == "fill_in_blank":
        data["answer"] = state.get(f"{scope}-answer", "").strip()
        data["accepted_answers"] = _lines(state.get(f"{scope}-accepted", ""))
    elif question_type == "numeric":
        data["answer"] = _number(state.get(f"{scope}-answer", ""))
        data["tolerance"] = state.get(f"{scope}-tolerance", 0.0)
        data["unit"] = state.get(f"{scope}-unit", "").strip()
    elif question_type == "matching":
        rows = [(state.get(f"{scope}-left-{i}", ""), state.get(f"{scope}-right-{i}", "")) for i in range(MAX_PAIRS)]
        data["pairs"] = [{"left": left.strip(), "right": right.strip()} for left, right in rows if left.strip() or right.strip()]
    data["explanation"] = state.get(f"{scope}-explanation", "").strip()
    data["topics"] = [topic.strip() for topic in state.get(f"{scope}-topics", "").split(",") if topic.strip()]
    data["difficulty"] = state.get(f"{scope}-difficulty", "medium")
    return data


def _initial(question: Question | None, question_type: QuestionType) -> dict[str, Any]:
    values: dict[str, Any] = {
        "prompt": question.prompt if question else "",
        "explanation": question.explanation if question else "",
        "topics": ", ".join(question.topics) if question else "",
        "difficulty": question.difficulty if question else "medium",
    }
    if isinstance(question, MultipleChoice) or question_type == "multiple_choice":
        values["choices"] = "\n".join(question.choices) if isinstance(question, MultipleChoice) else ""
    if isinstance(question, MultipleChoice | FillInBlank):
        values["answer"] = question.answer
    if isinstance(question, TrueFalse) or question_type == "true_false":
        values["truth"] = question.answer if isinstance(question, TrueFalse) else True
    if isinstance(question, FillInBlank) or question_type == "fill_in_blank":
        values["accepted"] = "\n".join(question.accepted_answers) if isinstance(question, FillInBlank) else ""
    if isinstance(question, Numeric):
        values.update(answer=_number_text(question.answer), tolerance=question.tolerance, unit=question.unit)
    elif question_type == "numeric":
        values.update(tolerance=0.0, unit="")
    pairs = question.pairs if isinstance(question, Matching) else []
    if question_type == "matching":
        for index in range(MAX_PAIRS):
            values[f"left-{index}"] = pairs[index].left if index < len(pairs) else ""
            values[f"right-{index}"] = pairs[index].right if index < len(pairs) else ""
    values.setdefault("answer", "")
    return values


def _pair_fields(scope: str) -> None:
    st.markdown("**Pairs** (2 to 8; leave the rows you do not need empty)")
    for index in range(MAX_PAIRS):
        left, right = st.columns(2)
        left.text_input(f"Left item {index + 1}", key=f"{scope}-left-{index}", max_chars=5000)
        right.text_input(f"Its match {index + 1}", key=f"{scope}-right-{index}", max_chars=5000)


def _problems(problems: list[Problem], *fields: str) -> None:
    for problem in problems:
        if field_name(problem) in fields:
            where = f"{problem.field}: " if problem.field and problem.field not in fields else ""
            st.error(literal(where + problem.message), icon=":material/error:")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def _number(text: str) -> float | str:
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return text.strip()

"""The widget a student answers one question with; every change is saved to the attempt at once."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...attempt import Attempt
from ...grading import Response
from ...markdown_text import literal
from ...models import FillInBlank, Matching, MultipleChoice, Numeric, Question, TrueFalse
from ...quiz import presented_options
from ..session import save_attempt, stored_attempt

__all__ = ["answer_input", "widget_key"]

_NUMBER_HELP = "Digits or words both work: 240, 240bn, $240 billion, 90% or twenty-one."


def widget_key(attempt: Attempt, index: int, part: int | None = None) -> str:
    """The session-state key of a question's widget (unique per attempt, so a retry starts blank)."""
    return f"answer-{attempt.seed}-{index}" + ("" if part is None else f"-{part}")


def answer_input(question: Question, index: int, attempt: Attempt, *, locked: bool) -> None:
    """Show the widget(s) for `question`, filled with what the attempt already holds."""
    key = widget_key(attempt, index)
    common: dict[str, Any] = {"on_change": _save, "args": (index, question, attempt.seed), "disabled": locked}
    saved = attempt.responses[index]
    if isinstance(question, MultipleChoice):
        options = presented_options(question, attempt.seed)
        _restore(key, saved if saved in options else None)
        st.radio("Choose one answer", options, index=None, format_func=literal, key=key, **common)
    elif isinstance(question, TrueFalse):
        _restore(key, saved if isinstance(saved, bool) else None)
        st.radio(
            "True or false?", [True, False], index=None, horizontal=True,
            format_func=lambda value: "True" if value else "False", key=key, **common,
        )
    elif isinstance(question, FillInBlank):
        _restore(key, saved if isinstance(saved, str) else "")
        st.text_input("Type the missing words", key=key, max_chars=300, placeholder="Your answer", **common)
    elif isinstance(question, Numeric):
        _restore(key, saved if isinstance(saved, str) else "")
        st.text_input("Type a number", key=key, max_chars=100, placeholder="For example 240", help=_NUMBER_HELP, **common)
        if question.unit.strip():
            st.caption(f"Give the answer in {literal(question.unit)}.")
    elif isinstance(question, Matching):
        _matching_input(question, index, attempt, common)


def _matching_input(question: Matching, index: int, attempt: Attempt, common: dict[str, Any]) -> None:
    options = presented_options(question, attempt.seed)
    saved = attempt.responses[index] if isinstance(attempt.responses[index], list) else []
    st.markdown("Match each item on the left with one on the right.")
    for part, pair in enumerate(question.pairs):
        key = widget_key(attempt, index, part)
        choice = saved[part] if part < len(saved) else None
        _restore(key, choice if choice in options else None)
        item, choice_column = st.columns(2, vertical_alignment="center")
        item.markdown(f"**{literal(pair.left)}**")
        # Options are shown as plain text. The label is Markdown when visible, but screen readers
        # read it raw, so it stays hidden and raw; the item is shown beside it instead.
        choice_column.selectbox(
            pair.left, options, index=None, placeholder="Choose its match…", key=key,
            label_visibility="collapsed", **common,
        )


def _restore(key: str, value: Any) -> None:
    """After a refresh, put the saved answer back into the widget before it is drawn."""
    if key not in st.session_state and value not in (None, ""):
        st.session_state[key] = value


def _save(index: int, question: Question, seed: int) -> None:
    attempt = stored_attempt()
    # Only the attempt this widget belongs to records the answer (a teacher's preview belongs to none).
    if attempt is None or attempt.seed != seed:
        return
    save_attempt(attempt.answer(index, _read(question, index, attempt)))


def _read(question: Question, index: int, attempt: Attempt) -> Response:
    if isinstance(question, Matching):
        return [st.session_state.get(widget_key(attempt, index, part)) for part in range(len(question.pairs))]
    value = st.session_state.get(widget_key(attempt, index))
    if isinstance(value, str):
        return value.strip() or None
    return value

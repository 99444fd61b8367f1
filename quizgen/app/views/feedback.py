"""Feedback on one answer: right or wrong (icon and words), the right answer, why, and the sources."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ...grading import Grade, Response, grade
from ...markdown_text import literal
from ...models import Bank, Question
from ...question_types import widgets_of
from .citation_card import citation_cards
from .why import why_line

__all__ = ["feedback", "verdict"]

RIGHT, WRONG, SKIPPED = ":material/check_circle:", ":material/cancel:", ":material/do_not_disturb_on:"


def verdict(result: Grade) -> tuple[str, str]:
    """The icon and the word for a result: never colour alone."""
    if result.correct:
        return RIGHT, "Right"
    return (WRONG, "Wrong") if result.answered else (SKIPPED, "Not answered")


def feedback(question: Question, response: Response, bank: Bank, root: Path, scope: str) -> None:
    """The full feedback block for one answered (or skipped) question."""
    result = grade(question, response)
    icon, _ = verdict(result)
    if result.correct:
        st.success("**Right!**", icon=icon)
    elif result.answered:
        st.error("**Not quite.**" + (f" {literal(result.note)}" if result.note else ""), icon=icon)
    else:
        st.warning("**Not answered.**", icon=icon)
    widgets_of(question).feedback(question, response, result)
    why = why_line(question, bank)
    if why:
        st.markdown(f"**Why:** {literal(why)}")
    citation_cards(question, bank, root, scope)

"""Feedback on one answer: right or wrong (icon and words), the right answer, why, and the sources."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ...grading import Grade, Response, answer_text, grade, response_text
from ...markdown_text import literal
from ...models import Bank, Matching, Question
from .citation_card import citation_cards

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
    if isinstance(question, Matching):
        _pairs(question, response, result)
    else:
        if result.answered and not result.correct:
            st.markdown(f"**Your answer:** {literal(response_text(question, response))}")
        st.markdown(f"**The right answer:** {literal(answer_text(question))}")
    if question.explanation.strip():
        st.markdown(f"**Why:** {literal(question.explanation)}")
    citation_cards(question, bank, root, scope)


def _pairs(question: Matching, response: Response, result: Grade) -> None:
    chosen = response if isinstance(response, list) else []
    lines = []
    for number, pair in enumerate(question.pairs):
        given = chosen[number] if number < len(chosen) else None
        if number < len(result.pairs_right) and result.pairs_right[number]:
            lines.append(f"- :green[:material/check:] {literal(pair.left)} → **{literal(pair.right)}** (right)")
        else:
            mistake = f"you chose {literal(given)}" if given else "not matched"
            lines.append(f"- :red[:material/close:] {literal(pair.left)} → **{literal(pair.right)}** ({mistake})")
    st.markdown("**The right matches:**\n" + "\n".join(lines))

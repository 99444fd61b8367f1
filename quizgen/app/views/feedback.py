"""Feedback on one answer: right or wrong (icon and words), the right answer, why, and the sources."""

from __future__ import annotations

import re
from pathlib import Path

import streamlit as st

from ...grading import Grade, Response, grade
from ...markdown_text import literal
from ...models import Bank, Question
from ...question_types import widgets_of
from ...textnorm import fold
from .citation_card import citation_cards

__all__ = ["feedback", "verdict"]

_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“\"])")
_SAME = re.compile(r"\breports? the same\.$")
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
    why = _why(question, bank)
    if why:
        st.markdown(f"**Why:** {literal(why)}")
    citation_cards(question, bank, root, scope)


def _why(question: Question, bank: Bank) -> str:
    """The explanation less what the source cards below already say: the outlet and date in brackets, which
    other outlets report the same, and every sentence that only repeats a cited one."""
    why = question.explanation.strip()
    for source in (s for c in question.citations if (s := bank.source(c.source))):
        for where in (source.outlet, source.title):
            if where:
                why = re.sub(rf"\s*\(“?{re.escape(where)}”?, [^()]*\)", "", why)
    quotes = [fold(c.quote) for c in question.citations]
    kept = []
    for sentence in _SENTENCE_END.split(why.strip()):
        said = fold(re.sub(r"^(?:True|False)\.\s+", "", sentence))
        if said and not _SAME.search(sentence) and not any(said in quote for quote in quotes):
            kept.append(sentence)
    why = " ".join(kept)
    return "" if fold(why) in ("true", "false") else why  # the verdict above says so

"""A question exactly as a student sees it, made of the student's own views, and the sentences it cites."""

from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st

from ...attempt import new_attempt
from ...markdown_text import literal
from ...models import Bank, Question
from ...question_types import kind_of
from ...quiz import QuizItem
from ...review import source_gap
from ..views.citation_card import article_excerpt
from ..views.feedback import feedback
from ..views.questions import show_question
from .workspace import alert

__all__ = ["cited_sentences", "student_preview"]

# Preview widgets get seeds above any a student's attempt uses (those are below 2**31).
_PREVIEW_SEEDS = 2**40


def student_preview(question: Question, bank: Bank, root: Path) -> None:
    """The question as a student sees it, and the feedback after a right answer; first, a warning if the
    sentences it cites do not state its answer."""
    gap = source_gap(question)
    if gap is not None:
        alert("error" if gap.refused else "warning", f"Check the answer: {literal(gap.told)}.")
    digest = hashlib.sha256(question.model_dump_json().encode("utf-8")).hexdigest()
    seed = _PREVIEW_SEEDS + int(digest[:10], 16)
    attempt = new_attempt([QuizItem("preview", question)], seed=seed, mode="practice", started=0.0)
    with st.container(border=True):
        show_question(question, 0, attempt, locked=False)
    with st.expander("What the student sees after a right answer", icon=":material/visibility:"):
        feedback(question, kind_of(question).right_response(question), bank, root, f"preview-{seed}")


def cited_sentences(question: Question, bank: Bank, root: Path, scope: str) -> None:
    """Each cited sentence highlighted in its article."""
    for number, citation in enumerate(question.citations):
        source = bank.source(citation.source)
        if source is None:
            st.warning(f"The bank does not list the article {literal(citation.source)}.", icon=":material/warning:")
            continue
        st.markdown(f":material/newspaper: **{literal(source.title)}**")
        article_excerpt(source, citation, root, f"{scope}-cited-{number}")

"""One question in the review list: status and flags in words, prompt, its results in class, key (with the
choices or pairs), the cited sentences with their source, and its buttons."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ...classes import QuestionUsage
from ...markdown_text import literal
from ...models import Bank, Question
from ...question_types import widgets_of
from ...quiz import QUESTION_TYPE_NAMES
from ...review import flag_labels
from ...storage import Opened
from ..navigation import teacher_page
from .actions import CHOSEN_QUESTION, change_status
from .question_filter import STATUS_LABELS
from .question_stats import usage_line

__all__ = ["flag_badges", "question_row"]


def flag_badges(question: Question) -> str:
    """Markdown badges (icon and words) for the question's flags, or ""."""
    return " ".join(f":orange-badge[:material/warning: {label}]" for label in flag_labels(question))


def question_row(
    question: Question, bank: Bank, root: Path, opened: Opened, usage: QuestionUsage | None = None
) -> None:
    """A bordered block for one question, with its class results (when an assignment served it), Edit and the
    status buttons that apply to it."""
    with st.container(border=True, key=f"review-row-{question.id}"):
        head = f"**{STATUS_LABELS[question.status]}** · {QUESTION_TYPE_NAMES[question.type]} · {question.difficulty}"
        if question.generator_score is not None:
            head += f" · generator's score {question.generator_score:.2f}"
        st.markdown(" ".join(part for part in (head, flag_badges(question)) if part))
        st.markdown(literal(question.prompt))
        if usage is not None:
            st.caption(usage_line(usage))
        st.markdown(widgets_of(question).review_key(question))
        for citation in question.citations:
            source = bank.source(citation.source)
            title = literal(source.title) if source else "a source the bank does not list"
            st.markdown(f"> {literal(citation.quote)}\n>\n> :small[:gray[— {title}]]")
        buttons = st.container(horizontal=True)
        if buttons.button("Edit", key=f"review-edit-{question.id}", icon=":material/edit:"):
            st.session_state[CHOSEN_QUESTION] = question.id
            st.switch_page(teacher_page("edit"))
        for status, label, icon in (
            ("approved", "Approve", ":material/check:"),
            ("rejected", "Reject", ":material/block:"),
            ("draft", "Back to draft", ":material/undo:"),
        ):
            if question.status != status:
                buttons.button(
                    label,
                    key=f"review-{status}-{question.id}",
                    icon=icon,
                    on_click=change_status,
                    args=(root, opened, [question.id], status),
                )

"""The filters over a bank's questions that the review and new-bank pages share."""

from __future__ import annotations

import streamlit as st

from ...models import Bank
from ...quiz import QUESTION_TYPE_NAMES, topics_of
from ...review import Filter
from ...review.filters import STATUSES

__all__ = ["STATUS_LABELS", "question_filter"]

STATUS_LABELS = {
    "draft": ":material/edit_note: Draft",
    "approved": ":material/check_circle: Approved",
    "rejected": ":material/block: Rejected",
}
_DIFFICULTIES = ("easy", "medium", "hard")


def question_filter(bank: Bank, scope: str, *, statuses: tuple[str, ...] = ()) -> Filter:
    """Filter widgets (keys start with `scope`); returns what they select. `statuses` is the initial status choice."""
    words = st.text_input(
        "Search",
        key=f"{scope}-words",
        placeholder="Words in the question, answers, explanation or quote",
        max_chars=200,
    )
    left, middle, right = st.columns(3)
    status = left.multiselect(
        "Status",
        STATUSES,
        default=list(statuses),
        key=f"{scope}-status",
        placeholder="Any status",
        format_func=lambda s: STATUS_LABELS[s].split(" ", 1)[1],
    )
    types = middle.multiselect(
        "Type",
        list(QUESTION_TYPE_NAMES),
        key=f"{scope}-types",
        format_func=lambda t: QUESTION_TYPE_NAMES[t],
        placeholder="Any type",
    )
    difficulty = right.multiselect(
        "Difficulty",
        _DIFFICULTIES,
        key=f"{scope}-difficulty",
        format_func=str.capitalize,
        placeholder="Any difficulty",
    )
    left, right = st.columns(2)
    topics = left.multiselect("Topic", topics_of(bank.questions), key=f"{scope}-topics", placeholder="Any topic")
    titles = {source.id: source.title for source in bank.sources}
    sources = right.multiselect(
        "Source article",
        list(titles),
        key=f"{scope}-sources",
        format_func=lambda s: titles[s],
        placeholder="Any article",
    )
    flagged = st.checkbox("Only questions flagged for a changed or disagreeing source", key=f"{scope}-flagged")
    return Filter(
        statuses=frozenset(status),
        types=frozenset(types),
        topics=frozenset(topics),
        sources=frozenset(sources),
        difficulties=frozenset(difficulty),
        flagged_only=flagged,
        words=words,
    )

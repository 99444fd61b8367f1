"""Finding questions in a bank by status, type, topic, source article, difficulty and words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Question
from ..question_types import kind_of
from ..quiz import matches
from ..textnorm import fold

__all__ = [
    "FLAG_NAMES",
    "ORDERS",
    "STATUSES",
    "Filter",
    "filter_questions",
    "flag_labels",
    "in_order",
    "status_counts",
]

STATUSES = ("draft", "approved", "rejected")
FLAG_NAMES = {"source_changed": "Source changed", "sources_disagree": "Sources disagree"}
ORDERS = {
    "bank": "Order in the bank",
    "score-high": "Generator's score, highest first",
    "score-low": "Generator's score, lowest first",
}


@dataclass(frozen=True)
class Filter:
    """What a teacher is looking for; an empty set means "any", empty `words` means no text search."""

    statuses: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    difficulties: frozenset[str] = frozenset()
    flagged_only: bool = False
    words: str = ""


def filter_questions(questions: Iterable[Question], wanted: Filter) -> list[Question]:
    """The questions that match every part of `wanted`, in bank order."""
    topics = {fold(topic) for topic in wanted.topics}
    words = fold(wanted.words).split()
    found: list[Question] = []
    for question in questions:
        if wanted.statuses and question.status not in wanted.statuses:
            continue
        if not matches(question, types=wanted.types, difficulties=wanted.difficulties, folded_topics=topics):
            continue
        if wanted.sources and not wanted.sources.intersection(c.source for c in question.citations):
            continue
        if wanted.flagged_only and not question.flags:
            continue
        if words and not all(word in _searchable(question) for word in words):
            continue
        found.append(question)
    return found


def in_order(questions: Sequence[Question], order: str) -> list[Question]:
    """The questions in one of the `ORDERS`; those with no generator's score (a teacher's) come last either way.

    The sort is stable, so questions with equal scores stay in bank order."""
    if order == "bank":
        return list(questions)
    sign = -1 if order == "score-high" else 1
    scored = [q for q in questions if q.generator_score is not None]
    unscored = [q for q in questions if q.generator_score is None]
    return sorted(scored, key=lambda q: sign * (q.generator_score or 0.0)) + unscored


def status_counts(questions: Sequence[Question]) -> dict[str, int]:
    """How many questions have each status (every status is present, possibly with 0)."""
    counts: Counter[str] = Counter(question.status for question in questions)
    return {status: counts.get(status, 0) for status in STATUSES}


def flag_labels(question: Question) -> list[str]:
    """The question's flags in words ("Source changed", "Sources disagree")."""
    labels = [FLAG_NAMES[flag] for flag in question.flags]
    if question.disagreement and "sources_disagree" not in question.flags:
        labels.append(FLAG_NAMES["sources_disagree"])
    return labels


def _searchable(question: Question) -> str:
    """Everything a teacher might search a question by: prompt, answers, explanation, quotes, id."""
    parts = [question.id, question.prompt, question.explanation, *question.topics]
    parts += [c.quote for c in question.citations]
    parts += kind_of(question).searchable(question)
    return fold(" ".join(parts))

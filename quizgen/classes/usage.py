"""A bank question's statistics across every assignment that served it, matched by its id or by the hash of
its content, for the Review questions page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select

from ..errors import AssignmentUnknown
from ..models import Question
from .analysis import Flag, ItemStats, item_flags
from .database import Store
from .results import assignment_item_analysis
from .snapshot import content_hash
from .tables import QuestionRow

__all__ = ["QuestionUsage", "pooled_usage", "question_usage"]


@dataclass(frozen=True)
class QuestionUsage:
    """A question over the assignments that served it: the students counted, pooled facility and discrimination
    (each assignment weighted by its students), and the flags those earn."""

    assignments: int
    students: int
    facility: float | None
    discrimination: float | None
    flags: tuple[Flag, ...]


def pooled_usage(stats: Sequence[ItemStats]) -> QuestionUsage:
    """One question's statistics from several assignments pooled: facility is all right over all students;
    discrimination is each assignment's, weighted by its students (it is judged within one class)."""
    students = sum(s.students for s in stats)
    right = sum(s.facility * s.students for s in stats if s.facility is not None)
    facility = right / students if students else None
    weighed = [(s.discrimination, s.students) for s in stats if s.discrimination is not None]
    weight = sum(count for _, count in weighed)
    discrimination = sum(value * count for value, count in weighed) / weight if weight else None
    return QuestionUsage(len(stats), students, facility, discrimination, item_flags(facility, discrimination))


def question_usage(store: Store, questions: Sequence[Question]) -> dict[str, QuestionUsage]:
    """Each question's usage, by question id; a question no assignment served is left out."""
    by_id = {question.id: question.id for question in questions}
    by_hash = {content_hash(question): question.id for question in questions}
    if not by_id:
        return {}
    query = select(QuestionRow.assignment_id, QuestionRow.question_id, QuestionRow.content_hash).where(
        or_(QuestionRow.question_id.in_(by_id), QuestionRow.content_hash.in_(by_hash))
    )
    with store.session() as session:
        served = list(session.execute(query))
    # Which bank question each assignment's snapshot stands for: an edit keeps the id, a copy keeps the hash.
    wanted: dict[int, dict[str, str]] = {}
    for assignment_id, snapshot_id, snapshot_hash in served:
        bank_id = by_id.get(snapshot_id) or by_hash[snapshot_hash]
        wanted.setdefault(assignment_id, {})[snapshot_id] = bank_id
    pooled: dict[str, list[ItemStats]] = {}
    for assignment_id, snapshots in sorted(wanted.items()):
        try:
            analysis = assignment_item_analysis(store, assignment_id)
        except AssignmentUnknown:  # deleted since the query above
            continue
        for stats in analysis:
            if stats.question in snapshots:
                pooled.setdefault(snapshots[stats.question], []).append(stats)
    return {question: pooled_usage(stats) for question, stats in pooled.items()}

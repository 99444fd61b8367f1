"""Assignments: made from a list of questions (snapshotted), found by id or join code, closed, reopened,
extended, duplicated, archived and deleted with their attempts and answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..config import CLASSES
from ..errors import AssignmentInvalid, AssignmentUnknown, JoinCodeUnknown
from ..models import Question
from .database import Store
from .join_codes import new_join_code, normalise_join_code
from .snapshot import content_hash, question_json, read_question
from .tables import AssignmentRow, AttemptRow, QuestionRow
from .values import Assignment, AssignmentSettings

__all__ = [
    "archive_assignment",
    "assignment_by_code",
    "assignment_questions",
    "close_assignment",
    "create_assignment",
    "delete_assignment",
    "duplicate_assignment",
    "extend_assignment",
    "extend_time_limit",
    "get_assignment",
    "list_assignments",
    "reopen_assignment",
]


def create_assignment(store: Store, questions: Sequence[Question], settings: AssignmentSettings) -> Assignment:
    """A new assignment holding a snapshot of `questions`, so later edits of the bank change nothing in it."""
    _check_pool(questions, settings)
    snapshots = [(question.id, content_hash(question), question_json(question)) for question in questions]
    with store.session() as session:
        row = _insert_with_code(session, settings, store.now())
        session.add_all(
            QuestionRow(assignment_id=row.id, position=position, question_id=qid, content_hash=digest, content=text)
            for position, (qid, digest, text) in enumerate(snapshots)
        )
        session.flush()
        return assignment_of(session, row)


def _check_pool(questions: Sequence[Question], settings: AssignmentSettings) -> None:
    if not questions:
        raise AssignmentInvalid("an assignment needs at least one question; choose some and try again")
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    for question in questions:
        digest = content_hash(question)
        if question.id in seen_ids or digest in seen_hashes:
            raise AssignmentInvalid(
                f"question {question.id} is chosen twice; leave one copy out (a copied bank holds the same questions)"
            )
        seen_ids.add(question.id)
        seen_hashes.add(digest)
    if settings.draw_count is not None and settings.draw_count > len(questions):
        raise AssignmentInvalid(
            f"a draw of {settings.draw_count} needs at least as many questions, and the pool has {len(questions)}; "
            "draw fewer or add questions"
        )


def _insert_with_code(session: Session, settings: AssignmentSettings, now: dt.datetime) -> AssignmentRow:
    """The assignment's row, under a join code no other assignment has (the unique constraint decides)."""
    opens_at = settings.opens_at or now
    for _ in range(CLASSES.join_code_tries):
        row = AssignmentRow(
            join_code=new_join_code(),
            title=settings.title,
            mode=settings.mode,
            attempts_allowed=settings.attempts_allowed,
            opens_at=opens_at,
            closes_at=settings.closes_at,
            time_limit_minutes=settings.time_limit_minutes,
            show_answers=settings.show_answers,
            draw_count=settings.draw_count,
            closed=False,
            archived=False,
            created_at=now,
        )
        try:
            with session.begin_nested():
                session.add(row)
        except IntegrityError:
            continue
        return row
    raise AssignmentInvalid("no free join code was found; try again")


def get_assignment(store: Store, assignment_id: int) -> Assignment:
    """The assignment with this id."""
    with store.session() as session:
        return assignment_of(session, assignment_row(session, assignment_id))


def assignment_by_code(store: Store, typed_code: str) -> Assignment:
    """The assignment a join code names, typed in any case and with any spaces or dashes."""
    code = normalise_join_code(typed_code)
    with store.session() as session:
        row = session.scalar(select(AssignmentRow).where(AssignmentRow.join_code == code))
        if row is None:
            raise JoinCodeUnknown()
        return assignment_of(session, row)


def list_assignments(store: Store, *, archived: bool = False) -> list[Assignment]:
    """Every assignment, newest first; archived ones only when asked for."""
    with store.session() as session:
        query = select(AssignmentRow).order_by(AssignmentRow.created_at.desc(), AssignmentRow.id.desc())
        if not archived:
            query = query.where(AssignmentRow.archived.is_(False))
        return [assignment_of(session, row) for row in session.scalars(query)]


def assignment_questions(store: Store, assignment_id: int) -> list[Question]:
    """The assignment's pool, as it was snapshotted, in order."""
    with store.session() as session:
        return [read_question(row.content) for row in assignment_row(session, assignment_id).questions]


def close_assignment(store: Store, assignment_id: int) -> Assignment:
    """Stop new attempts and answers now; attempts in progress keep what they answered."""
    with store.session() as session:
        row = assignment_row(session, assignment_id)
        row.closed = True
        return assignment_of(session, row)


def reopen_assignment(store: Store, assignment_id: int, closes_at: dt.datetime | None = None) -> Assignment:
    """Take attempts and answers again, until `closes_at` (None: until the teacher closes it)."""
    with store.session() as session:
        row = assignment_row(session, assignment_id)
        _check_closing(row, closes_at, store.now())
        row.closed = False
        row.closes_at = closes_at
        return assignment_of(session, row)


def extend_assignment(store: Store, assignment_id: int, closes_at: dt.datetime) -> Assignment:
    """Move the closing time later; an assignment the teacher closed stays closed (reopen it for that)."""
    with store.session() as session:
        row = assignment_row(session, assignment_id)
        if row.closes_at is not None and closes_at <= row.closes_at:
            raise AssignmentInvalid("the new closing time must be later than the current one; choose a later time")
        _check_closing(row, closes_at, store.now())
        row.closes_at = closes_at
        return assignment_of(session, row)


def extend_time_limit(store: Store, assignment_id: int, minutes: int) -> Assignment:
    """Make the time limit longer; attempts still running get it too, counted from when each one started."""
    with store.session() as session:
        row = assignment_row(session, assignment_id)
        current = row.time_limit_minutes
        if current is None:
            raise AssignmentInvalid("this assignment has no time limit, so there is none to extend")
        if minutes <= current:
            raise AssignmentInvalid(f"the new time limit must be longer than {current} minutes; choose more minutes")
        if minutes > CLASSES.time_limit_max_minutes:
            raise AssignmentInvalid(
                f"a time limit is at most {CLASSES.time_limit_max_minutes} minutes; choose fewer minutes"
            )
        row.time_limit_minutes = minutes
        running = select(AttemptRow).where(
            AttemptRow.assignment_id == row.id, AttemptRow.finished_at.is_(None), AttemptRow.deadline > store.now()
        )
        for attempt in session.scalars(running):
            attempt.deadline = attempt.started_at + dt.timedelta(minutes=minutes)
        return assignment_of(session, row)


def _check_closing(row: AssignmentRow, closes_at: dt.datetime | None, now: dt.datetime) -> None:
    if closes_at is not None and (closes_at <= now or closes_at <= row.opens_at):
        raise AssignmentInvalid("the closing time must be in the future and after the opening; choose a later time")


def duplicate_assignment(store: Store, assignment_id: int, title: str | None = None) -> Assignment:
    """A new, open assignment with the same settings and the same snapshot of questions, and no attempts."""
    with store.session() as session:
        source = assignment_row(session, assignment_id)
        original = assignment_of(session, source).settings
        now = store.now()
        closes_at = original.closes_at if original.closes_at and original.closes_at > now else None
        changed = {"title": title or original.title, "opens_at": now, "closes_at": closes_at}
        settings = AssignmentSettings.model_validate({**original.model_dump(), **changed})
        row = _insert_with_code(session, settings, now)
        session.add_all(
            QuestionRow(
                assignment_id=row.id,
                position=question.position,
                question_id=question.question_id,
                content_hash=question.content_hash,
                content=question.content,
            )
            for question in source.questions
        )
        session.flush()
        return assignment_of(session, row)


def archive_assignment(store: Store, assignment_id: int, archived: bool = True) -> Assignment:
    """Hide it from the list of assignments and close it to students, keeping its results (archived False: list
    it again, still closed until the teacher reopens it)."""
    with store.session() as session:
        row = assignment_row(session, assignment_id)
        row.archived = archived
        row.closed = row.closed or archived
        return assignment_of(session, row)


def delete_assignment(store: Store, assignment_id: int) -> None:
    """Delete the assignment with its questions, every attempt and every answer."""
    with store.session() as session:
        session.delete(assignment_row(session, assignment_id))


def assignment_row(session: Session, assignment_id: int) -> AssignmentRow:
    """The assignment's row, or AssignmentUnknown."""
    row = session.get(AssignmentRow, assignment_id)
    if row is None:
        raise AssignmentUnknown()
    return row


def assignment_of(session: Session, row: AssignmentRow) -> Assignment:
    """The assignment a row holds, as a value."""
    pool_size = (
        session.scalar(select(func.count()).select_from(QuestionRow).where(QuestionRow.assignment_id == row.id)) or 0
    )
    settings = AssignmentSettings(
        title=row.title,
        mode=row.mode,
        attempts_allowed=row.attempts_allowed,
        opens_at=row.opens_at,
        closes_at=row.closes_at,
        time_limit_minutes=row.time_limit_minutes,
        show_answers=row.show_answers,
        draw_count=row.draw_count,
    )
    return Assignment(
        id=row.id,
        join_code=row.join_code,
        settings=settings,
        opens_at=row.opens_at,
        closed=row.closed,
        archived=row.archived,
        created_at=row.created_at,
        pool_size=pool_size,
    )

"""A student's attempt at an assignment: started with a display name, answered question by question, submitted.

Rules a student meets:
- An attempt can start only while its assignment is open, and only as often as it allows (per display name,
  ignoring case and spacing).
- Each answer is stored and graded when it is given. Resending the answer already stored changes nothing.
  A different answer replaces the stored one until the attempt is submitted, unless the student already
  saw whether it was right (practice, or a test that shows answers right away): then it is refused.
- Submitting is final. An attempt past its time limit counts as submitted at its deadline, with what was
  answered by then; this is checked on every read and write.
- A closed (or archived) assignment refuses new attempts and answers; its attempts can still be submitted.
- Answers shown "after closing" are shown to a submitted attempt once the assignment has closed, never to one
  still in progress (a teacher may reopen).
"""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..config import CLASSES
from ..errors import (
    AnswerLocked,
    AssignmentClosed,
    AttemptFinished,
    AttemptsUsedUp,
    AttemptUnknown,
    DisplayNameInvalid,
    ResponseInvalid,
)
from .assignments import assignment_of, assignment_row
from .database import Store
from .draw import draw_questions
from .responses import checked_response, grade_response, read_response, response_json
from .snapshot import read_question
from .tables import AnswerRow, AssignmentRow, AttemptItemRow, AttemptRow
from .values import AnswerReceipt, Assignment, AttemptItem, AttemptStatus, AttemptSummary, AttemptView

__all__ = [
    "answer_question",
    "attempt_view",
    "clean_display_name",
    "start_attempt",
    "status_of",
    "submit_attempt",
    "summary_of",
]

# How often a start races another start of the same name for the next attempt number before giving up.
_NUMBER_TRIES = 5


def clean_display_name(typed: str) -> tuple[str, str]:
    """(the name as shown, the key attempts are counted by): trimmed, inner spaces collapsed, within the limit."""
    shown = " ".join(unicodedata.normalize("NFKC", typed).split())
    if not shown or len(shown) > CLASSES.display_name_max_chars or not shown.isprintable():
        raise DisplayNameInvalid()
    return shown, shown.casefold()


def start_attempt(store: Store, assignment_id: int, display_name: str) -> AttemptView:
    """A new attempt, with its questions fixed (a draw seeded by the attempt's own unguessable id)."""
    shown, key = clean_display_name(display_name)
    for _ in range(_NUMBER_TRIES):
        try:
            with store.session() as session:
                now = store.now()
                assignment = assignment_row(session, assignment_id)
                if not assignment_of(session, assignment).is_open(now):
                    raise AssignmentClosed()
                attempt = _new_attempt(session, assignment, shown, key, now)
                return _view(session, attempt, now)
        except IntegrityError:
            continue  # another start of the same name took this number: count again
    raise AttemptsUsedUp("too many attempts started at once under this name; wait a moment and try again")


def _new_attempt(session: Session, assignment: AssignmentRow, shown: str, key: str, now: dt.datetime) -> AttemptRow:
    used = session.scalar(
        select(func.count())
        .select_from(AttemptRow)
        .where(AttemptRow.assignment_id == assignment.id, AttemptRow.name_key == key)
    )
    if (used or 0) >= assignment.attempts_allowed:
        raise AttemptsUsedUp()
    limit = assignment.time_limit_minutes
    attempt = AttemptRow(
        id=secrets.token_urlsafe(CLASSES.attempt_id_bytes),
        assignment_id=assignment.id,
        display_name=shown,
        name_key=key,
        number=(used or 0) + 1,
        started_at=now,
        deadline=now + dt.timedelta(minutes=limit) if limit else None,
        finished_at=None,
        timed_out=False,
    )
    pool = assignment.questions
    if assignment.draw_count is None:
        positions = list(range(len(pool)))
    else:
        positions = draw_questions([read_question(row.content) for row in pool], assignment.draw_count, attempt.id)
    attempt.items = [
        AttemptItemRow(attempt_id=attempt.id, position=place, question_row_id=pool[index].id)
        for place, index in enumerate(positions)
    ]
    session.add(attempt)
    session.flush()
    return attempt


def attempt_view(store: Store, attempt_id: str) -> AttemptView:
    """The attempt as the student has it now (an attempt past its time limit is submitted first)."""
    with store.session() as session:
        now = store.now()
        attempt = _attempt(session, attempt_id)
        _time_out_if_due(attempt, now)
        return _view(session, attempt, now)


def submit_attempt(store: Store, attempt_id: str) -> AttemptView:
    """Make the attempt final; submitting again (a double click) changes nothing."""
    with store.session() as session:
        now = store.now()
        attempt = _attempt(session, attempt_id)
        _time_out_if_due(attempt, now)
        if attempt.finished_at is None:
            attempt.finished_at = now
        return _view(session, attempt, now)


def answer_question(store: Store, attempt_id: str, position: int, response: object) -> AnswerReceipt:
    """Store and grade the answer to the attempt's question at `position` (see the module's rules)."""
    for _ in range(2):
        try:
            with store.session() as session:
                return _store_answer(session, store.now(), attempt_id, position, response)
        except IntegrityError:
            continue  # the same answer arrived twice at once: the second finds the first's row
    raise AttemptFinished("this answer could not be saved; save it again")


def _store_answer(session: Session, now: dt.datetime, attempt_id: str, position: int, raw: object) -> AnswerReceipt:
    attempt = _attempt(session, attempt_id)
    _time_out_if_due(attempt, now)
    if attempt.finished_at is not None:
        raise AttemptFinished()
    assignment = assignment_of(session, attempt.assignment)
    if not assignment.is_open(now):
        raise AssignmentClosed()
    item = _item(attempt, position)
    question = read_question(item.question.content)
    response = checked_response(question, raw)
    stored = response_json(response)
    correct = grade_response(question, response)
    shown = _answers_shown(assignment, attempt, now)
    existing = next((a for a in attempt.answers if a.question_row_id == item.question_row_id), None)
    if existing is not None:
        if existing.response == stored:
            return AnswerReceipt(attempt_id=attempt.id, position=position, stored=False, correct=_told(shown, correct))
        if shown:
            raise AnswerLocked()
        existing.response, existing.correct, existing.answered_at = stored, correct, now
    else:
        since = max([attempt.started_at, *(a.answered_at for a in attempt.answers)])
        attempt.answers.append(
            AnswerRow(
                attempt_id=attempt.id,
                question_row_id=item.question_row_id,
                response=stored,
                correct=correct,
                answered_at=now,
                seconds=max(0.0, (now - since).total_seconds()),
            )
        )
    session.flush()
    return AnswerReceipt(attempt_id=attempt.id, position=position, stored=True, correct=_told(shown, correct))


def _told(shown: bool, correct: bool) -> bool | None:
    return correct if shown else None


def _item(attempt: AttemptRow, position: int) -> AttemptItemRow:
    item = next((i for i in attempt.items if i.position == position), None)
    if item is None:
        raise ResponseInvalid("this attempt has no such question; reload the attempt and answer it there")
    return item


def _time_out_if_due(attempt: AttemptRow, now: dt.datetime) -> None:
    if attempt.finished_at is None and attempt.deadline is not None and now >= attempt.deadline:
        attempt.finished_at = attempt.deadline
        attempt.timed_out = True


def _answers_shown(assignment: Assignment, attempt: AttemptRow, now: dt.datetime) -> bool:
    """May the student see whether their answers were right (and the key and sources) now?"""
    policy = assignment.settings.show_answers
    if policy == "right_away":
        return True
    if policy == "after_submitting":
        return attempt.finished_at is not None
    if policy == "after_closing":
        # Only to a finished attempt: one still in progress would see the key while the assignment is closed
        # and could change its answers to it once the teacher reopens.
        return attempt.finished_at is not None and assignment.has_closed(now)
    return False


def status_of(attempt: AttemptRow) -> AttemptStatus:
    """In progress, submitted, or timed out (submitted at its deadline)."""
    if attempt.finished_at is None:
        return "in_progress"
    return "timed_out" if attempt.timed_out else "submitted"


def summary_of(attempt: AttemptRow) -> AttemptSummary:
    """The attempt without its questions."""
    return AttemptSummary(
        id=attempt.id,
        assignment_id=attempt.assignment_id,
        display_name=attempt.display_name,
        number=attempt.number,
        started_at=attempt.started_at,
        deadline=attempt.deadline,
        finished_at=attempt.finished_at,
        status=status_of(attempt),
    )


def _view(session: Session, attempt: AttemptRow, now: dt.datetime) -> AttemptView:
    shown = _answers_shown(assignment_of(session, attempt.assignment), attempt, now)
    answers = {answer.question_row_id: answer for answer in attempt.answers}
    items = []
    for item in attempt.items:
        answer = answers.get(item.question_row_id)
        items.append(
            AttemptItem(
                position=item.position,
                question=read_question(item.question.content),
                content_hash=item.question.content_hash,
                answered=answer is not None,
                response=read_response(answer.response) if answer else None,
                correct=answer.correct if answer and shown else None,
            )
        )
    return AttemptView(attempt=summary_of(attempt), items=items, answers_shown=shown)


def _attempt(session: Session, attempt_id: str) -> AttemptRow:
    row = session.get(AttemptRow, attempt_id) if attempt_id else None
    if row is None:
        raise AttemptUnknown()
    return row

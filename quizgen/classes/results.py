"""An assignment's results read out of the store as plain values: per attempt and per answer, and the item
analysis over each student's first finished attempt (Moodle's default, so a retry does not count twice)."""

from __future__ import annotations

import datetime as dt

from pydantic import AwareDatetime, BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import AssignmentUnknown
from ..grading import Response, response_text
from ..models import Question
from ..question_types import kind_of
from .analysis import ItemInfo, ItemStats, Mark, Sitting, analyse_items
from .attempts import summary_of
from .database import Store
from .responses import read_response
from .snapshot import read_question
from .tables import AssignmentRow, AttemptRow, QuestionRow
from .values import AttemptSummary

__all__ = ["AnswerResult", "AttemptResult", "assignment_item_analysis", "assignment_results", "sittings_of"]


class AnswerResult(BaseModel):
    """One question of one attempt: what was asked, what the student answered and whether it was right."""

    model_config = ConfigDict(frozen=True)

    position: int
    question_id: str
    content_hash: str
    question_type: str
    prompt: str
    answered: bool
    response: Response = None
    response_text: str
    correct: bool
    answered_at: AwareDatetime | None
    seconds: float | None


class AttemptResult(BaseModel):
    """One attempt's result: its score out of the questions it served, its time and every answer."""

    model_config = ConfigDict(frozen=True)

    attempt: AttemptSummary
    right: int
    answered: int
    total: int
    seconds_taken: float
    answers: list[AnswerResult]

    @property
    def percent(self) -> int:
        """Whole-number percentage right (0 for an attempt with no questions)."""
        return round(100 * self.right / self.total) if self.total else 0


def assignment_results(store: Store, assignment_id: int) -> list[AttemptResult]:
    """Every attempt at the assignment, in the order they were started."""
    with store.session() as session:
        now = store.now()
        questions = _questions(session, assignment_id)
        return [_result(attempt, questions, now) for attempt in _attempts(session, assignment_id)]


def assignment_item_analysis(store: Store, assignment_id: int) -> list[ItemStats]:
    """The item analysis of the assignment's pool, over each student's first finished attempt."""
    with store.session() as session:
        rows = _question_rows(session, assignment_id)
    questions = {row.id: read_question(row.content) for row in rows}
    results = assignment_results(store, assignment_id)
    items = [ItemInfo(question.id, _choice_options(question)) for question in questions.values()]
    return analyse_items(items, sittings_of(results))


def sittings_of(results: list[AttemptResult]) -> list[Sitting]:
    """The attempts item analysis counts: each display name's first finished attempt, in the order started."""
    counted: dict[str, Sitting] = {}
    for result in sorted(results, key=lambda r: (r.attempt.started_at, r.attempt.number)):
        key = result.attempt.display_name.casefold()
        if result.attempt.status == "in_progress" or key in counted:
            continue
        marks = tuple(
            Mark(a.question_id, a.correct, a.response_text if a.answered else None, a.seconds) for a in result.answers
        )
        counted[key] = Sitting(result.attempt.display_name, marks)
    return list(counted.values())


def _choice_options(question: Question) -> tuple[str, ...]:
    if question.type == "multiple_choice":
        return tuple(kind_of(question).options(question))
    if question.type == "true_false":
        return ("True", "False")
    return ()


def _question_rows(session: Session, assignment_id: int) -> list[QuestionRow]:
    assignment = session.get(AssignmentRow, assignment_id)
    if assignment is None:
        raise AssignmentUnknown()
    return list(assignment.questions)


def _questions(session: Session, assignment_id: int) -> dict[int, tuple[QuestionRow, Question]]:
    return {row.id: (row, read_question(row.content)) for row in _question_rows(session, assignment_id)}


def _attempts(session: Session, assignment_id: int) -> list[AttemptRow]:
    query = (
        select(AttemptRow)
        .where(AttemptRow.assignment_id == assignment_id)
        .order_by(AttemptRow.started_at, AttemptRow.display_name, AttemptRow.number)
    )
    return list(session.scalars(query))


def _result(attempt: AttemptRow, questions: dict[int, tuple[QuestionRow, Question]], now: dt.datetime) -> AttemptResult:
    summary = summary_of(attempt)
    if summary.status == "in_progress" and summary.deadline is not None and now >= summary.deadline:
        # Past its limit but not read since: the results count it as it will be once it is read.
        summary = summary.model_copy(update={"status": "timed_out", "finished_at": summary.deadline})
    answers_by_question = {answer.question_row_id: answer for answer in attempt.answers}
    answers = []
    for item in attempt.items:
        row, question = questions[item.question_row_id]
        answer = answers_by_question.get(item.question_row_id)
        response = read_response(answer.response) if answer else None
        answers.append(
            AnswerResult(
                position=item.position,
                question_id=row.question_id,
                content_hash=row.content_hash,
                question_type=question.type,
                prompt=question.prompt,
                answered=answer is not None,
                response=response,
                response_text=response_text(question, response),
                correct=bool(answer and answer.correct),
                answered_at=answer.answered_at if answer else None,
                seconds=answer.seconds if answer else None,
            )
        )
    finished = summary.finished_at or now
    return AttemptResult(
        attempt=summary,
        right=sum(a.correct for a in answers),
        answered=sum(a.answered for a in answers),
        total=len(answers),
        seconds_taken=max(0.0, (finished - summary.started_at).total_seconds()),
        answers=answers,
    )

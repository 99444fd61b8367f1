"""What crosses the boundary of the class store: an assignment's settings, and what the store gives back."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from ..config import CLASSES
from ..grading import Response
from ..models import Question
from ..quiz import QuizMode

__all__ = [
    "AnswerReceipt",
    "Assignment",
    "AssignmentSettings",
    "AttemptItem",
    "AttemptStatus",
    "AttemptSummary",
    "AttemptView",
    "ShowAnswers",
]

# When a student sees whether they were right, the key and the sources.
ShowAnswers = Literal["right_away", "after_submitting", "after_closing", "never"]
AttemptStatus = Literal["in_progress", "submitted", "timed_out"]

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=CLASSES.title_max_chars)]


class AssignmentSettings(BaseModel):
    """What a teacher chooses for an assignment; `opens_at` None means now, `closes_at` None means never."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Title
    mode: QuizMode = "test"
    attempts_allowed: int = Field(default=1, ge=1, le=CLASSES.attempts_max)
    opens_at: AwareDatetime | None = None
    closes_at: AwareDatetime | None = None
    time_limit_minutes: int | None = Field(default=None, ge=1, le=CLASSES.time_limit_max_minutes)
    show_answers: ShowAnswers = "after_submitting"
    # A random draw of this many questions per student from the pool; None serves every question in order.
    draw_count: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _closes_after_opening(self) -> AssignmentSettings:
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValueError("the closing time must come after the opening time")
        if self.mode == "practice" and self.show_answers != "right_away":
            raise ValueError("practice shows each answer as it is given; choose show_answers right_away, or a test")
        return self


class Assignment(BaseModel):
    """An assignment as stored: its settings, join code, state and how many questions its pool holds."""

    model_config = ConfigDict(frozen=True)

    id: int
    join_code: str
    settings: AssignmentSettings
    opens_at: AwareDatetime
    closed: bool
    archived: bool
    created_at: AwareDatetime
    pool_size: int

    def is_open(self, now: dt.datetime) -> bool:
        """Does it take new attempts and answers at `now`?"""
        closes_at = self.settings.closes_at
        return not self.closed and not self.archived and self.opens_at <= now and (closes_at is None or now < closes_at)

    def has_closed(self, now: dt.datetime) -> bool:
        """Is its closing time past, or did the teacher close or archive it?"""
        closes_at = self.settings.closes_at
        return self.closed or self.archived or (closes_at is not None and now >= closes_at)


class AttemptSummary(BaseModel):
    """An attempt without its questions: who, which of their attempts, when, and how it stands."""

    model_config = ConfigDict(frozen=True)

    id: str
    assignment_id: int
    display_name: str
    number: int
    started_at: AwareDatetime
    deadline: AwareDatetime | None
    finished_at: AwareDatetime | None
    status: AttemptStatus


class AttemptItem(BaseModel):
    """One question of an attempt as the student has it; `correct` is None until answers may be shown."""

    model_config = ConfigDict(frozen=True)

    position: int
    question: Question
    content_hash: str
    answered: bool
    response: Response = None
    correct: bool | None = None


class AttemptView(BaseModel):
    """An attempt with its questions in order and whether its answers may be shown now."""

    model_config = ConfigDict(frozen=True)

    attempt: AttemptSummary
    items: list[AttemptItem]
    answers_shown: bool


class AnswerReceipt(BaseModel):
    """What storing an answer says back: it is saved, and (when answers may be shown) whether it was right."""

    model_config = ConfigDict(frozen=True)

    attempt_id: str
    position: int
    stored: bool  # False when it was a resend of the answer already stored
    correct: bool | None

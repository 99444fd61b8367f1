"""The class database's tables, as SQLAlchemy 2 typed declarative models.

The first Alembic revision (`migrations/versions/`) creates exactly these; a test compares the two,
so a change here needs a new revision there.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

__all__ = ["AnswerRow", "AssignmentRow", "AttemptItemRow", "AttemptRow", "Base", "QuestionRow", "UtcDateTime"]

# Named constraints, so a later migration can alter them by name on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An aware UTC time on every database: SQLite keeps no time zone, so times are stored as naive UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a stored time must carry its time zone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AssignmentRow(Base):
    """A quiz set for a class: its settings; its questions are snapshotted in `QuestionRow`."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    join_code: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(16))
    attempts_allowed: Mapped[int] = mapped_column(Integer)
    opens_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    closes_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    time_limit_minutes: Mapped[int | None] = mapped_column(Integer)
    show_answers: Mapped[str] = mapped_column(String(16))
    draw_count: Mapped[int | None] = mapped_column(Integer)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    questions: Mapped[list[QuestionRow]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", passive_deletes=True, order_by="QuestionRow.position"
    )
    attempts: Mapped[list[AttemptRow]] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", passive_deletes=True
    )


class QuestionRow(Base):
    """One question of an assignment as it was when the assignment was made: the model's JSON and its hash."""

    __tablename__ = "assignment_questions"
    __table_args__ = (
        UniqueConstraint("assignment_id", "position"),
        UniqueConstraint("assignment_id", "question_id"),
        UniqueConstraint("assignment_id", "content_hash"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(80))
    content: Mapped[str] = mapped_column(Text)

    assignment: Mapped[AssignmentRow] = relationship(back_populates="questions")


class AttemptRow(Base):
    """One student's go at an assignment; `number` counts the attempts of one display name (folded)."""

    __tablename__ = "attempts"
    __table_args__ = (UniqueConstraint("assignment_id", "name_key", "number"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(60))
    name_key: Mapped[str] = mapped_column(String(240))
    number: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    deadline: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    timed_out: Mapped[bool] = mapped_column(Boolean, default=False)

    assignment: Mapped[AssignmentRow] = relationship(back_populates="attempts")
    items: Mapped[list[AttemptItemRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AttemptItemRow.position"
    )
    answers: Mapped[list[AnswerRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class AttemptItemRow(Base):
    """The questions an attempt serves, in its order; a question appears at most once."""

    __tablename__ = "attempt_items"
    __table_args__ = (UniqueConstraint("attempt_id", "question_row_id"),)

    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_row_id: Mapped[int] = mapped_column(ForeignKey("assignment_questions.id", ondelete="CASCADE"))

    question: Mapped[QuestionRow] = relationship()


class AnswerRow(Base):
    """A student's answer to one question of an attempt, graded when stored; one per question."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_row_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"), index=True)
    question_row_id: Mapped[int] = mapped_column(ForeignKey("assignment_questions.id", ondelete="CASCADE"))
    response: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    answered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    seconds: Mapped[float] = mapped_column(Float)

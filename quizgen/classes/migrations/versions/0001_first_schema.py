"""Assignments, their question snapshots, attempts and answers.

Revision ID: 0001
Revises: (none)
Created: 2026-12-07

Times are naive UTC (`tables.UtcDateTime` adds the zone back on reading).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("join_code", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("attempts_allowed", sa.Integer(), nullable=False),
        sa.Column("opens_at", sa.DateTime(), nullable=False),
        sa.Column("closes_at", sa.DateTime(), nullable=True),
        sa.Column("time_limit_minutes", sa.Integer(), nullable=True),
        sa.Column("show_answers", sa.String(length=16), nullable=False),
        sa.Column("draw_count", sa.Integer(), nullable=True),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
        sa.UniqueConstraint("join_code", name=op.f("uq_assignments_join_code")),
    )
    op.create_table(
        "assignment_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("content_hash", sa.String(length=80), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_assignment_questions_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment_questions")),
        sa.UniqueConstraint(
            "assignment_id", "content_hash", name=op.f("uq_assignment_questions_assignment_id_content_hash")
        ),
        sa.UniqueConstraint("assignment_id", "position", name=op.f("uq_assignment_questions_assignment_id_position")),
        sa.UniqueConstraint(
            "assignment_id", "question_id", name=op.f("uq_assignment_questions_assignment_id_question_id")
        ),
    )
    with op.batch_alter_table("assignment_questions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_questions_assignment_id"), ["assignment_id"], unique=False)

    op.create_table(
        "attempts",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=60), nullable=False),
        sa.Column("name_key", sa.String(length=240), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("deadline", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("timed_out", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_attempts_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
        sa.UniqueConstraint(
            "assignment_id", "name_key", "number", name=op.f("uq_attempts_assignment_id_name_key_number")
        ),
    )
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attempts_assignment_id"), ["assignment_id"], unique=False)

    op.create_table(
        "answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.String(length=64), nullable=False),
        sa.Column("question_row_id", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_answers_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["question_row_id"],
            ["assignment_questions.id"],
            name=op.f("fk_answers_question_row_id_assignment_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answers")),
        sa.UniqueConstraint("attempt_id", "question_row_id", name=op.f("uq_answers_attempt_id_question_row_id")),
    )
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answers_attempt_id"), ["attempt_id"], unique=False)

    op.create_table(
        "attempt_items",
        sa.Column("attempt_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question_row_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_attempt_items_attempt_id_attempts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["question_row_id"],
            ["assignment_questions.id"],
            name=op.f("fk_attempt_items_question_row_id_assignment_questions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", "position", name=op.f("pk_attempt_items")),
        sa.UniqueConstraint("attempt_id", "question_row_id", name=op.f("uq_attempt_items_attempt_id_question_row_id")),
    )


def downgrade() -> None:
    op.drop_table("attempt_items")
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answers_attempt_id"))

    op.drop_table("answers")
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attempts_assignment_id"))

    op.drop_table("attempts")
    with op.batch_alter_table("assignment_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignment_questions_assignment_id"))

    op.drop_table("assignment_questions")
    op.drop_table("assignments")

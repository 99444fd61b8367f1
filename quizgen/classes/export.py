"""An assignment's results for a spreadsheet: one row per student (attempt) and one row per answer,
as CSV (one file each) or as one Excel workbook with a sheet of each."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..export.tables import spreadsheet_cell
from .results import AttemptResult

__all__ = [
    "ANSWER_COLUMNS",
    "STATUS_WORDS",
    "STUDENT_COLUMNS",
    "answer_rows",
    "answers_csv",
    "results_xlsx",
    "student_rows",
    "students_csv",
]

Cell = str | int | float | None

STUDENT_COLUMNS = (
    "name",
    "attempt",
    "status",
    "started",
    "finished",
    "seconds taken",
    "right",
    "answered",
    "questions",
    "percent",
)
ANSWER_COLUMNS = (
    "name",
    "attempt",
    "question number",
    "question id",
    "content hash",
    "type",
    "prompt",
    "answer",
    "correct",
    "answered at",
    "seconds",
)
STATUS_WORDS = {"in_progress": "in progress", "submitted": "submitted", "timed_out": "timed out"}


def student_rows(results: Sequence[AttemptResult]) -> list[tuple[Cell, ...]]:
    """One row per attempt, in STUDENT_COLUMNS order; times are ISO 8601 in UTC."""
    return [
        (
            r.attempt.display_name,
            r.attempt.number,
            STATUS_WORDS[r.attempt.status],
            r.attempt.started_at.isoformat(),
            r.attempt.finished_at.isoformat() if r.attempt.finished_at else None,
            round(r.seconds_taken, 1),
            r.right,
            r.answered,
            r.total,
            r.percent,
        )
        for r in results
    ]


def answer_rows(results: Sequence[AttemptResult]) -> list[tuple[Cell, ...]]:
    """One row per question of each attempt (answered or not), in ANSWER_COLUMNS order."""
    return [
        (
            r.attempt.display_name,
            r.attempt.number,
            a.position + 1,
            a.question_id,
            a.content_hash,
            a.question_type,
            a.prompt,
            a.response_text,
            "yes" if a.correct else "no",
            a.answered_at.isoformat() if a.answered_at else None,
            round(a.seconds, 1) if a.seconds is not None else None,
        )
        for r in results
        for a in r.answers
    ]


def students_csv(results: Sequence[AttemptResult]) -> str:
    """The per-student rows as CSV, with a header line."""
    return _csv(STUDENT_COLUMNS, student_rows(results))


def answers_csv(results: Sequence[AttemptResult]) -> str:
    """The per-answer rows as CSV, with a header line."""
    return _csv(ANSWER_COLUMNS, answer_rows(results))


def _csv(columns: Sequence[str], rows: Sequence[tuple[Cell, ...]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            ["" if cell is None else spreadsheet_cell(cell) if isinstance(cell, str) else cell for cell in row]
        )
    return out.getvalue()


def results_xlsx(results: Sequence[AttemptResult]) -> bytes:
    """An Excel workbook with a "Students" and an "Answers" sheet; text stays text (never run as a formula), and
    a character a worksheet cannot hold (a control character in an answer stored by an older quizgen, or in a
    bank's prompt) is shown as � instead of failing the whole workbook."""
    from openpyxl import Workbook  # imported here: only an Excel export needs it

    book = Workbook()
    students = book.active
    students.title = "Students"
    _fill(students, STUDENT_COLUMNS, student_rows(results))
    _fill(book.create_sheet("Answers"), ANSWER_COLUMNS, answer_rows(results))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _fill(sheet: object, columns: Sequence[str], rows: Sequence[tuple[Cell, ...]]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    sheet.append(list(columns))  # type: ignore[attr-defined]
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
            cell = sheet.cell(row=number, column=column, value=value)  # type: ignore[attr-defined]
            if isinstance(value, str):
                cell.data_type = "s"

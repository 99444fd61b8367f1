"""Kahoot's quiz spreadsheet: the layout of its published template, filled in with openpyxl.

The template's table starts at row 8 (headers) with the question in column B, four answers in
C to F, the time limit in G and the numbers of the right answers in H; rows 1 to 7 hold its
title and instructions. A question that breaks the template's limits is reported, never cut.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..config import EXPORTS
from .base import Unfit

__all__ = ["HEADERS", "HEADER_ROW", "Row", "row", "workbook"]

HEADER_ROW = 8
HEADERS = (
    f"Question - max {EXPORTS.kahoot_question_max_chars} characters",
    *(f"Answer {n} - max {EXPORTS.kahoot_answer_max_chars} characters" for n in range(1, 5)),
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
_INTRO = (
    "Quiz template",
    "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).",
    "Have fun creating your awesome quiz!",
    "Remember: questions have a limit of 120 characters and answers can have 75 characters max.",
    "Text will turn red in Excel or Google Docs if you exceed this limit.",
    "If several answers are correct, separate them with a comma.",
    "See an example question below (don't forget to overwrite this with your first question!)",
)


@dataclass(frozen=True)
class Row:
    """One Kahoot question: its text, its 2-4 answers, and which of them (counted from 1) are right."""

    question: str
    answers: tuple[str, ...]
    correct: tuple[int, ...]


def row(question: str, answers: Sequence[str], correct: Sequence[int]) -> Row:
    """A Kahoot row, or Unfit naming the limit the question breaks."""
    flat = " ".join(question.split())
    if len(flat) > EXPORTS.kahoot_question_max_chars:
        raise Unfit(
            f"Kahoot questions hold at most {EXPORTS.kahoot_question_max_chars} characters; this one has {len(flat)}"
        )
    if len(answers) > EXPORTS.kahoot_answers_max:
        raise Unfit(f"Kahoot questions have at most {EXPORTS.kahoot_answers_max} answers; this one has {len(answers)}")
    for answer in answers:
        if len(answer) > EXPORTS.kahoot_answer_max_chars:
            raise Unfit(
                f"Kahoot answers hold at most {EXPORTS.kahoot_answer_max_chars} characters; "
                f"“{answer[:30]}…” has {len(answer)}"
            )
    return Row(flat, tuple(" ".join(a.split()) for a in answers), tuple(correct))


def workbook(rows: Iterable[Row]) -> bytes:
    """The .xlsx file: the template's title and instructions, its headers, then one row per question."""
    from openpyxl import Workbook  # imported here: only a Kahoot export needs it

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for number, intro in enumerate(_INTRO, start=1):
        sheet.cell(row=number, column=2, value=intro)
    for column, header in enumerate(HEADERS, start=2):
        sheet.cell(row=HEADER_ROW, column=column, value=header)
    for number, each in enumerate(rows, start=1):
        line = HEADER_ROW + number
        sheet.cell(row=line, column=1, value=number)
        _text(sheet.cell(row=line, column=2), each.question)
        for offset, answer in enumerate(each.answers):
            _text(sheet.cell(row=line, column=3 + offset), answer)
        sheet.cell(row=line, column=7, value=EXPORTS.kahoot_time_limit)
        sheet.cell(row=line, column=8, value=",".join(str(n) for n in each.correct))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text(cell: Any, text: str) -> None:
    """Put `text` in a cell as text, so a leading '=' is shown, not run as a formula."""
    cell.value = text
    cell.data_type = "s"

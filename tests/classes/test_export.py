"""Results exports: the CSV and the Excel workbook read back as the results they came from."""

from __future__ import annotations

import csv
import io
import json

from openpyxl import load_workbook
from sqlalchemy import update

from quizgen.classes import (
    AssignmentSettings,
    answer_question,
    answers_csv,
    assignment_results,
    create_assignment,
    results_xlsx,
    start_attempt,
    students_csv,
    submit_attempt,
)
from quizgen.classes.export import ANSWER_COLUMNS, STUDENT_COLUMNS, answer_rows, student_rows
from quizgen.classes.tables import AnswerRow
from tests.classes.answering import right, wrong


def _results(store, clock, questions):
    assignment = create_assignment(store, questions, AssignmentSettings(title="Export"))
    for name, marks in [('=HYPERLINK("x")', "rw"), ("Ana Lima", "rr"), ("Ben", "")]:
        attempt = start_attempt(store, assignment.id, name).attempt.id
        for position, mark in enumerate(marks):
            clock.advance(seconds=30)
            question = questions[position]
            answer_question(store, attempt, position, right(question) if mark == "r" else wrong(question))
        if marks:
            submit_attempt(store, attempt)
    return assignment_results(store, assignment.id)


def _text(cell) -> str:
    return "" if cell is None else str(cell)


def test_the_csv_files_round_trip(store, clock, starter_questions):
    results = _results(store, clock, starter_questions)
    students = list(csv.reader(io.StringIO(students_csv(results))))
    assert tuple(students[0]) == STUDENT_COLUMNS
    # A name a spreadsheet would run as a formula is kept as text, behind an apostrophe.
    assert students[1][0] == '\'=HYPERLINK("x")'
    expected = [[_text(c) for c in row] for row in student_rows(results)]
    expected[0][0] = "'" + expected[0][0]
    assert students[1:] == expected
    assert [row[2] for row in students[1:]] == ["submitted", "submitted", "in progress"]
    assert [row[6] for row in students[1:]] == ["1", "2", "0"]

    answers = list(csv.reader(io.StringIO(answers_csv(results))))
    assert tuple(answers[0]) == ANSWER_COLUMNS
    assert len(answers) - 1 == 3 * len(starter_questions)
    ana = [row for row in answers[1:] if row[0] == "Ana Lima"]
    assert [row[8] for row in ana] == ["yes", "yes"] + ["no"] * (len(starter_questions) - 2)
    assert ana[0][3] == starter_questions[0].id and ana[0][10] == "30.0"


def test_the_workbook_round_trips(store, clock, starter_questions):
    results = _results(store, clock, starter_questions)
    book = load_workbook(io.BytesIO(results_xlsx(results)))
    assert book.sheetnames == ["Students", "Answers"]
    for sheet, columns, rows in [
        (book["Students"], STUDENT_COLUMNS, student_rows(results)),
        (book["Answers"], ANSWER_COLUMNS, answer_rows(results)),
    ]:
        read = [tuple(row) for row in sheet.iter_rows(values_only=True)]
        assert read[0] == columns
        assert read[1:] == rows
    assert book["Students"]["A2"].data_type == "s"  # the formula-like name is text, not a formula


def test_a_control_character_stored_in_an_answer_does_not_break_the_workbook(store, clock, starter_questions):
    # The store refuses such an answer now; one stored before it did (or a bank prompt holding one) made the
    # whole workbook fail, and with it the teacher's Results page.
    results = _results(store, clock, starter_questions)
    with store.session() as session:
        session.execute(update(AnswerRow).values(response=json.dumps("Ana\x1b[31m\x00")))
    results = assignment_results(store, results[0].attempt.assignment_id)
    book = load_workbook(io.BytesIO(results_xlsx(results)))
    answers = [row[7] for row in book["Answers"].iter_rows(min_row=2, values_only=True) if row[9]]  # answered
    assert answers and all(answer == "Ana\ufffd[31m\ufffd" for answer in answers)

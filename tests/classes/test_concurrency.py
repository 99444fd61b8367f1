"""A class answering at once: no answer is lost, and a resend racing its original stores one."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

from sqlalchemy import func, select

from quizgen.classes import (
    AssignmentSettings,
    answer_question,
    assignment_results,
    create_assignment,
    open_store,
    start_attempt,
)
from quizgen.classes.tables import AnswerRow
from tests.classes.answering import right

STUDENTS = 8


def test_students_answering_at_once_lose_no_answer(database_url, starter_questions):
    setup = open_store(database_url)
    assignment = create_assignment(setup, starter_questions, AssignmentSettings(title="Together"))
    attempts = [start_attempt(setup, assignment.id, f"Student {n}").attempt.id for n in range(STUDENTS)]
    setup.close()
    # Every thread opens the store as an app process would, and all of them start answering at the same moment.
    barrier = Barrier(STUDENTS * 2)

    def answer_all(attempt: str) -> int:
        store = open_store(database_url)
        try:
            barrier.wait(timeout=20)
            stored = 0
            for position, question in enumerate(starter_questions):
                stored += answer_question(store, attempt, position, right(question)).stored
            return stored
        finally:
            store.close()

    # Each attempt is answered by two threads at once: the student's double click, or a resend.
    with ThreadPoolExecutor(STUDENTS * 2) as pool:
        stored = list(pool.map(answer_all, attempts + attempts))
    assert sum(stored) == STUDENTS * len(starter_questions)

    check = open_store(database_url)
    with check.session() as session:
        assert session.scalar(select(func.count()).select_from(AnswerRow)) == STUDENTS * len(starter_questions)
    assert [r.right for r in assignment_results(check, assignment.id)] == [len(starter_questions)] * STUDENTS
    check.close()

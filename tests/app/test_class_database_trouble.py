"""A class database that cannot be opened gives a plain message and a way to try again, never a traceback,
on the students' pages and the teachers'; practice on one's own goes on without it."""

from __future__ import annotations

import pytest

from quizgen.classes import DATABASE_URL_VARIABLE
from tests.app.classroom import errors, join, open_link
from tests.app.student import open_app
from tests.app.teacher import teacher_app

TROUBLE = "The class database did not answer just now (it may be busy or out of reach); try again in a moment."


@pytest.fixture
def unreachable(quiz_home, monkeypatch):
    """A database address SQLite cannot open: a folder, not a file."""
    folder = quiz_home / "not-a-database"
    folder.mkdir()
    monkeypatch.setenv(DATABASE_URL_VARIABLE, f"sqlite:///{folder}")


def test_a_student_s_link_says_so_and_keeps_the_attempt_in_the_address(unreachable):
    at = open_link(class_attempt="some-attempt-id")
    assert errors(at) == [TROUBLE]
    assert at.button(key="database-retry")
    assert at.query_params["class_attempt"] in ("some-attempt-id", ["some-attempt-id"])


def test_joining_says_so(unreachable):
    at = join(open_app(), "Ana", code="ABC234")
    assert errors(at)[-1] == TROUBLE
    assert at.button(key="start-button")  # practice on one's own still starts


@pytest.mark.parametrize("page", ["assignments", "results"])
def test_the_teacher_pages_say_so(unreachable, page):
    at = teacher_app(page)
    assert TROUBLE in errors(at)

"""Class assignments for the app tests: made through the library in the test's project (QUIZGEN_HOME), read back."""

from __future__ import annotations

from quizgen.classes import Assignment, AssignmentSettings, create_assignment, list_assignments, open_store
from quizgen.classes.database import database_url
from quizgen.classes.values import ShowAnswers
from quizgen.quiz import QuizMode
from tests.app.student import STARTER


def store():
    """The class store of the test's project, as the app opens it."""
    from quizgen.app.class_store import class_store

    return class_store()


def assignment(
    title: str = "Monday quiz",
    *,
    mode: QuizMode = "test",
    show_answers: ShowAnswers = "after_submitting",
    time_limit_minutes: int | None = None,
    attempts_allowed: int = 1,
) -> Assignment:
    """An assignment of the starter bank's questions, made in the test project's database."""
    settings = AssignmentSettings(
        title=title,
        mode=mode,
        show_answers=show_answers,
        time_limit_minutes=time_limit_minutes,
        attempts_allowed=attempts_allowed,
    )
    return create_assignment(store(), STARTER.questions, settings)


def assignments() -> list[Assignment]:
    """Every assignment in the test project's database, read with a store of its own."""
    separate = open_store(database_url())
    try:
        return list_assignments(separate)
    finally:
        separate.close()

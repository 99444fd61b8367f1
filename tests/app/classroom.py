"""Class assignments for the app tests: made through the library in the test's project (QUIZGEN_HOME), read back."""

from __future__ import annotations

import datetime as dt
import re

from streamlit.testing.v1 import AppTest

from quizgen.app.views.class_attempt import item_attempt
from quizgen.classes import (
    Assignment,
    AssignmentSettings,
    attempt_view,
    create_assignment,
    list_assignments,
    open_store,
)
from quizgen.classes.database import database_url
from quizgen.classes.values import ShowAnswers
from quizgen.quiz import QuizMode
from tests.app.student import APP, STARTER, answer


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
    closes_at: dt.datetime | None = None,
) -> Assignment:
    """An assignment of the starter bank's questions, made in the test project's database."""
    settings = AssignmentSettings(
        title=title,
        mode=mode,
        show_answers=show_answers,
        time_limit_minutes=time_limit_minutes,
        attempts_allowed=attempts_allowed,
        closes_at=closes_at,
    )
    return create_assignment(store(), STARTER.questions, settings)


def assignments(*, archived: bool = False) -> list[Assignment]:
    """Every assignment in the test project's database (archived ones too when asked), read with a store of
    its own."""
    separate = open_store(database_url())
    try:
        return list_assignments(separate, archived=archived)
    finally:
        separate.close()


def open_link(**params: str) -> AppTest:
    """The students' page opened on an address with these query parameters (`join=`, `class_attempt=`)."""
    at = AppTest.from_file(APP, default_timeout=30)
    for name, value in params.items():
        at.query_params[name] = value
    at.run()
    assert not at.exception, at.exception
    return at


def join(at: AppTest, name: str, code: str | None = None) -> AppTest:
    """Fill the join form (the code only when given) and press Join."""
    if code is not None:
        at.text_input(key="join-code").input(code)
    at.text_input(key="join-name").input(name)
    at.button(key="FormSubmitter:join-form-Join").click().run()
    assert not at.exception, at.exception
    return at


def attempt_id(at: AppTest) -> str:
    """The class attempt the page's address holds."""
    value = at.query_params["class_attempt"]
    return value[0] if isinstance(value, list) else value


def answer_item(at: AppTest, position: int, *, right: bool) -> None:
    """Answer the attempt's question at `position` through its widget, and let the page rerun."""
    view = attempt_view(store(), attempt_id(at))
    item = view.items[position]
    answer(at, 0, item.question, right=right, attempt=item_attempt(view.attempt.id, item))
    at.run()
    assert not at.exception, at.exception


def errors(at: AppTest) -> list[str]:
    """The error boxes' text as a reader sees it (Markdown escapes taken out)."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in at.error]

"""A student joins a class assignment through its link in a real Chromium, answers, reloads and submits."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from quizgen.classes import AssignmentSettings, attempt_view, create_assignment, open_store
from quizgen.classes.database import database_url
from quizgen.grading import answer_text
from tests.app.student import STARTER
from tests.app.test_browser import app_url, browser, quiz_home, settle  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser


@pytest.fixture
def store(quiz_home, app_url):  # noqa: F811 (fixtures)
    """The class database the server uses (SQLite under its QUIZGEN_HOME), opened by the test too."""
    opened = open_store(database_url(quiz_home))
    yield opened
    opened.close()


def test_a_student_joins_by_the_link_answers_reloads_and_submits(browser, app_url, store):  # noqa: F811
    made = create_assignment(store, STARTER.questions, AssignmentSettings(title="Monday quiz"))
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        page.goto(f"{app_url}/?join={made.join_code}")
        page.get_by_text("Monday quiz").first.wait_for()
        page.get_by_label("Your name, as your teacher will see it").fill("Ana")
        page.get_by_role("button", name="Join").click()
        page.get_by_role("button", name="Submit my answers").wait_for()
        first = STARTER.questions[0]
        page.get_by_role("radiogroup").first.get_by_text(answer_text(first), exact=True).click()
        page.get_by_text("Saved").first.wait_for()
        settle(page)
        (attempt_id,) = parse_qs(urlsplit(page.url).query)["class_attempt"]
        assert "attempt" not in parse_qs(urlsplit(page.url).query)
        assert attempt_view(store, attempt_id).items[0].answered

        page.reload()
        page.get_by_role("button", name="Submit my answers").wait_for()
        assert page.get_by_role("radiogroup").first.get_by_role("radio", name=answer_text(first)).is_checked()
        page.get_by_role("button", name="Submit my answers").click()
        page.get_by_text("Your answers are submitted.").wait_for()
        view = attempt_view(store, attempt_id)
        assert view.attempt.status == "submitted" and view.items[0].correct
    finally:
        context.close()

"""In a real Chromium: the Results page draws its charts (scores, facility against discrimination, mastery per
topic), and Review questions shows each question's results in class."""

from __future__ import annotations

import pytest

from quizgen.classes import AssignmentSettings, create_assignment, open_store
from quizgen.classes.database import database_url
from tests.app.student import STARTER
from tests.app.teacher_browser import teacher_page
from tests.app.test_browser import app_url, browser, quiz_home, screenshot, settle  # noqa: F401 (fixtures)
from tests.classes.answering import take

pytestmark = pytest.mark.browser


def test_the_results_draw_their_charts_and_review_shows_results_in_class(browser, app_url, quiz_home):  # noqa: F811
    store = open_store(database_url(quiz_home))
    try:
        made = create_assignment(store, STARTER.questions, AssignmentSettings(title="Charted quiz"))
        every = {q.id for q in STARTER.questions}
        take(store, made.id, "Ana", every)
        take(store, made.id, "Ben", {q.id for q in STARTER.questions if "trade" in q.topics})
        take(store, made.id, "Cleo", set())
    finally:
        store.close()
    teacher = browser.new_context(viewport={"width": 1280, "height": 1000})
    try:
        page = teacher_page(teacher, app_url, quiz_home)
        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Results").click()
        page.get_by_role("heading", name="Students").wait_for()
        charts = page.get_by_test_id("stVegaLiteChart")
        charts.nth(2).wait_for()
        settle(page)
        assert charts.count() == 3
        for index in range(3):
            drawn = charts.nth(index).locator("canvas, svg").first
            drawn.wait_for()
            box = drawn.bounding_box()
            assert box is not None and box["width"] > 100 and box["height"] > 100
        assert page.get_by_test_id("stException").count() == 0
        screenshot(page, "results-charts")

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Review questions").click()
        page.get_by_text("In class: 3 students in 1 assignment").first.wait_for()
        settle(page)
        assert page.get_by_text("In class:").count() == len(STARTER.questions)
        screenshot(page, "review-in-class")
    finally:
        teacher.close()

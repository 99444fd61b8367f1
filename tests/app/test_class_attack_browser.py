# ruff: noqa: F811 (pytest fixtures imported from other modules are named as parameters)
"""In a real Chromium, what a curious student tries with a class assignment: a name written in HTML and
Markdown, a second tab on the same attempt, Back and Reload after submitting, an attempt id changed by hand,
and the teacher pages' addresses typed in without logging in."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from quizgen.classes import AssignmentSettings, attempt_view, create_assignment, delete_assignment, start_attempt
from quizgen.grading import answer_text
from tests.app.student import STARTER
from tests.app.teacher_browser import log_in_as_teacher
from tests.app.test_browser import app_url, browser, quiz_home, settle  # noqa: F401 (fixtures)
from tests.app.test_class_browser import store  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

MARKUP_NAME = "<b>Bob</b> **bold** <img src=x onerror=alert(1)>"


@pytest.fixture
def context(browser):  # noqa: F811 (fixtures)
    opened = browser.new_context(viewport={"width": 1100, "height": 900})
    yield opened
    opened.close()


def _new_page(context):
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.on("dialog", lambda dialog: pytest.fail(f"the page opened a dialog: {dialog.message}"))
    return page


def test_a_second_tab_and_back_and_reload_after_submitting_change_nothing(app_url, store, context):  # noqa: F811
    made = create_assignment(store, STARTER.questions, AssignmentSettings(title="Friday quiz"))
    first = _new_page(context)
    first.goto(f"{app_url}/?join={made.join_code}")
    first.get_by_label("Your name, as your teacher will see it").fill(MARKUP_NAME)
    first.get_by_role("button", name="Join").click()
    first.get_by_role("button", name="Submit my answers").wait_for()
    # The name is shown as the characters typed: no bold, no image, no script.
    caption = first.get_by_text("Answering as", exact=False)
    assert caption.inner_text().strip() == f"Answering as {MARKUP_NAME}"
    assert caption.locator("img").count() == 0
    (attempt,) = parse_qs(urlsplit(first.url).query)["class_attempt"]

    second = _new_page(context)
    second.goto(first.url)
    second.get_by_role("button", name="Submit my answers").wait_for()
    question = STARTER.questions[0]
    first.get_by_role("radiogroup").first.get_by_text(answer_text(question), exact=True).click()
    first.get_by_text("Saved").first.wait_for()
    settle(first)
    first.get_by_role("button", name="Submit my answers").click()
    first.get_by_text("Your answers are submitted.").wait_for()

    # The second tab still shows the questions; an answer there is refused, and says why.
    wrong = next(choice for choice in question.choices if choice != question.answer)
    second.get_by_role("radiogroup").first.get_by_text(wrong, exact=True).click()
    second.get_by_text("was not saved", exact=False).wait_for()
    second.get_by_text("Your answers are submitted.").wait_for()
    assert attempt_view(store, attempt).items[0].response == question.answer

    # Back, then Reload: the start page, not the test blank and editable; Forward, the submitted page.
    first.go_back()
    first.reload()
    first.get_by_role("button", name="Start the quiz").wait_for()
    settle(first)
    assert first.get_by_role("button", name="Submit my answers").count() == 0
    first.go_forward()
    first.get_by_text("Your answers are submitted.").wait_for()
    settle(first)
    assert first.get_by_role("button", name="Submit my answers").count() == 0
    assert first.get_by_role("radiogroup").count() == 0
    view = attempt_view(store, attempt)
    assert view.attempt.status == "submitted" and view.items[0].response == question.answer


def test_an_attempt_id_changed_by_hand_and_teacher_addresses_open_nothing(app_url, store, context):  # noqa: F811
    made = create_assignment(store, STARTER.questions, AssignmentSettings(title="Hidden quiz"))
    page = _new_page(context)
    page.goto(f"{app_url}/?join={made.join_code}")
    page.get_by_label("Your name, as your teacher will see it").fill("Ana")
    page.get_by_role("button", name="Join").click()
    page.get_by_role("button", name="Submit my answers").wait_for()
    (attempt,) = parse_qs(urlsplit(page.url).query)["class_attempt"]
    changed = attempt[:-1] + ("B" if attempt[-1] != "B" else "C")
    page.goto(f"{app_url}/?class_attempt={changed}")
    page.get_by_text("This attempt cannot be found").wait_for()
    page.get_by_label("Join code").wait_for()
    assert page.get_by_text("Hidden quiz").count() == 0

    for address, title in (("assignments", "Assignments"), ("results", "Results")):
        page.goto(f"{app_url}/{address}")
        page.get_by_text(f"Log in to open {title}.").wait_for()
        settle(page)
        assert page.get_by_text(made.join_code).count() == 0
        assert page.get_by_role("button", name="Close").count() == 0


def test_results_left_open_say_so_when_the_assignment_is_deleted_in_another_tab(app_url, quiz_home, store, context):
    made = create_assignment(store, STARTER.questions, AssignmentSettings(title="Deleted meanwhile"))
    start_attempt(store, made.id, "Ana")
    page = _new_page(context)
    log_in_as_teacher(page, app_url, quiz_home, path="results")
    page.get_by_text("Ana (attempt 1)", exact=False).wait_for()
    delete_assignment(store, made.id)  # as the Assignments page in another tab does
    page.get_by_text("This assignment has been deleted, with its results.").wait_for()  # at the next refresh
    assert page.get_by_text("Ana (attempt 1)", exact=False).count() == 0
    assert page.get_by_text("No student has joined yet").count() == 0

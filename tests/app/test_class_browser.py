"""In a real Chromium: a student joins a class assignment through its link, answers, reloads and submits; a
teacher sets an assignment, three students answer it, and the teacher's gradebook holds their scores; a
teacher in Paris extends an assignment in their own time zone."""

from __future__ import annotations

import csv
import datetime as dt
import io
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import pytest

from quizgen.classes import (
    AssignmentSettings,
    assignment_by_code,
    assignment_results,
    attempt_view,
    create_assignment,
    get_assignment,
    open_store,
    students_csv,
)
from quizgen.classes.database import database_url
from quizgen.grading import answer_text
from tests.app.student import STARTER
from tests.app.teacher_browser import teacher_page
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


def test_a_teacher_sets_an_assignment_three_students_answer_and_the_gradebook_shows_them(  # noqa: F811
    browser,  # noqa: F811
    app_url,  # noqa: F811
    quiz_home,  # noqa: F811
    store,
):
    teacher = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = teacher_page(teacher, app_url, quiz_home)
        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Assignments").click()
        page.get_by_label("Title").fill("Summit check")
        page.get_by_role("button", name="Create the assignment").click()
        page.get_by_text("join code", exact=False).first.wait_for()
        settle(page)
        link = page.locator("code").filter(has_text="join=").first.inner_text().strip()
        page.get_by_text("QR code for the projector").first.click()
        page.get_by_role("img").first.wait_for()

        for name, right in (("Ana", 2), ("Ben", 1), ("Cleo", 0)):
            _student_answers(browser, link, name, right)

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Results").click()
        page.get_by_text("Scores of submitted attempts").wait_for()
        settle(page)
        for shown in ("Ana (attempt 1): 2 / 5", "Ben (attempt 1): 1 / 5", "Cleo (attempt 1): 0 / 5"):
            page.get_by_text(shown).wait_for()
        code = parse_qs(urlsplit(link).query)["join"][0]
        results = assignment_results(store, assignment_by_code(store, code).id)
        assert [(r.attempt.display_name, r.right, r.attempt.status) for r in results] == [
            ("Ana", 2, "submitted"),
            ("Ben", 1, "submitted"),
            ("Cleo", 0, "submitted"),
        ]
        rows = list(csv.DictReader(io.StringIO(students_csv(results))))
        assert [(row["name"], row["right"]) for row in rows] == [("Ana", "2"), ("Ben", "1"), ("Cleo", "0")]
        for download in ("Students (CSV)", "Answers (CSV)", "Excel workbook"):
            page.get_by_role("button", name=download).wait_for()
    finally:
        teacher.close()


def _student_answers(chromium, link: str, name: str, right: int) -> None:
    """A student in a browser of their own joins by the link, answers the first `right` questions rightly
    (the two choice questions of the starter bank come first) and submits."""
    context = chromium.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(link)
        page.get_by_label("Your name, as your teacher will see it").fill(name)
        page.get_by_role("button", name="Join").click()
        page.get_by_role("button", name="Submit my answers").wait_for()
        for index, question in enumerate(STARTER.questions[:right]):
            page.get_by_role("radiogroup").nth(index).get_by_text(answer_text(question), exact=True).click()
            settle(page)
        page.get_by_role("button", name="Submit my answers").click()
        page.get_by_text("Your answers are submitted.").wait_for()
    finally:
        context.close()


def test_a_teacher_extends_an_assignment_in_the_time_zone_of_their_browser(browser, app_url, quiz_home, store):  # noqa: F811
    paris = ZoneInfo("Europe/Paris")
    closes = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
    made = create_assignment(store, STARTER.questions, AssignmentSettings(title="Tuesday quiz", closes_at=closes))
    teacher = browser.new_context(viewport={"width": 1100, "height": 1400}, timezone_id="Europe/Paris")
    try:
        page = teacher_page(teacher, app_url, quiz_home, "assignments")
        box = page.locator(f".st-key-assignment-{made.id}")
        box.get_by_text(f"closes {in_paris(closes)}").wait_for()
        box.get_by_text("Extend: a later closing time").click()
        box.get_by_text("In your browser's time zone (CE").wait_for()  # CET or CEST
        # The time stays as offered (a day after the closing time); the day moves two days later still.
        offered = (closes + dt.timedelta(days=1)).astimezone(paris)
        day = offered.date() + dt.timedelta(days=2)
        for part, typed in (("year", f"{day.year}"), ("month", f"{day.month:02d}"), ("day", f"{day.day:02d}")):
            box.get_by_role("spinbutton", name=f"{part}, New closing day").click()
            page.keyboard.type(typed)
        page.keyboard.press("Tab")
        settle(page)
        box.get_by_role("button", name="Set the closing time").click()
        page.get_by_text("The assignment now closes").wait_for()
        wanted = dt.datetime.combine(day, offered.time(), tzinfo=paris)
        assert get_assignment(store, made.id).settings.closes_at == wanted
        page.get_by_text(f"closes {in_paris(wanted)}", exact=False).first.wait_for()
    finally:
        teacher.close()


def in_paris(moment: dt.datetime) -> str:
    """A time as a teacher in Paris reads it on the Assignments page."""
    local = moment.astimezone(ZoneInfo("Europe/Paris"))
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname()}"

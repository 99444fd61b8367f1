"""In a real Chromium: a teacher logs in with the token the server printed, edits and approves a question,
and a student then gets the edited question.

Set QUIZGEN_SCREENSHOTS to a folder to keep the screenshots of the review, edit and history pages.
"""

from __future__ import annotations

import pytest

from quizgen.storage import list_versions, load_bank, save_bank
from tests.app.teacher_browser import printed_token, submit_token, teacher_page
from tests.app.test_browser import app_url, browser, quiz_home, screenshot, settle  # noqa: F401 (fixtures)
from tests.samples import BANKS

pytestmark = pytest.mark.browser

EDITED = "By Chinese customs data, what was China–Russia trade worth in 2023?"


def test_a_teacher_edits_and_approves_a_question_and_a_student_gets_it(browser, app_url, quiz_home):  # noqa: F811
    path = quiz_home / "question_banks" / "starter.yaml"
    starter = load_bank(BANKS / "starter.yaml")
    first = starter.questions[0].model_copy(update={"status": "draft"})
    save_bank(starter.model_copy(update={"approved_only": True, "questions": [first, *starter.questions[1:]]}), path)
    teacher = browser.new_context(viewport={"width": 1100, "height": 900})
    student = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = teacher_page(teacher, app_url, quiz_home)

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="Review questions").click()
        page.get_by_text("5 of 5 questions match.").wait_for()
        screenshot(page, "5-teacher-review")
        page.get_by_role("button", name="Edit").first.click()
        prompt = page.get_by_role("textbox", name="Question", exact=True)
        prompt.wait_for()
        prompt.fill(EDITED)
        prompt.press("Control+Enter")
        settle(page)
        page.get_by_role("heading", name=EDITED).wait_for()  # the live preview, as students see it
        page.get_by_role("button", name="Save changes").click()
        page.get_by_text("Saved your changes.").wait_for()
        page.get_by_role("button", name="Approve").click()
        page.get_by_text("Approved: 1 question.").wait_for()
        settle(page)
        screenshot(page, "6-teacher-edit")
        saved = load_bank(path).questions[0]
        assert (saved.prompt, saved.status, saved.origin) == (EDITED, "approved", "teacher")

        page.get_by_test_id("stSidebarNav").get_by_role("link", name="History").click()
        page.get_by_text("Compare two versions").wait_for()
        assert len(list_versions(path)) >= 3
        page.get_by_text("Restore a version").wait_for()
        page.get_by_role("button", name="Restore this version…").click()
        page.get_by_text("so a restore can be undone").wait_for()  # asks first, and says what would change
        settle(page)
        screenshot(page, "7-teacher-history")
        before = path.read_bytes()
        page.get_by_role("button", name="Cancel").click()
        page.get_by_role("button", name="Restore this version…").wait_for()
        assert path.read_bytes() == before

        pupil = student.new_page()
        pupil.set_default_timeout(20_000)
        pupil.goto(app_url)
        pupil.get_by_text("Test: all questions on one page", exact=False).click()
        settle(pupil)
        pupil.get_by_role("button", name="Start the quiz").click()
        pupil.get_by_role("button", name="Finish and see my results").wait_for()
        assert pupil.get_by_role("heading", name=EDITED, exact=True).count() == 1
        assert pupil.get_by_role("link", name="Review questions").count() == 0  # no teacher pages for students
    finally:
        teacher.close()
        student.close()
        path.write_bytes((BANKS / "starter.yaml").read_bytes())


def test_a_teacher_page_s_address_opened_logged_out_asks_for_the_login_then_opens_that_page(
    browser,  # noqa: F811
    app_url,  # noqa: F811
    quiz_home,  # noqa: F811
):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.set_default_timeout(20_000)
        page.goto(f"{app_url}/history")
        page.get_by_text("Log in to open History").wait_for()
        assert page.get_by_role("heading", name="History").count() == 0  # nothing of the page before the login
        assert page.get_by_test_id("stSidebarNav").get_by_role("link", name="History").count() == 0
        submit_token(page, "not the token")
        page.get_by_text("That access token is not right", exact=False).wait_for()
        submit_token(page, printed_token(quiz_home))
        page.get_by_role("heading", name="History").wait_for()
        assert page.url.endswith("/history")
        page.get_by_text("Compare two versions", exact=False).or_(
            page.get_by_text("no earlier versions yet")
        ).wait_for()
    finally:
        context.close()


def _logged_in(browser, app_url, quiz_home, path: str, **options):  # noqa: F811
    """A new window on the teacher page at `path`, logged in with the printed token."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, **options)
    page = teacher_page(context, app_url, quiz_home, path)
    return context, page


def test_a_teacher_downloads_a_moodle_export_that_moodle_s_format_reads(browser, app_url, quiz_home, tmp_path):  # noqa: F811
    from tests.export.test_moodle_xml import read_moodle_xml

    context, page = _logged_in(browser, app_url, quiz_home, "export", accept_downloads=True)
    try:
        page.get_by_role("heading", name="Export").wait_for()
        page.get_by_text("5 questions exported to Moodle XML.").wait_for()
        settle(page)
        screenshot(page, "8-teacher-export")
        with page.expect_download() as download:
            page.get_by_role("button", name="Download putin-xi-summit-starter-quiz.xml").click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        category, questions = read_moodle_xml(saved.read_bytes())
        starter = load_bank(quiz_home / "question_banks" / "starter.yaml")
        assert category == f"$course$/top/{starter.title}"
        assert [q["id"] for q in questions] == [q.id for q in starter.questions]
        assert all(
            q.citations[0].quote in item["feedback"] for q, item in zip(starter.questions, questions, strict=True)
        )
    finally:
        context.close()


def _press_and_settle(page, button) -> dict:
    """Press `button` from the keyboard and wait for the rerun; where it was on screen before."""
    button.focus()
    before = button.bounding_box()
    page.keyboard.press("Enter")
    settle(page)
    return before


def _kept_focus_and_place(page, button, before: dict) -> None:
    assert button.evaluate("element => element === document.activeElement"), "focus left the button"
    after = button.bounding_box()
    # the page did not jump to its top: the button is still in view (the problems shown above it move it down)
    assert before["y"] <= after["y"] and after["y"] + after["height"] <= page.viewport_size["height"], (before, after)


REFUSED = {
    "add": (
        "write",
        "Write a question",
        {
            "Question": "Which city did Putin visit after Beijing?",
            "Choices, one per line": "Harbin\nShanghai\nWuhan",
            "Right answer": "Moscow",
            "Explanation (shown after the answer)": "The Times says so.",
            "Topics, separated by commas": "travel",
        },
        "Add the question",
        "'Moscow' is not one of the choices",
    ),
    "save": (
        "edit",
        "Edit a question",
        {"Question": "A prompt the teacher typed", "Right answer": "$250 billion"},
        "Save changes",
        "'$250 billion' is not one of the choices",
    ),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_refused_add_or_save_keeps_every_field_the_focus_and_the_place_on_the_page(
    browser,  # noqa: F811
    app_url,  # noqa: F811
    quiz_home,  # noqa: F811
    case,
):
    address, heading, typed, button_name, problem = REFUSED[case]
    path = quiz_home / "question_banks" / "starter.yaml"
    before_bytes = path.read_bytes()
    context, page = _logged_in(browser, app_url, quiz_home, address)
    try:
        page.get_by_role("heading", name=heading).wait_for()
        settle(page)
        for label, text in typed.items():
            page.get_by_role("textbox", name=label, exact=True).fill(text)
        button = page.get_by_role("button", name=button_name)
        before = _press_and_settle(page, button)
        page.get_by_text(problem).wait_for()
        page.get_by_text("Nothing was saved: fix what is marked beside the fields.").wait_for()
        settle(page)
        screenshot(page, f"teacher-{case}-refused")
        for label, text in typed.items():
            assert page.get_by_role("textbox", name=label, exact=True).input_value() == text
        _kept_focus_and_place(page, button, before)
        assert path.read_bytes() == before_bytes
    finally:
        context.close()

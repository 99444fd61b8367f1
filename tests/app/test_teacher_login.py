"""Teacher pages need a login: students never reach them, wrong secrets are refused and throttled, log out works."""

from __future__ import annotations

import re

import pytest
from streamlit.runtime import context as streamlit_context
from streamlit.testing.v1 import AppTest

from quizgen.access import PASSWORD_ENV, hash_password, process_token
from quizgen.config import ACCESS
from tests.app.student import APP, open_app
from tests.app.teacher import PAGES, TEACHER_PAGES, click, go, log_in, said, teacher_app
from tests.samples import PROJECT


def login_page() -> AppTest:
    at = open_app()
    return go(at, "login")


@pytest.mark.parametrize("page", TEACHER_PAGES)
def test_a_student_cannot_open_a_teacher_page_by_its_address(quiz_home, page):
    at = open_app()
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(PAGES[page])  # not a page of a student's session, so its address leads nowhere


@pytest.mark.parametrize("page", TEACHER_PAGES)
def test_a_teacher_page_run_without_a_login_shows_nothing_but_the_notice(quiz_home, page):
    at = AppTest.from_file(str(PROJECT / PAGES[page]), default_timeout=30).run()
    assert not at.exception
    assert [w.value for w in at.warning] == ["This page is for teachers. Log in first."]
    assert not at.button and not at.text_area and not at.selectbox


@pytest.mark.parametrize("page", TEACHER_PAGES)
def test_every_teacher_page_opens_for_a_logged_in_teacher(quiz_home, page):
    at = teacher_app(page)
    assert "This page is for teachers" not in said(at)
    assert at.title[0].value


def test_the_token_logs_in_and_log_out_closes_the_teacher_pages(quiz_home):
    at = login_page()
    assert "access token" in said(at)
    log_in(at, process_token())
    assert "You are logged in as a teacher." in said(at)
    go(at, "review")
    click(at, "teacher-log-out")
    with pytest.raises(ValueError):
        at.switch_page(PAGES["review"])
    go(at, "login")
    assert at.text_input(key="login-secret").value == ""


def test_a_wrong_token_is_refused_and_the_form_is_emptied(quiz_home):
    at = log_in(login_page(), "not-the-token")
    assert [e.value for e in at.error] == ["That access token is not right. Check it and try again."]
    assert at.text_input(key="login-secret").value == ""
    with pytest.raises(ValueError):
        at.switch_page(PAGES["review"])


def test_wrong_attempts_are_throttled_even_for_the_right_token_then(quiz_home):
    at = login_page()
    for _ in range(ACCESS.max_failures):
        log_in(at, "guess")
    log_in(at, process_token())
    assert [e.value for e in at.error] == ["Too many wrong attempts; try again in 1 minute."]
    assert "You are logged in" not in said(at)


class _Connection:
    """What Streamlit knows of a browser's connection: its TCP peer."""

    def __init__(self, remote_ip: str) -> None:
        self.remote_ip = remote_ip


def test_a_student_s_wrong_guesses_lock_out_only_the_student_s_computer(quiz_home, monkeypatch):
    connected = {"from": "10.1.0.23"}
    monkeypatch.setattr(streamlit_context, "_get_client_context", lambda: _Connection(connected["from"]))
    student = login_page()
    for _ in range(ACCESS.max_failures + 3):
        log_in(student, "guess")
    assert _locked_out(student)

    connected["from"] = "10.1.0.2"  # the teacher's laptop, on the same network
    teacher = log_in(login_page(), process_token())
    assert "You are logged in as a teacher." in said(teacher)
    connected["from"] = "10.1.0.23"
    locked = log_in(login_page(), process_token())  # the student's computer stays locked, even with the token
    assert _locked_out(locked)


def _locked_out(at) -> bool:
    """The lock-out message; on a slow machine a second or two of the minute may have passed."""
    (message,) = [e.value for e in at.error]
    return re.fullmatch(r"Too many wrong attempts; try again in (?:1 minute|5\d seconds)\.", message) is not None


def test_a_configured_password_replaces_the_token(quiz_home, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, hash_password("correct horse battery"))
    at = login_page()
    assert "teacher password" in said(at)
    log_in(at, process_token())
    assert [e.value for e in at.error] == ["That password is not right. Check it and try again."]
    log_in(at, "correct horse battery")
    assert "You are logged in as a teacher." in said(at)


def test_a_broken_password_setting_is_explained_and_students_are_unaffected(quiz_home, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "plain-password")
    at = login_page()
    assert at.error[0].value.startswith("Teacher login is not set up correctly: the environment variable")
    assert not at.text_input
    assert open_app().title[0].value.endswith("Take a quiz")


def test_the_app_script_stays_a_router():
    assert "teacher" not in (PROJECT / "app.py").read_text(encoding="utf-8")
    assert APP.endswith("app.py")

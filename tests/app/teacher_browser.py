"""Logging in as a teacher in a real Chromium, with the one-time access token the test server printed."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["log_in_as_teacher", "open_teacher_login", "printed_token", "submit_token", "teacher_page"]


def printed_token(quiz_home: Path) -> str:
    """The one-time access token, as the server printed it in its console (`streamlit.log` in its home)."""
    log = (quiz_home / "streamlit.log").read_text(errors="replace")
    found = re.search(r"one-time access token.*?\n\n\s+(\S+)\n", log, re.DOTALL)
    assert found, "the server did not print an access token"
    return found.group(1)


def open_teacher_login(page) -> None:
    """Open the login form through the sidebar's Teacher login link."""
    page.get_by_role("link", name="Teacher login").click()
    page.get_by_label("Access token").wait_for()


def submit_token(page, token: str) -> None:
    """Type `token` into the login form on the page and press Log in."""
    page.get_by_label("Access token").fill(token)
    page.get_by_role("button", name="Log in").click()


def log_in_as_teacher(page, app_url: str, quiz_home: Path, path: str | None = None) -> None:
    """Log in with the printed token: from the start page through Teacher login (None), waiting until the app
    says so, or on the teacher page at `path`, which asks for the login first and then opens."""
    if path is None:
        page.goto(app_url)
        page.get_by_role("button", name="Start the quiz").wait_for()
        open_teacher_login(page)
    else:
        page.goto(f"{app_url}/{path}")
        page.get_by_label("Access token").wait_for()
    submit_token(page, printed_token(quiz_home))
    if path is None:
        page.get_by_text("You are logged in as a teacher.").wait_for()


def teacher_page(context, app_url: str, quiz_home: Path, path: str | None = None):
    """A new page of the browser `context` (20-second timeouts), logged in as a teacher as `log_in_as_teacher`
    does."""
    page = context.new_page()
    page.set_default_timeout(20_000)
    log_in_as_teacher(page, app_url, quiz_home, path)
    return page

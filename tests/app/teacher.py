"""Driving the teacher pages through AppTest: log in with this process's token, open a page, read what it says."""

from __future__ import annotations

import hashlib
import time

from streamlit.testing.v1 import AppTest

from quizgen.access import process_token
from tests.app.student import APP, shown_markdown
from tests.samples import SEEDS

PAGES = {
    "login": "quizgen/app/pages/teacher_login.py",
    "review": "quizgen/app/pages/review_bank.py",
    "edit": "quizgen/app/pages/edit_question.py",
    "write": "quizgen/app/pages/write_question.py",
    "new-bank": "quizgen/app/pages/new_bank.py",
    "add-article": "quizgen/app/pages/add_article.py",
    "assignments": "quizgen/app/pages/assignments.py",
    "results": "quizgen/app/pages/gradebook.py",
    "export": "quizgen/app/pages/export_bank.py",
    "history": "quizgen/app/pages/bank_history.py",
    "yaml": "quizgen/app/pages/edit_yaml.py",
}
TEACHER_PAGES = [name for name in PAGES if name != "login"]
UPLOAD = SEEDS / "001_64e52edef1db0528.txt"  # the short Harbin summary, not in the small project (small_home)


def log_in(at: AppTest, secret: str) -> AppTest:
    """Type `secret` into the login form and submit it."""
    at.text_input(key="login-secret").input(secret)
    at.button(key="FormSubmitter:teacher-login-form-Log in").click().run()
    assert not at.exception, at.exception
    return at


def teacher_app(page: str = "review", secret: str | None = None) -> AppTest:
    """The app with a teacher logged in (with the one-time token), on one of the teacher pages."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(PAGES["login"]).run()
    log_in(at, secret or process_token())
    return go(at, page)


def go(at: AppTest, page: str) -> AppTest:
    """Open another page in the same session."""
    at.switch_page(PAGES[page]).run()
    assert not at.exception, at.exception
    return at


def click(at: AppTest, key: str) -> AppTest:
    """Press the button with this key and let the page rerun."""
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def said(at: AppTest) -> str:
    """Everything the page says, alerts and captions included."""
    return shown_markdown(at)


def generation_bars(at: AppTest) -> list[tuple[int, str]]:
    """The progress bars of the questions being generated, as (percent, text), on the page as it is now."""
    return [(bar.value, bar.text) for bar in at.get("progress") if bar.text.startswith("Generating questions")]


def wait_for_generation(at: AppTest, *, timeout: float = 240.0, pause: float = 0.2) -> list[int]:
    """Run the page again and again, as the progress bar's timer does, until no generation is running;
    return every percentage its bar showed on the way."""
    seen: list[int] = []
    deadline = time.monotonic() + timeout
    while True:
        bars = generation_bars(at)
        if not bars:
            return seen
        seen.extend(value for value, _ in bars)
        assert time.monotonic() < deadline, f"the generation did not finish in {timeout:g} s"
        time.sleep(pause)
        at.run()
        assert not at.exception, at.exception


def upload(at: AppTest, name: str, data: bytes) -> str:
    """Upload `data` as the file `name` on Add an article; return the scope of its form's keys."""
    at.file_uploader(key="article-upload").set_value((name, data, "text/plain")).run()
    assert not at.exception, at.exception
    return f"article-{hashlib.sha256(data).hexdigest()[:16]}"

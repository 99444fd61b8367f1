"""A teacher's powers end at logout: a browser (or anyone holding the session) that reports a widget the teacher
was shown, after the logout, changes nothing; a changed password ends logins and refuses the old one."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from quizgen.access import PASSWORD_ENV, hash_password
from quizgen.storage import load_bank
from tests.app.student import APP
from tests.app.teacher import PAGES, click, go, log_in, said, teacher_app

YAML_KEY = "yaml-text-starter.yaml"


def _forge(at: AppTest):
    """What the browser would send for the widgets as they are now set, without sending it."""
    return at._tree.get_widget_states()


def _replay(at: AppTest, forged) -> AppTest:
    at._run(forged)
    assert not at.exception, at.exception
    return at


def test_a_yaml_save_replayed_after_logout_saves_nothing(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    before = path.read_text(encoding="utf-8")
    at = teacher_app("yaml")
    at.text_area(key=YAML_KEY).input(before.replace("title: '", "title: 'Replaced ", 1))
    at.button(key="yaml-save").click()
    forged = _forge(at)
    at.text_area(key=YAML_KEY).input(before)
    at.button(key="yaml-save").set_value(False)
    go(at, "review")
    click(at, "teacher-log-out")
    _replay(at, forged)
    assert path.read_text(encoding="utf-8") == before
    assert not (quiz_home / "question_banks" / ".history").exists() or not any(
        (quiz_home / "question_banks" / ".history").rglob("*")
    )
    assert "Take a quiz" in said(at)


def test_the_approved_only_switch_replayed_after_logout_changes_nothing(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    before = load_bank(path).approved_only
    at = teacher_app("review")
    toggle = at.toggle[0]
    toggle.set_value(not before)
    forged = _forge(at)
    toggle.set_value(before)
    click(at, "teacher-log-out")
    _replay(at, forged)
    assert load_bank(path).approved_only == before


def test_an_approve_button_replayed_after_logout_changes_nothing(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    before = path.read_bytes()
    at = teacher_app("review")
    approve = next(b for b in at.button if b.key and b.key.startswith("review-rejected-"))
    approve.click()
    forged = _forge(at)
    approve.set_value(False)
    click(at, "teacher-log-out")
    _replay(at, forged)
    assert path.read_bytes() == before


def test_a_password_change_ends_logins_and_the_old_password_no_longer_works(quiz_home, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, hash_password("old teacher password"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(PAGES["login"]).run()
    log_in(at, "old teacher password")
    assert "You are logged in as a teacher" in said(at)
    other = AppTest.from_file(APP, default_timeout=60)
    other.run()
    other.switch_page(PAGES["login"]).run()  # the form is open before the change

    monkeypatch.setenv(PASSWORD_ENV, hash_password("new teacher password"))
    go(at, "login")
    assert "You are logged in as a teacher" not in said(at)
    log_in(other, "old teacher password")
    assert "is not right" in said(other)
    log_in(other, "new teacher password")
    assert "You are logged in as a teacher" in said(other)

"""Who may open the teacher pages: a configured password hash, else the process's one-time token."""

from __future__ import annotations

import io
import subprocess
import sys
import threading

import pytest

from quizgen.access import (
    PASSWORD_ENV,
    TeacherAccess,
    Throttle,
    announce,
    check_login,
    hash_password,
    load_teacher_access,
    process_token,
    read_secrets,
    startup_message,
    teacher_access,
)
from quizgen.errors import FileRejected, PasswordHashInvalid, TooManyAttempts
from tests.samples import HOSTILE_STRINGS, PROJECT

PASSWORD = "correct horse battery staple"
HASH = hash_password(PASSWORD)


def test_with_nothing_configured_the_one_time_token_is_the_way_in():
    access = teacher_access({}, {})
    assert access.password is None and access.token == process_token()
    assert access.accepts(process_token())
    assert not access.accepts(process_token()[:-1]) and not access.accepts("")


@pytest.mark.parametrize("given", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
def test_any_string_typed_at_the_login_is_simply_wrong(given):
    assert not teacher_access({}, {}).accepts(given)
    assert not teacher_access({"teacher": {"password_hash": HASH}}, {}).accepts(given)


def test_the_token_is_made_once_per_process_whatever_thread_asks():
    seen = set()
    threads = [threading.Thread(target=lambda: seen.add(process_token())) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {process_token()} and len(process_token()) >= 32


def test_another_process_gets_another_token():
    script = "from quizgen.access import process_token; print(process_token())"
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert other.stdout.strip() not in ("", process_token())


def test_the_token_is_printed_in_the_console_and_nowhere_else():
    access = teacher_access({}, {})
    console = io.StringIO()
    announce(access, console)
    assert f"\n    {access.token}\n" in console.getvalue()
    assert "python -m quizgen hash-password" in console.getvalue()
    assert access.token not in repr(access)


def test_a_password_in_secrets_replaces_the_token():
    access = teacher_access({"teacher": {"password_hash": HASH}}, {})
    assert access.token is None and access.accepts(PASSWORD) and not access.accepts(process_token())
    message = startup_message(access)
    assert ".streamlit/secrets.toml" in message and HASH.split("$")[-1] not in message


def test_the_environment_variable_wins_over_secrets_and_is_ignored_when_empty():
    other = hash_password("another password")
    access = teacher_access({"teacher": {"password_hash": HASH}}, {PASSWORD_ENV: other})
    assert access.accepts("another password") and not access.accepts(PASSWORD)
    assert PASSWORD_ENV in access.origin
    assert teacher_access({"teacher": {"password_hash": HASH}}, {PASSWORD_ENV: "  "}).accepts(PASSWORD)


@pytest.mark.parametrize(
    "settings,environ,words",
    [
        ({}, {PASSWORD_ENV: "hunter2"}, f"the environment variable {PASSWORD_ENV} is not a password hash"),
        (
            {"teacher": {"password_hash": "hunter2"}},
            {},
            ".streamlit/secrets.toml [teacher] password_hash is not a password hash",
        ),
        ({"teacher": {"password_hash": ""}}, {}, "is not a password hash"),
        ({"teacher": {"password_hash": 42}}, {}, "must be text in quotes"),
        ({"teacher": {"password": PASSWORD}}, {}, "[teacher] holds a plain password; remove it"),
        ({"teacher": "secret"}, {}, "'teacher' must be a [teacher] section"),
    ],
)
def test_a_bad_configuration_is_one_line_that_says_what_to_do(settings, environ, words):
    with pytest.raises(PasswordHashInvalid) as caught:
        teacher_access(settings, environ)
    assert words in str(caught.value) and "python -m quizgen hash-password" in str(caught.value)
    assert "\n" not in str(caught.value) and PASSWORD not in str(caught.value)


def test_other_secrets_do_not_matter():
    assert teacher_access({"database": {"url": "x"}, "teacher": {"theme": "dark"}}, {}).token == process_token()


def test_access_holds_exactly_one_way_in():
    with pytest.raises(ValueError):
        TeacherAccess("nowhere")


def test_read_secrets_reads_toml_and_treats_a_missing_file_as_empty(tmp_path):
    assert read_secrets(tmp_path / "missing.toml") == {}
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'[teacher]\npassword_hash = "{HASH}"\n', encoding="utf-8")
    assert read_secrets(secrets) == {"teacher": {"password_hash": HASH}}


def test_secrets_that_are_not_toml_are_one_line_with_the_line_number(tmp_path):
    secrets = tmp_path / "secrets.toml"
    secrets.write_text("[teacher]\npassword_hash = scrypt$oops\n", encoding="utf-8")
    with pytest.raises(FileRejected) as caught:
        load_teacher_access(secrets, {})
    assert str(caught.value).startswith(f"{secrets}:2: is not valid TOML: Invalid value")


def test_the_lines_hash_password_prints_are_what_the_app_reads(tmp_path):
    made = subprocess.run(
        [sys.executable, "-m", "quizgen", "hash-password", "--stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=True,
    )
    secrets = tmp_path / ".streamlit" / "secrets.toml"
    secrets.parent.mkdir()
    secrets.write_text("# quizgen\n" + made.stdout, encoding="utf-8")
    access = load_teacher_access(secrets, {})
    assert access.origin == str(secrets)
    assert check_login(PASSWORD, access, Throttle())
    assert not check_login(PASSWORD.upper(), access, Throttle())
    assert PASSWORD not in made.stdout + made.stderr


def test_a_locked_out_login_refuses_even_the_right_password_until_the_wait_is_over():
    now = [0.0]
    throttle = Throttle(clock=lambda: now[0])
    access = teacher_access({"teacher": {"password_hash": HASH}}, {})
    assert [check_login("wrong", access, throttle) for _ in range(5)] == [False] * 5
    with pytest.raises(TooManyAttempts, match="try again in 1 minute"):
        check_login(PASSWORD, access, throttle)
    now[0] += 60
    assert check_login(PASSWORD, access, throttle)
    assert throttle.wait_seconds() == 0


def test_many_attempts_at_once_cannot_slip_past_the_limit():
    """32 threads guess at the same moment: only 5 passwords are checked, the rest are refused."""
    access = teacher_access({"teacher": {"password_hash": HASH}}, {})
    throttle = Throttle()
    start = threading.Barrier(32)
    outcomes: list[str] = []

    def guess(n: int) -> None:
        start.wait()
        try:
            outcomes.append("right" if check_login(f"guess {n}", access, throttle) else "wrong")
        except TooManyAttempts:
            outcomes.append("refused")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused"] * 27 + ["wrong"] * 5

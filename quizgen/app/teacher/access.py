"""Who is a teacher in this session: the login form, the guard every teacher page starts with, log out.

The access (configured password hash, or else a one-time token) is loaded once per server
process and configuration, and announced in the server console then. A login holds for the
access it was made with: a changed password or a restarted server ends it.

Streamlit keeps a widget's callback after the widget is gone from the page, and runs it when
the browser reports that widget changed; so every action that changes a file runs through
`teacher_only`, which checks the login at the moment the action runs, not when it was drawn.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import streamlit as st

from ...access import PASSWORD_ENV, SECRETS_FILE, TeacherAccess, announce, check_login, load_teacher_access
from ...errors import QuizgenError, TooManyAttempts
from ...markdown_text import literal

__all__ = [
    "LOGGED_OUT",
    "is_teacher",
    "log_in_form",
    "log_out",
    "require_teacher",
    "teacher_access_now",
    "teacher_only",
]

P = ParamSpec("P")
R = TypeVar("R")

_LOGGED_IN = "teacher-logged-in"
_LOGIN_MESSAGE = "teacher-login-message"
LOGGED_OUT = "teacher-logged-out"


def teacher_access_now() -> TeacherAccess | str:
    """This process's teacher access (announced in the console the first time), or why it is misconfigured."""
    try:
        return _access(os.environ.get(PASSWORD_ENV, ""), _secrets_stamp())
    except QuizgenError as error:
        return str(error)


# One access per configuration and process: the token is made and printed once, not per visitor.
@st.cache_resource(show_spinner=False, max_entries=4)
def _access(configured: str, secrets_stamp: tuple[int, int] | None) -> TeacherAccess:
    access = load_teacher_access()
    announce(access)
    return access


def _secrets_stamp() -> tuple[int, int] | None:
    try:
        stat = SECRETS_FILE.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def is_teacher() -> bool:
    """Whether this session has logged in to the teacher pages, with the access configured now."""
    stamp = st.session_state.get(_LOGGED_IN)
    access = teacher_access_now()
    if not isinstance(stamp, str) or isinstance(access, str):
        return False
    return hmac.compare_digest(stamp, _stamp(access))


def teacher_only(action: Callable[P, R]) -> Callable[P, R | None]:
    """`action`, run only while this session is a teacher's; otherwise nothing happens, and the login form says why."""

    @functools.wraps(action)
    def guarded(*args: P.args, **kwargs: P.kwargs) -> R | None:
        if not is_teacher():
            st.session_state[_LOGIN_MESSAGE] = "You are not logged in as a teacher, so nothing was changed."
            return None
        return action(*args, **kwargs)

    return guarded


def _stamp(access: TeacherAccess) -> str:
    """What a session keeps to show it logged in with `access` (never the secret itself)."""
    secret = access.password.encode() if access.password is not None else str(access.token)
    return hashlib.sha256(f"quizgen-login:{secret}".encode()).hexdigest()


def require_teacher() -> None:
    """Stop the page with a pointer to the login unless this session is a teacher's."""
    if not is_teacher():
        st.warning("This page is for teachers. Log in first.", icon=":material/lock:")
        st.stop()


def log_out() -> None:
    """Forget this session's login and everything it had open or typed (a student's quiz stays in its web address)."""
    for key in list(st.session_state):
        del st.session_state[key]
    st.session_state[LOGGED_OUT] = True  # the next run leaves the teacher page for the students' one


def log_in_form() -> None:
    """The login form; a right secret logs the session in, a wrong one says so (rate-limited)."""
    access = teacher_access_now()
    if isinstance(access, str):
        st.error(f"Teacher login is not set up correctly: {literal(access)}", icon=":material/error:")
        st.stop()
    if access.token is not None:
        st.markdown(
            "Paste the **access token** printed in the console where the app was started "
            "(a new one is made each time the app starts), or set a password as the README explains."
        )
        label = "Access token"
    else:
        st.markdown("Enter the **teacher password**.")
        label = "Password"
    with st.form("teacher-login-form", enter_to_submit=True):
        st.text_input(label, type="password", key="login-secret", max_chars=1000)
        st.form_submit_button("Log in", type="primary", icon=":material/login:", on_click=_check, args=(label,))
    message = st.session_state.pop(_LOGIN_MESSAGE, None)
    if message:
        st.error(message, icon=":material/error:")


def _client() -> str:
    """Who is guessing, for the login throttle: the connection's address (its TCP peer, which a
    visitor cannot forge); every session on the server's own computer counts as one client."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else "this computer"


def _check(label: str) -> None:
    given = st.session_state.get("login-secret", "")
    st.session_state["login-secret"] = ""
    access = teacher_access_now()  # as configured now, not when the form was drawn
    if isinstance(access, str):
        st.session_state[_LOGIN_MESSAGE] = f"Teacher login is not set up correctly: {literal(access)}"
        return
    try:
        if check_login(given, access, client=_client()):
            st.session_state[_LOGGED_IN] = _stamp(access)
            return
    except TooManyAttempts as error:
        st.session_state[_LOGIN_MESSAGE] = f"{str(error)[:1].upper()}{str(error)[1:]}."
        return
    st.session_state[_LOGIN_MESSAGE] = f"That {label.lower()} is not right. Check it and try again."

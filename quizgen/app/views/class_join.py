"""Joining a class assignment: its join code (typed, or from the teacher's link) and the student's name.

The attempt then lives on the server; the address carries only its unguessable id, as `?class_attempt=`
(practice keeps its own signed `?attempt=`), so a refresh or another device picks it up.
"""

from __future__ import annotations

import streamlit as st

from ...classes import assignment_by_code, attempt_view, clean_display_name, start_attempt
from ...config import CLASSES
from ...errors import AssignmentClosed, AttemptUnknown, ClassStoreError
from ...markdown_text import literal
from ..class_store import STORE_ERRORS, class_store, sentence

__all__ = ["CLASS_ATTEMPT", "JOIN", "begin_attempt", "join_form", "join_page", "leave_attempt"]

CLASS_ATTEMPT = "class_attempt"
JOIN = "join"
_MESSAGE = "join-message"
# The attempts this session started, by assignment and name: a second press of Join or Start another
# attempt (a double click, a click resent) goes back to the one in progress instead of using up another.
_STARTED = "class-attempts-started"


def join_page() -> None:
    """The page a teacher's link opens: the assignment's title (or why it cannot be joined) and the form."""
    st.title(":material/group: Join an assignment", anchor=False)
    try:
        assignment = assignment_by_code(class_store(), st.query_params.get(JOIN, ""))
    except ClassStoreError as error:
        st.error(sentence(error), icon=":material/error:")
    else:
        st.markdown(f"**{literal(assignment.settings.title)}**")
        if not assignment.is_open(class_store().now()):
            st.error(sentence(AssignmentClosed()), icon=":material/lock:")
    join_form()
    st.button("Practise on my own instead", key="join-leave", icon=":material/arrow_back:", on_click=leave_attempt)


def join_form() -> None:
    """The join code and name; Join starts an attempt and puts its id in the address."""
    with st.form("join-form", border=True, enter_to_submit=True):
        st.text_input("Join code", value=st.query_params.get(JOIN, ""), key="join-code", max_chars=20)
        st.text_input(
            "Your name, as your teacher will see it", key="join-name", max_chars=CLASSES.display_name_max_chars
        )
        st.form_submit_button("Join", type="primary", icon=":material/login:", on_click=_join)
    message = st.session_state.pop(_MESSAGE, None)
    if message:
        st.error(message, icon=":material/error:")


def _join() -> None:
    try:
        store = class_store()
        assignment = assignment_by_code(store, str(st.session_state.get("join-code", "")))
        attempt_id = begin_attempt(assignment.id, str(st.session_state.get("join-name", "")))
    except STORE_ERRORS as error:
        st.session_state[_MESSAGE] = sentence(error)
        return
    st.query_params.pop(JOIN, None)
    st.query_params[CLASS_ATTEMPT] = attempt_id


def begin_attempt(assignment_id: int, display_name: str) -> str:
    """A new attempt's id; or, when this session already started one at this assignment under this name and
    it is still in progress, that one's."""
    started: dict[str, str] = st.session_state.setdefault(_STARTED, {})
    key = f"{assignment_id}:{clean_display_name(display_name)[1]}"
    earlier = started.get(key)
    if earlier is not None:
        try:
            if attempt_view(class_store(), earlier).attempt.status == "in_progress":
                return earlier
        except AttemptUnknown:
            pass  # deleted with its assignment since
    started[key] = start_attempt(class_store(), assignment_id, display_name).attempt.id
    return started[key]


def leave_attempt() -> None:
    """Back to the start of a quiz of one's own (the attempt stays on the server, its link still opens it)."""
    st.query_params.pop(CLASS_ATTEMPT, None)
    st.query_params.pop(JOIN, None)

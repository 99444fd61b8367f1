"""Joining a class assignment: its join code (typed, or from the teacher's link) and the student's name.

The attempt then lives on the server; the address carries only its unguessable id, as `?class_attempt=`
(practice keeps its own signed `?attempt=`), so a refresh or another device picks it up.
"""

from __future__ import annotations

import streamlit as st

from ...classes import assignment_by_code, start_attempt
from ...config import CLASSES
from ...errors import AssignmentClosed, ClassStoreError
from ...markdown_text import literal
from ..class_store import STORE_ERRORS, class_store, sentence

__all__ = ["CLASS_ATTEMPT", "JOIN", "join_form", "join_page", "leave_attempt"]

CLASS_ATTEMPT = "class_attempt"
JOIN = "join"
_MESSAGE = "join-message"


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
        view = start_attempt(store, assignment.id, str(st.session_state.get("join-name", "")))
    except STORE_ERRORS as error:
        st.session_state[_MESSAGE] = sentence(error)
        return
    st.query_params.pop(JOIN, None)
    st.query_params[CLASS_ATTEMPT] = view.attempt.id


def leave_attempt() -> None:
    """Back to the start of a quiz of one's own (the attempt stays on the server, its link still opens it)."""
    st.query_params.pop(CLASS_ATTEMPT, None)
    st.query_params.pop(JOIN, None)

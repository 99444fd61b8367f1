"""The teacher's assignments: each with its join code, link and QR code, and close, reopen and delete."""

from __future__ import annotations

import io
from collections.abc import Callable
from urllib.parse import urlsplit

import segno
import streamlit as st

from ...classes import Assignment, close_assignment, delete_assignment, list_assignments, reopen_assignment
from ...errors import AssignmentUnknown
from ...markdown_text import literal
from ..class_store import STORE_ERRORS, class_store, sentence
from .access import teacher_only
from .workspace import notify

__all__ = ["assignment_list", "join_link"]

# The assignment whose Delete was pressed and waits for its confirmation.
_CONFIRM_DELETE = "assignment-confirm-delete"


def join_link(code: str) -> str:
    """The address that opens the assignment with this code on the students' page of this server (the
    app's own address: Take a quiz is its default page, which Streamlit serves there and not at /quiz)."""
    url = st.context.url or ""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return f"/?join={code}"
    # This page's address less its own last part is where the app is served (with any base path).
    base = parts.path.rsplit("/", 1)[0]
    return f"{parts.scheme}://{parts.netloc}{base}/?join={code}"


def qr_png(link: str) -> bytes:
    """The link as a QR code, large enough to read off a projector."""
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=10, border=2)
    return out.getvalue()


def assignment_list() -> list[Assignment]:
    """Every assignment (newest first) in a box of its own; the list shown, for the gradebook to choose from."""
    assignments = list_assignments(class_store())
    if not assignments:
        st.info("There are no assignments yet. Make one above.", icon=":material/inbox:")
    now = class_store().now()
    for assignment in assignments:
        with st.container(border=True, key=f"assignment-{assignment.id}"):
            _assignment_box(assignment, assignment.is_open(now))
    return assignments


def _assignment_box(assignment: Assignment, is_open: bool) -> None:
    settings = assignment.settings
    state = "open" if is_open else "closed"
    count = settings.draw_count or assignment.pool_size
    st.markdown(
        f"**{literal(settings.title)}** · {settings.mode} · {count} questions · {state}  \n"
        f"Join code: **{assignment.join_code}**"
    )
    link = join_link(assignment.join_code)
    st.code(link, language=None)
    with st.expander("QR code for the projector", icon=":material/qr_code_2:"):
        st.image(qr_png(link), caption=f"Join code {assignment.join_code}", width=320)
    actions = st.container(horizontal=True)
    label, word, icon, action = ("Close", "close", ":material/lock:", close) if is_open else _REOPEN
    actions.button(label, key=f"assignment-{word}-{assignment.id}", icon=icon, on_click=action, args=(assignment.id,))
    if st.session_state.get(_CONFIRM_DELETE) != assignment.id:
        actions.button(
            "Delete",
            key=f"assignment-delete-{assignment.id}",
            icon=":material/delete:",
            on_click=ask_to_delete,
            args=(assignment.id,),
        )
        return
    st.warning("Delete this assignment with every student's answers? This cannot be undone.", icon=":material/warning:")
    confirm = st.container(horizontal=True)
    confirm.button(
        "Yes, delete it and its results",
        key=f"assignment-delete-yes-{assignment.id}",
        type="primary",
        on_click=delete,
        args=(assignment.id,),
    )
    confirm.button("Keep it", key=f"assignment-delete-no-{assignment.id}", on_click=ask_to_delete, args=(None,))


@teacher_only
def close(assignment_id: int) -> None:
    """Stop new attempts and answers."""
    _change(lambda: close_assignment(class_store(), assignment_id), "Closed the assignment.")


@teacher_only
def reopen(assignment_id: int) -> None:
    """Take attempts and answers again, until closed."""
    _change(lambda: reopen_assignment(class_store(), assignment_id), "Reopened the assignment.")


@teacher_only
def ask_to_delete(assignment_id: int | None) -> None:
    """Ask for a confirmation before deleting (None: the teacher kept it)."""
    st.session_state[_CONFIRM_DELETE] = assignment_id


@teacher_only
def delete(assignment_id: int) -> None:
    """Delete the assignment with its attempts and answers, once confirmed."""
    if st.session_state.pop(_CONFIRM_DELETE, None) != assignment_id:
        return
    _change(lambda: delete_assignment(class_store(), assignment_id), "Deleted the assignment and its results.")


_REOPEN = ("Reopen", "reopen", ":material/lock_open:", reopen)


def _change(action: Callable[[], object], done: str) -> None:
    try:
        action()
    except AssignmentUnknown:  # its own message speaks to a student
        notify("error", "Nothing was changed: this assignment has been deleted, perhaps in another tab.")
        return
    except STORE_ERRORS as error:
        notify("error", f"Nothing was changed. {sentence(error)}")
        return
    notify("success", done)

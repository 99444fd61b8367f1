"""What an assignment's buttons do, each checked for the teacher's login when it runs and said in one line:
close, reopen, extend (closing time or time limit), duplicate, archive, unarchive, and delete once confirmed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from ...classes import (
    Assignment,
    archive_assignment,
    close_assignment,
    delete_assignment,
    duplicate_assignment,
    extend_assignment,
    extend_time_limit,
    get_assignment,
    reopen_assignment,
)
from ...config import CLASSES
from ...errors import AssignmentUnknown
from ...markdown_text import literal
from ..class_store import STORE_ERRORS, class_store, sentence
from .access import teacher_only
from .local_time import in_words, teacher_zone
from .workspace import notify

__all__ = [
    "CONFIRM_DELETE",
    "archive",
    "ask_to_delete",
    "close",
    "closing_keys",
    "delete",
    "duplicate",
    "extend_closing",
    "extend_limit",
    "keep",
    "limit_key",
    "reopen",
    "unarchive",
]

# The assignment whose Delete was pressed and waits for its confirmation.
CONFIRM_DELETE = "assignment-confirm-delete"
_COPY = " (copy)"

T = TypeVar("T")


def closing_keys(assignment_id: int) -> tuple[str, str]:
    """The keys of the new closing day and time in the assignment's Extend box."""
    return f"assignment-closes-day-{assignment_id}", f"assignment-closes-time-{assignment_id}"


def limit_key(assignment_id: int) -> str:
    """The key of the new time limit in the assignment's Extend box."""
    return f"assignment-limit-{assignment_id}"


@teacher_only
def close(assignment_id: int) -> None:
    """Stop new attempts and answers."""
    _change(lambda: close_assignment(class_store(), assignment_id), "Closed the assignment.")


@teacher_only
def reopen(assignment_id: int) -> None:
    """Take attempts and answers again, until closed."""
    _change(lambda: reopen_assignment(class_store(), assignment_id), "Reopened the assignment.")


@teacher_only
def extend_closing(assignment_id: int) -> None:
    """Move the closing time to the day and time typed in the assignment's Extend box."""
    day_key, time_key = closing_keys(assignment_id)
    day, time = st.session_state.get(day_key), st.session_state.get(time_key)
    if not isinstance(day, dt.date) or not isinstance(time, dt.time):
        notify("error", "Nothing was changed: choose the new closing day and time.")
        return
    closes_at = dt.datetime.combine(day, time, tzinfo=teacher_zone())
    _change(
        lambda: extend_assignment(class_store(), assignment_id, closes_at),
        lambda _: f"The assignment now closes {in_words(closes_at)}.",
    )


@teacher_only
def extend_limit(assignment_id: int) -> None:
    """Lengthen the time limit to the minutes typed in the assignment's Extend box."""
    minutes = int(st.session_state.get(limit_key(assignment_id)) or 0)
    _change(
        lambda: extend_time_limit(class_store(), assignment_id, minutes),
        lambda _: f"Extended the time limit to {minutes} minutes; students still answering get it too.",
    )


@teacher_only
def duplicate(assignment_id: int) -> None:
    """A new assignment like this one, open now under a new join code, with no results."""

    def copy() -> Assignment:
        title = get_assignment(class_store(), assignment_id).settings.title
        title = title[: CLASSES.title_max_chars - len(_COPY)] + _COPY
        return duplicate_assignment(class_store(), assignment_id, title=title)

    _change(
        copy,
        lambda made: (
            f"Made **{literal(made.settings.title)}**, open now with join code **{made.join_code}** and no results yet."
        ),
    )


@teacher_only
def archive(assignment_id: int) -> None:
    """Hide the assignment from the list and close it; its results are kept."""
    _change(
        lambda: archive_assignment(class_store(), assignment_id),
        "Archived the assignment: it is closed and its results are kept (Show archived lists it).",
    )


@teacher_only
def unarchive(assignment_id: int) -> None:
    """List the assignment again; it stays closed until reopened."""
    _change(
        lambda: archive_assignment(class_store(), assignment_id, archived=False),
        "Unarchived the assignment: it is listed again, closed until you reopen it.",
    )


@teacher_only
def ask_to_delete(assignment_id: int) -> None:
    """Ask for a confirmation before deleting."""
    st.session_state[CONFIRM_DELETE] = assignment_id


def keep(assignment_id: int) -> None:
    """The teacher answered the confirmation with Keep it."""
    st.session_state.pop(CONFIRM_DELETE, None)


@teacher_only
def delete(assignment_id: int) -> None:
    """Delete the assignment with its attempts and answers, once confirmed."""
    if st.session_state.pop(CONFIRM_DELETE, None) != assignment_id:
        return
    _change(lambda: delete_assignment(class_store(), assignment_id), "Deleted the assignment and its results.")


def _change(action: Callable[[], T], done: str | Callable[[T], str]) -> None:
    """Run `action` on the store and say how it went: `done` (of what it gave back), or why nothing changed."""
    try:
        result = action()
    except AssignmentUnknown:  # its own message speaks to a student
        notify("error", "Nothing was changed: this assignment has been deleted, perhaps in another tab.")
        return
    except STORE_ERRORS as error:
        notify("error", f"Nothing was changed. {sentence(error)}")
        return
    notify("success", done if isinstance(done, str) else done(result))

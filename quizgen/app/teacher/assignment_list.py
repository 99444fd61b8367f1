"""The teacher's assignments: each with its join code, link and QR code, and the buttons that close, reopen,
extend, duplicate, archive and delete it; archived ones are listed when asked for."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import segno
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from ...classes import Assignment, list_assignments
from ...config import CLASSES
from ...markdown_text import literal
from ..class_store import class_store
from . import assignment_actions as act
from .local_time import in_words, teacher_zone

__all__ = ["assignment_list", "join_link"]

_SHOW_ARCHIVED = "assignment-show-archived"


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
    """Every assignment (newest first) in a box of its own, archived ones too when the toggle asks; the list
    shown."""
    show_archived = st.toggle("Show archived", key=_SHOW_ARCHIVED)
    store = class_store()
    assignments = list_assignments(store, archived=show_archived)
    if not assignments:
        hidden = not show_archived and list_assignments(store, archived=True)
        st.info(
            "Every assignment is archived: turn on Show archived to see them."
            if hidden
            else "There are no assignments yet. Make one above.",
            icon=":material/inbox:",
        )
    now = store.now()
    for assignment in assignments:
        with st.container(border=True, key=f"assignment-{assignment.id}"):
            _assignment_box(assignment, now)
    return assignments


def _assignment_box(assignment: Assignment, now: dt.datetime) -> None:
    is_open = assignment.is_open(now)
    st.markdown(f"{_summary(assignment, is_open)}  \nJoin code: **{assignment.join_code}**")
    link = join_link(assignment.join_code)
    st.code(link, language=None)
    with st.expander("QR code for the projector", icon=":material/qr_code_2:"):
        st.image(qr_png(link), caption=f"Join code {assignment.join_code}", width=320)
    if not assignment.closed and not assignment.archived:
        _extend_box(assignment, now)
    actions = st.container(horizontal=True)
    asking = st.session_state.get(act.CONFIRM_DELETE) == assignment.id
    for action in _actions_of(assignment, is_open):
        if not (asking and action == "delete"):
            _button(actions, action, assignment.id)
    if asking:
        st.warning(
            "Delete this assignment with every student's answers? This cannot be undone.", icon=":material/warning:"
        )
        confirm = st.container(horizontal=True)
        _button(confirm, "delete-yes", assignment.id, type="primary")
        _button(confirm, "delete-no", assignment.id)


def _actions_of(assignment: Assignment, is_open: bool) -> list[str]:
    """The buttons an assignment has as it stands (Delete asks first)."""
    if assignment.archived:
        return ["unarchive", "duplicate", "delete"]
    return ["close" if is_open else "reopen", "duplicate", "archive", "delete"]


def _summary(assignment: Assignment, is_open: bool) -> str:
    """The assignment's title and what matters in class: kind, size, state, closing time and time limit."""
    settings = assignment.settings
    state = "archived" if assignment.archived else "open" if is_open else "closed"
    parts = [
        f"**{literal(settings.title)}**",
        settings.mode,
        f"{settings.draw_count or assignment.pool_size} questions",
        state,
    ]
    if settings.closes_at is not None:
        parts.append(f"closes {in_words(settings.closes_at)}")
    if settings.time_limit_minutes:
        parts.append(f"{settings.time_limit_minutes}-minute time limit")
    return " · ".join(parts)


def _extend_box(assignment: Assignment, now: dt.datetime) -> None:
    """A later closing time, and a longer time limit when it has one."""
    aid, settings = assignment.id, assignment.settings
    limit = settings.time_limit_minutes
    longer = limit is not None and limit < CLASSES.time_limit_max_minutes
    label = "Extend: a later closing time" if settings.closes_at else "Set a closing time"
    with st.expander(label + (" or a longer time limit" if longer else ""), icon=":material/more_time:"):
        # A day after the closing time (or this hour tomorrow): a default that stays put between reruns.
        start = settings.closes_at or now.replace(minute=0, second=0, microsecond=0)
        default = (start + dt.timedelta(days=1)).astimezone(teacher_zone())
        day_key, time_key = act.closing_keys(aid)
        left, right = st.columns(2)
        left.date_input("New closing day", value=default.date(), key=day_key)
        right.time_input("Time", value=default.time().replace(second=0, microsecond=0), key=time_key)
        st.caption(f"In your browser's time zone ({default.tzname()}).")
        _button(st.container(), "extend-closing", aid)
        if limit is not None and longer:
            st.number_input(
                "New time limit in minutes",
                min_value=limit + 1,
                max_value=CLASSES.time_limit_max_minutes,
                value=min(limit + CLASSES.time_limit_extend_step, CLASSES.time_limit_max_minutes),
                step=1,
                key=act.limit_key(aid),
            )
            _button(st.container(), "extend-limit", aid)


def _button(where: DeltaGenerator, action: str, assignment_id: int, **options: Any) -> None:
    """The button of one of `_ACTIONS` for this assignment, keyed `assignment-<action>-<id>`."""
    label, icon, callback = _ACTIONS[action]
    key = f"assignment-{action}-{assignment_id}"
    where.button(label, key=key, icon=icon, on_click=callback, args=(assignment_id,), **options)


# What each button of an assignment says, its icon, and what it does.
_ACTIONS: dict[str, tuple[str, str | None, Callable[[int], None]]] = {
    "close": ("Close", ":material/lock:", act.close),
    "reopen": ("Reopen", ":material/lock_open:", act.reopen),
    "extend-closing": ("Set the closing time", ":material/event:", act.extend_closing),
    "extend-limit": ("Lengthen the time limit", ":material/timer:", act.extend_limit),
    "duplicate": ("Duplicate", ":material/content_copy:", act.duplicate),
    "archive": ("Archive", ":material/archive:", act.archive),
    "unarchive": ("Unarchive", ":material/unarchive:", act.unarchive),
    "delete": ("Delete", ":material/delete:", act.ask_to_delete),
    "delete-yes": ("Yes, delete it and its results", None, act.delete),
    "delete-no": ("Keep it", None, act.keep),
}

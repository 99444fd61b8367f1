"""The attempt in progress: kept in session state, mirrored into the web address so a refresh keeps it."""

from __future__ import annotations

import streamlit as st

from ..attempt import Attempt, decode_attempt, encode_attempt, resolve
from ..errors import AttemptInvalid
from ..quiz import QuizItem
from ..storage import link_key
from .shelf import Shelf, project_root

__all__ = ["clear_attempt", "current_attempt", "save_attempt", "stored_attempt", "take_notice"]

_ATTEMPT = "attempt"
_PARAM = "attempt"
_NOTICE = "notice"


def current_attempt(shelf: Shelf) -> tuple[Attempt, list[QuizItem]] | None:
    """The attempt in progress and its questions, from this session or else from the web address."""
    attempt = st.session_state.get(_ATTEMPT)
    if attempt is None and _PARAM in st.query_params:
        try:
            attempt = decode_attempt(st.query_params[_PARAM], link_key(project_root()))
        except AttemptInvalid as error:
            _drop(f"That quiz link could not be opened ({error}), so here is a new quiz.")
            return None
    if attempt is None:
        return None
    try:
        items = resolve(attempt, shelf.questions)
    except AttemptInvalid as error:
        _drop(f"That quiz cannot go on because its questions changed ({error}). Start a new one.")
        return None
    st.session_state[_ATTEMPT] = attempt
    return attempt, items


def stored_attempt() -> Attempt | None:
    """The attempt this session holds (for widget callbacks, which run before the page)."""
    return st.session_state.get(_ATTEMPT)


def save_attempt(attempt: Attempt) -> None:
    """Keep the attempt for the next rerun and in the web address."""
    st.session_state[_ATTEMPT] = attempt
    st.query_params[_PARAM] = encode_attempt(attempt, link_key(project_root()))


def clear_attempt() -> None:
    """Forget the attempt (for "new quiz")."""
    st.session_state.pop(_ATTEMPT, None)
    st.query_params.pop(_PARAM, None)


def take_notice() -> str | None:
    """A one-off message for the student (such as why a quiz link was not used), once."""
    return st.session_state.pop(_NOTICE, None)


def _drop(message: str) -> None:
    clear_attempt()
    st.session_state[_NOTICE] = message
    return None

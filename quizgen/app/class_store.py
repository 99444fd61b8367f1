"""The class database the app's pages share: opened (and migrated) once per server process and address;
what its refusals and its troubles say on the page."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from ..classes import Store, database_url, open_store
from ..errors import ClassStoreError
from ..markdown_text import literal
from .shelf import project_root

__all__ = ["STORE_ERRORS", "class_store", "database_guard", "sentence"]

# What a call into the class store may raise that the page turns into a message: a refusal, or trouble.
STORE_ERRORS = (ClassStoreError, SQLAlchemyError, OSError)
_TROUBLE = "the class database did not answer just now (it may be busy or out of reach); try again in a moment"


def class_store() -> Store:
    """The store for this project's class database (SQLite under QUIZGEN_HOME, or QUIZGEN_DATABASE_URL)."""
    return _store(database_url(project_root()))


# One engine per database address and process: opening one per run would migrate and reconnect every click.
@st.cache_resource(show_spinner=False, max_entries=8)
def _store(url: str) -> Store:
    return open_store(url)


def sentence(error: Exception | str) -> str:
    """A library message ("this assignment is closed; ...") as a sentence for the page, escaped as Markdown;
    a database's own error becomes a plain word about trouble (its text names tables and files)."""
    text = _TROUBLE if isinstance(error, SQLAlchemyError | OSError) else str(error).strip().rstrip(".")
    return literal(f"{text[:1].upper()}{text[1:]}.")


@contextmanager
def database_guard() -> Iterator[None]:
    """Run a page's use of the class database; if it cannot be reached or stays locked, say so with a way to
    try again instead of a traceback (the page's address, and with it any attempt, is kept)."""
    try:
        yield
    except (SQLAlchemyError, OSError) as error:
        st.error(sentence(error), icon=":material/cloud_off:")
        st.button("Try again", key="database-retry", icon=":material/refresh:")
        st.stop()

"""The class database the app's pages share: opened (and migrated) once per server process and address."""

from __future__ import annotations

import streamlit as st

from ..classes import Store, database_url, open_store
from ..markdown_text import literal
from .shelf import project_root

__all__ = ["class_store", "sentence"]


def class_store() -> Store:
    """The store for this project's class database (SQLite under QUIZGEN_HOME, or QUIZGEN_DATABASE_URL)."""
    return _store(database_url(project_root()))


# One engine per database address and process: opening one per run would migrate and reconnect every click.
@st.cache_resource(show_spinner=False, max_entries=8)
def _store(url: str) -> Store:
    return open_store(url)


def sentence(error: Exception | str) -> str:
    """A library message ("this assignment is closed; ...") as a sentence for the page, escaped as Markdown."""
    text = str(error).strip().rstrip(".")
    return literal(f"{text[:1].upper()}{text[1:]}.")

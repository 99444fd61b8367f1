"""The app's pages, in one list, so that more (such as the teachers' pages) can be added in one place."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

__all__ = ["pages", "run"]

_PAGES = Path(__file__).parent / "pages"


def student_pages() -> list[st.Page]:
    """What every visitor sees."""
    return [st.Page(_PAGES / "take_quiz.py", title="Take a quiz", icon=":material/quiz:", url_path="quiz", default=True)]


def pages() -> dict[str, list[st.Page]]:
    """Every page this visitor may open, by section (teacher pages join here, behind their login)."""
    return {"Students": student_pages()}


def run() -> None:
    """Set the page up and run the page the visitor asked for."""
    st.set_page_config(page_title="quizgen", page_icon=":material/quiz:", layout="centered")
    st.navigation(pages(), position="sidebar").run()

"""The app's pages, in one list: the students' pages for everyone, the teachers' only after a login."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from .teacher.access import LOGGED_OUT, is_teacher, log_in_form, log_out, teacher_access_now
from .teacher.generation_status import finished_notices, generation_progress, has_generations

__all__ = ["pages", "run", "teacher_page", "teacher_page_names"]

_PAGES = Path(__file__).parent / "pages"
_ICON = Path(__file__).parent / "icon.png"

# name: (file, title, icon); the name is also the page's address (/review, /edit, ...).
_TEACHER_PAGES = {
    "review": ("review_bank.py", "Review questions", ":material/fact_check:"),
    "edit": ("edit_question.py", "Edit a question", ":material/edit:"),
    "write": ("write_question.py", "Write a question", ":material/add_circle:"),
    "new-bank": ("new_bank.py", "New bank from a selection", ":material/library_add:"),
    "add-article": ("add_article.py", "Add an article", ":material/upload_file:"),
    "assignments": ("assignments.py", "Assignments", ":material/assignment:"),
    "results": ("gradebook.py", "Results", ":material/leaderboard:"),
    "export": ("export_bank.py", "Export", ":material/ios_share:"),
    "history": ("bank_history.py", "History", ":material/history:"),
    "yaml": ("edit_yaml.py", "Edit the YAML", ":material/code:"),
}


def student_pages() -> list[st.Page]:
    """What every visitor sees."""
    return [
        st.Page(_PAGES / "take_quiz.py", title="Take a quiz", icon=":material/quiz:", url_path="quiz", default=True)
    ]


def teacher_page_names() -> list[str]:
    """The teacher pages' names, in menu order."""
    return list(_TEACHER_PAGES)


def teacher_page(name: str) -> st.Page:
    """One of the teacher pages, by name (for links and `st.switch_page`)."""
    file, title, icon = _TEACHER_PAGES[name]
    return st.Page(_PAGES / file, title=title, icon=icon, url_path=name)


def _login_for(name: str) -> st.Page:
    """A hidden page at a teacher page's address that asks for the login first."""
    _, title, icon = _TEACHER_PAGES[name]

    def log_in_first() -> None:
        st.title(":material/login: Teacher login", anchor=False)
        st.info(f"Log in to open **{title}**.", icon=icon)
        log_in_form()

    return st.Page(log_in_first, title=title, icon=icon, url_path=name, visibility="hidden")


def pages() -> dict[str, list[st.Page]] | list[st.Page]:
    """Every page this visitor may open: the teacher pages exist only for a logged-in session. Only a teacher's
    menu has sections: Streamlit puts a section's pages in a list that screen readers cannot read as one."""
    login = st.Page(_PAGES / "teacher_login.py", title="Teacher login", icon=":material/login:", url_path="login")
    if not is_teacher():
        # A teacher page's address opened while logged out shows the login, and after it that page.
        behind = [_login_for(name) for name in _TEACHER_PAGES]
        return [*student_pages(), login, *behind]
    return {"Students": student_pages(), "Teachers": [*(teacher_page(name) for name in _TEACHER_PAGES), login]}


def run() -> None:
    """Set the page up and run the page the visitor asked for."""
    # No layout here: the teacher pages that show two columns side by side ask for a wide one.
    # A file of the app's own, not a Material icon: the browser would fetch that from a font server.
    st.set_page_config(page_title="quizgen", page_icon=str(_ICON))
    teacher_access_now()  # the first visit makes the one-time token and prints it in the console
    listed = pages()
    page = st.navigation(listed, position="sidebar")
    if st.session_state.pop(LOGGED_OUT, False) and page.url_path in _TEACHER_PAGES:
        st.switch_page(student_pages()[0])
    if is_teacher():
        st.sidebar.button("Log out", key="teacher-log-out", icon=":material/logout:", on_click=log_out)
        _generations(page)
    page.run()


def _generations(page: st.Page) -> None:
    """How the articles being added are doing, whichever page is open: their progress, then how each went."""
    finished_notices()
    if has_generations() and page.url_path != "add-article":  # that page shows the progress in its own place
        with st.sidebar:
            generation_progress()

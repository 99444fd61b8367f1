"""Setting an assignment: the form that makes one from the questions of the bank being worked on."""

from __future__ import annotations

import streamlit as st
from pydantic import ValidationError

from ...classes import AssignmentSettings, create_assignment
from ...config import CLASSES
from ...markdown_text import literal
from ...models import Bank
from ...quiz import servable
from ..class_store import STORE_ERRORS, class_store, sentence
from .access import teacher_only
from .workspace import notify

__all__ = ["SHOW_ANSWERS", "assignment_form"]

_FORM = "assignment-form"
_MODES = {
    "test": "Test: every question on one page, results when the assignment says",
    "practice": "Practice: whether each answer was right, as it is given",
}
SHOW_ANSWERS = {
    "after_submitting": "After the student submits",
    "right_away": "Right away, after each answer",
    "after_closing": "After I close the assignment",
    "never": "Never",
}


def assignment_form(bank: Bank) -> None:
    """The fields of a new assignment and its Create button (the assignment is made in the button's callback)."""
    with st.form(_FORM, border=True):
        st.text_input("Title", value=bank.title, key="assignment-title", max_chars=CLASSES.title_max_chars)
        left, right = st.columns(2)
        left.radio(
            "Questions",
            ["all", "draw"],
            format_func=lambda how: {"all": "Every question, in order", "draw": "A random draw per student"}[how],
            key="assignment-questions",
        )
        right.number_input("How many to draw", min_value=1, value=10, step=1, key="assignment-draw-count")
        st.radio("Kind", list(_MODES), format_func=lambda mode: _MODES[mode], key="assignment-mode")
        left, right = st.columns(2)
        left.number_input(
            "Attempts allowed", min_value=1, max_value=CLASSES.attempts_max, value=1, step=1, key="assignment-attempts"
        )
        right.number_input(
            "Time limit in minutes (0 for none)",
            min_value=0,
            max_value=CLASSES.time_limit_max_minutes,
            value=0,
            step=1,
            key="assignment-time-limit",
        )
        st.selectbox(
            "Show whether answers were right, with the key and sources",
            list(SHOW_ANSWERS),
            format_func=lambda when: SHOW_ANSWERS[when],
            key="assignment-show-answers",
            help="A practice shows each answer right away.",
        )
        st.toggle("Approved questions only", value=True, key="assignment-approved-only")
        st.form_submit_button(
            "Create the assignment", type="primary", icon=":material/add_task:", on_click=create_from_form, args=(bank,)
        )


@teacher_only
def create_from_form(bank: Bank) -> None:
    """Make the assignment the form describes, and say how it went."""
    state = st.session_state
    title = str(state.get("assignment-title", "")).strip()
    if not title:
        notify("error", "Nothing was created: give the assignment a title.")
        return
    mode = state.get("assignment-mode", "test")
    limit = int(state.get("assignment-time-limit", 0))
    questions = servable(bank.model_copy(update={"approved_only": bool(state.get("assignment-approved-only", True))}))
    try:
        settings = AssignmentSettings(
            title=title,
            mode=mode,
            attempts_allowed=int(state.get("assignment-attempts", 1)),
            time_limit_minutes=limit or None,
            show_answers="right_away" if mode == "practice" else state.get("assignment-show-answers"),
            draw_count=int(state["assignment-draw-count"]) if state.get("assignment-questions") == "draw" else None,
        )
        made = create_assignment(class_store(), questions, settings)
    except ValidationError:
        notify("error", "Nothing was created: these settings do not make an assignment. Check them and try again.")
        return
    except STORE_ERRORS as error:
        notify("error", f"Nothing was created. {sentence(error)}")
        return
    count = made.settings.draw_count or made.pool_size
    notify("success", f"Created **{literal(made.settings.title)}**: {count} questions, join code **{made.join_code}**.")

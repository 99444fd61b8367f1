"""Results: an assignment's gradebook, item analysis and downloads, refreshed while the class is working."""

import datetime as dt

import streamlit as st

from quizgen.app.class_store import class_store, database_guard
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.gradebook import gradebook
from quizgen.classes import get_assignment, list_assignments
from quizgen.errors import AssignmentUnknown

require_teacher()
st.title(":material/leaderboard: Results", anchor=False)
with database_guard():
    # Archived assignments keep their results, so they stay here to read and download.
    assignments = {assignment.id: assignment for assignment in list_assignments(class_store(), archived=True)}
if not assignments:
    st.info("There are no assignments yet. Set one on the Assignments page.", icon=":material/inbox:")
    st.stop()
chosen = st.selectbox(
    "Assignment",
    list(assignments),
    format_func=lambda key: (
        f"{assignments[key].settings.title} ({assignments[key].join_code})"
        + (", archived" if assignments[key].archived else "")
    ),
    key="gradebook-assignment",
)
live = st.toggle("Refresh every 5 seconds", value=True, key="gradebook-live")


@st.fragment(run_every=dt.timedelta(seconds=5) if live else None)
def _live() -> None:
    with database_guard():
        try:  # read again on every refresh: another tab may have deleted it since the page was drawn
            current = get_assignment(class_store(), chosen)
        except AssignmentUnknown:
            st.info(
                "This assignment has been deleted, with its results. Choose another above.", icon=":material/delete:"
            )
            return
        gradebook(current)


_live()

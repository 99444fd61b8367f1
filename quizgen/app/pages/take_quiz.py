"""Take a quiz: start, answer, see feedback and results (the page picks the view the attempt is at); or,
with a class assignment's link or attempt in the address, that assignment."""

import streamlit as st

from quizgen.app.class_store import database_guard
from quizgen.app.session import current_attempt, take_notice
from quizgen.app.shelf import load_shelf, project_root
from quizgen.app.views.class_attempt import class_attempt
from quizgen.app.views.class_join import CLASS_ATTEMPT, JOIN, join_page
from quizgen.app.views.questions import answer_sheet, practice
from quizgen.app.views.results import results
from quizgen.app.views.start import start
from quizgen.markdown_text import literal

root = project_root()
shelf = load_shelf(root)
if CLASS_ATTEMPT in st.query_params:
    with database_guard():
        class_attempt(st.query_params[CLASS_ATTEMPT], shelf, root)
    st.stop()
if JOIN in st.query_params:
    with database_guard():
        join_page()
    st.stop()

current = current_attempt(shelf)
notice = take_notice()
if notice:
    st.info(literal(notice), icon=":material/info:")

if current is None:
    start(shelf)
else:
    attempt, items = current
    if attempt.finished is not None:
        results(attempt, items, shelf, root)
    elif attempt.mode == "practice":
        practice(attempt, items, shelf, root)
    else:
        answer_sheet(attempt, items)

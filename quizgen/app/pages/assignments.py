"""Assignments: set a quiz for a class from the bank being worked on, and share its code, link and QR code."""

import streamlit as st

from quizgen.app.class_store import database_guard
from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.assignment_form import assignment_form
from quizgen.app.teacher.assignment_list import assignment_list
from quizgen.app.teacher.bank_problems import valid_bank
from quizgen.app.teacher.workspace import choose_bank

require_teacher()
st.title(":material/assignment: Assignments", anchor=False)
st.markdown(
    "Set a quiz for your class: students open the link or type the join code on the **Take a quiz** page, "
    "and their answers come back to you under **Results**."
)
st.subheader("New assignment", anchor=False)
bank = valid_bank(choose_bank(project_root(), key="assignment-bank"))
st.caption(
    "The questions are copied into the assignment when it is made: editing the bank later changes nothing in it."
)
assignment_form(bank)
st.subheader("Your assignments", anchor=False)
with database_guard():
    assignment_list()

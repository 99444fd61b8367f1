"""A new bank from a selection of questions (a class quiz), with the articles they cite."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.bank_problems import valid_bank
from quizgen.app.teacher.new_bank import create_bank
from quizgen.app.teacher.question_filter import STATUS_LABELS, question_filter
from quizgen.app.teacher.workspace import choose_bank
from quizgen.markdown_text import literal
from quizgen.review import bank_file_name, filter_questions

MOST = 200

require_teacher()
st.title(":material/library_add: New bank from a selection", anchor=False)
st.markdown(
    "Make a quiz for a class from some questions of a bank. The new bank gets copies of them and of the articles they cite."
)
root = project_root()
opened = choose_bank(root, key="new-bank-source")
bank = valid_bank(opened)

with st.expander("Filter and search", expanded=True, icon=":material/filter_list:"):
    wanted = question_filter(bank, "new-bank")
shown = filter_questions(bank.questions, wanted)
st.caption(
    f"{len(shown)} questions match; untick the ones to leave out."
    + (f" The first {MOST} are listed." if len(shown) > MOST else "")
)
chosen = [
    question.id
    for question in shown[:MOST]
    if st.checkbox(
        f"{STATUS_LABELS[question.status]} · {literal(question.prompt)}",
        value=True,
        key=f"new-bank-pick-{opened.path.name}-{question.id}",
    )
]

st.subheader("The new bank", anchor=False)
title = st.text_input(
    "Title", key="new-bank-title", max_chars=200, placeholder="For example: Class 9b, the May 2024 summit"
)
st.text_area("Description (optional)", key="new-bank-description", max_chars=2000, height=70)
st.checkbox(
    "Students see only approved questions",
    value=True,
    key="new-bank-approved-only",
    help="Off: students also see the drafts nobody has reviewed yet.",
)
if title.strip():
    st.caption(f"It will be saved as question_banks/{literal(bank_file_name(title))}.")
st.button(
    f"Create the bank with {len(chosen)} question{'s' if len(chosen) != 1 else ''}",
    type="primary",
    key="new-bank-create",
    icon=":material/library_add:",
    disabled=not chosen or not title.strip(),
    on_click=create_bank,
    args=(root, bank, chosen),
)

"""Review a bank: counts per status, filters and search, approve or reject in bulk, open a question to edit it;
beside each question, its results in the class's assignments."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.actions import change_status, serve_approved_only
from quizgen.app.teacher.bank_problems import valid_bank
from quizgen.app.teacher.question_filter import STATUS_LABELS, question_filter
from quizgen.app.teacher.question_row import question_row
from quizgen.app.teacher.question_stats import class_usage
from quizgen.app.teacher.workspace import choose_bank
from quizgen.review import ORDERS, filter_questions, in_order, status_counts

PER_PAGE = 20

require_teacher()
st.title(":material/fact_check: Review questions", anchor=False)
root = project_root()
opened = choose_bank(root, key="review-bank")
bank = valid_bank(opened)

counts = status_counts(bank.questions)
for column, (status, count) in zip(st.columns(3), counts.items(), strict=True):
    column.metric(STATUS_LABELS[status], count)
toggle_key = f"review-approved-only-{opened.hash}"
st.toggle(
    "Students see only approved questions",
    value=bank.approved_only,
    key=toggle_key,
    help="Off: students see every question that is not rejected. On: only the approved ones.",
    on_change=serve_approved_only,
    args=(root, opened, toggle_key),
)
if bank.approved_only:
    st.caption(f"Students see the {counts['approved']} approved questions; drafts wait for your review.")
elif counts["draft"]:
    st.warning(f"Students also see the {counts['draft']} drafts nobody has reviewed yet.", icon=":material/visibility:")

with st.expander("Filter and search", expanded=True, icon=":material/filter_list:"):
    wanted = question_filter(bank, "review")
order = st.selectbox(
    "Sort by",
    list(ORDERS),
    key="review-order",
    format_func=ORDERS.__getitem__,
    help="The generator's score is how it ranked the question when it wrote it (higher is better). "
    "It is a rule of thumb, not a probability; questions written by a teacher have none and come last.",
)
shown = in_order(filter_questions(bank.questions, wanted), order)
drafts = [q.id for q in shown if q.status == "draft"]
st.caption(f"{len(shown)} of {len(bank.questions)} questions match.")
if drafts:
    plural = "s" if len(drafts) != 1 else ""
    bulk = st.container(horizontal=True)
    for status, verb, icon in (
        ("approved", "Approve", ":material/done_all:"),
        ("rejected", "Reject", ":material/block:"),
    ):
        bulk.button(
            f"{verb} the {len(drafts)} draft{plural} shown",
            key=f"review-{verb.lower()}-shown",
            icon=icon,
            on_click=change_status,
            args=(root, opened, drafts, status),
        )

pages = max(1, -(-len(shown) // PER_PAGE))
number = st.number_input("Page", min_value=1, max_value=pages, value=1, key="review-page") if pages > 1 else 1
page = shown[(number - 1) * PER_PAGE : number * PER_PAGE]
usage = class_usage(page)
if usage is None:
    st.caption(":material/cloud_off: Results from class assignments are left out: the class database did not answer.")
for question in page:
    question_row(question, bank, root, opened, (usage or {}).get(question.id))

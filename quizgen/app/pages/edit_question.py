"""Edit one question: its fields, a live preview as students see it, its cited sentence; approve, reject, delete."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.actions import (
    CHOSEN_QUESTION,
    EDIT_CHOOSER,
    approve_and_next,
    change_status,
    delete_question,
)
from quizgen.app.teacher.bank_problems import valid_bank
from quizgen.app.teacher.preview import cited_sentences, student_preview
from quizgen.app.teacher.question_editor import form_question, save_form
from quizgen.app.teacher.question_filter import STATUS_LABELS
from quizgen.app.teacher.question_form import clear_form, fill_form, question_fields
from quizgen.app.teacher.question_row import flag_badges
from quizgen.app.teacher.workspace import choose_bank
from quizgen.errors import YamlInvalid
from quizgen.markdown_text import literal
from quizgen.review import article_texts

require_teacher()
st.set_page_config(layout="wide")
st.title(":material/edit: Edit a question", anchor=False)
root = project_root()
opened = choose_bank(root, key="edit-bank")
bank = valid_bank(opened)
if not bank.questions:
    st.info("This bank has no questions yet. Write one, or add an article to generate some.", icon=":material/inbox:")
    st.stop()
by_id = {q.id: q for q in bank.questions}
ids = list(by_id)
chosen = st.session_state.get(CHOSEN_QUESTION)
question_id = st.selectbox(
    "Question to edit",
    ids,
    index=ids.index(chosen) if chosen in ids else 0,
    key=EDIT_CHOOSER,
    format_func=lambda i: f"{by_id[i].prompt[:90]} ({i})",
)
st.session_state[CHOSEN_QUESTION] = question_id
question = by_id[question_id]
scope = f"edit-{opened.path.name}-{question.id}"
fill_form(scope, question, question.type)

origin = "written or edited by a teacher" if question.origin == "teacher" else "generated"
st.markdown(f"**{STATUS_LABELS[question.status]}** · {origin} {flag_badges(question)}")
if question.disagreement:
    st.warning(f"**The sources disagree.** {literal(question.disagreement)}", icon=":material/warning:")
actions = st.container(horizontal=True)
at = ids.index(question.id)
later = ids[at + 1 :] + ids[:at]
next_draft = next((i for i in later if by_id[i].status == "draft"), None)
if next_draft is not None and question.status != "approved":
    actions.button(
        "Approve and next draft",
        type="primary",
        key=f"{scope}-approve-next",
        icon=":material/skip_next:",
        help="Approve this question and open the next one waiting for review.",
        on_click=approve_and_next,
        args=(root, opened, question.id, next_draft),
    )
for status, label, icon in (
    ("approved", "Approve", ":material/check:"),
    ("rejected", "Reject", ":material/block:"),
    ("draft", "Back to draft", ":material/undo:"),
):
    if question.status != status:
        actions.button(
            label,
            key=f"{scope}-set-{status}",
            icon=icon,
            on_click=change_status,
            args=(root, opened, [question.id], status),
        )

fields, preview = st.columns(2, gap="large")
with fields:
    st.subheader("Fields", anchor=False)
    question_fields(scope, question.type)
    buttons = st.container(horizontal=True)
    buttons.button(
        "Save changes",
        type="primary",
        key=f"{scope}-save",
        icon=":material/save:",
        on_click=save_form,
        args=(root, opened, question, scope),
    )
    buttons.button(
        "Discard my changes", key=f"{scope}-discard", icon=":material/undo:", on_click=clear_form, args=(scope,)
    )
    confirm = f"{scope}-confirm-delete"
    if not st.session_state.get(confirm):
        buttons.button(
            "Delete…",
            key=f"{scope}-delete",
            icon=":material/delete:",
            on_click=lambda: st.session_state.__setitem__(confirm, True),
        )
    else:
        st.warning("Delete this question? The bank's history keeps a copy you can restore.", icon=":material/delete:")
        sure = st.container(horizontal=True)
        sure.button(
            "Yes, delete it",
            type="primary",
            key=f"{scope}-delete-yes",
            on_click=delete_question,
            args=(root, opened, question.id),
        )
        sure.button("Cancel", key=f"{scope}-delete-no", on_click=lambda: st.session_state.pop(confirm, None))
with preview:
    st.subheader("As students see it", anchor=False)
    live = form_question(scope, question.model_dump(), bank, article_texts(bank, root))
    if isinstance(live, YamlInvalid):
        st.caption("The form has problems (Save shows them), so this is the question as last saved.")
        live = question
    student_preview(live, bank, root)
    st.subheader("Cited sentence", anchor=False)
    cited_sentences(question, bank, root, scope)

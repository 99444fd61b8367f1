"""Add an article: upload it, confirm its catalog entry, save it into seeds/, generate its questions into a bank."""

import hashlib

import streamlit as st

from quizgen.app.shelf import load_shelf, project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.article_changes import article_changes
from quizgen.app.teacher.article_intake import NEW_BANK, entry_defaults, entry_problems, new_bank_name, save_article
from quizgen.app.teacher.generation import running_for_scope
from quizgen.app.teacher.generation_status import generation_progress, has_generations
from quizgen.app.teacher.workspace import show_notices
from quizgen.config import LIMITS
from quizgen.corpus import read_upload
from quizgen.errors import QuizgenError
from quizgen.markdown_text import literal

require_teacher()
st.title(":material/upload_file: Add an article", anchor=False)
root = project_root()
show_notices()
if has_generations():
    generation_progress()
st.markdown(
    "Upload a news article saved as plain text (`.txt` or `.md`, UTF-8, up to "
    f"{LIMITS.article_max_bytes // 2**20} MB). It is saved into `seeds/` with its catalog entry, and its "
    "questions are generated and added to a bank as drafts. Generation goes on while you open other pages, "
    "and says how it went on the page you are on when it is done."
)
article_changes(root)
upload = st.file_uploader("Article file", type=["txt", "md"], key="article-upload")
if upload is None:
    st.stop()
data = upload.getvalue()
try:
    article = read_upload(upload.name, data)
except QuizgenError as error:
    st.error(f"This file cannot be added: {literal(str(error))}", icon=":material/error:")
    st.stop()

scope = f"article-{hashlib.sha256(data).hexdigest()[:16]}"
for field, value in entry_defaults(article).items():
    st.session_state.setdefault(f"{scope}-{field}", value)
st.subheader("Its catalog entry", anchor=False)
st.caption("Filled in from what the article says about itself; correct anything that is wrong.")
left, right = st.columns(2)
with left:
    st.text_input("File name in seeds/", key=f"{scope}-file", max_chars=200)
    entry_problems(scope, "file")
with right:
    st.text_input("Id (lowercase letters, digits and -)", key=f"{scope}-id", max_chars=80)
    entry_problems(scope, "id")
st.text_input("Title", key=f"{scope}-title", max_chars=300)
entry_problems(scope, "title")
left, right = st.columns(2)
with left:
    st.text_input("Outlet", key=f"{scope}-outlet", max_chars=200)
    entry_problems(scope, "outlet")
with right:
    st.date_input("Published", key=f"{scope}-published", format="YYYY-MM-DD")
    entry_problems(scope, "published")
st.text_input("Web address (optional)", key=f"{scope}-url", max_chars=2000, placeholder="https://…")
entry_problems(scope, "url")
st.text_area(
    "Notes (optional)",
    key=f"{scope}-notes",
    max_chars=2000,
    height=70,
    placeholder="For example: machine-translated; some sentences are garbled.",
)
entry_problems(scope, "notes")

shelf = load_shelf(root)
new_name = new_bank_name(root, st.session_state.get(f"{scope}-title", ""))
bank_name = st.selectbox(
    "Add its questions to",
    [NEW_BANK, *shelf.banks],
    key="article-bank",
    format_func=lambda name: (
        f"A new bank of its own ({new_name})" if name == NEW_BANK else f"{shelf.banks[name].bank.title} ({name})"
    ),
    help="A bank of its own keeps its drafts apart from the quizzes students already take.",
)
running = running_for_scope(root, scope) is not None
if running:
    st.info(
        "The questions of this article are being generated; it can be saved again once that is done.",
        icon=":material/hourglass_top:",
    )
st.button(
    "Save the article and generate its questions",
    type="primary",
    key=f"{scope}-save",
    disabled=running,
    icon=":material/auto_awesome:",
    on_click=save_article,
    args=(root, article, scope, bank_name),
)

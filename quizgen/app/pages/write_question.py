"""Write a question by hand: pick the sentence it cites from an article, fill it in, see it as students will."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.bank_problems import valid_bank
from quizgen.app.teacher.preview import student_preview
from quizgen.app.teacher.question_editor import form_question, save_new_question
from quizgen.app.teacher.question_form import fill_form, question_fields
from quizgen.app.teacher.workspace import choose_bank
from quizgen.app.views.citation_card import article_excerpt
from quizgen.errors import NltkDataMissing, YamlInvalid
from quizgen.markdown_text import literal
from quizgen.quiz import QUESTION_TYPE_NAMES
from quizgen.review import article_texts, citable_articles, citation_of
from quizgen.review.edits import with_source

require_teacher()
st.set_page_config(layout="wide")
st.title(":material/add_circle: Write a question", anchor=False)
root = project_root()
opened = choose_bank(root, key="write-bank")
bank = valid_bank(opened)
articles = citable_articles(bank, root)
if not articles:
    st.info("There is no article to cite yet. Add one first.", icon=":material/article:")
    st.stop()

# NLTK is loaded only when a teacher writes a question (the students' pages never load it).
from quizgen.nlp.resources import missing_resources  # noqa: E402
from quizgen.nlp.sentences import split_sentences  # noqa: E402

if missing_resources():
    st.error(
        f"Sentences cannot be split here: {literal(str(NltkDataMissing(missing_resources())))}.",
        icon=":material/error:",
    )
    st.stop()

left, right = st.columns(2)
article = articles[
    left.selectbox(
        "Article the question comes from",
        range(len(articles)),
        key="write-article",
        format_func=lambda i: articles[i].source.title,
    )
]
question_type = str(
    right.selectbox(
        "Type of question", list(QUESTION_TYPE_NAMES), key="write-type", format_func=lambda t: QUESTION_TYPE_NAMES[t]
    )
)
sentences = split_sentences(article)
if not sentences:
    st.warning("This article has no sentences a question could cite.", icon=":material/warning:")
    st.stop()
sentence = sentences[
    st.selectbox(
        "The sentence that backs the answer (students see it as the source)",
        range(len(sentences)),
        key=f"write-sentence-{article.source.id}",
        format_func=lambda i: f"{i + 1}. {sentences[i].text[:160]}{'…' if len(sentences[i].text) > 160 else ''}",
    )
]
citation = citation_of(sentence)
with st.expander("The sentence in its article", icon=":material/menu_book:"):
    article_excerpt(article.source, citation, root, "write-article-view")

scope = f"write-{opened.path.name}-{question_type}"
fill_form(scope, None, question_type)
base = {
    "id": "q-new",
    "type": question_type,
    "citations": [citation.model_dump()],
    "status": "draft",
    "origin": "teacher",
}
fields, preview = st.columns(2, gap="large")
with fields:
    question_fields(scope, question_type)
    st.button(
        "Add the question",
        type="primary",
        key=f"{scope}-add",
        icon=":material/add:",
        on_click=save_new_question,
        args=(root, opened, base, article.source, article.text, scope),
    )
with preview:
    st.subheader("As students will see it", anchor=False)
    texts = {**article_texts(bank, root), article.source.id: article.text}
    live = form_question(scope, base, with_source(bank, article.source), texts)
    if isinstance(live, YamlInvalid):
        st.caption("The preview appears once the question is complete (Add shows what is missing).")
    else:
        student_preview(live, with_source(bank, article.source), root)

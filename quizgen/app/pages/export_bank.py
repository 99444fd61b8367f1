"""Export: a bank, or the questions of it a teacher chooses, as a file for Moodle, Anki, Quizlet or a spreadsheet."""

import time

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.bank_problems import valid_bank
from quizgen.app.teacher.workspace import choose_bank
from quizgen.errors import NothingToExport
from quizgen.export.run import FORMATS, export_bank, file_name
from quizgen.markdown_text import literal
from quizgen.review.filters import STATUSES

# What each format is for, as the teacher picks it.
_FOR = {
    "moodle-xml": "Moodle XML: Moodle's question bank, every setting kept (Import → Moodle XML format)",
    "gift": "GIFT: Moodle's text format, also read by many other quiz tools",
    "qti": "Canvas QTI (.zip): Canvas and other platforms that import QTI (Import course content → QTI)",
    "anki": "Anki deck (.apkg): flashcards that update when you export again",
    "kahoot": "Kahoot spreadsheet (.xlsx): multiple choice and true/false, in Kahoot's template",
    "quizlet": "Quizlet: paste into Create → Import (tab between term and definition)",
    "pdf": "Paper: a printable test (PDF), with lines for name, class and date",
    "pdf-key": "Paper: the test's answer key (PDF), each answer with its source",
    "csv": "CSV: a spreadsheet, one row per question",
    "json": "JSON: the bank's fields, for scripts",
}


def _sentence(text: str) -> str:
    """A message of the library's ('no question of …') as the start of a sentence."""
    return text[:1].upper() + text[1:]


require_teacher()
st.title(":material/ios_share: Export", anchor=False)
st.markdown(
    "Take questions to the tools your class already uses. Every question carries its source "
    "(outlet, article, date and the quoted sentence) into the file."
)
bank = valid_bank(choose_bank(project_root(), key="export-bank"))
name = st.selectbox("Format", list(FORMATS), format_func=lambda key: _FOR[key], key="export-format")
statuses = st.multiselect(
    "Questions with the status",
    STATUSES,
    default=["draft", "approved"],
    key="export-statuses",
    help="Rejected questions stay out unless you choose them.",
)
topics = sorted({topic for question in bank.questions for topic in question.topics}, key=str.casefold)
chosen_topics = st.multiselect(
    "Only these topics", topics, key="export-topics", placeholder="Every topic", disabled=not topics
)
if not statuses:
    st.info("Choose at least one status to export.", icon=":material/filter_alt:")
    st.stop()
try:
    done = export_bank(bank, name, statuses=statuses, topics=chosen_topics, timestamp=time.time())
except NothingToExport as nothing:
    st.info(f"{literal(_sentence(str(nothing)))}.", icon=":material/filter_alt_off:")
    st.stop()
fmt = FORMATS[name]
download_name = file_name(bank, name)
st.success(f"{literal(_sentence(done.summary()))}.", icon=":material/check_circle:")
st.download_button(
    f"Download {download_name}",
    data=done.data,
    file_name=download_name,
    mime=fmt.mime,
    icon=":material/download:",
    type="primary",
    key="export-download",
    on_click="ignore",
)
if done.skipped:
    st.markdown(f"**Left out** ({len(done.skipped)}): {literal(fmt.label)} cannot hold these questions.")
    st.dataframe(
        [{"Question": skipped.prompt, "Why": skipped.reason} for skipped in done.skipped],
        hide_index=True,
        use_container_width=True,
    )

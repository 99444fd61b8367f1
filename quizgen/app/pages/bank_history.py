"""A bank's history: the versions saved before, what changed between two, and restoring one."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.workspace import choose_bank, save_with
from quizgen.config import LIMITS
from quizgen.errors import QuizgenError
from quizgen.markdown_text import literal
from quizgen.storage import CURRENT, diff_versions, list_versions, restore_version

require_teacher()
st.title(":material/history: History", anchor=False)
st.markdown(
    f"Every save keeps the version it replaces; the last {LIMITS.history_versions} are kept. A restore is a save too, so it can be undone."
)
root = project_root()
opened = choose_bank(root, key="history-bank")
versions = list_versions(opened.path)
if not versions:
    st.info(
        "There are no earlier versions yet: the history starts with the first save from the app.",
        icon=":material/history:",
    )
    st.stop()


def label(version_id: str) -> str:
    if version_id == CURRENT:
        return "The bank now"
    version = by_id[version_id]
    count = "not a valid bank" if version.questions is None else f"{version.questions} questions"
    return f"{version.saved_at:%Y-%m-%d %H:%M:%S} UTC · {count} · {version.hash[:12]}"


by_id = {version.id: version for version in versions}
st.dataframe(
    [
        {
            "Saved (UTC)": f"{v.saved_at:%Y-%m-%d %H:%M:%S}",
            "Size (bytes)": v.size,
            "Questions": "not valid" if v.questions is None else str(v.questions),
            "Content hash": v.hash[:12],
        }
        for v in versions
    ],
    hide_index=True,
    key="history-table",
)

st.subheader("Compare two versions", anchor=False)
choices = [CURRENT, *by_id]
# The newest version that differs from the bank now: what the last change was.
before = next((i for i, v in enumerate(versions) if v.hash != opened.hash), 0)
older, newer = st.columns(2)
old = older.selectbox("From", choices, index=before + 1, key="history-from", format_func=label)
new = newer.selectbox("To", choices, index=0, key="history-to", format_func=label)
try:
    diff = diff_versions(opened.path, old, new)
except QuizgenError as error:
    st.error(f"Cannot compare them: {literal(str(error))}", icon=":material/error:")
else:
    if diff:
        st.caption("Lines starting with − were removed, lines starting with + were added.")
        st.code(diff, language="diff", height=420, wrap_lines=True)
    else:
        st.info("The two versions are the same.", icon=":material/drag_handle:")

st.subheader("Restore a version", anchor=False)
chosen = st.selectbox("Version", list(by_id), index=before, key="history-restore", format_func=label)
path = opened.path
st.button(
    "Restore this version",
    type="primary",
    key="history-restore-button",
    icon=":material/restore:",
    on_click=save_with,  # type: ignore[arg-type]  # Streamlit ignores what a callback returns
    args=(
        opened,
        lambda expected: restore_version(path, chosen, expected, root=root),
        f"Restored the version of {label(chosen)}.",
    ),
)

"""A bank's history: the versions saved before, what changed between two, and restoring one."""

import streamlit as st

from quizgen.app.shelf import project_root
from quizgen.app.teacher.access import require_teacher
from quizgen.app.teacher.workspace import choose_bank, save_with
from quizgen.config import LIMITS
from quizgen.errors import QuizgenError
from quizgen.markdown_text import literal
from quizgen.storage import CURRENT, describe_change, diff_versions, list_versions, read_version, restore_version

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


def _restore(version_id: str) -> None:
    st.session_state.pop("history-confirm", None)
    save_with(
        opened,
        lambda expected: restore_version(opened.path, version_id, expected, root=root),
        f"Restored the version of {label(version_id)}.",
    )


def label(version_id: str) -> str:
    if version_id == CURRENT:
        return "The bank now"
    version = by_id[version_id]
    count = "not a valid bank" if version.questions is None else f"{version.questions} questions"
    return f"{version.saved_at:%Y-%m-%d %H:%M:%S} UTC · {count} · {version.hash[:12]}"


def changes() -> list[str]:
    """What each version changed from the one before it (versions are newest first; the oldest kept has none)."""
    try:
        texts = [read_version(opened.path, v.id) for v in versions]
    except QuizgenError:
        return ["" for _ in versions]
    return [describe_change(texts[i + 1], texts[i]) if i + 1 < len(texts) else "" for i in range(len(texts))]


by_id = {version.id: version for version in versions}
st.dataframe(
    [
        {
            "Saved (UTC)": f"{v.saved_at:%Y-%m-%d %H:%M:%S}",
            "Questions": "not valid" if v.questions is None else str(v.questions),
            "Changed": change,
            "Size (bytes)": v.size,
            "Content hash": v.hash[:12],
        }
        for v, change in zip(versions, changes(), strict=True)
    ],
    hide_index=True,
    key="history-table",
)
st.caption("Each row is the bank as a save left it; *Changed* says what changed from the row below.")

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
asking = st.session_state.get("history-confirm") == (str(path), chosen)
if not asking:
    st.button(
        "Restore this version…",
        type="primary",
        key="history-restore-button",
        icon=":material/restore:",
        on_click=lambda: st.session_state.update({"history-confirm": (str(path), chosen)}),
    )
else:
    try:
        change = describe_change(read_version(path, CURRENT), read_version(path, chosen))
    except QuizgenError:
        change = ""
    now = f"{len(opened.bank.questions)} questions" if opened.bank else "not a valid bank"
    st.warning(
        f"Restore the version of {label(chosen)}? It replaces the bank now ({now})"
        f"{f'; compared with the bank now: {change}' if change else ''}. The bank now stays in the history, "
        "so a restore can be undone.",
        icon=":material/warning:",
    )
    yes, no = st.columns(2)
    yes.button(
        "Yes, restore it",
        type="primary",
        key="history-restore-confirm",
        icon=":material/restore:",
        on_click=_restore,
        args=(chosen,),
    )
    no.button("Cancel", key="history-restore-cancel", on_click=lambda: st.session_state.pop("history-confirm", None))

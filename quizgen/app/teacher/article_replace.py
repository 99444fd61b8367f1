"""Replacing an article already added (a corrected copy, say): the banks that cite it follow its new text.

A question whose cited sentence is gone from the new text is flagged and kept, never deleted, and each
bank's history keeps the version from before, so History says what changed.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import streamlit as st

from ...config import ARTICLES
from ...corpus import load_corpus, read_upload
from ...errors import QuizgenError
from ...markdown_text import literal
from ...review.replacing import Followed, replace_and_follow
from ...storage import find_banks
from ..shelf import BANKS_FOLDER
from .access import teacher_only
from .workspace import forget, notify

__all__ = ["replace_section"]

_CHOSEN = "replace-article"
_UPLOAD = "replace-upload"
_CONFIRM = "replace-confirm"


def replace_section(root: Path) -> None:
    """An expander to pick an article in seeds/, upload its new text, and replace it after a confirmation."""
    articles = load_corpus(root / ARTICLES.folder, root=root).articles
    if not articles:
        return
    titles = {PurePosixPath(a.source.path).name: a.source.title for a in articles}
    with st.expander("Replace an article already added", icon=":material/find_replace:"):
        st.caption(
            "Upload a corrected copy of an article. Questions whose sentence is still in it follow it; "
            "those whose sentence is gone are flagged “Source changed” for you to review, never deleted."
        )
        name = st.selectbox("Article to replace", list(titles), key=_CHOSEN, format_func=lambda n: f"{titles[n]} ({n})")
        upload = st.file_uploader("Its new text", type=["txt", "md"], key=_UPLOAD)
        if upload is None:
            return
        if not st.session_state.get(_CONFIRM):
            st.button("Replace the article…", key="replace-ask", icon=":material/find_replace:", on_click=_ask)
            return
        st.warning(
            f"Replace the text of “{literal(titles[name])}” with {literal(upload.name)}? The old text is not kept.",
            icon=":material/find_replace:",
        )
        sure = st.container(horizontal=True)
        sure.button(
            "Yes, replace it", type="primary", key="replace-yes", on_click=_replace, args=(root, name, titles[name])
        )
        sure.button("Cancel", key="replace-no", on_click=lambda: st.session_state.pop(_CONFIRM, None))


def _ask() -> None:
    st.session_state[_CONFIRM] = True


@teacher_only
def _replace(root: Path, name: str, title: str) -> None:
    st.session_state.pop(_CONFIRM, None)
    upload = st.session_state.get(_UPLOAD)
    if upload is None:
        return
    banks = find_banks([root / BANKS_FOLDER]) if (root / BANKS_FOLDER).is_dir() else []
    try:
        article = read_upload(upload.name, upload.getvalue())
        _, followed = replace_and_follow(root, banks, name, article.text)
    except QuizgenError as error:
        notify("error", f"Nothing was replaced: {literal(str(error))}")
        return
    for bank in followed:
        forget(bank.name)
    notify("warning" if any(f.flagged or f.problem for f in followed) else "success", replaced(title, followed))


def replaced(title: str, followed: list[Followed]) -> str:
    """What replacing the article titled `title` did, bank by bank, in words."""
    lines = [f"Replaced the text of “{literal(title)}”."]
    if not followed:
        lines.append("No question bank cites it.")
    for bank in followed:
        if bank.problem:
            lines.append(f"- {literal(bank.name)}: not changed ({literal(bank.problem)}).")
            continue
        moved = f"{bank.moved} question{'s' if bank.moved != 1 else ''} now cite where their sentence moved"
        flagged = f"{bank.flagged} flagged “Source changed” (their sentence is gone; review them)"
        lines.append(f"- {literal(bank.name)}: {moved}; {flagged}.")
    return lines[0] + "\n\n" + "\n".join(lines[1:])

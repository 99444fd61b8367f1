"""Replacing an article already added (a corrected copy, say) or deleting it: the banks that cite it follow.

A question whose cited sentence is gone (from the new text, or with the article) is flagged and kept,
never deleted, and each bank's history keeps the version from before, so History says what changed.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import streamlit as st

from ...config import ARTICLES
from ...corpus import load_corpus, read_upload
from ...errors import QuizgenError
from ...markdown_text import literal
from ...review.replacing import Followed, delete_and_flag, replace_and_follow
from ...storage import find_banks
from ..shelf import BANKS_FOLDER
from .access import teacher_only
from .workspace import forget, notify

__all__ = ["article_changes"]

_CHOSEN = "replace-article"
_UPLOAD = "replace-upload"
_CONFIRM = "replace-confirm"  # "replace" or "delete": the change waiting for a yes


def article_changes(root: Path) -> None:
    """An expander to pick an article in seeds/ and replace its text or delete it, each after a confirmation."""
    articles = load_corpus(root / ARTICLES.folder, root=root).articles
    if not articles:
        return
    titles = {PurePosixPath(a.source.path).name: a.source.title for a in articles}
    with st.expander("Replace or delete an article already added", icon=":material/find_replace:"):
        st.caption(
            "Questions whose sentence is still in the new text follow it; those whose sentence is gone, or whose "
            "article is deleted, are flagged “Source changed” for you to review, never deleted."
        )
        name = st.selectbox("Article", list(titles), key=_CHOSEN, format_func=lambda n: f"{titles[n]} ({n})")
        upload = st.file_uploader("Its new text, to replace it", type=["txt", "md"], key=_UPLOAD)
        waiting = st.session_state.get(_CONFIRM)
        if waiting is None:
            buttons = st.container(horizontal=True)
            if upload is not None:
                buttons.button(
                    "Replace the article…",
                    key="replace-ask",
                    icon=":material/find_replace:",
                    on_click=_ask,
                    args=("replace",),
                )
            buttons.button(
                "Delete the article…", key="delete-ask", icon=":material/delete:", on_click=_ask, args=("delete",)
            )
            return
        title = literal(titles[name])
        if waiting == "replace" and upload is not None:
            question = f"Replace the text of “{title}” with {literal(upload.name)}? The old text is not kept."
        else:
            question = f"Delete “{title}” and its catalog entry? The questions citing it are flagged, not deleted."
        st.warning(question, icon=":material/help:")
        sure = st.container(horizontal=True)
        sure.button(
            "Yes, replace it" if waiting == "replace" else "Yes, delete it",
            type="primary",
            key=f"{waiting}-yes",
            on_click=_change,
            args=(root, name, titles[name], waiting),
        )
        sure.button("Cancel", key=f"{waiting}-no", on_click=lambda: st.session_state.pop(_CONFIRM, None))


def _ask(change: str) -> None:
    st.session_state[_CONFIRM] = change


@teacher_only
def _change(root: Path, name: str, title: str, change: str) -> None:
    st.session_state.pop(_CONFIRM, None)
    upload = st.session_state.get(_UPLOAD)
    banks = find_banks([root / BANKS_FOLDER]) if (root / BANKS_FOLDER).is_dir() else []
    try:
        if change == "delete":
            _, followed = delete_and_flag(root, banks, name)
            done = f"Deleted “{literal(title)}”."
        elif upload is not None:
            article = read_upload(upload.name, upload.getvalue())
            _, followed = replace_and_follow(root, banks, name, article.text)
            done = f"Replaced the text of “{literal(title)}”."
        else:
            return
    except QuizgenError as error:
        notify("error", f"Nothing was {'deleted' if change == 'delete' else 'replaced'}: {literal(str(error))}")
        return
    for bank in followed:
        forget(bank.name)
    notify("warning" if any(f.flagged or f.problem for f in followed) else "success", said(done, followed))


def said(done: str, followed: list[Followed]) -> str:
    """`done`, then what the change did to each bank citing the article, in words."""
    lines = ["No question bank cites it."] if not followed else []
    for bank in followed:
        if bank.problem:
            lines.append(f"- {literal(bank.name)}: not changed ({literal(bank.problem)}).")
            continue
        parts = [f"{bank.flagged} question{'s' if bank.flagged != 1 else ''} flagged “Source changed” (review them)"]
        if bank.moved:
            parts.append(f"{bank.moved} now cite where their sentence moved")
        lines.append(f"- {literal(bank.name)}: {'; '.join(parts)}.")
    return done + "\n\n" + "\n".join(lines)

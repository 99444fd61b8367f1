"""The bank a teacher is working on: which one, as opened (with the hash to save against), and saving it.

Every save goes through `quizgen.storage.editing`: it is refused, with a message and a
way to reload, when the file changed since it was opened (another teacher, or a hand
edit); it is refused when the result would not be a valid bank; it keeps history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st

from ...errors import BankBusy, BankConflict, FileRejected, QuizgenError, YamlInvalid
from ...markdown_text import literal
from ...models import Bank
from ...storage import Opened, content_hash, dump_bank, find_banks, open_bank, save_edited, save_text
from ..shelf import BANKS_FOLDER, load_shelf
from .access import teacher_only

__all__ = [
    "alert",
    "bank_path",
    "choose",
    "choose_bank",
    "forget",
    "notify",
    "opened_bank",
    "reopen",
    "save_bank_edit",
    "save_new_bank",
    "save_with",
    "show_notices",
]

_CHOSEN = "teacher-bank"
_OPENED = "teacher-opened"
_NOTICE = "teacher-notice"
_NOTICE_KINDS = {
    "success": (st.success, ":material/check_circle:"),
    "warning": (st.warning, ":material/warning:"),
    "error": (st.error, ":material/error:"),
}
_CONFLICT = "teacher-conflict"


def bank_path(root: Path, name: str) -> Path:
    """Where the bank file `name` lives."""
    return root / BANKS_FOLDER / name


def choose_bank(root: Path, *, key: str) -> Opened:
    """The bank picker (remembered across the teacher pages), what the last save said, and the chosen bank as opened."""
    folder = root / BANKS_FOLDER
    names = [path.name for path in find_banks([folder])] if folder.is_dir() else []
    if not names:
        st.info(f"There are no question banks in {literal(str(folder))} yet.", icon=":material/inbox:")
        st.stop()
    shelf = load_shelf(root)
    chosen = st.session_state.get(_CHOSEN)
    # The choice is shared by every teacher page, so each page's picker starts from it.
    st.session_state[key] = chosen if chosen in names else names[0]
    st.selectbox(
        "Question bank",
        names,
        key=key,
        on_change=_choose_from,
        args=(key,),
        format_func=lambda name: (
            f"{shelf.banks[name].bank.title} ({name})" if name in shelf.banks else f"{name} (has problems)"
        ),
    )
    name = st.session_state[key]
    choose(name)
    opened = opened_bank(root, name)
    show_notices()
    _stale_notice(root, opened)
    return opened


@teacher_only
def _choose_from(key: str) -> None:
    if key in st.session_state:
        choose(st.session_state[key])


def choose(name: str) -> None:
    """Make the bank file `name` the one every teacher page shows."""
    st.session_state[_CHOSEN] = name


def forget(name: str) -> None:
    """Drop this session's copy of the bank, so that it is opened afresh (after a conflict, or to discard)."""
    reopen(name)
    st.session_state.pop(_CONFLICT, None)


def reopen(name: str) -> None:
    """Open the bank afresh the next time it is shown (it was saved outside this session)."""
    st.session_state.get(_OPENED, {}).pop(name, None)


def save_bank_edit(root: Path, opened: Opened, bank: Bank, done: str) -> bool:
    """Save an edited bank against the hash it was opened with; say `done` or why nothing was saved."""
    text = dump_bank(bank)

    def write(expected: str | None) -> Opened:
        new_hash = save_edited(opened.path, bank, expected, root=root)
        return Opened(opened.path, text, new_hash, bank)

    return bool(save_with(opened, write, done))


def save_new_bank(root: Path, path: Path, bank: Bank, done: str) -> bool:
    """Save `bank` as a new file at `path` (refused if the name is taken); say `done` or why nothing was saved."""
    text = dump_bank(bank)
    return bool(
        save_with(Opened(path, text, None, None), lambda expected: save_text(path, text, expected, root=root), done)
    )


@teacher_only
def save_with(opened: Opened, write: Callable[[str | None], Opened | str], done: str) -> bool:
    """Run one save (`write(expected_hash)`, returning the new Opened or a new hash) and report how it went.

    `opened.hash` None means a new bank, which must not exist yet."""
    try:
        result = write(opened.hash)
    except BankConflict as error:
        if opened.hash is None:  # a new bank whose name is taken
            notify("error", f"Nothing was saved: {literal(str(error))}")
        else:
            st.session_state[_CONFLICT] = (opened.path.name, str(error))
        return False
    except YamlInvalid as error:
        lines = "\n".join(f"- {literal(str(p))}" for p in error.problems[:20])
        notify("error", f"Nothing was saved: the bank would not be valid.\n\n{lines}")
        return False
    except (BankBusy, FileRejected) as error:
        notify("error", f"Nothing was saved: {literal(str(error))}")
        return False
    st.session_state.setdefault(_OPENED, {})[opened.path.name] = (
        result if isinstance(result, Opened) else open_bank(opened.path)
    )
    st.session_state.pop(_CONFLICT, None)
    notify("success", done)
    return True


def show_notices() -> None:
    """What the last save said: done, refused (with a way to reload), or failed.

    They are drawn in one container, there or not, so that the page below keeps its shape (and the
    browser keeps the teacher's focus and scroll position) when a notice comes or goes."""
    with st.container():
        _notices()


def _notices() -> None:
    conflict = st.session_state.get(_CONFLICT)
    if conflict:
        name, _ = conflict
        st.error(
            f"**Nothing was saved:** {literal(name)} was changed by someone else, or by hand, since you opened it. "
            "Reload it to see those changes, then make your change again; what you typed in the form is kept.",
            icon=":material/sync_problem:",
        )
        st.button(
            "Reload the bank",
            key="teacher-reload-after-conflict",
            icon=":material/refresh:",
            on_click=forget,
            args=(name,),
        )
    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        alert(*notice)


def alert(kind: str, message: str) -> None:
    """Show `message` now as a "success", "warning" or "error" box, with its icon."""
    show, icon = _NOTICE_KINDS[kind]
    show(message, icon=icon)


def notify(kind: str, message: str) -> None:
    """Say `message` ("success", "warning" or "error") at the top of the next run of the page."""
    st.session_state[_NOTICE] = (kind, message)


def opened_bank(root: Path, name: str) -> Opened:
    """The bank `name` as this session opened it (opening it now if it has not yet)."""
    cache: dict[str, Opened] = st.session_state.setdefault(_OPENED, {})
    if name not in cache:
        try:
            cache[name] = open_bank(bank_path(root, name), root=root)
        except QuizgenError as error:
            st.error(f"This bank cannot be opened: {literal(str(error))}", icon=":material/error:")
            st.stop()
    return cache[name]


def _stale_notice(root: Path, opened: Opened) -> None:
    """Say so when the file on disk is no longer the one opened (the next save would be refused)."""
    if st.session_state.get(_CONFLICT):
        return
    try:
        current = content_hash(opened.path.read_bytes())
    except OSError:
        current = None
    if current != opened.hash:
        st.info(
            "This bank has changed on disk since you opened it (another teacher saved it, or it was edited by hand).",
            icon=":material/sync:",
        )
        st.button(
            "Reload the bank",
            key="teacher-reload-stale",
            icon=":material/refresh:",
            on_click=forget,
            args=(opened.path.name,),
        )

"""What a teacher does to a bank with one button, saved at once (as widget callbacks)."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import streamlit as st

from ...review import remove_question, set_approved_only, set_status
from ...storage import Opened
from .access import teacher_only
from .workspace import save_bank_edit

__all__ = [
    "CHOSEN_QUESTION",
    "EDIT_CHOOSER",
    "approve_and_next",
    "change_status",
    "delete_question",
    "serve_approved_only",
]

# The question the edit page shows, as picked on the review page, and the edit page's own chooser.
CHOSEN_QUESTION = "teacher-question"
EDIT_CHOOSER = "edit-question"

_DONE = {"approved": "Approved", "rejected": "Rejected", "draft": "Put back to draft"}


@teacher_only
def change_status(root: Path, opened: Opened, question_ids: Collection[str], status: str) -> None:
    """Approve, reject or restore (to draft) these questions, and save."""
    assert opened.bank is not None
    count = len(question_ids)
    what = "1 question" if count == 1 else f"{count} questions"
    save_bank_edit(root, opened, set_status(opened.bank, question_ids, status), f"{_DONE[status]}: {what}.")


@teacher_only
def approve_and_next(root: Path, opened: Opened, question_id: str, next_id: str) -> None:
    """Approve the question and, once it is saved, open the next draft in the editor."""
    assert opened.bank is not None
    if save_bank_edit(root, opened, set_status(opened.bank, [question_id], "approved"), "Approved: 1 question."):
        st.session_state[CHOSEN_QUESTION] = st.session_state[EDIT_CHOOSER] = next_id


@teacher_only
def delete_question(root: Path, opened: Opened, question_id: str) -> None:
    """Remove one question from the bank, and save (the bank's history keeps it)."""
    assert opened.bank is not None
    if save_bank_edit(
        root, opened, remove_question(opened.bank, question_id), "Deleted the question. History can bring it back."
    ):
        st.session_state.pop(CHOSEN_QUESTION, None)


@teacher_only
def serve_approved_only(root: Path, opened: Opened, key: str) -> None:
    """Save the bank's `approved_only` setting from the toggle `key`."""
    assert opened.bank is not None
    value = bool(st.session_state[key])
    done = (
        "Students now see only approved questions."
        if value
        else "Students now see every question that is not rejected."
    )
    save_bank_edit(root, opened, set_approved_only(opened.bank, value), done)

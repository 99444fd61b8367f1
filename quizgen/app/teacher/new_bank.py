"""Saving a new bank made from a selection, never over an existing one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import streamlit as st

from ...errors import YamlInvalid
from ...markdown_text import literal
from ...models import Bank
from ...review import bank_file_name, bank_from_selection
from .workspace import bank_path, notify, save_new_bank

__all__ = ["create_bank"]


def create_bank(root: Path, bank: Bank, question_ids: Sequence[str]) -> None:
    """Make the bank from the new-bank form's title, description and setting, leaving the chosen bank as it was."""
    state = st.session_state
    try:
        new = bank_from_selection(
            bank,
            question_ids,
            title=state.get("new-bank-title", ""),
            description=state.get("new-bank-description", ""),
            approved_only=bool(state.get("new-bank-approved-only", True)),
        )
    except YamlInvalid as error:
        notify("error", "Nothing was saved: " + "; ".join(literal(f"{p.field}: {p.message}") for p in error.problems))
        return
    path = bank_path(root, bank_file_name(new.title))
    save_new_bank(
        root,
        path,
        new,
        f"Created {literal(path.name)} with {len(new.questions)} questions. Students can take it now; "
        "choose it as the question bank here to work on it.",
    )

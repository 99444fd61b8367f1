"""What is wrong with a bank that does not validate, line by line, and where to repair it."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from ...models import Bank
from ...storage import Opened
from ..navigation import teacher_page

__all__ = ["bank_problems", "valid_bank"]


def bank_problems(opened: Opened, *, link: bool = True) -> None:
    """The file:line problems of an invalid bank; students do not see it until it is repaired."""
    count = len(opened.problems)
    st.error(
        f"**This bank is not valid** ({count} problem{'s' if count != 1 else ''}), so students do not see it. "
        "Nothing in it has been changed.",
        icon=":material/error:",
    )
    # A code block shows the file's own words exactly, whatever they hold.
    shown = f"{opened.path.parent.name}/{opened.path.name}"  # as `python -m quizgen validate` names it
    st.code("\n".join(str(replace(p, file=shown)) for p in opened.problems), language=None, wrap_lines=True)
    if link:
        st.page_link(teacher_page("yaml"), label="Repair it in the YAML editor", icon=":material/code:")


def valid_bank(opened: Opened) -> Bank:
    """The opened bank; if it is not valid, its problems and a link to repair it, and the page stops."""
    if opened.bank is None:
        bank_problems(opened)
        st.stop()
    return opened.bank

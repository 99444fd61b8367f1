"""Saving what a teacher typed into a question's form: checked like the bank checks itself, or nothing saved."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import streamlit as st

from ...errors import Problem, YamlInvalid
from ...markdown_text import literal
from ...models import Bank, Question, Source
from ...review import article_texts, checked_question, insert_question, replace_question, source_gap
from ...review.edits import with_content_id, with_source
from ...storage import Opened
from .actions import CHOSEN_QUESTION
from .question_form import clear_form, form_data, set_problems
from .workspace import notify, save_bank_edit

__all__ = ["form_question", "save_form", "save_new_question"]


def form_question(scope: str, base: Mapping[str, Any], bank: Bank, texts: Mapping[str, str]) -> Question | YamlInvalid:
    """The question the form now describes (on top of `base`: id, type, citations...), or what is wrong with it."""
    try:
        return checked_question(bank, form_data(scope, dict(base)), texts)
    except YamlInvalid as error:
        return error


def save_form(root: Path, opened: Opened, question: Question, scope: str) -> None:
    """Save the edited question (as the teacher's); if it is not valid, show why beside the fields and save nothing."""
    assert opened.bank is not None
    edited = _checked(scope, form_question(scope, question.model_dump(), opened.bank, article_texts(opened.bank, root)))
    if edited is None:
        return
    if edited == question:
        notify("success", "Nothing to save: the question is as it was.")
        return
    done = "Saved your changes."
    if save_bank_edit(root, opened, replace_question(opened.bank, question.id, edited), done):
        _warn_if_unbacked(edited, done)


def save_new_question(root: Path, opened: Opened, base: dict[str, Any], source: Source, text: str, scope: str) -> None:
    """Add the question the form describes, citing `source` (whose article `text` is), as a teacher's draft."""
    assert opened.bank is not None
    bank = with_source(opened.bank, source)
    texts = {**article_texts(opened.bank, root), source.id: text}
    written = _checked(scope, form_question(scope, base, bank, texts))
    if written is None:
        return
    written = with_content_id(written)
    try:
        bank = insert_question(bank, written)
    except YamlInvalid as error:
        _checked(scope, error)
        return
    done = "Added the question as a draft. It is in the review list and the editor."
    if save_bank_edit(root, opened, bank, done):
        _warn_if_unbacked(written, done)
        clear_form(scope)
        st.session_state[CHOSEN_QUESTION] = written.id


def _checked(scope: str, result: Question | YamlInvalid) -> Question | None:
    if isinstance(result, YamlInvalid):
        set_problems(scope, result.problems)
        notify("error", "Nothing was saved: fix what is marked beside the fields.")
        return None
    gap = source_gap(result)
    if gap is not None and gap.refused:
        return _checked(scope, YamlInvalid([Problem("question", None, gap.field, gap.told)]))
    set_problems(scope, [])
    return result


def _warn_if_unbacked(question: Question, done: str) -> None:
    """After a save, say so if the question's answer is not in the sentence it cites (allowed for typed answers)."""
    gap = source_gap(question)
    if gap is not None:
        notify("warning", f"{done} Check the answer: {literal(gap.told)}.")

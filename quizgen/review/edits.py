"""A teacher's changes to a bank. Each returns a new bank and leaves every other question as it was.

An edited question is marked `origin: teacher`, so regenerating the bank keeps it
(approving and rejecting count as a teacher's work already). Edits are checked the
way the bank checks itself: the question models and the citation checks against the
article texts, with problems named by the question's own field (`answer`, `choices[1]`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import Any

from ..errors import Problem, YamlInvalid
from ..models import ARTICLE_TEXTS, Bank, Question, Source
from ..storage import parse_model

__all__ = [
    "checked_question",
    "field_name",
    "insert_question",
    "remove_question",
    "replace_question",
    "set_approved_only",
    "set_status",
    "with_content_id",
    "with_source",
]

_IN_PROBE = re.compile(r"^questions\[0\]\.?")
_TOP_FIELD = re.compile(r"^[a-z_]+")


def checked_question(
    bank: Bank, data: Mapping[str, Any], texts: Mapping[str, str], *, name: str = "question"
) -> Question:
    """`data` (one question as plain data) validated as a question of `bank`, citations checked against `texts`.

    Raises YamlInvalid whose problems' `field` is the question's field, such as `answer` or `choices[1]`.
    """
    probe = {"title": bank.title, "sources": [s.model_dump() for s in bank.sources], "questions": [dict(data)]}
    try:
        return parse_model(Bank, probe, "", name, context={ARTICLE_TEXTS: dict(texts)}).questions[0]
    except YamlInvalid as error:
        raise YamlInvalid([replace(p, line=None, field=_IN_PROBE.sub("", p.field)) for p in error.problems]) from None


def field_name(problem: Problem) -> str:
    """The top-level question field a problem is about (`choices` for `choices[1]`; "" for the whole question)."""
    found = _TOP_FIELD.match(problem.field)
    return found.group(0) if found else ""


def replace_question(bank: Bank, question_id: str, question: Question) -> Bank:
    """The bank with the question `question_id` replaced; a changed question becomes the teacher's."""
    questions = list(bank.questions)
    index = _index(bank, question_id)
    if question != questions[index]:
        question = question.model_copy(update={"origin": "teacher"})
    questions[index] = question
    return bank.model_copy(update={"questions": questions})


def insert_question(bank: Bank, question: Question, source: Source | None = None) -> Bank:
    """The bank with a new question at the end (and the article it cites, if the bank lacks it).

    Raises YamlInvalid if the bank already holds a question with that id (the same question)."""
    if any(q.id == question.id for q in bank.questions):
        raise YamlInvalid([Problem("question", None, "prompt", "the bank already has this very question")])
    bank = with_source(bank, source) if source is not None else bank
    return bank.model_copy(update={"questions": [*bank.questions, question]})


def with_source(bank: Bank, source: Source) -> Bank:
    """The bank listing `source` among its articles (unchanged if it has a source with that id)."""
    if bank.source(source.id) is not None:
        return bank
    return bank.model_copy(update={"sources": [*bank.sources, source]})


def set_status(bank: Bank, question_ids: Collection[str], status: str) -> Bank:
    """The bank with these questions set to `status` (draft, approved or rejected)."""
    if status not in ("draft", "approved", "rejected"):
        raise ValueError(f"unknown status {status!r}")
    wanted = set(question_ids)
    questions = [q.model_copy(update={"status": status}) if q.id in wanted else q for q in bank.questions]
    return bank.model_copy(update={"questions": questions})


def remove_question(bank: Bank, question_id: str) -> Bank:
    """The bank without the question `question_id` (the articles it cited stay listed)."""
    _index(bank, question_id)
    return bank.model_copy(update={"questions": [q for q in bank.questions if q.id != question_id]})


def set_approved_only(bank: Bank, approved_only: bool) -> Bank:
    """The bank serving students only approved questions, or every question not rejected."""
    return bank.model_copy(update={"approved_only": approved_only})


def with_content_id(question: Question) -> Question:
    """The question with its id set to the hash of its content, as generated questions have."""
    from ..generator.assemble import question_id  # the generator brings NLTK; only adding a question needs it

    return question.model_copy(update={"id": question_id(question)})


def _index(bank: Bank, question_id: str) -> int:
    for index, question in enumerate(bank.questions):
        if question.id == question_id:
            return index
    raise KeyError(f"the bank has no question {question_id}")

"""GIFT, the text format Moodle (and many tools that read it) imports questions from.

Text is written in GIFT's `[html]` format: HTML's `& < >` are escaped, then GIFT's own
`~ = # { } :` and the backslash, so a prompt that holds them reads exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..numbers import exact_number
from .base import explanation_and_sources, html_lines
from .moodle import category_name, short_answer

if TYPE_CHECKING:
    from ..models import Bank, Question

__all__ = ["Body", "choices", "document", "exact", "number", "plain", "question", "text"]

_SPECIAL = re.compile(r"([~=#{}:\\])")
_TAG_UNSAFE = re.compile(r"[\]\[\n]")
_MIN_CATEGORY = "$course$/top"


@dataclass(frozen=True)
class Body:
    """A type's part of one GIFT question: the stem as plain text and the answer block's GIFT text."""

    stem: str
    answers: str


def text(value: str) -> str:
    """Plain text as GIFT `[html]` text that reads back as `value`."""
    return _SPECIAL.sub(r"\\\1", html_lines(value))


def plain(value: str) -> str:
    """Text Moodle keeps as plain text (a matching question's answers): only GIFT's own characters escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(value.split()))


def choices(items: Iterable[str], key: str) -> str:
    """'=Xi Jinping ~Li Qiang ~Kim Jong-un': the key marked right, the others wrong."""
    return " ".join(_marked(text(item), right=item == key) for item in items)


def exact(answers: Iterable[str]) -> str:
    """'=Beijing =Peking': typed answers that are all right, as Moodle compares them (plain text, `*` literal)."""
    return " ".join(_marked(plain(short_answer(answer)), right=True) for answer in answers)


def _marked(answer: str, *, right: bool) -> str:
    """'=' or '~' before an answer; one that starts with '%' gets its weight written out, or Moodle would
    read '%25% of voters' as a weight of 25%."""
    weight = ("%100%" if right else "%0%") if answer.startswith("%") else ""
    return ("=" if right else "~") + weight + answer


def number(value: float, tolerance: float) -> str:
    """'#240:0': a numerical answer and how far from it still counts."""
    return f"#{exact_number(value)}:{exact_number(tolerance)}"


def question(bank: Bank, question: Question, body: Body) -> str:
    """One question: its id and topics as the comment Moodle reads them from, title, stem, answers, feedback."""
    tags = "".join(f" [tag:{_TAG_UNSAFE.sub(' ', topic)}]" for topic in question.topics)
    feedback = text("\n\n".join(explanation_and_sources(bank, question)))
    return (
        f"// [id:{question.id}]{tags}\n::{text(question.id)}::[html]{text(body.stem)}{{{body.answers} ####{feedback}}}"
    )


def document(bank: Bank, questions: Iterable[str]) -> str:
    """The file: the bank as a category of its own, then the questions, a blank line between each."""
    category = f"{_MIN_CATEGORY}/{category_name(bank.title)}"
    return "\n\n".join([f"$CATEGORY: {category}", *questions]) + "\n"

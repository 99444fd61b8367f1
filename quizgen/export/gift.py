"""GIFT, the text format Moodle (and many tools that read it) imports questions from.

Text is written in GIFT's `[html]` format: HTML's `& < >` are escaped, then GIFT's own
`~ = # { } :` and the backslash, so a prompt that holds them reads exactly as written.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Bank, Question
from .base import explanation_and_sources, plain_number

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
    escaped = html.escape(value, quote=False).replace("\r\n", "\n").replace("\n", "<br>")
    return _SPECIAL.sub(r"\\\1", escaped)


def plain(value: str) -> str:
    """Text Moodle keeps as plain text (a matching question's answers): only GIFT's own characters escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(value.split()))


def choices(items: Iterable[str], key: str) -> str:
    """'=Xi Jinping ~Li Qiang ~Kim Jong-un': the key marked right, the others wrong."""
    return " ".join(("=" if item == key else "~") + text(item) for item in items)


def exact(answers: Iterable[str]) -> str:
    """'=Beijing =Peking': typed answers that are all right."""
    return " ".join("=" + text(answer) for answer in answers)


def number(value: float, tolerance: float) -> str:
    """'#240:0': a numerical answer and how far from it still counts."""
    return f"#{plain_number(value)}:{plain_number(tolerance)}"


def question(bank: Bank, question: Question, body: Body) -> str:
    """One question: its id and topics as the comment Moodle reads them from, title, stem, answers, feedback."""
    tags = "".join(f" [tag:{_TAG_UNSAFE.sub(' ', topic)}]" for topic in question.topics)
    feedback = text("\n\n".join(explanation_and_sources(bank, question)))
    return (
        f"// [id:{question.id}]{tags}\n::{text(question.id)}::[html]{text(body.stem)}{{{body.answers} ####{feedback}}}"
    )


def document(bank: Bank, questions: Iterable[str]) -> str:
    """The file: the bank as a category of its own, then the questions, a blank line between each."""
    category = f"{_MIN_CATEGORY}/{bank.title.replace('/', '//')}"
    return "\n\n".join([f"$CATEGORY: {category}", *questions]) + "\n"

"""Canvas (and the other platforms that import QTI): a QTI package built by text2qti from its quiz text.

text2qti reads a plain-text quiz (`1.  question`, `*a) right choice`, `=   number +- tolerance`,
`... feedback`) and writes the QTI zip Canvas imports. Text goes in escaped: HTML's `& < >` as
entities, and every character its Markdown or its LaTeX (`$`) would read with a backslash.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..numbers import exact_number
from .base import Unfit, explanation_and_sources

if TYPE_CHECKING:
    from ..models import Bank, Question


__all__ = ["Body", "choices", "exact", "number", "package", "question", "text"]

# text2qti's numbers: four decimals, and no accepted value nearer zero than this.
_DECIMALS = 4
_SMALLEST = 0.0001
# The characters Markdown reads a backslash escape for, its smart quotes, and text2qti's `$` (LaTeX).
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+\-.!$\"'])")


@dataclass(frozen=True)
class Body:
    """A type's part of one text2qti question: its stem (plain text) and the lines after the feedback."""

    stem: str
    lines: list[str]


def text(value: str) -> str:
    """Plain text as text2qti quiz text that shows exactly `value`, on one line."""
    escaped = html.escape(_MARKUP.sub(r"\\\1", value), quote=False)
    return "<br>".join(" ".join(line.split()) for line in escaped.splitlines())


def choices(items: Iterable[str], key: str) -> list[str]:
    """'*a) Xi Jinping', 'b) Li Qiang': the key marked right."""
    return [
        f"{'*' if item == key else ''}{letter}) {text(item)}"
        for letter, item in zip(string.ascii_lowercase, items, strict=False)
    ]


def exact(answers: Iterable[str]) -> list[str]:
    """'*   Beijing': typed answers that are all right (text2qti keeps them as written, so no escapes)."""
    return [f"*   {' '.join(answer.split())}" for answer in answers]


def number(value: float, tolerance: float) -> list[str]:
    """'=   240 +- 2.5': a number and how far from it still counts; Unfit for what text2qti cannot write
    exactly (it keeps four decimals, and every value it accepts must be at least 0.0001 from zero)."""
    low, high = value - tolerance, value + tolerance
    if low <= 0 <= high or min(abs(low), abs(high)) < _SMALLEST:
        raise Unfit("Canvas QTI (text2qti) cannot take a numeric answer of zero or a range that reaches zero")
    if any(round(x, _DECIMALS) != x for x in (value, tolerance)):
        raise Unfit(f"Canvas QTI (text2qti) keeps {_DECIMALS} decimals, so this answer would be rounded")
    return [f"=   {exact_number(value)} +- {exact_number(tolerance)}"]


def question(bank: Bank, question: Question, body: Body, position: int) -> str:
    """One question: its id as its title, its stem, its feedback (explanation and sources), then its answers."""
    feedback = text("\n".join(explanation_and_sources(bank, question)))
    return "\n".join([f"Title: {question.id}", f"{position}.  {text(body.stem)}", f"... {feedback}", *body.lines])


def package(bank: Bank, questions: Iterable[str]) -> bytes:
    """The QTI zip text2qti makes of the quiz text."""
    from text2qti.config import Config  # imported here: only a QTI export needs text2qti
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz

    # Titles are taken as they are written, not as Markdown.
    title = " ".join(bank.title.split())
    header = [f"Quiz title: {title}", f"Quiz description: {text(bank.description or bank.title)}"]
    quiz_text = "\n\n".join(["\n".join(header), *questions]) + "\n"
    return QTI(Quiz(quiz_text, config=Config())).zip_bytes()

"""Where a question's answer appears in the sentence it cites, so the citation can mark it."""

from __future__ import annotations

import re

from .models import Question
from .question_types import kind_of

__all__ = ["answer_spans", "answer_terms"]


def answer_terms(question: Question) -> list[str]:
    """The words of the right answer worth marking in a quote (none for true/false)."""
    return kind_of(question).answer_terms(question)


def answer_spans(question: Question, quote: str) -> list[tuple[int, int]]:
    """(start, end) offsets in `quote` of every answer term it contains, ignoring case."""
    kind = kind_of(question)
    spans: list[tuple[int, int]] = []
    for term in kind.answer_terms(question):
        term = term.strip()
        if not term:
            continue
        spans.extend((m.start(), m.end()) for m in re.finditer(kind.term_pattern(term), quote, re.IGNORECASE))
    return sorted(spans)

"""Where a question's answer appears in the sentence it cites, so the citation can mark it."""

from __future__ import annotations

import re

from .models import FillInBlank, Matching, MultipleChoice, Numeric, Question
from .numbers import format_number

__all__ = ["answer_spans", "answer_terms"]

_SCALE_WORD = re.compile(r"\s*(?:billion|million|trillion|thousand|bn|mn)\b", re.IGNORECASE)


def answer_terms(question: Question) -> list[str]:
    """The words of the right answer worth marking in a quote (none for true/false)."""
    if isinstance(question, MultipleChoice):
        return [question.answer]
    if isinstance(question, FillInBlank):
        return [question.answer, *question.accepted_answers]
    if isinstance(question, Numeric):
        shown = format_number(question.answer)
        grouped = f"{question.answer:,.6f}".rstrip("0").rstrip(".")  # '1,200' as well as '1200'
        return list(dict.fromkeys([shown, shown.replace(",", ""), grouped]))
    if isinstance(question, Matching):
        return [text for pair in question.pairs for text in (pair.left, pair.right)]
    return []


def answer_spans(question: Question, quote: str) -> list[tuple[int, int]]:
    """(start, end) offsets in `quote` of every answer term it contains, ignoring case."""
    spans: list[tuple[int, int]] = []
    for term in answer_terms(question):
        term = term.strip()
        if not term:
            continue
        pattern = re.escape(term)
        if isinstance(question, Numeric):
            # 21 in "21-gun" but not in "2021"; a scale word after the number belongs to it.
            pattern = rf"(?<![\d.,]){pattern}(?![\d]|[.,]\d)(?:{_SCALE_WORD.pattern})?"
        elif term[:1].isalnum():
            pattern = rf"(?<!\w){pattern}(?!\w)" if term[-1:].isalnum() else rf"(?<!\w){pattern}"
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, quote, re.IGNORECASE))
    return sorted(spans)

"""Automated checks every generated question must pass, each against the sentences it cites.

- the quote is the source span (the article text at start-end);
- the answer is supported by the quoted sentence(s);
- exactly one keyed answer among unique choices, none of them in the prompt;
- the answer is not in its own prompt;
- no two questions are duplicates or near-duplicates (same answer, nearly the same words).

What the key must look like in the quotes and the prompt is each question type's own check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Bank
from ..models.question import Question
from ..question_types import kind_of

__all__ = ["Failure", "check_bank", "near_duplicates"]


@dataclass(frozen=True, order=True)
class Failure:
    """One check a question failed."""

    question_id: str
    check: str
    detail: str


def check_bank(bank: Bank, texts: Mapping[str, str]) -> list[Failure]:
    """Every failed check for every question; `texts` maps source ids to article text."""
    failures: list[Failure] = []
    for question in bank.questions:
        failures.extend(check_question(question, texts))
    for a, b in near_duplicates(bank.questions):
        failures.append(Failure(b.id, "near_duplicate", f"asks what {a.id} asks"))
    return sorted(failures)


def check_question(question: Question, texts: Mapping[str, str]) -> list[Failure]:
    """The checks for one question: its quotes are the article's text, and its kind's checks on its key."""
    kind = kind_of(question)
    failures = []
    quotes = " ".join(c.quote for c in question.citations)
    for citation in question.citations:
        text = texts.get(citation.source)
        if text is None or text[citation.start : citation.end] != citation.quote:
            failures.append(
                Failure(question.id, "quote_is_source_span", f"{citation.source} {citation.start}-{citation.end}")
            )
    if not kind.supported(question, quotes):
        failures.append(Failure(question.id, "answer_supported", "the cited sentences do not state the answer"))
    failures += [Failure(question.id, check, detail) for check, detail in kind.prompt_failures(question)]
    return failures


def near_duplicates(questions: Sequence[Question]) -> list[tuple[Question, Question]]:
    """Pairs of questions of one type with the same answer that ask the same thing (by their kind's measure)."""
    pairs = []
    for i, a in enumerate(questions):
        kind = kind_of(a)
        for b in questions[i + 1 :]:
            if kind_of(b) is not kind or kind.answer_key(a) != kind.answer_key(b):
                continue
            if kind.near_duplicate(a, b):
                pairs.append((a, b))
    return pairs

"""Regenerating into an existing bank without losing a teacher's work.

A question is the teacher's when it is approved or rejected, written by a
teacher, or edited (its content no longer hashes to its id). Those stay exactly
as they are. Untouched generated drafts are replaced by this run's questions.
A question whose cited sentence has moved gets its offsets updated; one whose
sentence is gone is kept and flagged `source_changed`, never deleted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import Bank, Matching, Source, TrueFalse
from ..models.question import Question
from ..question_types import kind_of
from ..review.relocate import relocated
from ..textnorm import fold
from .identity import is_teachers
from .pipeline import Generated

__all__ = ["add_questions", "is_teachers", "merge"]


def merge(
    existing: Bank | None,
    generated: Generated,
    texts: Mapping[str, str],
    *,
    title: str,
    description: str,
) -> Bank:
    """The bank after a generation run. `texts` maps each source id to its article's current text."""
    if existing is None:
        return Bank(
            title=title, description=description, sources=list(generated.sources), questions=list(generated.questions)
        )
    kept: list[Question] = []
    covered: set[tuple[str, str, int, str]] = set()
    asked: set[tuple[str, int, str]] = set()
    for question in existing.questions:
        located = relocated(question, texts)
        if is_teachers(question) or "source_changed" in located.flags:
            kept.append(located)
            covered.add(_fact(located))
            asked |= _asked(located)
    kept_ids = {k.id for k in kept}
    fresh = [
        q for q in generated.questions if _fact(q) not in covered and q.id not in kept_ids and not _repeats(q, asked)
    ]
    questions = _in_article_order([*kept, *fresh], generated.sources)
    return Bank(
        title=existing.title,
        description=existing.description,
        approved_only=existing.approved_only,
        sources=_sources(existing.sources, generated.sources, questions),
        questions=questions,
    )


def add_questions(bank: Bank, generated: Generated) -> Bank:
    """Add generated questions to a bank as drafts, keeping every question already in it (no replacement,
    no removal): for merging one new article's questions into a teacher's bank."""
    present = {q.id for q in bank.questions} | {_fact(q) for q in bank.questions}
    fresh = [q for q in generated.questions if q.id not in present and _fact(q) not in present]
    cited = {c.source for q in fresh for c in q.citations}
    known = {s.id for s in bank.sources}
    sources = [*bank.sources, *(s for s in generated.sources if s.id in cited and s.id not in known)]
    return bank.model_copy(update={"sources": sources, "questions": [*bank.questions, *fresh]})


def _fact(question: Question) -> tuple[str, str, int, str]:
    """What a question tests, loosely: its type, first citation and answer."""
    first = question.citations[0]
    return question.type, first.source, first.start, kind_of(question).answer_key(question)


def _asked(question: Question) -> set[tuple[str, int, str]]:
    """The (sentence, answer) facts a question asks: each matching pair's name in the sentence stating it,
    or the answer in the question's first cited sentence."""
    if isinstance(question, Matching):
        return {
            (c.source, c.start, fold(pair.left))
            for pair in question.pairs
            for c in question.citations
            if pair.left in c.quote
        }
    first = question.citations[0]
    answer = kind_of(question).answer_text(question)
    return set() if isinstance(question, TrueFalse) else {(first.source, first.start, fold(answer))}


def _repeats(question: Question, asked: set[tuple[str, int, str]]) -> bool:
    """Does a fresh question ask a fact a kept one asks, in another type ('Which city is described as …?'
    after a teacher approved a matching question with that pair)?"""
    if isinstance(question, Matching):
        return bool(_asked(question) & asked)
    first = question.citations[0]
    text = f" {fold(question.prompt)} {fold(kind_of(question).answer_text(question))} "
    return any(s == first.source and at == first.start and f" {name} " in text for s, at, name in asked)


def _in_article_order(questions: Sequence[Question], sources: Sequence[Source]) -> list[Question]:
    order = {s.id: i for i, s in enumerate(sources)}
    return sorted(
        questions,
        key=lambda q: (order.get(q.citations[0].source, len(order)), q.citations[0].start, q.type, q.id),
    )


def _sources(old: Sequence[Source], new: Sequence[Source], questions: Sequence[Question]) -> list[Source]:
    """This run's sources, plus any older ones a kept question still cites."""
    cited = {c.source for q in questions for c in q.citations}
    current = {s.id for s in new}
    return [*new, *(s for s in old if s.id not in current and s.id in cited)]

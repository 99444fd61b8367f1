"""Stages 3-5 together: every fact in the corpus, and every question each fact supports (overgeneration)."""

from __future__ import annotations

from collections import Counter, defaultdict

from .context import Corpus
from .draft import Draft
from .facts.descriptions import description_facts
from .facts.model import Fact
from .facts.names import entity_facts, quantity_facts, subject_facts
from .facts.quotes import quote_facts
from .facts.roles import role_facts
from .questions.matching import matching_questions
from .questions.names import entity_questions, subject_questions
from .questions.people import quote_questions, role_questions
from .questions.quantity import quantity_questions
from .questions.things import description_questions

__all__ = ["candidates"]


def candidates(corpus: Corpus) -> tuple[list[Draft], list[Fact]]:
    """All candidate questions, before ranking, and the facts found; deterministic for a given corpus."""
    items = corpus.items
    roles = role_facts(items, corpus.prominence, famous=corpus.config.famous_mentions, broken=corpus.broken)
    descriptions = description_facts(items, broken=corpus.broken)
    quotes = quote_facts(items, corpus.verdict)
    prominence, pool = corpus.prominence, corpus.config.option_pool
    speakers = sorted({f.subject for f in _prominent(quotes, prominence, pool)})
    numbers = quantity_facts(items, corpus.verdict)
    names = entity_facts(items, lambda item: corpus.readable(item) is not None)
    subjects = subject_facts(items, corpus.verdict)
    drafts: list[Draft] = []
    for fact in numbers:
        drafts.extend(quantity_questions(fact, corpus))
    for fact in names:
        drafts.extend(entity_questions(fact, corpus))
    for fact in subjects:
        drafts.extend(subject_questions(fact, corpus))
    role_peers = _prominent(roles, prominence, pool)
    known = {f.subject for f in role_peers}
    by_person: dict[str, list[Fact]] = defaultdict(list)
    for fact in roles:
        by_person[fact.subject].append(fact)
    for fact in roles:
        own = [] if fact.subject in known else by_person[fact.subject]
        drafts.extend(role_questions(fact, corpus, [*role_peers, *own]))
    description_peers = _prominent(descriptions, prominence, pool)
    for fact in descriptions:
        drafts.extend(description_questions(fact, corpus, description_peers))
    for fact in quotes:
        drafts.extend(quote_questions(fact, corpus, speakers))
    drafts.extend(matching_questions(corpus, roles, descriptions, quotes, numbers))
    return drafts, [*numbers, *names, *subjects, *roles, *descriptions, *quotes]


def _prominent(facts: list[Fact], prominence: Counter[str], pool: int) -> list[Fact]:
    """The facts about the most mentioned subjects: the pool other questions draw wrong options from."""
    subjects = sorted({f.subject for f in facts}, key=lambda s: (-prominence[s], s))[:pool]
    keep = set(subjects)
    return [f for f in facts if f.subject in keep]

"""Stage 6a: the same fact in several sources becomes one question citing all of them; where
sources give different numbers for the same thing, the question says so for the teacher."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ..lexicon import lexicon
from ..models import Source
from ..textnorm import fold
from .context import Corpus
from .draft import Draft
from .facts.model import Fact
from .questions.common import core_role
from .text_keys import key_words

__all__ = ["corroborate"]

_SAME_VALUE = 0.01
_SIMILAR_SENTENCES = 0.2
_SHARED_LEMMAS = 5


@lru_cache(maxsize=1)
def _concepts() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in lexicon().concepts.items()}


_WINDOW = 12


def _window(fact: Fact) -> set[str]:
    """The words within a few tokens of the number: what it counts, not the whole sentence."""
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if not at:
        return set()
    return {t.lower for t in tokens[max(0, at[0] - _WINDOW) : at[-1] + _WINDOW + 1]}


def _concepts_of(fact: Fact) -> frozenset[str]:
    words = _window(fact)
    return frozenset(name for name, group in _concepts().items() if words & group)


def _year_after(fact: Fact) -> str:
    quantity = fact.quantity
    years = [q for q in fact.item.quantities if q.kind == "year" and quantity and q.start > quantity.start]
    return years[0].text if years else ""


def _comparable(a: Fact, b: Fact) -> bool:
    qa, qb = a.quantity, b.quantity
    if not qa or not qb or qa.kind != qb.kind or a.item.source_id == b.item.source_id:
        return False
    if qa.kind in ("year", "date", "ordinal", "weekday"):
        return False
    if qa.unit and qb.unit and qa.unit != qb.unit:
        return False
    if _year_after(a) and _year_after(b) and _year_after(a) != _year_after(b):
        return False
    shared = _concepts_of(a) & _concepts_of(b)
    if qa.kind == "percent":
        # A share is of something: the two windows must also share what it is a share of.
        content = (key_words(" ".join(_window(a))) & key_words(" ".join(_window(b)))) - _NUMBERS
        return bool(shared) and len(content) >= 2
    return bool(shared)


_NUMBERS = frozenset({"more", "than", "about", "over"})


def corroborate(drafts: Sequence[Draft], facts: Sequence[Fact], corpus: Corpus) -> list[Draft]:
    """Add corroborating sentences from other sources to each draft, and flag disagreements."""
    numbers = [f for f in facts if f.kind == "quantity"]
    result = []
    for draft in drafts:
        primary = draft.facts[0]
        if draft.type == "matching":
            pass
        elif primary.kind == "quantity":
            draft = _numbers(draft, primary, numbers, corpus)
        elif primary.kind == "role":
            draft = _roles(draft, primary, [f for f in facts if f.kind == "role"])
        elif primary.kind in ("entity", "subject"):
            draft = _sentences(draft, primary, corpus)
        result.append(draft)
    return result


def _numbers(draft: Draft, primary: Fact, numbers: Sequence[Fact], corpus: Corpus) -> Draft:
    agree, differ = [], []
    for other in numbers:
        if not _comparable(primary, other):
            continue
        a, b = primary.quantity.value, other.quantity.value  # type: ignore[union-attr]
        (agree if abs(a - b) <= _SAME_VALUE * max(abs(a), abs(b)) else differ).append(other)
    draft = replace(draft, also_in=tuple(f.item for f in agree))
    if differ:
        note = _difference(primary, differ, corpus.sources)
        draft = replace(draft, disagreement=note, conflicting=tuple(f.item for f in differ))
    return draft


def _difference(primary: Fact, others: Sequence[Fact], sources: dict[str, Source]) -> str:
    parts = [f"{_outlet(sources, f.item.source_id)} gives “{_snippet(f)}”" for f in (primary, *others)]
    return "The sources differ: " + "; ".join(parts) + ". Check which figure to teach."


def _outlet(sources: dict[str, Source], source_id: str) -> str:
    source = sources.get(source_id)
    if source is None:
        return source_id
    return source.outlet or f"“{source.title}”"


def _snippet(fact: Fact, words: int = 5) -> str:
    text = fact.item.text
    quantity = fact.quantity
    assert quantity is not None
    before = text[: quantity.start].split()[-words:]
    after = text[quantity.end :].split()[:words]
    return " ".join([*before, quantity.text, *after]).strip(" ,.;")


def _roles(draft: Draft, primary: Fact, roles: Sequence[Fact]) -> Draft:
    """The same person with the same organisation (or the same post) in another source."""
    def link(fact: Fact) -> str:
        return fold(fact.answer) if fact.answer_kind == "ORGANIZATION" else core_role(fact.detail)

    same = [
        f.item for f in roles
        if f.subject == primary.subject and f.item.source_id != primary.item.source_id and link(f) == link(primary)
    ]
    return replace(draft, also_in=tuple(same)) if same else draft


def _sentences(draft: Draft, primary: Fact, corpus: Corpus) -> Draft:
    """Other sources' sentences that say much the same (shared lemmas), naming the same answer."""
    words = corpus.lemmas(primary.item)
    names = {primary.subject or primary.answer, primary.answer}
    answers = {fold(n) for n in names} | {fold(n.split()[-1]) for n in names if primary.answer_kind == "PERSON"}
    similar = []
    for item in corpus.items:
        if item.source_id == primary.item.source_id or not any(f" {a} " in f" {fold(item.text)} " for a in answers):
            continue
        if not corpus.verdict(item).usable:
            continue
        other = corpus.lemmas(item)
        shared = words & other
        if len(shared - answers) >= _SHARED_LEMMAS and len(shared) / len(words | other) >= _SIMILAR_SENTENCES:
            similar.append(item)
    return replace(draft, also_in=tuple(similar)) if similar else draft

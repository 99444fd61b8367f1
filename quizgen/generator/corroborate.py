"""Stage 6a: the same fact in several sources becomes one question citing all of them; where
sources give different numbers for the same thing, the question says so for the teacher."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..lexicon import lexicon
from ..models import Source
from ..question_types import kind_of
from ..textnorm import fold
from .context import Corpus
from .draft import Draft
from .facts.model import Fact
from .questions.common import core_role
from .text_keys import key_words

__all__ = ["corroborate"]


@lru_cache(maxsize=1)
def _concepts() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in lexicon().concepts.items()}


def _window(fact: Fact, width: int) -> frozenset[str]:
    """The words within a few tokens of the number: what it counts, not the whole sentence."""
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if not at:
        return frozenset()
    return frozenset(t.lower for t in tokens[max(0, at[0] - width) : at[-1] + width + 1])


@dataclass(frozen=True, slots=True)
class _Number:
    """What comparing a number across sources needs, computed once per number."""

    fact: Fact
    window: frozenset[str]
    concepts: frozenset[str]
    year: str
    content: frozenset[str]  # the window's content words but the story's protagonists: what the number is of


def _number(fact: Fact, corpus: Corpus) -> _Number:
    window = _window(fact, corpus.config.corroboration.window)
    concepts = frozenset(name for name, group in _concepts().items() if window & group)
    quantity = fact.quantity
    years = [q for q in fact.item.quantities if q.kind == "year" and quantity and q.start > quantity.start]
    content = frozenset(w for w in key_words(" ".join(window)) if not corpus.is_protagonist(w))
    return _Number(fact, window, concepts, years[0].text if years else "", content)


def _comparable(a: _Number, b: _Number, shared_content_words: int) -> bool:
    qa, qb = a.fact.quantity, b.fact.quantity
    if not qa or not qb or qa.kind != qb.kind or a.fact.item.source_id == b.fact.item.source_id:
        return False
    if qa.unit and qb.unit and qa.unit != qb.unit:
        return False
    if a.year and b.year and a.year != b.year:
        return False
    shared = a.concepts & b.concepts
    if qa.kind == "percent":
        # A share is of something: the two windows must also share what it is a share of.
        # ('Russia' and 'China' are in every window: they say nothing about what the share is of.)
        return bool(shared) and len(a.content & b.content) >= shared_content_words
    return bool(shared)


def corroborate(drafts: Sequence[Draft], facts: Sequence[Fact], corpus: Corpus) -> list[Draft]:
    """Add corroborating sentences from other sources to each draft, and flag disagreements."""
    numbers: dict[tuple[str, str], list[tuple[int, _Number]]] = defaultdict(list)
    uncompared = corpus.config.corroboration.uncompared
    for position, fact in enumerate(facts):
        if fact.kind == "quantity" and fact.quantity and fact.quantity.kind not in uncompared:
            number = _number(fact, corpus)
            for concept in number.concepts:
                numbers[(fact.quantity.kind, concept)].append((position, number))
    roles: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind == "role":
            roles[fact.subject].append(fact)
    result = []
    for draft in drafts:
        primary = draft.facts[0]
        if not kind_of(draft.type).corroborated:
            pass
        elif primary.kind == "quantity" and primary.quantity:
            draft = _numbers(draft, primary, numbers, corpus)
        elif primary.kind == "role":
            draft = _roles(draft, primary, roles[primary.subject])
        elif primary.kind in ("entity", "subject"):
            draft = _sentences(draft, primary, corpus)
        result.append(draft)
    return result


def _numbers(
    draft: Draft, primary: Fact, numbers: dict[tuple[str, str], list[tuple[int, _Number]]], corpus: Corpus
) -> Draft:
    settings = corpus.config.corroboration
    if primary.quantity is None or primary.quantity.kind in settings.uncompared:
        return draft
    mine = _number(primary, corpus)
    # Only numbers that share a concept with this one can be comparable: look those up, in fact order.
    related = {pair[0]: pair[1] for c in mine.concepts for pair in numbers.get((primary.quantity.kind, c), ())}
    agree: list[Fact] = []
    differ: list[Fact] = []
    for _, other in sorted(related.items()):
        if not _comparable(mine, other, settings.shared_content_words):
            continue
        a, b = primary.quantity.value, other.fact.quantity.value  # type: ignore[union-attr]
        (agree if abs(a - b) <= settings.same_value * max(abs(a), abs(b)) else differ).append(other.fact)
    draft = replace(draft, also_in=tuple(f.item for f in agree))
    if differ:
        note = _difference(primary, differ, corpus.sources, settings.snippet_words)
        draft = replace(draft, disagreement=note, conflicting=tuple(f.item for f in differ))
    return draft


def _difference(primary: Fact, others: Sequence[Fact], sources: dict[str, Source], words: int) -> str:
    parts = [f"{_outlet(sources, f.item.source_id)} gives “{_snippet(f, words)}”" for f in (primary, *others)]
    return "The sources differ: " + "; ".join(parts) + ". Check which figure to teach."


def _outlet(sources: dict[str, Source], source_id: str) -> str:
    source = sources.get(source_id)
    if source is None:
        return source_id
    return source.outlet or f"“{source.title}”"


def _snippet(fact: Fact, words: int) -> str:
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

    same = [f.item for f in roles if f.item.source_id != primary.item.source_id and link(f) == link(primary)]
    return replace(draft, also_in=tuple(same)) if same else draft


def _sentences(draft: Draft, primary: Fact, corpus: Corpus) -> Draft:
    """Other sources' sentences that say much the same (shared lemmas), naming the same answer."""
    words = corpus.lemmas(primary.item)
    names = {primary.subject or primary.answer, primary.answer}
    answers = {fold(n) for n in names} | {fold(n.split()[-1]) for n in names if primary.answer_kind == "PERSON"}
    similar = []
    naming = corpus.naming(primary.subject or primary.answer)
    settings = corpus.config.corroboration
    for index in corpus.lemma_index.having(words - answers, settings.shared_lemmas, naming):
        item = corpus.items[index]
        if item.source_id == primary.item.source_id or not any(f" {a} " in f" {corpus.folded(item)} " for a in answers):
            continue
        if not corpus.verdict(item).usable:
            continue
        other = corpus.lemmas(item)
        shared = words & other
        if len(shared) / len(words | other) >= settings.similar_sentences:
            similar.append(item)
    return replace(draft, also_in=tuple(similar)) if similar else draft

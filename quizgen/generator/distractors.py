"""Stage 5: wrong options of the same kind and form as the answer.

Names come first from the articles themselves (a think tank for a think tank,
a city for a city), then from WordNet and the gazetteers. Numbers are moved to
plausible values in the same unit, scale and rounding. Never offered: the
answer itself, anything inside or around it, a near-spelling, a word of the
stem, two options that mean the same, or a value the articles support as
also correct.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from ..nlp.gazetteer import wordnet_places
from ..textnorm import fold

__all__ = ["NamePool", "acceptable", "pick", "stable_order"]


def stable_order(items: Iterable[str], seed: str) -> list[str]:
    """A fixed, seed-dependent shuffle (the same article always gives the same options)."""
    return sorted(items, key=lambda item: hashlib.sha256(f"{seed}|{item}".encode()).hexdigest())


def acceptable(candidate: str, answer: str, stem: str, taken: Sequence[str]) -> bool:
    """The rules every wrong option obeys, whatever its kind."""
    c, a = fold(candidate), fold(answer)
    if not c or c == a:
        return False
    c_words, a_words = set(c.split()), set(a.split())
    if c_words <= a_words or a_words <= c_words:
        return False
    if difflib.SequenceMatcher(None, c, a).ratio() > 0.8:
        return False
    stem_words = set(fold(stem).split())
    if c_words & stem_words - lexicon().shared_name_words:
        return False
    return all(fold(t) != c and not (set(fold(t).split()) <= c_words or c_words <= set(fold(t).split())) for t in taken)


def pick(candidates: Iterable[str], answer: str, stem: str, count: int) -> list[str]:
    """Up to `count` acceptable options, in the candidates' order of preference."""
    chosen: list[str] = []
    for candidate in candidates:
        if acceptable(candidate, answer, stem, chosen):
            chosen.append(candidate)
            if len(chosen) == count:
                break
    return chosen


@dataclass(frozen=True)
class NamePool:
    """Every typed name in the corpus, for drawing same-kind options."""

    by_kind: dict[tuple[str, str], tuple[str, ...]]
    frequency: dict[str, int]
    sentences_of: dict[str, tuple[int, ...]]
    frequent: dict[tuple[str, str], tuple[str, ...]]

    @classmethod
    def build(cls, items: Sequence[Analyzed], trusted: Iterable[int], pool_size: int) -> NamePool:
        """Options come only from `trusted` sentences (not garbled ones), at most `pool_size` of the most
        mentioned names of each kind; lookups cover all of them."""
        grouped: dict[tuple[str, str], set[str]] = defaultdict(set)
        frequency: Counter[str] = Counter()
        where: dict[str, set[int]] = defaultdict(set)
        trusted = set(trusted)
        for index, item in enumerate(items):
            for mention in item.mentions:
                if index in trusted:
                    grouped[(mention.kind, mention.subtype)].add(mention.name)
                frequency[mention.name] += 1
                where[fold(mention.name)].add(index)
        return cls(
            by_kind={key: tuple(sorted(names)) for key, names in grouped.items()},
            frequency=dict(frequency),
            sentences_of={key: tuple(sorted(v)) for key, v in where.items()},
            frequent={
                key: tuple(sorted(names, key=lambda name: (-frequency[name], name))[:pool_size])
                for key, names in grouped.items()
            },
        )

    def candidates(self, kind: str, subtype: str, seed: str, near: str = "") -> list[str]:
        """Same kind and subtype first (frequent names first, ties in seeded order), then WordNet's places
        of that subtype (those whose gloss mentions `near` first), then names of a closely related subtype."""
        same = stable_order(self._frequent(kind, subtype), seed)
        same.sort(key=lambda name: -min(self.frequency.get(name, 0), 3))
        outside: list[str] = []
        if kind == "PLACE" and subtype in _WORDNET_SUBTYPES and near:
            outside = stable_order(wordnet_places(subtype, near), seed)[:40]
        related = [
            name
            for other in _RELATED.get((kind, subtype), ())
            for name in stable_order(self._frequent(kind, other), seed)
        ]
        return _unique([*same, *outside, *related])

    def _frequent(self, kind: str, subtype: str) -> tuple[str, ...]:
        """The most mentioned names of a kind: plausible options, and few enough to shuffle on every call."""
        return self.frequent.get((kind, subtype), ())


_WORDNET_SUBTYPES = frozenset({"city", "country", "state", "island"})
# Subtypes whose names make plausible options for each other.
_RELATED = {
    ("ORGANIZATION", "think_tank"): ("university",),
    ("ORGANIZATION", "company"): ("bank",),
    ("ORGANIZATION", "bank"): ("company",),
    ("ORGANIZATION", "agency"): ("government",),
    ("ORGANIZATION", "government"): ("agency",),
    ("PLACE", "state"): ("region",),
    ("PLACE", "region"): ("state",),
}


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out

"""What every question builder may consult: the whole analysed corpus and its pools of names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..corpus import Article
from ..models import Source
from ..nlp.analysis import Analyzed
from ..textnorm import fold
from .distractors import NamePool
from .quality import Verdict, judge

__all__ = ["Corpus"]


@dataclass(frozen=True)
class Corpus:
    """The analysed sentences of all articles, with lookups the builders share."""

    items: tuple[Analyzed, ...]
    sources: dict[str, Source]

    @classmethod
    def of(cls, articles: Sequence[Article], items: Sequence[Analyzed]) -> Corpus:
        return cls(items=tuple(items), sources={a.source.id: a.source for a in articles})

    @cached_property
    def names(self) -> NamePool:
        trusted = [
            i for i, item in enumerate(self.items)
            if i not in self.broken and not self.verdict(item).flags & {"garbled", "fragment"}
        ]
        return NamePool.build(self.items, trusted)

    @cached_property
    def verdicts(self) -> dict[int, Verdict]:
        return {id(item): judge(item) for item in self.items}

    def verdict(self, item: Analyzed) -> Verdict:
        return self.verdicts[id(item)]

    @cached_property
    def prominence(self) -> Counter[str]:
        """How often each canonical name is mentioned."""
        return Counter(m.name for item in self.items for m in item.mentions)

    @cached_property
    def short_names(self) -> dict[str, str]:
        """Full name -> the one-word form the articles use for that person ('Xi Jinping' -> 'Xi')."""
        shorts: dict[str, str] = {}
        for item in self.items:
            for mention in item.mentions:
                if mention.kind == "PERSON" and " " not in mention.text and mention.name != mention.text:
                    shorts.setdefault(mention.name, mention.text)
        return shorts

    @cached_property
    def latest_year(self) -> int:
        years = [s.published.year for s in self.sources.values() if s.published]
        return max(years) if years else 9999

    @cached_property
    def broken(self) -> frozenset[int]:
        """Indexes of sentences followed, in the same paragraph, by a broken-off fragment."""
        found = set()
        for index in range(len(self.items) - 1):
            here, after = self.items[index], self.items[index + 1]
            same = here.source_id == after.source_id and here.sentence.paragraph == after.sentence.paragraph
            if same and "fragment" in self.verdict(after).flags:
                found.add(index)
        return frozenset(found)

    def also_said(self, candidate: str, key_words: set[str], exclude: Analyzed) -> bool:
        """Does another sentence put `candidate` with most of `key_words` (so it may be right too)?"""
        if not key_words:
            return False
        for index in self.names.sentences_of.get(fold(candidate), ()):
            item = self.items[index]
            if item is exclude:
                continue
            words = set(fold(item.text).split())
            if len(words & key_words) >= 0.6 * len(key_words):
                return True
        return False

    def machine_translated(self, source_id: str) -> bool:
        source = self.sources.get(source_id)
        return bool(source and "machine-translated" in source.notes.lower())

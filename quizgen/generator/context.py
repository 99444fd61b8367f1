"""What every question builder may consult: the whole analysed corpus and its pools of names."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from nltk.corpus import wordnet as wn

from ..config import GENERATION, Generation
from ..corpus import Article
from ..models import Source
from ..nlp.analysis import Analyzed
from ..textnorm import fold
from .distractors import NamePool
from .facts.descriptions import description_facts
from .places import country_hint
from .quality import Verdict, judge
from .references import Rewrite, combine, rewrite_opening, rewrite_pairs, rewrite_surnames
from .text_keys import key_words
from .word_index import WordIndex

__all__ = ["Corpus"]


@dataclass(frozen=True)
class Corpus:
    """The analysed sentences of all articles, with lookups the builders share."""

    items: tuple[Analyzed, ...]
    sources: dict[str, Source]
    config: Generation = GENERATION

    @classmethod
    def of(cls, articles: Sequence[Article], items: Sequence[Analyzed], config: Generation = GENERATION) -> Corpus:
        return cls(items=tuple(items), sources={a.source.id: a.source for a in articles}, config=config)

    @cached_property
    def names(self) -> NamePool:
        trusted = [
            i
            for i, item in enumerate(self.items)
            if i not in self.broken and not self.verdict(item).flags & {"garbled", "fragment"}
        ]
        return NamePool.build(self.items, trusted, self.config.option_pool)

    @cached_property
    def verdicts(self) -> dict[int, Verdict]:
        return {id(item): judge(item) for item in self.items}

    def verdict(self, item: Analyzed) -> Verdict:
        return self.verdicts[id(item)]

    @cached_property
    def rewrites(self) -> dict[int, Rewrite]:
        """Per sentence: its opening reference resolved (when it needs one) and bare surnames written out."""
        found = {}
        known = self.known_people
        for index, item in enumerate(self.items):
            opening = rewrite_opening(self.items, index) if not self.verdict(item).standalone else None
            if opening is None and not self.verdict(item).standalone:
                continue  # it leans on something no rewrite resolves
            rewrite = combine(opening, rewrite_surnames(self.items, index, known))
            rewrite = combine(rewrite, rewrite_pairs(self.items, index, self.pairs))
            if rewrite:
                found[id(item)] = rewrite
        return found

    @cached_property
    def pairs(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(source id, PERSON or PLACE) -> the article's two protagonists of that kind, by the names it uses,
        when it is plainly about those two ('the two leaders', 'both countries')."""
        counts: dict[tuple[str, str], Counter[str]] = {}
        for item in self.items:
            for mention in item.mentions:
                if mention.kind == "PERSON" or (mention.kind == "PLACE" and mention.subtype == "country"):
                    counts.setdefault((item.source_id, mention.kind), Counter())[mention.name] += 1
        found = {}
        for key, counter in counts.items():
            ranked = counter.most_common(3)
            if len(ranked) < 2 or not all(self.is_protagonist(name) for name, _ in ranked[:2]):
                continue
            if len(ranked) == 3 and ranked[2][1] * 2 > ranked[1][1]:
                continue  # a third one is mentioned nearly as often: 'the two' is not plainly these
            names = sorted((name for name, _ in ranked[:2]), key=lambda n: -counter[n])
            found[key] = tuple(self.short_names.get(n, n) for n in names)
        return found  # type: ignore[return-value]

    @cached_property
    def surnames(self) -> dict[str, dict[str, str]]:
        """Per article: the last word of each person it names in full -> that name, when only one has it."""
        seen: dict[str, dict[str, set[str]]] = {}
        for item in self.items:
            for mention in item.mentions:
                words = mention.name.split()
                if mention.kind == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
                    seen.setdefault(item.source_id, {}).setdefault(words[-1], set()).add(mention.name)
        return {
            source: {word: next(iter(names)) for word, names in by_word.items() if len(names) == 1}
            for source, by_word in seen.items()
        }

    @cached_property
    def known_people(self) -> frozenset[str]:
        """The story's protagonists, by full and short name: a student knows who 'Putin' is. Only a name the
        news carries across articles counts: 'Mrs. Yeargin', on every line of one story, is no one a student
        knows without it."""
        names = {
            n
            for n, c in self.prominence.items()
            if c >= self.protagonist_mentions and len({self.items[i].source_id for i in self.naming(n)}) >= 2
        }
        return frozenset(names | {self.short_names[n] for n in names if n in self.short_names})

    def readable(self, item: Analyzed) -> tuple[str, Rewrite | None] | None:
        """The sentence as a question may use it: as written if it stands alone, with its opening reference
        resolved if that makes it stand alone, or None (garbled, a fragment, or leaning on context)."""
        verdict = self.verdict(item)
        if not verdict.usable or self.index_of(item) in self.broken or not _balanced(item.text):
            return None
        rewrite = self.rewrites.get(id(item))
        if rewrite:
            return rewrite.apply(item.text), rewrite
        return (item.text, None) if verdict.standalone else None

    @cached_property
    def prominence(self) -> Counter[str]:
        """How often each canonical name is mentioned."""
        return Counter(m.name for item in self.items for m in item.mentions)

    @cached_property
    def short_names(self) -> dict[str, str]:
        """Full name -> the one-word form the articles use for that person ('Xi Jinping' -> 'Xi')."""
        seen: Counter[tuple[str, str]] = Counter()
        for item in self.items:
            for mention in item.mentions:
                if mention.kind == "PERSON" and " " not in mention.text and mention.name != mention.text:
                    seen[(mention.name, mention.text)] += 1
        shorts: dict[str, str] = {}
        for (name, short), _ in sorted(seen.items(), key=lambda pair: (-pair[1], pair[0])):
            shorts.setdefault(name, short)
        return shorts

    @cached_property
    def protagonist_mentions(self) -> int:
        """Names mentioned this often carry the whole story (Russia, China, Putin): blanking them is guesswork."""
        top = max(self.prominence.values(), default=0)
        return max(self.config.famous_mentions, int(top * self.config.protagonist_share))

    def is_protagonist(self, name: str) -> bool:
        """Is `name` (canonical, or the short form the articles use, 'Xi') one of the story's protagonists?"""
        return bool(name) and fold(name) in self._protagonists

    @cached_property
    def _protagonists(self) -> frozenset[str]:
        names = {name for name, count in self.prominence.items() if count >= self.protagonist_mentions}
        return frozenset(fold(n) for n in names | {self.short_names[n] for n in names if n in self.short_names})

    @cached_property
    def latest_year(self) -> int:
        years = [s.published.year for s in self.sources.values() if s.published]
        return max(years) if years else 9999

    @cached_property
    def broken(self) -> frozenset[int]:
        """Indexes of sentences whose end was cut off: the next sentence in the paragraph starts mid-phrase
        ('... at China University.' followed by 'Beijing Renmin University.' or 'popular liberation.')."""
        found = set()
        for index in range(len(self.items) - 1):
            here, after = self.items[index], self.items[index + 1]
            same = here.source_id == after.source_id and here.sentence.paragraph == after.sentence.paragraph
            if same and _cut_off(after):
                found.add(index)
        return frozenset(found)

    def also_said(self, candidate: str, key_words: set[str], exclude: Analyzed) -> bool:
        """Does another sentence put `candidate` with most of `key_words` (so it may be right too)?"""
        if not key_words:
            return False
        skip = self.index_of(exclude)
        found = self.words.having(key_words, math.ceil(0.6 * len(key_words)), self.naming(candidate))
        return any(index != skip for index in found)

    def takes_article(self, name: str) -> bool:
        """Is the name usually written 'the X' ('the United States', 'the Kremlin')?"""
        return self._articled.get(name, False)

    @cached_property
    def _articled(self) -> dict[str, bool]:
        counts: dict[str, list[int]] = {}
        for item in self.items:
            for mention in item.mentions:
                before = item.tokens[mention.first - 1].lower if mention.first > 0 else ""
                seen = counts.setdefault(mention.name, [0, 0])
                seen[0] += before == "the"
                seen[1] += 1
        return {name: with_the * 2 >= total for name, (with_the, total) in counts.items()}

    @cached_property
    def countries(self) -> dict[str, str]:
        """Place -> the country the articles put it in ('Harbin' -> 'China', from 'a Chinese city')."""
        found: dict[str, str] = {}
        for fact in description_facts(self.items, broken=self.broken):
            hint = country_hint(fact.detail)
            if hint and fact.subject_kind == "PLACE":
                found.setdefault(fact.subject, hint)
        return found

    def index_of(self, item: Analyzed) -> int:
        return self._positions[id(item)]

    @cached_property
    def _positions(self) -> dict[int, int]:
        return {id(item): i for i, item in enumerate(self.items)}

    def folded(self, item: Analyzed) -> str:
        """The sentence folded for comparison (case, accents, punctuation), cached."""
        return self._folded[id(item)]

    @cached_property
    def _folded(self) -> dict[int, str]:
        return {id(item): fold(item.text) for item in self.items}

    def naming(self, name: str) -> tuple[int, ...]:
        """Indexes of the sentences that mention `name` (by its canonical name), in order."""
        return self.names.sentences_of.get(fold(name), ())

    def in_article(self, name: str, source_id: str) -> bool:
        """Whether the article names `name`, in full or by its short form ('Mr. Xi' for Xi Jinping)."""
        full = next((f for f, s in self.short_names.items() if s == name), name)
        return any(self.items[i].source_id == source_id for n in {name, full} for i in self.naming(n))

    @cached_property
    def words(self) -> WordIndex:
        """The folded words of every sentence."""
        return WordIndex([frozenset(self.folded(item).split()) for item in self.items])

    @cached_property
    def lemma_index(self) -> WordIndex:
        """The content words of every sentence reduced to WordNet lemmas ('exercises' -> 'exercise')."""
        return WordIndex([frozenset(_lemma(w) for w in key_words(item.text)) for item in self.items])

    def lemmas(self, item: Analyzed) -> frozenset[str]:
        return self.lemma_index.word_sets[self.index_of(item)]

    def machine_translated(self, source_id: str) -> bool:
        source = self.sources.get(source_id)
        return bool(source and "machine-translated" in source.notes.lower())


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    return wn.morphy(word) or word


def _balanced(text: str) -> bool:
    """Opening and closing double quotation marks pair up (a quote is not cut off mid-way)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _cut_off(item: Analyzed) -> bool:
    """A 'sentence' that is the broken-off end of the one before: lower-case or punctuation first, or a bare name."""
    first = item.text[:1]
    if not first.isalnum() and first not in "“\"‘'(":
        return True
    if first.islower():
        return True
    words = item.tokens
    return len(words) <= 5 and all(t.tag in ("NNP", "NNPS", ".", ",") for t in words)

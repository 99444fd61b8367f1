"""Stages 1-2 together: every body sentence of every article, tagged, with typed names and quantities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..corpus import Article
from ..lexicon import lexicon
from .entities import Mention, recognize
from .quantities import Quantity, find_quantities
from .sentences import Sentence, split_sentences
from .tagging import Token, tag_sentences

__all__ = ["Analyzed", "analyze"]


@dataclass(frozen=True, slots=True)
class Analyzed:
    """One sentence with what the later stages need to know about it."""

    sentence: Sentence
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]
    quantities: tuple[Quantity, ...]

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def source_id(self) -> str:
        return self.sentence.source_id


def _retag_nouns(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """The tagger reads 'an international relations professor' as ending in a verb; after a
    determiner, adjective or noun, a word that names a person is a noun."""
    nouns = _person_nouns()
    fixed = list(tokens)
    for i in range(1, len(fixed)):
        token = fixed[i]
        if token.tag in ("VB", "VBP", "VBZ") and token.lower in nouns and fixed[i - 1].tag in ("DT", "JJ", "NN", "NNS"):
            fixed[i] = replace(token, tag="NN")
    return tuple(fixed)


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(lexicon().person_nouns)


def analyze(
    articles: Sequence[Article], *, on_article: Callable[[Article], None] | None = None
) -> tuple[Analyzed, ...]:
    """Split, tag and find quantities article by article, then type names over the whole corpus."""
    sentences: list[Sentence] = []
    tokens: list[tuple[Token, ...]] = []
    for article in articles:
        split = split_sentences(article)
        sentences.extend(split)
        tokens.extend(tag_sentences([s.text for s in split]))
        if on_article:
            on_article(article)
    tokens = [_retag_nouns(t) for t in tokens]
    mentions = recognize([(s.source_id, t) for s, t in zip(sentences, tokens, strict=True)])
    analyzed = []
    for sentence, words, names in zip(sentences, tokens, mentions, strict=True):
        quantities = find_quantities(sentence.text, words)
        analyzed.append(Analyzed(sentence, words, _outside_amounts(names, quantities), quantities))
    return tuple(analyzed)


def _outside_amounts(mentions: tuple[Mention, ...], quantities: tuple[Quantity, ...]) -> tuple[Mention, ...]:
    """'US' in 'US$2.5 million' is part of the currency, not a country the sentence names."""
    amounts = [(q.start, q.end) for q in quantities if q.kind in ("money", "percent")]
    return tuple(m for m in mentions if not any(a < m.end and m.start < b for a, b in amounts))

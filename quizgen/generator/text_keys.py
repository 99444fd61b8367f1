"""The content words of a text, for comparing sentences and stems."""

from __future__ import annotations

from functools import lru_cache

from nltk.corpus import stopwords

from ..textnorm import fold

__all__ = ["key_words"]


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(stopwords.words("english"))


def key_words(text: str) -> set[str]:
    """Content words, folded: 'the Russian space agency' -> {'russian', 'space', 'agency'}."""
    return {w for w in fold(text).split() if w not in _stop() and len(w) > 2 and w != "_____"}

"""Which country a phrase points to: 'a Chinese city' -> China, 'Ukraine’s second-largest city' -> Ukraine."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon

__all__ = ["country_hint"]


def country_hint(text: str) -> str:
    """'a Chinese city' / 'China’s northeast' -> 'China' (for preferring nearby places as options)."""
    for pattern, country in _country_hints():
        if pattern.search(text):
            return country
    return ""


@lru_cache(maxsize=1)
def _country_hints() -> tuple[tuple[re.Pattern[str], str], ...]:
    # Countries are tried in the lexicon's order: the first whose word the text uses wins.
    return tuple(
        (re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b"), country)
        for country, words in lexicon().country_hints.items()
    )

"""Comparing short answers the way a teacher would: ignoring case, spacing and punctuation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "same_answer"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_PUNCT = re.compile(r"[^\w\s%$€£¥]")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=20_000)
def fold(text: str) -> str:
    """Case-, accent-, spacing- and punctuation-insensitive key: ' St. Petersburg ' -> 'st petersburg'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _PUNCT.sub(" ", text.casefold())
    return _SPACE.sub(" ", text).strip()


def same_answer(a: str, b: str) -> bool:
    """True when two answers differ only in case, accents, spacing or punctuation."""
    return fold(a) == fold(b)

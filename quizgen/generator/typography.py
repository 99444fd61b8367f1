"""Text a student would see as broken: characters garbled by a wrong encoding, and a heading's capitals
left at the start of a sentence ('FAMILY PETS are improving ...')."""

from __future__ import annotations

import re

from nltk.corpus import wordnet as wn

from ..nlp.gazetteer import common_words

__all__ = ["garbled", "shouted_words"]

# UTF-8 read as Latin-1 or Windows-1252 ('cafÃ©', 'â€œ'), and the quotation marks of Mac Roman read as
# Latin-1 ('todayÕs', 'ÒHelloÓ'); an accented capital opening a word ('Óscar') is a letter, not a mark.
_GARBLED = re.compile(r"Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|Õ|[ÒÓÔ](?=[A-Z])|(?<=[a-z])[ÒÓÔ]")
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b(?:\s+\b[A-Z]{2,}\b)+")


def garbled(text: str) -> bool:
    """Whether the text holds characters a wrong encoding made of quotation marks or accents."""
    return _GARBLED.search(text) is not None


def shouted_words(text: str) -> str | None:
    """A run of capitals that are everyday words ('FAMILY PETS'): a heading or column lead left in the text,
    not an abbreviation ('NATO', 'US')."""
    common = common_words()
    for match in _CAPITALS.finditer(text):
        words = match.group().split()
        if any(len(w) >= 4 and _everyday(w.lower(), common) for w in words):
            return match.group()
    return None


def _everyday(word: str, common: frozenset[str]) -> bool:
    """'pets', and 'birds' or 'potables' by their base form."""
    return word in common or (wn.morphy(word) or "") in common

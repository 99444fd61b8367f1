"""Text a student would see as broken: characters garbled by a wrong encoding, and a heading's capitals
left at the start of a sentence ('FAMILY PETS are improving ...')."""

from __future__ import annotations

import re

from nltk.corpus import wordnet as wn

from ..nlp.gazetteer import common_words

__all__ = ["garbled", "misspelt", "shouted_words"]

# UTF-8 read as Latin-1 or Windows-1252 ('cafÃ©', 'â€œ'), and the quotation marks of Mac Roman read as
# Latin-1 ('todayÕs', 'ÒHelloÓ'); an accented capital opening a word ('Óscar') is a letter, not a mark.
_GARBLED = re.compile(r"Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|Õ|[ÒÓÔ](?=[A-Z])|(?<=[a-z])[ÒÓÔ]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{6,}(?![\w'’-])")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_PREFIXES = frozenset({"pre", "re", "non", "sub", "intra", "inter", "un", "over", "under", "anti", "co", "de"})
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


def misspelt(text: str) -> str | None:
    """A lower-case word no dictionary knows that is one letter away from one it does ('pathlogy'): a typo in
    the source, which a question must not copy. Unknown words that are no near miss ('subskills') are left."""
    common = common_words()
    for word in _LOWER_WORD.findall(text):
        if _everyday(word, common) or wn.synsets(word) or _inflected(word, common) or _compound(word, common):
            continue
        if any(candidate in common for candidate in _one_letter_away(word)):
            return word
    return None


def _compound(word: str, common: frozenset[str]) -> bool:
    """'pretax', 'fireblight', 'intraday', 'tradeable': two known parts, or a known word with an ending."""
    for i in range(2, len(word) - 2):
        head, tail = word[:i], word[i:]
        if (head in common or head in _PREFIXES) and (wn.synsets(tail, pos="n") or wn.synsets(tail, pos="v")):
            return True
    stem = word.removesuffix("able").removesuffix("ably").removesuffix("ery")
    return stem != word and (stem in common or stem + "e" in common or _inflected(stem, common))


def _inflected(word: str, common: frozenset[str]) -> bool:
    """'funding', 'statewide'-like forms the word list lacks: a known word plus a common ending."""
    for ending in ("s", "es", "ed", "d", "ing", "er", "ers", "ly"):
        stem = word.removesuffix(ending)
        if stem != word and (stem in common or stem + "e" in common or stem[:-1] in common):
            return True
    return False


def _one_letter_away(word: str) -> set[str]:
    """Every string one deletion, swap, change or insertion away from `word` (Norvig's spelling corrector)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | changes | inserts

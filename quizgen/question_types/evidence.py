"""Reading cited sentences for evidence: which words they hold, whether they name a person or state a number."""

from __future__ import annotations

import re

from ..lexicon import lexicon
from ..numbers import parse_amount
from ..textnorm import fold

__all__ = ["contains", "names_in", "number_in", "similar_prompts", "states_answer", "words"]

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "that",
        "this",
        "it",
        "its",
        "as",
        "from",
        "which",
        "who",
        "what",
        "whom",
        "whose",
        "how",
        "when",
        "where",
        "why",
        "than",
        "then",
        "so",
    ]
)
_NUMBER = re.compile(
    r"\d[\d,]*(?:\.\d+)?|\b[a-z]+(?:-[a-z]+)?(?:[ -]hundred(?: and [a-z]+(?:[ -][a-z]+)?)?)?(?: and a half)?\b"
)


def words(text: str) -> set[str]:
    """The folded content words of `text` (no stop words, no single letters)."""
    return {w for w in _WORD.findall(fold(text)) if w not in _STOP and len(w) > 1}


def contains(text: str, phrase: str) -> bool:
    """Does `text` hold `phrase` as whole words, ignoring case and accents?"""
    return bool(phrase.strip()) and f" {fold(phrase)} " in f" {fold(text)} "


def names_in(name: str, quotes: str) -> bool:
    """A person's full name, or one of its names ('Mr. Xi' for Xi Jinping), appears in the quotes."""
    return name[:1].isupper() and any(contains(quotes, w) for w in name.split() if len(w) > 1)


def number_in(text: str, value: float) -> bool:
    """Is `value` written in the text, in digits ('240', '1,945') or words ('five', 'two and a half', 'one hundred')?"""
    for match in _NUMBER.finditer(text.lower()):
        amount = parse_amount(match.group())
        if amount is not None and abs(amount.value - value) < 1e-9:
            return True
    return False


def similar_prompts(a: str, b: str) -> bool:
    """Do two prompts share most (80%) of their content words?"""
    words_a, words_b = words(a), words(b)
    return bool(words_a and words_b) and len(words_a & words_b) / len(words_a | words_b) >= 0.8


def states_answer(forms: list[str], quotes: str) -> bool:
    """Do the quotes give one of the answer's forms, or its short name ('US'), or a person's surname?"""
    forms = forms + [short for short, (*_, full) in lexicon().name_aliases.items() if full in forms]
    return any(contains(quotes, form) or (len(form.split()) > 1 and names_in(form, quotes)) for form in forms)

"""Turning a source sentence into question text: blanks, tidy openings, final punctuation."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon
from ..models import BLANK

__all__ = ["blank_out", "capitalize", "plain", "replace_span", "sentence_case", "tidy", "word_count"]

_SPACES = re.compile(r"\s+")
_LOOSE = re.compile(r"\s+([.,;:!?]|['’]s\b)")  # 'at the _____ .', 'the _____ 's Department'
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.$")
_WORD = re.compile(r"[\w’'-]+")


@lru_cache(maxsize=1)
def _connectives() -> tuple[str, ...]:
    return tuple(sorted(lexicon().stem_connectives, key=len, reverse=True))


def tidy(text: str) -> str:
    """One line, single spaces, no space before punctuation or a possessive, no leading connective, a capital
    first letter."""
    text = _DOUBLE_STOP.sub(".", _LOOSE.sub(r"\1", _SPACES.sub(" ", text)).strip())  # '... of Allendale Inc..'
    for connective in _connectives():
        if text.startswith(connective + " ") or text.startswith(connective + ","):
            rest = text[len(connective) :].lstrip(" ,")
            if rest:
                text = capitalize(rest)
            break
    return capitalize(text)


def capitalize(text: str) -> str:
    """Upper-case the first letter only (after any opening quote)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "“\"‘'(":
            break
    return text


def sentence_case(text: str) -> str:
    """Lower-case the first letter (for splicing a sentence after 'Who' or 'that')."""
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def replace_span(text: str, start: int, end: int, replacement: str) -> str:
    return text[:start] + replacement + text[end:]


def blank_out(text: str, start: int, end: int) -> str:
    """The sentence with [start, end) replaced by a blank, tidied."""
    return tidy(replace_span(text, start, end, BLANK))


def plain(text: str) -> str:
    """Ensure a statement ends with a full stop: 'X said: “we are strong”' -> 'X said: “we are strong”.'"""
    text = text.rstrip()
    if text[-1:] in ".!?":
        return text
    if text[-1:] in "”\"’'" and text[-2:-1] in ".!?,":
        return text[:-2] + ("." if text[-2] == "," else text[-2]) + text[-1]
    return text + "."


def word_count(text: str) -> int:
    return len(_WORD.findall(text))

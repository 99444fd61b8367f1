"""Reading a number the way a student types it: "240", "$240 billion", "240bn", "90%", "two and a half"."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = ["Amount", "format_number", "number_words", "parse_amount", "unit_scale"]

_SCALES = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9,
    "t": 1e12, "tn": 1e12, "trillion": 1e12, "trillions": 1e12,
}
_WORD_NUMBERS = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
} | {word: 10 * (index + 2) for index, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}
_MULTIPLIERS = {"hundred": 100, "dozen": 12}
_DIGITS = re.compile(r"(?<![\w.])[-+−]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?!\.\d)")
_WORD = re.compile(r"[a-z%]+")
_PERCENT = {"%", "percent", "pct"}


@dataclass(frozen=True)
class Amount:
    """A number a student typed, with the scale word they gave ("billion"), if any."""

    value: float
    scale: float | None = None
    percent: bool = False

    @property
    def absolute(self) -> float:
        """The value with its scale applied: "240bn" -> 240e9."""
        return self.value * (self.scale or 1.0)


def parse_amount(text: str) -> Amount | None:
    """The single number in `text`, with its scale and percent sign; None if there is none or more than one."""
    cleaned = text.casefold().replace("per cent", "percent").replace("−", "-").strip()
    numbers = list(_DIGITS.finditer(cleaned))
    if len(numbers) > 1:
        return None
    if numbers:
        value = float(numbers[0].group().replace(",", "").replace("−", "-"))
        rest = cleaned[numbers[0].end() :]
    else:
        words = number_words(cleaned)
        if words is None:
            return None
        value, rest = words
    scale, percent = _scale_after(rest)
    return Amount(value=value, scale=scale, percent=percent)


def unit_scale(unit: str) -> float:
    """The scale a question's unit implies: 'billion dollars' -> 1e9, 'guns' -> 1."""
    for word in _WORD.findall(unit.casefold()):
        if word in _SCALES and len(word) > 2:
            return _SCALES[word]
    return 1.0


def format_number(value: float) -> str:
    """240.0 -> '240', 2019 -> '2019' (years and other four-digit numbers stay whole), 1234567 -> '1,234,567',
    2.5 -> '2.5'."""
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _scale_after(rest: str) -> tuple[float | None, bool]:
    words = [w for w in _WORD.findall(rest.replace("%", " % "))]
    for word in words[:2]:
        if word in _PERCENT:
            return None, True
        if word in _SCALES:
            return _SCALES[word], False
    return None, False


def number_words(text: str) -> tuple[float, str] | None:
    """The number the words at the start of `text` spell, and the rest of the text:
    'twenty-one guns' -> (21, ' guns'), 'two and a half' -> (2.5, ''), 'seven hundred and thirty-eight' -> (738, ''),
    'two dozen' -> (24, ''); None if no number word leads."""
    words = re.split(r"[\s-]+", text.casefold().replace("$", " ").strip())
    value = 0.0
    used = 0
    while used < len(words):
        word, following = words[used], words[used + 1] if used + 1 < len(words) else ""
        if word in _WORD_NUMBERS:
            value += _WORD_NUMBERS[word]
        elif word in _MULTIPLIERS:
            value = (value or 1) * _MULTIPLIERS[word]
        elif word == "a" and not used:
            value = 1
        elif not (word == "and" and used and words[used - 1] == "hundred" and following in _WORD_NUMBERS):
            break  # 'and' goes on only in 'seven hundred and thirty-eight'
        used += 1
    rest = words[used:]
    if rest[:3] == ["and", "a", "half"]:
        value, rest = value + 0.5, rest[3:]
    elif rest[:1] == ["half"] and words[used - 1 : used] == ["a"]:
        value, used, rest = 0.5, used + 1, rest[1:]
    if not used or words[:used] == ["a"]:
        return None
    return value, " " + " ".join(rest)

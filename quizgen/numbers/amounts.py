"""Reading a number the way a student types it: "240", "$240 billion", "240bn", "90%", "two and a half"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .table import number_table
from .words import number_words

__all__ = ["Amount", "parse_amount", "unit_scale"]

_DIGITS = re.compile(r"(?<![\w.])[-+−]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?!\.\d)")
_WORD = re.compile(r"[a-z%]+")


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
    scales = number_table().scale_values
    for word in _WORD.findall(unit.casefold()):
        # A unit spells its scale out: the 'm' of '20 m' is metres there.
        if word in scales and len(word) > 2:
            return scales[word]
    return 1.0


def _scale_after(rest: str) -> tuple[float | None, bool]:
    table = number_table()
    for word in _WORD.findall(rest.replace("%", " % "))[:2]:
        if word in table.percent_words:
            return None, True
        if word in table.scale_values:
            return table.scale_values[word], False
    return None, False

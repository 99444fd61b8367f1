"""Regular expressions built from the number table, so finding and marking numbers use the same words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .table import number_table

__all__ = ["NumberPatterns", "number_patterns", "scale_word_pattern"]


def _either(words: list[str] | tuple[str, ...]) -> str:
    # Longest first, so 'US$' is tried before '$'.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class NumberPatterns:
    """Pieces of the quantity finder's patterns, each a regex source with the named group it fills."""

    qualifier: str  # (?P<qual>...)?, 'more than ', 'just under ', 'about '
    number_words: str  # 'seven hundred and thirty-eight', 'two and a half'
    scale: str  # (?P<scale>...)?, ' billion', 'bn'
    symbol: str  # (?P<cur>...), '$', 'US$', '€'
    currency_word: str  # (?P<cur>...), 'dollars', 'roubles'
    months: str
    weekdays: str
    ordinals: str
    vague: re.Pattern[str]  # 'several ' ending the text before a number


@lru_cache(maxsize=1)
def number_patterns() -> NumberPatterns:
    """The patterns, built once from the table."""
    table = number_table()
    intensifiers = tuple(f"{w} " for w in table.intensifiers)
    qualifiers = {q.removeprefix(next((i for i in intensifiers if q.startswith(i)), "")) for q in table.bounds}
    qualifiers |= set(table.approximations)
    below_100 = [*table.units[1:], *table.tens, *table.multipliers]
    digits = table.units[1:10]
    under_100 = rf"(?:{'|'.join(sorted(below_100, key=len, reverse=True))})(?:[ -](?:{'|'.join(digits)}))?"
    hundred = next(w for w, v in table.multipliers.items() if v == 100)
    symbols = [s for c in table.currencies.values() for s in c.symbols]
    words = [w for c in table.currencies.values() for w in c.words]
    return NumberPatterns(
        qualifier=rf"(?P<qual>(?:(?:{'|'.join(table.intensifiers)}) )?(?:{_either(sorted(qualifiers))})\s+)?",
        number_words=rf"{under_100}(?:[ -]{hundred}(?: and {under_100})?)?(?: and a half)?",
        scale=rf"(?:\s*(?P<scale>{_either([*table.scales, *table.written_abbreviations])})\b)?",
        symbol=rf"(?P<cur>{_either(symbols)})",
        currency_word=rf"(?P<cur>{_either(words)})",
        months="|".join(table.months),
        weekdays="|".join(table.weekdays),
        ordinals="|".join(table.ordinals),
        vague=re.compile(rf"(?i)\b(?:{_either(table.vague)})\s+$"),
    )


@lru_cache(maxsize=1)
def scale_word_pattern() -> re.Pattern[str]:
    """A scale word right after a number, with the space before it: ' billion', 'bn', ' millions'."""
    table = number_table()
    words = [*table.scales, *(f"{w}s" for w in table.scales), *table.written_abbreviations]
    return re.compile(rf"\s*(?:{_either(words)})\b", re.IGNORECASE)

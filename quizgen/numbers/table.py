"""The number words, scale words, currencies and qualifiers in `quizgen/data/numbers.yaml`, loaded once and typed."""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

__all__ = ["Currency", "NumberTable", "number_table"]

_DATA = Path(__file__).parent.parent / "data" / "numbers.yaml"


class Currency(BaseModel):
    """How one currency is written: '$240 billion', '240 billion dollars', and named in a unit ('US dollars')."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    symbols: tuple[str, ...]
    words: tuple[str, ...]


class NumberTable(BaseModel):
    """Typed view of the numbers file, with the lookups built from it."""

    model_config = ConfigDict(frozen=True, extra="forbid", ignored_types=(cached_property,))

    units: tuple[str, ...]
    tens: tuple[str, ...]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    scales: dict[str, float]
    abbreviations: dict[str, str]
    written_abbreviations: tuple[str, ...]
    currencies: dict[str, Currency]
    percent_words: tuple[str, ...]
    lower_bounds: tuple[str, ...]
    upper_bounds: tuple[str, ...]
    approximations: tuple[str, ...]
    intensifiers: tuple[str, ...]
    vague: tuple[str, ...]
    weekdays: tuple[str, ...]
    months: tuple[str, ...]

    @cached_property
    def word_values(self) -> dict[str, int]:
        """'zero' -> 0 ... 'nineteen' -> 19, 'twenty' -> 20 ... 'ninety' -> 90."""
        return {word: value for value, word in enumerate(self.units)} | {
            word: 10 * (index + 2) for index, word in enumerate(self.tens)
        }

    @cached_property
    def scale_values(self) -> dict[str, float]:
        """Every way of writing a scale, with its value: 'billion', 'billions', 'bn', 'b' -> 1e9."""
        plurals = {f"{word}s": value for word, value in self.scales.items()}
        short = {abbreviation: self.scales[word] for abbreviation, word in self.abbreviations.items()}
        return self.scales | plurals | short

    @cached_property
    def currency_codes(self) -> dict[str, str]:
        """A currency symbol or word, in lower case, -> its code: 'us$' -> 'USD', 'roubles' -> 'RUB'."""
        return {
            written.casefold(): code
            for code, currency in self.currencies.items()
            for written in (*currency.symbols, *currency.words)
        }

    @cached_property
    def bounds(self) -> frozenset[str]:
        """Qualifiers that bound a number from either side ('more than', 'up to')."""
        return frozenset(self.lower_bounds + self.upper_bounds)


@lru_cache(maxsize=1)
def number_table() -> NumberTable:
    """The project's number table (read once per process)."""
    with _DATA.open(encoding="utf-8") as handle:
        return NumberTable.model_validate(yaml.safe_load(handle))

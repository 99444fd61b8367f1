"""Stage 2d: numbers, money, percentages, years and dates, with normalised values.

"$240 billion" and "240.1 billion dollars" both become money in US dollars
(2.4e11 and 2.401e11); "more than 90%" keeps its qualifier, because a wrong
option must not be made true by it; "two and a half hours" is 2.5 hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import lexicon
from ..numbers import number_patterns, number_table, number_words
from .tagging import Token

__all__ = ["Quantity", "find_quantities", "number_value"]

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = number_patterns()
    qual, scale = words.qualifier, words.scale
    num = rf"(?P<num>{_DIGITS}|\b{words.number_words}\b)"
    months = words.months
    return (
        ("money", re.compile(rf"(?i)(?<![\w$]){qual}{words.symbol}{num}{scale}")),
        ("money", re.compile(rf"(?i)\b{qual}{num}{scale}\s+{words.currency_word}\b")),
        ("percent", re.compile(rf"(?i)\b{qual}{num}\s?(?P<pct>%|percent\b|per cent\b)")),
        (
            "date",
            re.compile(
                rf"(?i)\b(?P<month>{months})\s+(?P<day>\d{{1,2}})(?:\s+and\s+\d{{1,2}})?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
            ),
        ),
        ("date", re.compile(rf"(?i)\b(?P<month>{months})\s+(?P<year>(?:19|20)\d\d)\b")),
        ("year", re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)s?\b(?!\s?%|-)")),
        # 'In 1665 Robert Hooke ...', 'since 1066': an earlier year, after a word that dates something
        (
            "year",
            re.compile(r"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil ))(?P<year>1[0-7]\d\d)\b(?!\s?[a-z%]|-)"),
        ),
        ("weekday", re.compile(rf"\b(?P<day>{words.weekdays})\b")),
        ("ordinal", re.compile(rf"(?i)\b(?P<ord>{words.ordinals}|\d+(?:st|nd|rd|th))\b(?!-)")),
        # nothing of '40s', '2,5000', '2005-06', '2PH', '3 1/2', '7/8'
        (
            "count",
            re.compile(
                rf"(?i)(?<![\w.:/-])(?<!\d,){qual}{num}{scale}(?!s\b|[\w.,]*\d|[:/-]\d|\s\d+/\d)(?-i:(?![A-Z]))"
            ),
        ),
    )


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a sentence: `text == sentence[start:end]` is what a question would blank out."""

    text: str
    start: int
    end: int
    kind: str  # money, percent, year, date, weekday, ordinal, count
    value: float
    unit: str  # USD, %, year, a counted noun ("times", "agreements"), or "" when unknown
    qualifier: str  # "more than", "about", ... or ""
    scale: str  # "billion", ... or ""
    decimals: int


def number_value(text: str) -> float | None:
    """'240.1' -> 240.1, '1,000' -> 1000, 'two and a half' -> 2.5, 'forty-three' -> 43, 'seven hundred and thirty-eight' -> 738."""
    text = text.lower().strip()
    if re.fullmatch(_DIGITS, text):
        return float(text.replace(",", ""))
    spelled = number_words(text)
    return spelled[0] if spelled is not None and not spelled[1].strip() else None


def find_quantities(text: str, tokens: tuple[Token, ...]) -> tuple[Quantity, ...]:
    """Every quantity in the sentence, longest match first, never overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[Quantity] = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            quantity = _build(kind, match, text, tokens)
            if quantity:
                taken.append((quantity.start, quantity.end))
                found.append(quantity)
    return tuple(sorted(found, key=lambda q: q.start))


def _build(kind: str, match: re.Match[str], text: str, tokens: tuple[Token, ...]) -> Quantity | None:
    table = number_table()
    groups = match.groupdict()
    qualifier = (groups.get("qual") or "").strip().lower()
    start, end = match.span()
    if kind == "year":
        return Quantity(match.group(), start, end, "year", float(groups["year"]), "year", "", "", 0)
    if kind == "weekday":
        return Quantity(
            match.group(), start, end, "weekday", float(table.weekdays.index(groups["day"])), "day", "", "", 0
        )
    if kind == "date":
        month = table.months.index(groups["month"].lower()) + 1
        year = groups.get("year")
        value = float(f"{year or 0}{month:02d}{int(groups.get('day') or 0):02d}")
        return Quantity(match.group(), start, end, "date", value, "date", "", "", 0)
    if kind == "ordinal":
        word = groups["ord"].lower()
        digits = re.match(r"\d+", word)
        value = table.ordinals.get(word) or (float(digits.group()) if digits else 0.0)
        return Quantity(match.group(), start, end, "ordinal", float(value), _unit_after(end, text, tokens), "", "", 0)
    number = groups["num"]
    read = number_value(number)
    if read is None or number_patterns().vague.search(text[:start]):
        return None  # 'several hundred million dollars' is no number a question can ask
    value = read
    scale = (groups.get("scale") or "").lower()
    decimals = len(number.split(".")[1]) if "." in number and number[0].isdigit() else 0
    if number.lower().endswith("and a half"):
        decimals = 1
    if kind == "count" and (_is_part_of_name(start, tokens) or _is_determiner_like(number, start, text)):
        return None
    scaled = value * table.scale_values.get(scale, 1.0)
    if kind == "money":
        unit = table.currency_codes[groups["cur"].lower()]
    elif kind == "percent":
        unit = "%"
    else:
        unit = _unit_after(end, text, tokens)
    return Quantity(text[start:end], start, end, kind, scaled, unit, qualifier, scale, decimals)


def _unit_after(end: int, text: str, tokens: tuple[Token, ...]) -> str:
    """The counted noun after a number: '11 inter-governmental agreements' -> 'agreements'."""
    hyphenated = re.match(r"-([a-z]+(?:-[a-z]+)?)", text[end:])
    if hyphenated:
        return hyphenated.group(1)
    following = [t for t in tokens if t.start >= end][:4]
    head = ""
    measure = ""
    for token in following:
        if token.tag.startswith("NN"):
            head = token.text if token.text[:1].isupper() else token.text.lower()
            if token.tag == "NNS":
                break  # 'Within six years blowflies developed ...': the years are what is counted
        elif token.tag in ("JJ", "VBN") or token.text == "-":
            if head:
                break
            if token.lower in _MEASURE_WORDS:
                measure = token.lower  # '5 nautical miles', '40 square kilometres'
            continue
        else:
            break
    return f"{measure} {head}" if measure and head else head


# Adjectives that are part of a unit's name: a nautical mile is not a mile.
_MEASURE_WORDS = frozenset({"nautical", "square", "cubic"})


def _is_determiner_like(number: str, start: int, text: str) -> bool:
    """'the two leaders', 'one solution', 'one-on-one', 'a hundred', 'a few hundred': word numbers that are
    not facts (or not exact)."""
    word = number.lower()
    if word == "one" or text[start:].lower().startswith("one-on-one"):
        return True
    if word in number_table().multipliers:
        return True
    spelled = number_value(word)
    if word[0].isdigit() or spelled is None or spelled >= 10:
        return False
    previous = text[:start].split()[-1:] or [""]
    return previous[0].lower() in lexicon().number_determiners


def _is_part_of_name(start: int, tokens: tuple[Token, ...]) -> bool:
    """'Power of Siberia 2', 'Luna-25': a number in or right after a proper noun is part of a name."""
    for token in tokens:
        if token.start <= start < token.end and token.tag in ("NNP", "NNPS") and not token.text[0].isdigit():
            return True
        if (
            token.end <= start
            and start - token.end <= 1
            and token.tag in ("NNP", "NNPS")
            and token is _last_before(tokens, start)
        ):
            return True
    return False


def _last_before(tokens: tuple[Token, ...], start: int) -> Token | None:
    before = [t for t in tokens if t.end <= start]
    return before[-1] if before else None

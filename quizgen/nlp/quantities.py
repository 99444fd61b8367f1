"""Stage 2d: numbers, money, percentages, years and dates, with normalised values.

"$240 billion" and "240.1 billion dollars" both become money in US dollars
(2.4e11 and 2.401e11); "more than 90%" keeps its qualifier, because a wrong
option must not be made true by it; "two and a half hours" is 2.5 hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import number_words
from .tagging import Token

__all__ = ["WEEKDAYS", "Quantity", "find_quantities", "format_number", "number_value"]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "hundredth": 100,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "tn": 1e12}
_CURRENCIES = {
    "$": "USD", "us$": "USD", "$us": "USD", "a$": "AUD", "au$": "AUD", "$a": "AUD", "dollars": "USD", "dollar": "USD", "€": "EUR", "euros": "EUR", "euro": "EUR",
    "£": "GBP", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "renminbi": "CNY",
}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

_QUAL = r"(?P<qual>(?:just |well )?(?:more than|less than|fewer than|over|under|about|around|nearly|almost|roughly|approximately|some|at least|up to)\s+)?"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNDER_100 = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?:[ -](?:" + "|".join(
    k for k in _WORDS if _WORDS[k] < 10
) + r"))?"
_WORDNUM = rf"{_UNDER_100}(?:[ -]hundred(?: and {_UNDER_100})?)?(?: and a half)?"  # 'seven hundred and thirty-eight'
_NUM = rf"(?P<num>{_DIGITS}|\b{_WORDNUM}\b)"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|tn|m)\b)?"

_PATTERNS = (
    ("money", re.compile(rf"(?i)(?<![\w$]){_QUAL}(?P<cur>US\$|\$US|AU?\$|\$A(?=\d)|\$|€|£){_NUM}{_SCALE}")),
    ("money", re.compile(rf"(?i)\b{_QUAL}{_NUM}{_SCALE}\s+(?P<cur>dollars|euros|rubles|roubles|yuan|pounds)\b")),
    ("percent", re.compile(rf"(?i)\b{_QUAL}{_NUM}\s?(?P<pct>%|percent\b|per cent\b)")),
    ("date", re.compile(r"(?i)\b(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<day>\d{1,2})(?:\s+and\s+\d{1,2})?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")),
    ("date", re.compile(r"(?i)\b(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<year>(?:19|20)\d\d)\b")),
    ("year", re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)s?\b(?!\s?%|-)")),
    ("weekday", re.compile(r"\b(?P<day>" + "|".join(WEEKDAYS) + r")\b")),
    ("ordinal", re.compile(r"(?i)\b(?P<ord>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b(?!-)")),
    ("count", re.compile(rf"(?i)(?<![\w.:-])(?<!\d,){_QUAL}{_NUM}{_SCALE}(?!s\b|[\w.,]*\d|[:-]\d)(?-i:(?![A-Z]))")),  # nothing of '40s', '2,5000', '2005-06', '2PH'
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


def format_number(value: float, decimals: int) -> str:
    """A number written the way the article wrote its neighbour: 190 or 190.5, with thousands commas."""
    return f"{value:,.{decimals}f}"


def find_quantities(text: str, tokens: tuple[Token, ...]) -> tuple[Quantity, ...]:
    """Every quantity in the sentence, longest match first, never overlapping."""
    taken: list[tuple[int, int]] = []
    found: list[Quantity] = []
    for kind, pattern in _PATTERNS:
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
    groups = match.groupdict()
    qualifier = (groups.get("qual") or "").strip().lower()
    start, end = match.span()
    if kind == "year":
        return Quantity(match.group(), start, end, "year", float(groups["year"]), "year", "", "", 0)
    if kind == "weekday":
        return Quantity(match.group(), start, end, "weekday", float(WEEKDAYS.index(groups["day"])), "day", "", "", 0)
    if kind == "date":
        month = _MONTHS.index(groups["month"].lower()) + 1
        year = groups.get("year")
        value = float(f"{year or 0}{month:02d}{int(groups.get('day') or 0):02d}")
        return Quantity(match.group(), start, end, "date", value, "date", "", "", 0)
    if kind == "ordinal":
        word = groups["ord"].lower()
        value = _ORDINALS.get(word) or float(re.match(r"\d+", word).group())
        return Quantity(match.group(), start, end, "ordinal", float(value), _unit_after(end, text, tokens), "", "", 0)
    number = groups["num"]
    value = number_value(number)
    if value is None or _VAGUE.search(text[:start]):
        return None  # 'several hundred million dollars' is no number a question can ask
    scale = (groups.get("scale") or "").lower()
    decimals = len(number.split(".")[1]) if "." in number and number[0].isdigit() else 0
    if number.lower().endswith("and a half"):
        decimals = 1
    if kind == "count" and (_is_part_of_name(start, tokens) or _is_determiner_like(number, start, text)):
        return None
    scaled = value * _SCALES.get(scale, 1.0)
    if kind == "money":
        unit = _CURRENCIES[groups["cur"].lower()]
    elif kind == "percent":
        unit = "%"
    else:
        unit = _unit_after(end, text, tokens)
    return Quantity(text[start:end], start, end, kind, scaled, unit, qualifier, scale, decimals)


_VAGUE = re.compile(r"(?i)\b(?:several|a few|few|a couple of|couple of|many|hundreds of|thousands of|dozens of|tens of)\s+$")


def _unit_after(end: int, text: str, tokens: tuple[Token, ...]) -> str:
    """The counted noun after a number: '11 inter-governmental agreements' -> 'agreements'."""
    hyphenated = re.match(r"-([a-z]+(?:-[a-z]+)?)", text[end:])
    if hyphenated:
        return hyphenated.group(1)
    following = [t for t in tokens if t.start >= end][:4]
    head = ""
    for token in following:
        if token.tag.startswith("NN"):
            head = token.text if token.text[:1].isupper() else token.text.lower()
        elif token.tag in ("JJ", "VBN") or token.text == "-":
            if head:
                break
            continue
        else:
            break
    return head


def _is_determiner_like(number: str, start: int, text: str) -> bool:
    """'the two leaders', 'one solution', 'one-on-one', 'a hundred', 'a few hundred': word numbers that are
    not facts (or not exact)."""
    word = number.lower()
    if word == "one" or text[start:].lower().startswith("one-on-one"):
        return True
    if word in ("hundred", "dozen"):
        return True
    if word[0].isdigit() or number_value(word) is None or number_value(word) >= 10:
        return False
    previous = text[:start].split()[-1:] or [""]
    return previous[0].lower() in _DETERMINERS


_DETERMINERS = {"the", "their", "these", "those", "its", "his", "her", "our", "both", "all"}


def _is_part_of_name(start: int, tokens: tuple[Token, ...]) -> bool:
    """'Power of Siberia 2', 'Luna-25': a number in or right after a proper noun is part of a name."""
    for token in tokens:
        if token.start <= start < token.end and token.tag in ("NNP", "NNPS") and not token.text[0].isdigit():
            return True
        if token.end <= start and start - token.end <= 1 and token.tag in ("NNP", "NNPS") and token is _last_before(tokens, start):
            return True
    return False


def _last_before(tokens: tuple[Token, ...], start: int) -> Token | None:
    before = [t for t in tokens if t.end <= start]
    return before[-1] if before else None

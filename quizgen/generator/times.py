"""Loose ends of time: a day, a month or a span that only the article's own date places ('last month',
'on Thursday', 'the past four months', 'dismissed in January')."""

from __future__ import annotations

import re

from ..config import PHRASES
from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from .loose_end import LooseEnd

__all__ = ["months_without_year", "relative_times", "spans_to_now", "weekdays"]


def relative_times(item: Analyzed, inside, relative_time: frozenset[str]) -> list[LooseEnd]:
    """'last month', 'this week', 'today', 'so far': when, the question does not say."""
    tokens = item.tokens
    found = []
    for i in range(len(tokens)):
        one = tokens[i].lower
        two = f"{one} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
        if two in relative_time and (inside(i) or inside(i + 1)):  # 'the _____ hours to 9am' asks '24 hours'
            found.append(LooseEnd(i, "time", two))
        elif one in relative_time and inside(i) and not (one == "ago" and _ages_ago(tokens, i)):
            found.append(LooseEnd(i, "time", one))
    return found


def weekdays(item: Analyzed, inside) -> list[LooseEnd]:
    """'On Thursday', 'next Tuesday', 'Tuesday's gains': a day a student cannot date from the question."""
    days = frozenset(w for w in lexicon().date_words if w.endswith("day"))
    return [LooseEnd(i, "time", t.text) for i, t in enumerate(item.tokens) if t.text in days and inside(i)]


_SPAN_OPENERS = frozenset({"past", "last", "next", "coming", "previous", "following"})
_SPAN_COUNTS = frozenset({"few", "several", "couple", "of", "two", "three", "four", "five", "six", "seven", "eight"})
_SPAN_NOUNS = frozenset({"day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years"})
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")


def _dated(item: Analyzed) -> bool:
    """The sentence names a year ('since 1998', 'in 2006')."""
    return any(t.tag == "CD" and _YEAR.match(t.text) for t in item.tokens)


def spans_to_now(item: Analyzed, inside) -> list[LooseEnd]:
    """'the past four months', 'over the next _____ years', 'within a week': a span counted from the day the
    article was written, which a question with no year in it does not give."""
    tokens = item.tokens
    if _dated(item):
        return []
    found = []
    for i, token in enumerate(tokens):
        if not inside(i):
            continue
        if token.lower in _SPAN_OPENERS and i > 0 and tokens[i - 1].lower == "the":
            j = i + 1
            while j < len(tokens) and j - i <= 3 and (tokens[j].tag == "CD" or tokens[j].lower in _SPAN_COUNTS):
                j += 1
            if j < len(tokens) and tokens[j].lower in _SPAN_NOUNS and not _long_ago(tokens[i + 1 : j + 1]):
                found.append(LooseEnd(i, "time", f"the {token.text} ... {tokens[j].text}"))
        elif token.lower == "within" and i + 1 < len(tokens):
            nxt = tokens[i + 2] if tokens[i + 1].lower in ("a", "an") and i + 2 < len(tokens) else tokens[i + 1]
            if nxt.lower in _SPAN_NOUNS:
                found.append(LooseEnd(i, "time", f"within {nxt.text}"))
    return found


def _long_ago(span) -> bool:
    """'the past 10,000 years': so long a span that the day it is counted from does not matter."""
    digits = [t.text.replace(",", "") for t in span if t.tag == "CD"]
    return span[-1].lower == "years" and any(d.isdigit() and int(d) >= PHRASES.long_span_years for d in digits)


def months_without_year(item: Analyzed, inside) -> list[LooseEnd]:
    """'dismissed in January', 'on 2 October': a month, in a sentence that names no year."""
    if _dated(item):
        return []
    months = frozenset(w for w in lexicon().date_words if not w.endswith("day"))
    return [
        LooseEnd(i, "time", t.text)
        for i, t in enumerate(item.tokens)
        if t.text in months and t.tag == "NNP" and inside(i)
    ]


def _ages_ago(tokens, index: int) -> bool:
    """'3.3 million years ago' dates a thing whenever the story was written; 'three years ago' does not."""
    return any(t.lower in ("thousand", "million", "billion", "centuries") for t in tokens[max(0, index - 3) : index])

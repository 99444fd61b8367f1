"""What an article says about itself: its headline, its date line, its outlet trailer."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import lexicon
from ..numbers import number_table
from .segment import Block

__all__ = ["Inferred", "infer_metadata", "parse_date"]

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=1)
def _dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'June 12, 2024' and '12 June 2024'."""
    months = "|".join(number_table().months)
    month_first = re.compile(rf"({months})\s+(\d{{1,2}}),?\s+(\d{{4}})", re.IGNORECASE)
    day_first = re.compile(rf"(\d{{1,2}})\s+({months}),?\s+(\d{{4}})", re.IGNORECASE)
    return month_first, day_first


@dataclass(frozen=True)
class Inferred:
    """Metadata read from the text itself; any of it may be missing."""

    title: str | None
    published: dt.date | None
    outlet: str | None


def infer_metadata(text: str, blocks: tuple[Block, ...]) -> Inferred:
    """Title from the headline, date from a date line or date stamp, outlet from a trailer."""
    title = published = outlet = None
    for block in blocks:
        content = text[block.start : block.end]
        if block.kind == "title" and title is None:
            title = _MARKDOWN_HEADING.sub("", content).strip()
        elif block.kind in ("date", "lead") and published is None:
            published = parse_date(content)
        elif block.kind == "trailer":
            match = lexicon().outlet_trailer.match(content)
            outlet = match.group(1).strip() if match else None
    return Inferred(title=title, published=published, outlet=outlet)


def parse_date(text: str) -> dt.date | None:
    """The first calendar date written in `text` ('2024-05-21', 'June 12, 2024', '12 June 2024')."""
    try:
        if match := _ISO.search(text):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        month_first, day_first = _dates()
        months = number_table().months
        if match := month_first.search(text):
            return dt.date(int(match[3]), months.index(match[1].lower()) + 1, int(match[2]))
        if match := day_first.search(text):
            return dt.date(int(match[3]), months.index(match[2].lower()) + 1, int(match[1]))
    except ValueError:
        return None
    return None

"""Item analysis of an assignment's results: pure functions over plain values (docs/item-analysis.md).

Each student counts once, with one attempt; each question is a 0/1 item; a student's total is how many
items they got right. Definitions, for the N students who were given an item:

- facility: the share of them who got it right;
- discrimination: (right in the upper group - right in the lower group) / g, where the groups are the g
  students with the highest and the lowest totals, g = round(0.27 N) rounded half up, at least 1;
  ties in the ranking keep the order the results were given in;
- point-biserial: Pearson's correlation between the item (0/1) and the total of the OTHER items (the rest
  score), so the item does not correlate with itself; None when either does not vary;
- choices: how many chose each option (choice questions), and how many gave no answer;
- mean time: the mean seconds of the answers given.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Literal

from ..config import CLASSES
from ..question_types import NO_ANSWER

__all__ = [
    "FLAG_NAMES",
    "FLAG_TEXT",
    "Flag",
    "ItemInfo",
    "ItemStats",
    "Mark",
    "Sitting",
    "analyse_items",
    "group_size",
    "item_flags",
]

Flag = Literal["very_hard", "very_easy", "weak_discrimination", "check_the_key"]

FLAG_TEXT: dict[Flag, str] = {
    "very_hard": f"very hard: fewer than {CLASSES.facility_low:.0%} got it right",
    "very_easy": f"very easy: more than {CLASSES.facility_high:.0%} got it right",
    "weak_discrimination": "tells strong and weak students apart poorly",
    "check_the_key": "weaker students did better than stronger ones: check the key",
}

# The same flags in a word or two, for a line that has little room.
FLAG_NAMES: dict[Flag, str] = {
    "very_hard": "very hard",
    "very_easy": "very easy",
    "weak_discrimination": "weak discrimination",
    "check_the_key": "check the key",
}


@dataclass(frozen=True)
class ItemInfo:
    """A question of the analysis: its key, and the options a student picks from (empty when typed)."""

    question: str
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mark:
    """One student's mark on one item; `choice` is what they picked (None when unanswered or typed)."""

    question: str
    correct: bool
    choice: str | None = None
    seconds: float | None = None


@dataclass(frozen=True)
class Sitting:
    """One student's counted attempt: a mark for every item they were given."""

    student: str
    marks: tuple[Mark, ...]

    @property
    def total(self) -> int:
        """How many items they got right."""
        return sum(mark.correct for mark in self.marks)


@dataclass(frozen=True)
class ItemStats:
    """What the analysis says about one item."""

    question: str
    students: int
    facility: float | None
    discrimination: float | None
    point_biserial: float | None
    choices: dict[str, int]
    mean_seconds: float | None
    flags: tuple[Flag, ...]


def group_size(students: int) -> int:
    """The size of the upper and of the lower group: 27% of the students, rounded half up, at least 1."""
    return max(1, math.floor(CLASSES.group_share * students + 0.5))


def analyse_items(items: Sequence[ItemInfo], sittings: Sequence[Sitting]) -> list[ItemStats]:
    """The statistics of each item, in the order of `items`."""
    return [_item_stats(item, sittings) for item in items]


def _item_stats(item: ItemInfo, sittings: Sequence[Sitting]) -> ItemStats:
    given = [(sitting, mark) for sitting in sittings for mark in sitting.marks if mark.question == item.question]
    scores = [int(mark.correct) for _, mark in given]
    totals = [sitting.total for sitting, _ in given]
    facility = fmean(scores) if scores else None
    discrimination = _discrimination(scores, totals) if scores else None
    point_biserial = _correlation(scores, [total - score for score, total in zip(scores, totals, strict=True)])
    times = [mark.seconds for _, mark in given if mark.seconds is not None]
    return ItemStats(
        question=item.question,
        students=len(given),
        facility=facility,
        discrimination=discrimination,
        point_biserial=point_biserial,
        choices=_choice_counts(item, [mark for _, mark in given]),
        mean_seconds=fmean(times) if times else None,
        flags=item_flags(facility, discrimination),
    )


def _discrimination(scores: Sequence[int], totals: Sequence[int]) -> float:
    size = group_size(len(scores))
    # sorted() is stable, so students with equal totals keep their given order in both rankings.
    ranked = sorted(range(len(scores)), key=lambda index: -totals[index])
    lowest = sorted(range(len(scores)), key=lambda index: totals[index])
    upper = sum(scores[index] for index in ranked[:size])
    lower = sum(scores[index] for index in lowest[:size])
    return (upper - lower) / size


def _correlation(xs: Sequence[int], ys: Sequence[int]) -> float | None:
    """Pearson's r, or None when there are fewer than two values or either list does not vary."""
    count = len(xs)
    if count < 2:
        return None
    mean_x, mean_y = fmean(xs), fmean(ys)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def _choice_counts(item: ItemInfo, marks: Sequence[Mark]) -> dict[str, int]:
    if not item.options:
        return {}
    counts = dict.fromkeys(item.options, 0)
    counts[NO_ANSWER] = 0
    for mark in marks:
        key = mark.choice if mark.choice in counts else NO_ANSWER
        counts[key] += 1
    return counts


def item_flags(facility: float | None, discrimination: float | None) -> tuple[Flag, ...]:
    """The flags a facility and a discrimination earn (None: not known, so no flag from it)."""
    flags: list[Flag] = []
    if facility is not None and facility < CLASSES.facility_low:
        flags.append("very_hard")
    if facility is not None and facility > CLASSES.facility_high:
        flags.append("very_easy")
    if discrimination is not None and discrimination < 0:
        flags.append("check_the_key")
    elif discrimination is not None and discrimination < CLASSES.discrimination_low:
        flags.append("weak_discrimination")
    return tuple(flags)

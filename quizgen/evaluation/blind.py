"""Blind rating: a sheet a rater can judge with nothing else, their ratings, and the figures two raters give.

A sheet shows each question as a student would see it, its key, and the sentences it cites with the
outlet and date, numbered 1..n, and nothing about how it was made. Raters return one CSV row per question
(`q,grammatical,understandable,correct,distractors,accept,note`).
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import QuizgenError
from ..models import Bank, Source
from ..models.question import Question
from ..question_types import kind_of

__all__ = [
    "BlindRating",
    "RaterFigures",
    "agreement",
    "blind_sheet",
    "figures",
    "parse_ratings_csv",
]

_LETTERS = "ABCDEFGHIJ"
CRITERIA = ("grammatical", "understandable", "correct", "distractors")


def _where(source: Source | None) -> str:
    if source is None:
        return "unknown source"
    date = source.published.isoformat() if source.published else (source.notes or "date not stated")
    return f"{source.outlet or 'outlet not stated'}, {date}: “{source.title}”"


def blind_sheet(questions: Sequence[Question], bank: Bank, *, seed: int) -> str:
    """The questions as a numbered Markdown sheet; options in the order `seed` gives, as a student sees them."""
    lines = [
        "# Rating sheet",
        "",
        f"{len(questions)} questions. Rate each with the rubric; one CSV row per question.",
        "",
    ]
    for number, question in enumerate(questions, start=1):
        lines += [
            f"## Q{number} · {kind_of(question).label}",
            "",
            f"**Question:** {question.prompt}",
            "",
        ]
        kind = kind_of(question)
        options, key = kind.options(question), kind.answer_text(question)
        if key in options:  # one option is the key: lettered, as a student sees them
            lines += [f"- {letter}. {option}" for letter, option in zip(_LETTERS, options, strict=False)]
            lines += ["", f"**Key:** {_LETTERS[options.index(key)]}. {key}"]
        elif options:  # items to pair up: the right-hand ones shuffled, as a student sees them
            shuffled = list(options)
            random.Random(f"{seed}:{question.id}").shuffle(shuffled)
            lines += ["Right items (shuffled): " + " | ".join(shuffled), "", f"**Key:** {key}"]
        else:
            lines.append(f"**Key:** {key}")
        lines += ["", "**Cited sentences:**", ""]
        for citation in question.citations:
            lines.append(f"> {citation.quote}")
            lines.append(f"> — {_where(bank.source(citation.source))}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


class BlindRating(BaseModel):
    """One rater's judgement of one question (3 best); `distractors` only for multiple choice."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    q: int = Field(ge=1)
    grammatical: int = Field(ge=1, le=3)
    understandable: int = Field(ge=1, le=3)
    correct: int = Field(ge=1, le=3)
    distractors: int | None = Field(default=None, ge=1, le=3)
    accept: bool
    note: str = ""

    @field_validator("distractors", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and value.strip().lower() in ("", "-", "n/a", "na", "none")):
            return None
        return value

    @field_validator("accept", mode="before")
    @classmethod
    def _yes_no(cls, value: object) -> object:
        if isinstance(value, str):
            folded = value.strip().lower()
            if folded in ("yes", "y", "true", "1", "accept"):
                return True
            if folded in ("no", "n", "false", "0", "reject"):
                return False
        return value


def parse_ratings_csv(text: str, name: str) -> list[BlindRating]:
    """A rater's CSV (header `q,grammatical,understandable,correct,distractors,accept,note`) as ratings."""
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    ratings = []
    for line, row in enumerate(rows, start=2):
        cleaned = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        try:
            ratings.append(BlindRating.model_validate(cleaned))
        except ValidationError as error:
            raise QuizgenError(f"{name}:{line}: {error.errors()[0]['msg']}") from None
    numbers = [r.q for r in ratings]
    if len(set(numbers)) != len(numbers):
        raise QuizgenError(f"{name}: a question is rated twice")
    return sorted(ratings, key=lambda r: r.q)


@dataclass(frozen=True)
class RaterFigures:
    """One rater's figures over a set of questions."""

    rated: int
    accepted: int
    means: dict[str, float]

    @property
    def share(self) -> float:
        return self.accepted / self.rated if self.rated else 0.0


def figures(ratings: Sequence[BlindRating], only: set[int] | None = None) -> RaterFigures:
    """Acceptance and mean scores, over the questions numbered in `only` (all when None)."""
    chosen = [r for r in ratings if only is None or r.q in only]
    means = {}
    for name in CRITERIA:
        values = [getattr(r, name) for r in chosen if getattr(r, name) is not None]
        means[name] = sum(values) / len(values) if values else float("nan")
    return RaterFigures(len(chosen), sum(r.accept for r in chosen), means)


@dataclass(frozen=True)
class Agreement:
    """How far two raters agree on the verdict: raw share and Cohen's kappa."""

    compared: int
    agreed: int
    kappa: float
    both_accept: int

    @property
    def share(self) -> float:
        return self.agreed / self.compared if self.compared else 0.0


def agreement(first: Mapping[int, bool], second: Mapping[int, bool]) -> Agreement:
    """Agreement on accept/reject over the questions both raters rated."""
    common = sorted(set(first) & set(second))
    n = len(common)
    agreed = sum(first[q] == second[q] for q in common)
    both = sum(first[q] and second[q] for q in common)
    if not n:
        return Agreement(0, 0, float("nan"), 0)
    observed = agreed / n
    p1 = sum(first[q] for q in common) / n
    p2 = sum(second[q] for q in common) / n
    expected = p1 * p2 + (1 - p1) * (1 - p2)
    kappa = 1.0 if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(n, agreed, kappa, both)

"""A strict teacher's ratings of a random sample of questions, kept in a file beside the gold facts."""

from __future__ import annotations

import os
import random
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from ..config import LIMITS
from ..models import Bank
from ..models.question import Question
from ..storage import parse_model, parse_yaml, read_text_file

__all__ = ["Rating", "RatingSet", "Acceptability", "acceptability", "draw_sample", "load_ratings"]

Score = int


class Rating(BaseModel):
    """The rubric of docs/quality.md: 3 is best; `distractors` only for multiple choice."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    grammatical: Score = Field(ge=1, le=3)
    understandable: Score = Field(ge=1, le=3)
    correct: Score = Field(ge=1, le=3)
    distractors: Score | None = Field(default=None, ge=1, le=3)
    accept: bool
    note: str = ""


class RatingSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    seed: int
    size: int
    ratings: list[Rating]


def load_ratings(path: str | os.PathLike[str]) -> RatingSet:
    text = read_text_file(path, max_bytes=LIMITS.catalog_max_bytes)
    return parse_model(RatingSet, parse_yaml(text, str(path)), text, str(path))


def draw_sample(questions: Sequence[Question], size: int, seed: int) -> list[Question]:
    """A reproducible random sample of the questions as generated, whatever a teacher's review made of
    them since (ids do not change with the status, so review does not change the sample)."""
    pool = sorted(questions, key=lambda q: q.id)
    return random.Random(seed).sample(pool, min(size, len(pool)))


@dataclass(frozen=True)
class Acceptability:
    rated: int
    accepted: int
    unrated: tuple[str, ...]
    means: dict[str, float]

    @property
    def share(self) -> float:
        return self.accepted / self.rated if self.rated else 0.0


def acceptability(bank: Bank, ratings: RatingSet) -> Acceptability:
    """How many of the sampled questions (as drawn from this bank) a teacher accepted."""
    sample = draw_sample(bank.questions, ratings.size, ratings.seed)
    by_id = {r.id: r for r in ratings.ratings}
    rated = [by_id[q.id] for q in sample if q.id in by_id]
    means = {}
    for name in ("grammatical", "understandable", "correct", "distractors"):
        values = [getattr(r, name) for r in rated if getattr(r, name) is not None]
        means[name] = sum(values) / len(values) if values else 0.0
    return Acceptability(
        rated=len(rated),
        accepted=sum(r.accept for r in rated),
        unrated=tuple(q.id for q in sample if q.id not in by_id),
        means=means,
    )

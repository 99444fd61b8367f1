"""Gold facts: what a good quiz on the articles must cover, written by people, and how much a bank covers."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from ..config import LIMITS
from ..models import Bank
from ..models.question import Question
from ..question_types import kind_of
from ..storage import parse_model, parse_yaml, read_text_file
from ..textnorm import fold

__all__ = ["Coverage", "GoldFact", "GoldSet", "coverage", "load_gold"]


class GoldFact(BaseModel):
    """A fact a quiz must test: any of `answers` must be what a question asks for, about one of `context`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    fact: str
    sources: list[str] = Field(min_length=1)
    answers: list[str] = Field(min_length=1)
    context: list[str] = Field(min_length=1)


class GoldSet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    facts: list[GoldFact]


def load_gold(path: str | os.PathLike[str]) -> GoldSet:
    text = read_text_file(path, max_bytes=LIMITS.catalog_max_bytes)
    return parse_model(GoldSet, parse_yaml(text, str(path)), text, str(path))


@dataclass(frozen=True)
class Coverage:
    """Which gold facts some question tests (and which one), and which no question does."""

    covered: dict[str, str]
    missing: tuple[GoldFact, ...]
    total: int

    @property
    def share(self) -> float:
        return len(self.covered) / self.total if self.total else 0.0


def _asked(question: Question) -> str:
    """The words a question's key consists of: what a student must know to answer it."""
    return kind_of(question).asked(question)


def _has(text: str, phrase: str) -> bool:
    return f" {fold(phrase)} " in f" {fold(text)} "


def coverage(bank: Bank, gold: GoldSet, *, reviewed: bool = True) -> Coverage:
    """A gold fact is covered by a question whose key holds one of its answers and whose prompt or
    explanation names one of its context words; with `reviewed`, rejected questions do not count."""
    usable: Sequence[Question] = [q for q in bank.questions if not reviewed or q.status != "rejected"]
    covered: dict[str, str] = {}
    for fact in gold.facts:
        for question in usable:
            asked = _asked(question)
            around = f"{question.prompt} {question.explanation} {asked}"
            if any(_has(asked, a) for a in fact.answers) and any(_has(around, c) for c in fact.context):
                covered[fact.id] = question.id
                break
    missing = tuple(f for f in gold.facts if f.id not in covered)
    return Coverage(covered=covered, missing=missing, total=len(gold.facts))

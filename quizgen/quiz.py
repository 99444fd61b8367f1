"""Making a quiz from banks: which questions may be served, drawing them, shuffling, scoring."""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .grading import Response, grade, is_answered
from .models import Bank, Question
from .question_types import kind_of, labels
from .textnorm import fold

__all__ = [
    "QUESTION_TYPE_NAMES",
    "QuizItem",
    "QuizMode",
    "Score",
    "Selection",
    "draw",
    "matches",
    "matching_items",
    "missed",
    "presented_options",
    "score",
    "servable",
    "topics_of",
]

QuizMode = Literal["practice", "test"]


class _TypeNames(Mapping[str, str]):
    """`type:` tag -> the name students read, read from the question-type registry each time."""

    def __getitem__(self, name: str) -> str:
        return labels()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(labels())

    def __len__(self) -> int:
        return len(labels())


QUESTION_TYPE_NAMES: Mapping[str, str] = _TypeNames()


@dataclass(frozen=True)
class QuizItem:
    """One question of a quiz and the bank file it comes from."""

    bank: str
    question: Question


@dataclass(frozen=True)
class Selection:
    """What a student asked for; an empty set means "any"."""

    banks: tuple[str, ...]
    topics: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    difficulties: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Score:
    """How a quiz went."""

    right: int
    answered: int
    total: int

    @property
    def percent(self) -> int:
        """Whole-number percentage right (0 for an empty quiz)."""
        return round(100 * self.right / self.total) if self.total else 0


def servable(bank: Bank) -> list[Question]:
    """The questions a student may see: never rejected ones; only approved ones if the bank says so."""
    if bank.approved_only:
        return [q for q in bank.questions if q.status == "approved"]
    return [q for q in bank.questions if q.status != "rejected"]


def matching_items(banks: Mapping[str, Sequence[Question]], selection: Selection) -> list[QuizItem]:
    """The servable questions of the chosen banks that match the chosen topics, types and difficulties."""
    topics = {fold(topic) for topic in selection.topics}
    return [
        QuizItem(name, question)
        for name in selection.banks
        for question in banks.get(name, ())
        if matches(question, types=selection.types, difficulties=selection.difficulties, folded_topics=topics)
    ]


def matches(
    question: Question, *, types: Collection[str], difficulties: Collection[str], folded_topics: Collection[str]
) -> bool:
    """Is the question of one of `types`, `difficulties` and (folded) topics? An empty collection means any."""
    if types and question.type not in types:
        return False
    if difficulties and question.difficulty not in difficulties:
        return False
    return not folded_topics or any(fold(topic) in folded_topics for topic in question.topics)


def topics_of(questions: Iterable[Question]) -> list[str]:
    """Every topic these questions have, once each (ignoring case), sorted."""
    seen: dict[str, str] = {}
    for question in questions:
        for topic in question.topics:
            seen.setdefault(fold(topic), topic)
    return sorted(seen.values(), key=fold)


def draw(items: Sequence[QuizItem], count: int, seed: int) -> list[QuizItem]:
    """`count` items (or all there are) in a random order that depends only on `seed`."""
    return random.Random(seed).sample(list(items), min(count, len(items)))


def presented_options(question: Question, seed: int) -> list[str]:
    """The choices (multiple choice) or right-hand items (matching) in the order this attempt shows them."""
    options = kind_of(question).options(question)
    random.Random(f"{seed}:{question.id}").shuffle(options)
    return options


def score(items: Sequence[QuizItem], responses: Sequence[Response]) -> Score:
    """Right and answered counts over the whole quiz."""
    grades = [grade(item.question, response) for item, response in zip(items, responses, strict=True)]
    return Score(
        right=sum(g.correct for g in grades),
        answered=sum(is_answered(i.question, r) for i, r in zip(items, responses, strict=True)),
        total=len(items),
    )


def missed(items: Sequence[QuizItem], responses: Sequence[Response]) -> list[QuizItem]:
    """The items answered wrongly or not at all, in quiz order (for "retry the ones I missed")."""
    return [item for item, response in zip(items, responses, strict=True) if not grade(item.question, response).correct]

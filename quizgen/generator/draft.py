"""Stage 4's output: a candidate question before ranking, with the facts it rests on."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..nlp.analysis import Analyzed
from ..question_types import kind_of
from .facts.model import Fact

__all__ = ["Draft"]


@dataclass(frozen=True)
class Draft:
    """A question as generated: what it asks, its key, and the facts (so sentences) that support it.

    `key` names the fact tested ('quantity|2.4e11|USD'), so two drafts with one key test the
    same thing; `score` is the ranking score (higher is better).
    """

    type: str
    form: str
    prompt: str
    answer: str | bool | float
    facts: tuple[Fact, ...]
    key: str
    score: float
    choices: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()
    tolerance: float = 0.0
    unit: str = ""
    pairs: tuple[tuple[str, str], ...] = ()
    statement: str = ""  # the true statement behind the question, for the explanation
    also_in: tuple[Analyzed, ...] = field(default=())  # other sources stating the same fact
    disagreement: str = ""  # how the sources differ, when they do
    conflicting: tuple[Analyzed, ...] = field(default=())  # the sentences that differ
    context: tuple[Analyzed, ...] = field(default=())  # earlier sentences naming what the question's references mean

    @cached_property
    def cited(self) -> tuple[Analyzed, ...]:
        """Every sentence the question cites, without repeats: its facts', then corroborating and conflicting ones."""
        seen: dict[tuple[str, int], Analyzed] = {}
        for fact in self.facts:
            for item in fact.sentences:
                seen.setdefault((item.source_id, item.sentence.start), item)
        for item in (*self.context, *self.also_in, *self.conflicting):
            seen.setdefault((item.source_id, item.sentence.start), item)
        return tuple(seen.values())

    @property
    def answer_text(self) -> str:
        """The answer as words (for leak checks): the keyed option, the number, or the pairs."""
        return kind_of(self.type).draft_answer_text(self)

"""Stage 3's output: a checkable fact, tied to the sentence (and span) it comes from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ...nlp.analysis import Analyzed
from ...nlp.quantities import Quantity

__all__ = ["Fact", "FactKind"]

FactKind = Literal["quantity", "entity", "subject", "role", "description", "quote"]


@dataclass(frozen=True, slots=True)
class Fact:
    """What a question will ask.

    `answer_start:answer_end` locate the answer in `item.text` (for a blank or a highlight).
    Role, description and quote facts are about a `subject` (a person or a named thing), with
    `detail` the role, description or quoted words. `support` holds other sentences a reader needs
    (the sentence that names a quote's speaker).
    """

    kind: FactKind
    item: Analyzed
    answer: str
    answer_start: int
    answer_end: int
    answer_kind: str
    answer_subtype: str
    quantity: Quantity | None = None
    subject: str = ""
    subject_kind: str = ""
    subject_subtype: str = ""
    detail: str = ""
    detail_start: int = 0
    detail_end: int = 0
    support: tuple[Analyzed, ...] = field(default=())

    @property
    def sentences(self) -> tuple[Analyzed, ...]:
        """Every sentence a question on this fact cites, the answer's own first."""
        return (self.item, *self.support)

"""One loose end: a word of a copied sentence a student cannot resolve without the article."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LooseEnd"]


@dataclass(frozen=True, slots=True)
class LooseEnd:
    """One word (token index) a student could not resolve, and what kind of loose end it is."""

    index: int
    kind: str  # pronoun, narrator, demonstrative, such, definite, relational, time, place, surname, unnamed
    text: str

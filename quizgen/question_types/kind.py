"""The contract a question type fulfils: every place the rest of quizgen treats types differently.

Each type module defines one `QuestionKind` subclass and the registry maps its `name`
(the bank's `type:` tag) to it. Every capability is abstract, so a type that misses
one cannot be instantiated, let alone registered.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from .base import QuestionBase

if TYPE_CHECKING:
    from ..generator.draft import Draft

__all__ = [
    "ATTRIBUTES",
    "NO_ANSWER",
    "Grade",
    "QuestionKind",
    "Renderer",
    "Response",
    "SourceGap",
    "plain_response_text",
    "text_answered",
    "word_pattern",
]

# What a student gives: the chosen choice (multiple choice), True/False, typed text
# (fill in the blank, numeric), or the right-hand item chosen for each pair (matching).
Response = str | bool | list[str | None] | None

# An export renderer gives a format's type-specific part of one question (a GIFT answer block, a
# Moodle question's elements, a flashcard's lines); it raises export.base.Unfit for a question
# the format cannot hold.
Renderer = Callable[[Any], Any]

NO_ANSWER = "No answer"

# The class attributes a kind must set (the methods are enforced by ABC).
ATTRIBUTES = ("name", "label", "model", "widgets", "exporters", "reported_forms", "corroborated")


@dataclass(frozen=True)
class Grade:
    """Whether a response is right; `pairs_right` tells which pairs of a matching question were."""

    correct: bool
    answered: bool
    pairs_right: tuple[bool, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class SourceGap:
    """Where a key is not what its cited sentences state: the form field, what to tell the teacher, and
    whether a save is refused (it is when the key is picked from the question's own items, not typed)."""

    field: str
    message: str
    refused: bool = False

    @property
    def told(self) -> str:
        """The message as the teacher reads it: a refusal says what to do, a warning what students would see."""
        return (
            self.message if self.refused else f"{self.message}, so students would read a source that does not back it"
        )


class QuestionKind(ABC):
    """One question type: its model and how grading, display, review, evaluation and generation treat it."""

    name: ClassVar[str]  # the `type:` tag in a bank
    label: ClassVar[str]  # what students and teachers read ("Multiple choice")
    model: ClassVar[type[QuestionBase]]
    # Dotted path of the app module whose `WIDGETS` draws this type (answer widget, feedback,
    # teacher form); kept as a path so the library never imports Streamlit.
    widgets: ClassVar[str]
    # Format name ('gift', 'moodle-xml', 'card', ...) -> renderer; a format a type lacks skips its questions.
    exporters: ClassVar[Mapping[str, Renderer]]
    # Forms of this type the evaluation report counts as a kind of their own ("quote_attribution").
    reported_forms: ClassVar[tuple[str, ...]]
    # Whether the generator looks for other sources stating a draft's fact.
    corroborated: ClassVar[bool]

    # --- answering ---

    @abstractmethod
    def is_answered(self, question: Any, response: Response) -> bool:
        """False for no response or one the student has not finished."""

    @abstractmethod
    def grade(self, question: Any, response: Response) -> Grade:
        """Mark one response, leniently where a teacher would be; an unanswered question is wrong."""

    @abstractmethod
    def answer_text(self, question: Any) -> str:
        """The right answer, as a student reads it."""

    @abstractmethod
    def response_text(self, question: Any, response: Response) -> str:
        """What the student answered, as text (`NO_ANSWER` when they gave none)."""

    @abstractmethod
    def right_response(self, question: Any) -> Response:
        """A response that `grade` marks right (for a teacher's preview)."""

    @abstractmethod
    def options(self, question: Any) -> list[str]:
        """The items a student picks from, before shuffling (empty when the student types or picks true/false)."""

    # --- citations ---

    @abstractmethod
    def answer_terms(self, question: Any) -> list[str]:
        """The words of the right answer worth marking in a cited sentence."""

    @abstractmethod
    def term_pattern(self, term: str) -> str:
        """The regular expression that finds `term` (escaped) in a cited sentence."""

    # --- review and evaluation ---

    @abstractmethod
    def searchable(self, question: Any) -> list[str]:
        """The key's texts a teacher may search the question by."""

    @abstractmethod
    def answer_key(self, question: Any) -> str:
        """The answer, folded: two questions of a type with one key and one sentence test one fact."""

    @abstractmethod
    def near_duplicate(self, a: Any, b: Any) -> bool:
        """Do two questions of this type with the same `answer_key` ask the same thing?"""

    @abstractmethod
    def supported(self, question: Any, quotes: str) -> bool:
        """Do the cited sentences (joined) state what the key says?"""

    @abstractmethod
    def source_gap(self, question: Any, quotes: str) -> SourceGap | None:
        """What a teacher writing or editing the question is told when the cited sentences (joined) do not
        state its key; None when they do."""

    @abstractmethod
    def prompt_failures(self, question: Any) -> list[tuple[str, str]]:
        """(check, detail) for every way the prompt or options give the answer away or muddle the key."""

    @abstractmethod
    def asked(self, question: Any) -> str:
        """The words the key consists of: what a student must know (matched against gold facts)."""

    @abstractmethod
    def sheet_lines(self, question: Any) -> list[str]:
        """The key as lines of a rating sheet, under the prompt."""

    @abstractmethod
    def id_fields(self, question: Any) -> dict[str, Any]:
        """The key's part of the content hash: `answer`, `choices` and `pairs`, as ids have always hashed them."""

    # --- generation ---

    @abstractmethod
    def from_draft(self, draft: Draft, common: dict[str, Any]) -> QuestionBase:
        """The bank question for a generated draft of this type; `common` holds the shared fields."""

    @abstractmethod
    def draft_answer_text(self, draft: Draft) -> str:
        """A draft's answer as words, for checking that the prompt does not give it away."""

    @abstractmethod
    def draft_level(self, draft: Draft) -> int:
        """How hard this type makes a draft, before prompt length counts: 0 recognising, 2 recalling."""

    @abstractmethod
    def explained(self, draft: Draft, statement: str) -> str:
        """The explanation's statement for a draft of this type."""


def text_answered(response: Response) -> bool:
    """Any response but none or blank text."""
    if response is None:
        return False
    if isinstance(response, str):
        return bool(response.strip())
    return True


def plain_response_text(response: Response) -> str:
    """A single response as text: True/False, or the typed or chosen text."""
    if not text_answered(response):
        return NO_ANSWER
    if isinstance(response, bool):
        return "True" if response else "False"
    return str(response).strip()


def word_pattern(term: str) -> str:
    """`term` as a whole word or phrase: 'Xi' not inside 'Xinhua'."""
    pattern = re.escape(term)
    if term[:1].isalnum():
        return rf"(?<!\w){pattern}(?!\w)" if term[-1:].isalnum() else rf"(?<!\w){pattern}"
    return pattern

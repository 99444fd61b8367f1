"""Matching: the student matches each left-hand item with its right-hand item."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..config import EXPORTS
from ..export import gift, moodle, paper
from ..export.base import Unfit
from ..models.checks import Failures, quoted
from ..textnorm import fold
from .base import QuestionBase, Text
from .evidence import names_in, words
from .kind import NO_ANSWER, Grade, QuestionKind, Response, SourceGap, word_pattern

if TYPE_CHECKING:
    from ..generator.draft import Draft

__all__ = ["Matching", "MatchingKind", "Pair"]


class Pair(BaseModel):
    """One left item and the right item it matches."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    left: Text
    right: Text


class Matching(QuestionBase):
    """Match each left item to its right item; `pairs` is the key."""

    type: Literal["matching"] = "matching"
    pairs: list[Pair] = Field(min_length=2, max_length=8)

    @field_validator("pairs")
    @classmethod
    def _pairs_distinct(cls, value: list[Pair]) -> list[Pair]:
        failures = Failures("Matching")
        for side in ("left", "right"):
            seen: set[str] = set()
            for index, pair in enumerate(value):
                item = getattr(pair, side)
                if fold(item) in seen:
                    failures.add((index, side), f"{quoted(item)} appears in two pairs", item)
                seen.add(fold(item))
        failures.raise_if_any()
        return value


def _moodle_fit(question: Matching) -> None:
    least = EXPORTS.moodle_matching_min_pairs
    if len(question.pairs) < least:
        raise Unfit(f"Moodle's matching questions need at least {least} pairs; this one has {len(question.pairs)}")


def _gift(question: Matching) -> gift.Body:
    _moodle_fit(question)
    return gift.Body(
        question.prompt, " ".join(f"={gift.text(p.left)} -> {gift.plain(p.right)}" for p in question.pairs)
    )


def _moodle(question: Matching) -> moodle.Body:
    _moodle_fit(question)
    pairs = [moodle.subquestion(pair.left, pair.right) for pair in question.pairs]
    return moodle.Body("matching", question.prompt, [moodle.setting("shuffleanswers", "true"), *pairs])


def _paper(question: Matching) -> paper.Item:
    rights = sorted(pair.right for pair in question.pairs)
    letters = dict(zip(rights, "ABCDEFGH", strict=False))
    lines = [f"({n}) {pair.left}   ____" for n, pair in enumerate(question.pairs, start=1)]
    lines += ["Choose from:", *(f"{letters[right]}. {right}" for right in rights)]
    key = "; ".join(f"({n}) {letters[p.right]}, {p.right}" for n, p in enumerate(question.pairs, start=1))
    return paper.Item(question.prompt, lines, key)


def _card(question: Matching) -> list[str]:
    return [f"{pair.left} → ?" for pair in question.pairs] + [
        f"Choose from: {'; '.join(sorted(p.right for p in question.pairs))}"
    ]


class MatchingKind(QuestionKind):
    """The response is the right-hand item chosen for each pair, in the order of `pairs`."""

    name = "matching"
    label = "Matching"
    model = Matching
    widgets = "quizgen.app.question_types.matching"
    exporters = {"gift": _gift, "moodle-xml": _moodle, "card": _card, "paper": _paper}
    reported_forms = ()
    # A matching question joins several facts, each already corroborated as a question of its own.
    corroborated = False

    def is_answered(self, question: Matching, response: Response) -> bool:
        return isinstance(response, list) and len(response) == len(question.pairs) and all(response)

    def grade(self, question: Matching, response: Response) -> Grade:
        if not isinstance(response, list):
            return Grade(False, False)
        pairs = _pairs_right(question, response)
        answered = self.is_answered(question, response)
        return Grade(answered and all(pairs), answered, pairs)

    def answer_text(self, question: Matching) -> str:
        return "; ".join(f"{pair.left} → {pair.right}" for pair in question.pairs)

    def response_text(self, question: Matching, response: Response) -> str:
        if not isinstance(response, list) or not any(response):
            return NO_ANSWER
        return "; ".join(f"{pair.left} → {right or '—'}" for pair, right in zip(question.pairs, response, strict=False))

    def right_response(self, question: Matching) -> Response:
        return [pair.right for pair in question.pairs]

    def options(self, question: Matching) -> list[str]:
        return [pair.right for pair in question.pairs]

    def answer_terms(self, question: Matching) -> list[str]:
        return [text for pair in question.pairs for text in (pair.left, pair.right)]

    def term_pattern(self, term: str) -> str:
        return word_pattern(term)

    def searchable(self, question: Matching) -> list[str]:
        return [side for pair in question.pairs for side in (pair.left, pair.right)]

    def answer_key(self, question: Matching) -> str:
        return ""  # the key is the pairs, compared by `near_duplicate`

    def near_duplicate(self, a: Matching, b: Matching) -> bool:
        return {(p.left, p.right) for p in a.pairs} == {(p.left, p.right) for p in b.pairs}

    def supported(self, question: Matching, quotes: str) -> bool:
        return all(_pair_supported(pair.left, pair.right, quotes) for pair in question.pairs)

    def source_gap(self, question: Matching, quotes: str) -> SourceGap | None:
        for pair in question.pairs:
            if not _pair_supported(pair.left, pair.right, quotes):
                return SourceGap(
                    "pairs", f"the cited sentences do not pair {quoted(pair.left)} with {quoted(pair.right)}"
                )
        return None

    def prompt_failures(self, question: Matching) -> list[tuple[str, str]]:
        return []  # the prompt only says what to match; the items are the key

    def asked(self, question: Matching) -> str:
        return " ".join(f"{p.left} {p.right}" for p in question.pairs)

    def sheet_lines(self, question: Matching) -> list[str]:
        return [f"     {pair.left}  ->  {pair.right}" for pair in question.pairs]

    def id_fields(self, question: Matching) -> dict[str, Any]:
        return {"answer": None, "choices": [], "pairs": sorted((p.left, p.right) for p in question.pairs)}

    def from_draft(self, draft: Draft, common: dict[str, Any]) -> Matching:
        return Matching(pairs=[Pair(left=a, right=b) for a, b in draft.pairs], **common)

    def draft_answer_text(self, draft: Draft) -> str:
        return " ".join(right for _, right in draft.pairs)

    def draft_level(self, draft: Draft) -> int:
        return 1

    def explained(self, draft: Draft, statement: str) -> str:
        return statement


def _pairs_right(question: Matching, response: list[str | None]) -> tuple[bool, ...]:
    chosen = list(response) + [None] * (len(question.pairs) - len(response))
    return tuple(right == pair.right for pair, right in zip(question.pairs, chosen, strict=False))


def _pair_supported(left: str, right: str, quotes: str) -> bool:
    """A sentence with a blank and what fills it ('_____km north' + '130'), or a name and what is said of it."""
    if "_____" in left and words(left.replace("_____", right)) <= words(quotes):
        return True
    return (words(left.replace("_____", " ")) <= words(quotes) or names_in(left, quotes)) and words(right) <= words(
        quotes
    )

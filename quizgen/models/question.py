"""The five question types a bank holds, as one discriminated union on `type`."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from ..textnorm import fold
from .checks import Failures, quoted
from .citation import Citation

__all__ = [
    "BLANK",
    "Difficulty",
    "FillInBlank",
    "Flag",
    "Form",
    "Matching",
    "MultipleChoice",
    "Numeric",
    "Origin",
    "Pair",
    "Question",
    "QuestionType",
    "Status",
    "TrueFalse",
]

BLANK = "_____"
_BLANK_RE = re.compile(r"_{3,}")

QuestionId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
QuestionType = Literal["multiple_choice", "true_false", "fill_in_blank", "numeric", "matching"]
Difficulty = Literal["easy", "medium", "hard"]
Status = Literal["draft", "approved", "rejected"]
Origin = Literal["generated", "teacher"]
Form = Literal["wh_question", "cloze", "quote_attribution", "statement", "role", "description"]
Flag = Literal["source_changed", "sources_disagree"]


class _QuestionBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    id: QuestionId
    prompt: Text
    explanation: str = ""
    citations: list[Citation] = Field(min_length=1)
    topics: list[Annotated[str, Field(min_length=1, max_length=40)]] = []
    difficulty: Difficulty = "medium"
    status: Status = "draft"
    origin: Origin = "generated"
    form: Form | None = None
    disagreement: str | None = None
    flags: list[Flag] = []

    @field_validator("prompt")
    @classmethod
    def _prompt_has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @field_validator("topics")
    @classmethod
    def _topics_unique(cls, value: list[str]) -> list[str]:
        return _no_duplicates(value, "topic")


def _no_duplicates(values: list[str], noun: str) -> list[str]:
    seen: set[str] = set()
    for value in values:
        key = fold(value)
        if key in seen:
            raise ValueError(f"the {noun} {quoted(value)} is listed twice")
        seen.add(key)
    return values


class MultipleChoice(_QuestionBase):
    """One keyed answer among 2-10 distinct choices."""

    type: Literal["multiple_choice"] = "multiple_choice"
    choices: list[Text] = Field(min_length=2, max_length=10)
    answer: Text

    @field_validator("choices")
    @classmethod
    def _choices_distinct(cls, value: list[str]) -> list[str]:
        failures = Failures("MultipleChoice")
        seen: dict[str, int] = {}
        for index, choice in enumerate(value):
            key = fold(choice)
            if key in seen:
                failures.add((index,), f"{quoted(choice)} is the same choice as choices[{seen[key]}]", choice)
            seen.setdefault(key, index)
        failures.raise_if_any()
        return value

    @field_validator("answer")
    @classmethod
    def _answer_is_a_choice(cls, value: str, info: ValidationInfo) -> str:
        choices = info.data.get("choices")
        if choices is not None and value not in choices:
            raise PydanticCustomError("quizgen", "{answer} is not one of the choices", {"answer": quoted(value)})
        return value


class TrueFalse(_QuestionBase):
    """A statement that is either true or false; `answer` is `true` or `false`."""

    type: Literal["true_false"] = "true_false"
    answer: StrictBool


class FillInBlank(_QuestionBase):
    """A prompt with a blank (`_____`); any of `answer` or `accepted_answers` is right."""

    type: Literal["fill_in_blank"] = "fill_in_blank"
    answer: Text
    accepted_answers: list[Text] = []

    @field_validator("prompt")
    @classmethod
    def _prompt_has_blank(cls, value: str) -> str:
        if not _BLANK_RE.search(value):
            raise PydanticCustomError("quizgen", "has no blank: mark the missing words with {blank}", {"blank": BLANK})
        return value

    @field_validator("accepted_answers")
    @classmethod
    def _answers_distinct(cls, value: list[str], info: ValidationInfo) -> list[str]:
        answer = info.data.get("answer")
        _no_duplicates([answer, *value] if answer else value, "answer")
        return value


class Numeric(_QuestionBase):
    """A number; answers within `tolerance` of `answer` (in `unit`) are right."""

    type: Literal["numeric"] = "numeric"
    answer: float
    tolerance: float = Field(default=0.0, ge=0)
    unit: str = ""

    @field_validator("answer", mode="before")
    @classmethod
    def _answer_is_number(cls, value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"must be a number such as 240 or 2.5, not {quoted(value)}")
        return value


class Pair(BaseModel):
    """One left item and the right item it matches."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    left: Text
    right: Text


class Matching(_QuestionBase):
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


Question = Annotated[
    MultipleChoice | TrueFalse | FillInBlank | Numeric | Matching,
    Field(discriminator="type"),
]

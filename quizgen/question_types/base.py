"""What every question has, whatever its type: prompt, citations, explanation, review status."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..models.checks import quoted
from ..models.citation import Citation
from ..textnorm import fold

__all__ = ["Difficulty", "Flag", "Form", "Origin", "QuestionBase", "Status", "Text", "no_duplicates"]

QuestionId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Difficulty = Literal["easy", "medium", "hard"]
Status = Literal["draft", "approved", "rejected"]
Origin = Literal["generated", "teacher"]
Form = Literal["wh_question", "cloze", "quote_attribution", "statement", "role", "description"]
Flag = Literal["source_changed", "sources_disagree"]


class QuestionBase(BaseModel):
    """The fields shared by every question type; each type adds its `type` tag and its key."""

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
    # '<scheme>:<hash>' of the question as the generator wrote it; an edit makes it stop matching.
    fingerprint: Annotated[str, Field(pattern=r"^\d{1,3}:[0-9a-f]{8,64}$")] | None = None
    # The ranking score the generator gave the question as it wrote it (higher is better; questions below
    # the generator's threshold are never kept). A heuristic to sort drafts by, not a probability.
    generator_score: float | None = None

    @field_validator("prompt")
    @classmethod
    def _prompt_has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @field_validator("topics")
    @classmethod
    def _topics_unique(cls, value: list[str]) -> list[str]:
        return no_duplicates(value, "topic")


def no_duplicates(values: list[str], noun: str) -> list[str]:
    """`values` unchanged, or a ValueError naming the first one listed twice (ignoring case and accents)."""
    seen: set[str] = set()
    for value in values:
        key = fold(value)
        if key in seen:
            raise ValueError(f"the {noun} {quoted(value)} is listed twice")
        seen.add(key)
    return values

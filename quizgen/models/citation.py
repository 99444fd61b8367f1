"""Where a question's answer comes from: an exact span of an article file."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from .source import SourceId

__all__ = ["Citation"]


class Citation(BaseModel):
    """`quote` is `article_text[start:end]`, with Python string offsets into the file read as UTF-8."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: SourceId
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(gt=0)

    @field_validator("end")
    @classmethod
    def _span_fits_quote(cls, end: int, info: ValidationInfo) -> int:
        start, quote = info.data.get("start"), info.data.get("quote")
        if start is None:
            return end
        if end <= start:
            raise PydanticCustomError("quizgen", "must be greater than start ({start})", {"start": start})
        if quote is not None and end - start != len(quote):
            raise PydanticCustomError(
                "quizgen",
                "the span {start}-{end} is {span} characters but the quote is {length}",
                {"start": start, "end": end, "span": end - start, "length": len(quote)},
            )
        return end

"""What every export shares: a question that a format cannot hold, and where each answer comes from."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..models import Bank, Citation, Question


__all__ = ["Skipped", "Unfit", "clean_bank", "explanation_and_sources", "html_lines", "source_line"]

_LINE_BREAK = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
# C0 and C1 controls but tab and line feed, and the byte-order mark inside text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")


class Unfit(Exception):  # noqa: N818 (not an error: the question is reported and left out)
    """Raised by a type's renderer for a question the format cannot hold; the message says why."""


@dataclass(frozen=True)
class Skipped:
    """A question left out of an export, and why."""

    question_id: str
    prompt: str
    reason: str

    def __str__(self) -> str:
        prompt = self.prompt if len(self.prompt) <= 60 else self.prompt[:59].rstrip() + "…"
        return f"{self.question_id} ({prompt}): {self.reason}"


def source_line(bank: Bank, citation: Citation) -> str:
    """'Source: Reuters, “Putin and Xi …”, 16 May 2024: “The quoted sentence.”'"""
    source = bank.source(citation.source)
    if source is None:
        return f"Source: “{citation.quote}”"
    parts = [part for part in (source.outlet.strip(), f"“{source.title}”") if part]
    if source.published:
        parts.append(f"{source.published.day} {source.published:%B %Y}")
    return f"Source: {', '.join(parts)}: “{citation.quote}”"


def explanation_and_sources(bank: Bank, question: Question) -> list[str]:
    """The paragraphs of an exported question's feedback: its explanation, then one line per cited sentence."""
    paragraphs = [question.explanation.strip()] if question.explanation.strip() else []
    if question.disagreement:
        paragraphs.append(f"The sources disagree: {question.disagreement}")
    return paragraphs + [source_line(bank, citation) for citation in question.citations]


def html_lines(value: str) -> str:
    """Plain text as HTML that shows it as written: `& < >` escaped, each line break a `<br>`."""
    return html.escape(value, quote=False).replace("\n", "<br>")


def clean_bank(bank: Bank) -> Bank:
    """The bank as the exports write it: every line break (Windows, old Mac, Word's vertical tab, Unicode's
    separators) a plain one, and the control characters no file format shows taken out."""
    data = _cleaned(bank.model_dump(mode="python"))
    for question in data["questions"]:
        for citation in question["citations"]:
            citation["end"] = citation["start"] + len(citation["quote"])
    from ..models import Bank as CurrentBank  # the model as rebuilt for the registered types

    return CurrentBank.model_validate(data)


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return _CONTROL.sub("", _LINE_BREAK.sub("\n", value))
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    return value

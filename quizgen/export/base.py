"""What every export shares: a question that a format cannot hold, and where each answer comes from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Bank, Citation, Question

__all__ = ["Skipped", "Unfit", "explanation_and_sources", "plain_number", "source_line"]


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


def plain_number(value: float) -> str:
    """240.0 -> '240', 2.5 -> '2.5', 1200000.0 -> '1200000': digits a quiz importer reads, with no grouping."""
    shown = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if shown in ("-0", "") else shown

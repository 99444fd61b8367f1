"""A question written out in full for a teacher to rate: what a student sees, the key and the sources."""

from __future__ import annotations

from ..models import Bank
from ..models.question import Question
from ..question_types import kind_of

__all__ = ["rating_sheet"]


def rating_sheet(question: Question, bank: Bank) -> str:
    """Plain lines: id and type, prompt, options (the key marked), answer, explanation, and each cited sentence."""
    kind = question.type + (f" ({question.form})" if question.form else "")
    lines = [f"{question.id}  {kind}  [{question.status}]", f"  Q: {question.prompt}"]
    lines.extend(kind_of(question).sheet_lines(question))
    lines.append(f"  Why: {question.explanation}")
    outlets = {source.id: source.outlet or source.title for source in bank.sources}
    lines.extend(f"  Source ({outlets.get(c.source, c.source)}): {c.quote}" for c in question.citations)
    if question.disagreement:
        lines.append(f"  Sources differ: {question.disagreement}")
    return "\n".join(lines)

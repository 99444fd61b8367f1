"""A question written out in full for a teacher to rate: what a student sees, the key and the sources."""

from __future__ import annotations

from ..grading import answer_text
from ..models import Bank
from ..models.question import FillInBlank, Matching, MultipleChoice, Question

__all__ = ["rating_sheet"]


def rating_sheet(question: Question, bank: Bank) -> str:
    """Plain lines: id and type, prompt, options (the key marked), answer, explanation, and each cited sentence."""
    kind = question.type + (f" ({question.form})" if question.form else "")
    lines = [f"{question.id}  {kind}  [{question.status}]", f"  Q: {question.prompt}"]
    if isinstance(question, MultipleChoice):
        lines.extend(f"     {'*' if choice == question.answer else '-'} {choice}" for choice in question.choices)
    if isinstance(question, Matching):
        lines.extend(f"     {pair.left}  ->  {pair.right}" for pair in question.pairs)
    else:
        lines.append(f"  A: {answer_text(question)}")
    if isinstance(question, FillInBlank) and question.accepted_answers:
        lines.append(f"     also accepted: {', '.join(question.accepted_answers)}")
    lines.append(f"  Why: {question.explanation}")
    outlets = {source.id: source.outlet or source.title for source in bank.sources}
    lines.extend(f"  Source ({outlets.get(c.source, c.source)}): {c.quote}" for c in question.citations)
    if question.disagreement:
        lines.append(f"  Sources differ: {question.disagreement}")
    return "\n".join(lines)

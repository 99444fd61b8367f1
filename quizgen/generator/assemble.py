"""From kept drafts to bank questions: citations, ids, annotations, status draft, origin generated."""

from __future__ import annotations

from ..config import GENERATION
from ..ids import content_id
from ..models import Citation, FillInBlank, Matching, MultipleChoice, Numeric, Pair, Source, TrueFalse
from ..models.question import Question
from .annotate import difficulty, explanation, topics
from .draft import Draft

__all__ = ["assemble", "question_id"]


def question_id(question: Question) -> str:
    """A hash of what the question asks and where it comes from: the same content, the same id.
    A generated question whose id no longer matches its content has been edited by hand."""
    payload = {
        "type": question.type,
        "prompt": question.prompt,
        "answer": getattr(question, "answer", None),
        "choices": sorted(getattr(question, "choices", [])),
        "pairs": sorted((p.left, p.right) for p in getattr(question, "pairs", [])),
        "cites": [(c.source, c.start, c.end) for c in question.citations],
    }
    return content_id(payload, prefix="q", length=GENERATION.id_length)


def assemble(draft: Draft, sources: dict[str, Source]) -> Question:
    """The bank's question for one kept draft."""
    citations = [
        Citation(source=item.source_id, quote=item.text, start=item.sentence.start, end=item.sentence.end)
        for item in draft.cited
    ]
    common = {
        "id": "q-pending",
        "prompt": draft.prompt,
        "explanation": explanation(draft, sources),
        "citations": citations,
        "topics": topics(draft),
        "difficulty": difficulty(draft),
        "status": "draft",
        "origin": "generated",
        "form": draft.form,
        "disagreement": draft.disagreement or None,
        "flags": ["sources_disagree"] if draft.disagreement else [],
    }
    question = _build(draft, common)
    return question.model_copy(update={"id": question_id(question)})


def _build(draft: Draft, common: dict) -> Question:
    if draft.type == "multiple_choice":
        return MultipleChoice(choices=list(draft.choices), answer=str(draft.answer), **common)
    if draft.type == "true_false":
        return TrueFalse(answer=bool(draft.answer), **common)
    if draft.type == "fill_in_blank":
        return FillInBlank(answer=str(draft.answer), accepted_answers=list(draft.accepted), **common)
    if draft.type == "numeric":
        return Numeric(answer=float(draft.answer), tolerance=draft.tolerance, unit=draft.unit, **common)
    return Matching(pairs=[Pair(left=a, right=b) for a, b in draft.pairs], **common)

"""From kept drafts to bank questions: citations, ids, annotations, status draft, origin generated."""

from __future__ import annotations

from ..config import GENERATION
from ..ids import content_id
from ..models import Citation, Source
from ..models.question import Question
from ..question_types import kind_of
from .annotate import difficulty, explanation, topics
from .draft import Draft

__all__ = ["assemble", "question_id"]


def question_id(question: Question) -> str:
    """A hash of what the question asks and where it comes from: the same content, the same id.
    A generated question whose id no longer matches its content has been edited by hand."""
    payload = {
        "type": question.type,
        "prompt": question.prompt,
        **kind_of(question).id_fields(question),  # answer, choices, pairs
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
    question = kind_of(draft.type).from_draft(draft, common)
    return question.model_copy(update={"id": question_id(question)})


"""From kept drafts to bank questions: citations, ids, annotations, status draft, origin generated."""

from __future__ import annotations

from typing import cast

from ..models import Citation, Source
from ..models.question import Question
from ..question_types import kind_of
from .annotate import difficulty, explanation, topics
from .draft import Draft
from .identity import fingerprint, question_id

__all__ = ["assemble", "question_id"]


def assemble(draft: Draft, sources: dict[str, Source], score: float | None = None) -> Question:
    """The bank's question for one kept draft, with the ranking `score` it was kept with."""
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
        "generator_score": score,
    }
    # The registry's kinds build their own model; every one of them is a Question.
    question = cast("Question", kind_of(draft.type).from_draft(draft, common))
    question = question.model_copy(update={"id": question_id(question)})
    return question.model_copy(update={"fingerprint": fingerprint(question)})

"""Following an article that changed or was deleted: citations move to where their sentence now is, or are flagged.

A question whose cited sentence is no longer in its article is kept and flagged `source_changed`,
never deleted: the teacher decides what becomes of it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..models import Bank, Citation
from ..models.question import Question

__all__ = ["flagged_bank", "relocated", "relocated_bank"]


def relocated(question: Question, texts: Mapping[str, str]) -> Question:
    """Point citations at where their sentence now is; flag the question if a sentence is gone.

    `texts` maps source ids to their article's current text; citations of other sources are left alone."""
    citations: list[Citation] = []
    lost = False
    for citation in question.citations:
        text = texts.get(citation.source)
        if text is None or text[citation.start : citation.end] == citation.quote:
            citations.append(citation)
            continue
        found = text.find(citation.quote)
        if found >= 0:
            citations.append(citation.model_copy(update={"start": found, "end": found + len(citation.quote)}))
        else:
            citations.append(citation)
            lost = True
    update: dict = {"citations": citations}
    if lost and "source_changed" not in question.flags:
        update["flags"] = [*question.flags, "source_changed"]
    if citations == list(question.citations) and "flags" not in update:
        return question
    return question.model_copy(update=update)


def relocated_bank(bank: Bank, texts: Mapping[str, str]) -> Bank:
    """The bank with every question's citations following `texts` (see `relocated`)."""
    return bank.model_copy(update={"questions": [relocated(q, texts) for q in bank.questions]})


def flagged_bank(bank: Bank, source_ids: Collection[str]) -> Bank:
    """The bank with every question that cites one of `source_ids` flagged `source_changed` (its article is gone)."""

    def flagged(question: Question) -> Question:
        if "source_changed" in question.flags or not any(c.source in source_ids for c in question.citations):
            return question
        return question.model_copy(update={"flags": [*question.flags, "source_changed"]})

    return bank.model_copy(update={"questions": [flagged(q) for q in bank.questions]})

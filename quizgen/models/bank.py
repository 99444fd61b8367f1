"""A question bank: the articles it cites and its questions."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from .checks import Failures, quoted
from .question import Question
from .source import Source, article_path_problem

__all__ = ["ARTICLE_TEXTS", "Bank"]

# Validation context key: {source id: article file text}. When given (a bank of a
# project), every source must be an article file in seeds/ and every citation's
# span is checked against its article; when absent, only the shape is.
ARTICLE_TEXTS = "article_texts"


class Bank(BaseModel):
    """The YAML file a teacher edits: `title`, `description`, `sources`, `questions`."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    title: str = Field(min_length=1, max_length=200)
    description: str = ""
    approved_only: bool = True  # a question reaches students once a teacher approved it
    sources: list[Source] = []
    questions: list[Question] = []

    @model_validator(mode="after")
    def _references_resolve(self, info: ValidationInfo) -> Bank:
        failures = Failures("Bank")
        texts: Mapping[str, str] | None = (info.context or {}).get(ARTICLE_TEXTS)
        source_ids: dict[str, int] = {}
        for index, source in enumerate(self.sources):
            if source.id in source_ids:
                failures.add(
                    ("sources", index, "id"),
                    f"{quoted(source.id)} is already the id of sources[{source_ids[source.id]}]",
                )
            source_ids.setdefault(source.id, index)
            problem = article_path_problem(source.path) if texts is not None else None
            if problem:
                failures.add(("sources", index, "path"), problem)
        question_ids: dict[str, int] = {}
        for q_index, question in enumerate(self.questions):
            if question.id in question_ids:
                failures.add(
                    ("questions", q_index, "id"),
                    f"{quoted(question.id)} is already the id of questions[{question_ids[question.id]}]",
                )
            question_ids.setdefault(question.id, q_index)
            for c_index, citation in enumerate(question.citations):
                loc = ("questions", q_index, "citations", c_index)
                if citation.source not in source_ids:
                    failures.add(
                        (*loc, "source"), f"{quoted(citation.source)} is not the id of any source in this bank"
                    )
                elif texts is not None and citation.source in texts and "source_changed" not in question.flags:
                    found = texts[citation.source][citation.start : citation.end]
                    if found != citation.quote:
                        failures.add((*loc, "quote"), _span_mismatch(citation.start, citation.end, found))
        failures.raise_if_any()
        return self

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if the bank has one."""
        return next((s for s in self.sources if s.id == source_id), None)


def _span_mismatch(start: int, end: int, found: str) -> str:
    if not found:
        return f"the article has no text at {start}-{end}; fix start and end or the quote"
    return f"does not match the article text at {start}-{end}, which reads {quoted(found)}"

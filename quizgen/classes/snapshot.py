"""A question as an assignment keeps it: the model's JSON and its content hash, read back as the model."""

from __future__ import annotations

import json
from functools import cache

from pydantic import TypeAdapter

from ..ids import content_id
from ..models import Question

__all__ = ["content_hash", "question_json", "read_question"]


@cache
def _adapter() -> TypeAdapter[Question]:
    return TypeAdapter(Question)


def question_json(question: Question) -> str:
    """The question's full content as JSON, every field included."""
    return question.model_dump_json()


def content_hash(question: Question) -> str:
    """A hash of the question's full content: any edit, even of a status or a topic, makes another."""
    return content_id(json.loads(question_json(question)), prefix="sha256", length=64)


def read_question(content: str) -> Question:
    """The question a snapshot holds."""
    return _adapter().validate_json(content)

"""A new bank from some questions of another (a class quiz), with only the articles they cite."""

from __future__ import annotations

from collections.abc import Collection

from ..errors import Problem, YamlInvalid
from ..ids import slugify
from ..models import Bank
from ..storage import parse_model

__all__ = ["bank_file_name", "bank_from_selection"]


def bank_from_selection(
    bank: Bank, question_ids: Collection[str], *, title: str, description: str = "", approved_only: bool = True
) -> Bank:
    """A bank of the chosen questions, in their order in `bank`, citing only the sources they need.

    Raises YamlInvalid (field `title`, `questions`) when the title or the selection is not usable."""
    chosen = [q for q in bank.questions if q.id in set(question_ids)]
    if not chosen:
        raise YamlInvalid([Problem("new bank", None, "questions", "choose at least one question")])
    cited = {c.source for q in chosen for c in q.citations}
    data = {
        "title": title.strip(),
        "description": description.strip(),
        "approved_only": approved_only,
        "sources": [s.model_dump() for s in bank.sources if s.id in cited],
        "questions": [q.model_dump() for q in chosen],
    }
    return parse_model(Bank, data, "", "new bank")


def bank_file_name(name: str) -> str:
    """A safe file name for a new bank: `Class 9b: summit` -> `class-9b-summit.yaml`."""
    return f"{slugify(name, max_words=10)}.yaml"

"""The bank for spreadsheets and scripts: CSV (a row per question) and JSON (the bank, with a JSON Schema).

Both are built from what every question type already says about itself (its answer as a
student reads it, the items picked from), so no type needs code of its own here.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from ..models import Bank, Question
from ..question_types import kind_of
from .base import source_line

__all__ = ["COLUMNS", "bank_json", "bank_schema", "csv_text", "spreadsheet_cell"]

COLUMNS = (
    "id",
    "type",
    "status",
    "difficulty",
    "topics",
    "prompt",
    "options",
    "answer",
    "explanation",
    "sources",
)
# Between the items of one cell (choices, topics, cited sentences): a line break, which no item of a list
# is split at the way a separator such as ' | ' could be.
_ITEM_JOIN = "\n"
# A cell a spreadsheet would run as a formula ('=HYPERLINK(…)', '-5 degrees', '@SUM'), after OWASP's advice.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(bank: Bank, questions: Iterable[Question]) -> str:
    """One row per question, with a header; a spreadsheet opens it as UTF-8 (it starts with a byte-order mark).

    A list in one cell has an item per line; a cell starting with = + - or @ starts with an apostrophe, so a
    spreadsheet shows it as text instead of running it."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for question in questions:
        kind = kind_of(question)
        writer.writerow(
            spreadsheet_cell(value)
            for value in [
                question.id,
                kind.label,
                question.status,
                question.difficulty,
                _ITEM_JOIN.join(question.topics),
                question.prompt,
                _ITEM_JOIN.join(kind.options(question)),
                kind.answer_text(question),
                question.explanation,
                _ITEM_JOIN.join(source_line(bank, citation) for citation in question.citations),
            ]
        )
    return out.getvalue()


def spreadsheet_cell(value: str) -> str:
    """A cell as text: one a spreadsheet would take for a formula gets a leading apostrophe."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def bank_json(bank: Bank) -> str:
    """The bank as JSON: the same fields as its YAML file, which `bank_schema` describes."""
    return json.dumps(bank.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def bank_schema() -> dict[str, Any]:
    """The JSON Schema of a bank, from the models that validate one (every registered question type)."""
    from ..models import Bank as CurrentBank  # the model as rebuilt for the registered types

    schema = CurrentBank.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}

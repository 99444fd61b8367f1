"""A bank, or the questions of it a teacher chose, as a file another tool imports, with a report.

`FORMATS` lists every format by the name the command line and the app use. A question a format
cannot hold (a type it lacks, a Kahoot answer too long) is left out and named in the report
with the reason; nothing is cut or changed silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import NothingToExport
from ..ids import slugify
from ..models import Bank, Question
from ..question_types import kind_of, kinds
from ..review.filters import Filter, filter_questions
from ..review.selection import bank_from_selection
from . import cards, gift, kahoot, moodle, paper, qti, tables
from .base import Skipped, Unfit, clean_bank

__all__ = ["FORMATS", "Export", "Format", "export_bank", "file_name"]

# Dashes between words ('Putin–Xi') part them in a file name, as spaces do.
_DASHES = re.compile("[\u2010-\u2015]")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What an export holds when the teacher names no status: every question not rejected.
DEFAULT_STATUSES = frozenset({"draft", "approved"})


@dataclass(frozen=True)
class Export:
    """A finished export: the file's bytes, and how many questions went in and which were left out."""

    format: Format
    data: bytes
    exported: int
    skipped: list[Skipped] = field(default_factory=list)

    def summary(self) -> str:
        """'26 questions exported to Moodle XML, 2 left out that it cannot hold'."""
        noun = "question" if self.exported == 1 else "questions"
        skipped = f", {len(self.skipped)} left out that it cannot hold" if self.skipped else ""
        return f"{self.exported} {noun} exported to {self.format.label}{skipped}"


@dataclass(frozen=True)
class Format:
    """One export format: its name, what people call it, its file ending, and how a file is built."""

    name: str
    label: str
    suffix: str
    mime: str
    # (bank, the chosen questions, timestamp) -> (file bytes, questions left out)
    build: Callable[[Bank, Sequence[Question], float | None], tuple[bytes, list[Skipped]]]


def _rendered(
    questions: Sequence[Question], renderer_name: str, label: str
) -> tuple[list[tuple[Question, Any]], list[Skipped]]:
    """Each question with its type's part in a format, and the questions the format cannot hold."""
    done: list[tuple[Question, Any]] = []
    skipped: list[Skipped] = []
    for question in questions:
        kind = kind_of(question)
        renderer = kind.exporters.get(renderer_name)
        try:
            if renderer is None:
                raise Unfit(f"{label} takes only {_types_with(renderer_name)} questions")
            done.append((question, renderer(question)))
        except Unfit as unfit:
            skipped.append(Skipped(question.id, question.prompt, str(unfit)))
    return done, skipped


def _types_with(renderer_name: str) -> str:
    """'multiple choice and true or false': the types a format can hold, as a teacher reads them."""
    names = [kind.label.lower() for kind in kinds() if renderer_name in kind.exporters]
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def _gift(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    done, skipped = _rendered(questions, "gift", "GIFT")
    text = gift.document(bank, [gift.question(bank, question, body) for question, body in done])
    return text.encode("utf-8"), skipped


def _moodle_xml(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    done, skipped = _rendered(questions, "moodle-xml", "Moodle XML")
    return moodle.document(bank, [moodle.question(bank, question, body) for question, body in done]), skipped


def _qti(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    done, skipped = _rendered(questions, "qti", "Canvas QTI")
    first: dict[str, str] = {}
    kept = []
    for question, body in done:  # text2qti refuses a second question with the same text
        stem = " ".join(body.stem.split())
        if stem in first:
            reason = f"Canvas QTI (text2qti) cannot hold two questions with the same text; it has {first[stem]}"
            skipped.append(Skipped(question.id, question.prompt, reason))
        else:
            first[stem] = question.id
            kept.append((question, body))
    texts = [qti.question(bank, question, body, n) for n, (question, body) in enumerate(kept, start=1)]
    return qti.package(bank, texts), skipped


def _paper_items(questions: Sequence[Question]) -> tuple[list[tuple[Question, paper.Item]], list[Skipped]]:
    done, skipped = _rendered(questions, "paper", "Paper")
    keyed = [(q, replace(item, key=item.key or kind_of(q).answer_text(q))) for q, item in done]
    return keyed, skipped


def _test_paper(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    items, skipped = _paper_items(questions)
    data, unprintable = paper.test_paper(bank, items)
    return data, skipped + unprintable


def _answer_key(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    items, skipped = _paper_items(questions)
    data, unprintable = paper.answer_key(bank, items)
    return data, skipped + unprintable


def _cards(bank: Bank, questions: Sequence[Question], label: str) -> tuple[list[cards.Card], list[Skipped]]:
    done, skipped = _rendered(questions, "card", label)
    made = [cards.card(bank, question, lines, kind_of(question).answer_text(question)) for question, lines in done]
    return made, skipped


def _anki(bank: Bank, questions: Sequence[Question], timestamp: float | None) -> tuple[bytes, list[Skipped]]:
    made, skipped = _cards(bank, questions, "Anki")
    return cards.anki_package(bank, made, timestamp=timestamp), skipped


def _quizlet(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    made, skipped = _cards(bank, questions, "Quizlet")
    return cards.quizlet_text(made).encode("utf-8"), skipped


def _kahoot(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    done, skipped = _rendered(questions, "kahoot", "Kahoot")
    return kahoot.workbook(row for _, row in done), skipped


def _csv(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    return tables.csv_text(bank, questions).encode("utf-8"), []


def _json(bank: Bank, questions: Sequence[Question], _: float | None) -> tuple[bytes, list[Skipped]]:
    chosen = bank_from_selection(
        bank,
        [q.id for q in questions],
        title=bank.title,
        description=bank.description,
        approved_only=bank.approved_only,
    )
    return tables.bank_json(chosen).encode("utf-8"), []


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format("moodle-xml", "Moodle XML", ".xml", "application/xml", _moodle_xml),
        Format("gift", "GIFT", ".gift.txt", "text/plain", _gift),
        Format("qti", "Canvas QTI", ".qti.zip", "application/zip", _qti),
        Format("anki", "Anki", ".apkg", "application/octet-stream", _anki),
        Format("kahoot", "Kahoot", ".kahoot.xlsx", _XLSX, _kahoot),
        Format("quizlet", "Quizlet", ".quizlet.txt", "text/plain", _quizlet),
        Format("pdf", "a printable test (PDF)", ".test.pdf", "application/pdf", _test_paper),
        Format("pdf-key", "its answer key (PDF)", ".key.pdf", "application/pdf", _answer_key),
        Format("csv", "CSV", ".csv", "text/csv", _csv),
        Format("json", "JSON", ".json", "application/json", _json),
    )
}


def export_bank(
    bank: Bank,
    format_name: str,
    *,
    statuses: Collection[str] = (),
    topics: Collection[str] = (),
    question_ids: Collection[str] | None = None,
    timestamp: float | None = None,
) -> Export:
    """The bank's questions of these statuses (default: all but rejected) and topics, in `format_name`.

    `question_ids` narrows the choice to those questions. Raises KeyError for an unknown format and
    NothingToExport when no question is chosen or the format can hold none of them."""
    fmt = FORMATS[format_name]
    wanted = Filter(statuses=frozenset(statuses) or DEFAULT_STATUSES, topics=frozenset(topics))
    chosen = filter_questions(bank.questions, wanted)
    if question_ids is not None:
        wanted_ids = set(question_ids)
        chosen = [q for q in chosen if q.id in wanted_ids]
    if not chosen:
        raise NothingToExport(
            f"no question of “{bank.title}” matches {_described(wanted)}, so there is nothing to export"
        )
    cleaned = clean_bank(bank)
    chosen_ids = {q.id for q in chosen}
    chosen = [q for q in cleaned.questions if q.id in chosen_ids]
    data, skipped = fmt.build(cleaned, chosen, timestamp)
    exported = len(chosen) - len(skipped)
    if not exported:
        raise NothingToExport(f"{fmt.label} can hold none of the {len(chosen)} chosen questions: {skipped[0].reason}")
    return Export(fmt, data, exported, skipped)


def file_name(bank: Bank, format_name: str) -> str:
    """The export's file name: the bank's title as a slug and the format's ending ('putin-xi-summit.xml')."""
    return f"{slugify(_DASHES.sub(' ', bank.title))}{FORMATS[format_name].suffix}"


def _described(wanted: Filter) -> str:
    parts = [f"status {' or '.join(sorted(wanted.statuses))}"]
    if wanted.topics:
        parts.append(f"topic {' or '.join(sorted(wanted.topics))}")
    return " and ".join(parts)


def schema_text() -> str:
    """The JSON Schema of a bank file, as published beside the JSON export."""
    return json.dumps(tables.bank_schema(), ensure_ascii=False, indent=2) + "\n"

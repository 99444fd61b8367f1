"""CSV, Quizlet and JSON exports read back as a spreadsheet, Quizlet's importer and a JSON Schema validator
would read them."""

from __future__ import annotations

import csv
import io
import json

import jsonschema

from quizgen.export.run import export_bank, schema_text
from quizgen.export.tables import COLUMNS
from quizgen.models import Bank
from quizgen.storage import parse_model
from tests.samples import PROJECT

from .conftest import HOSTILE


def test_csv_has_a_row_per_question_with_its_answer_and_source(mixed_bank):
    data = export_bank(mixed_bank, "csv").data
    assert data.startswith("\ufeff".encode())  # a spreadsheet opens it as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    by_id = {row["id"]: row for row in rows}
    assert len(rows) == 7 and "q-rejected" not in by_id
    assert by_id["q-mc"]["prompt"] == f"Who met Putin? {HOSTILE}"
    assert by_id["q-mc"]["options"].split("\n") == ["Xi Jinping 习近平", "Li Qiang {=~}", "Kim Jong-un: #1"]
    assert by_id["q-mc"]["type"] == "Multiple choice"
    assert by_id["q-mc"]["explanation"] == "Xi met Putin.\nOn 16 May."
    assert by_id["q-match-two"]["answer"] == "Beijing → China; Moscow → Russia"
    assert by_id["q-tf-false"]["answer"] == "False"
    assert by_id["q-fill"]["sources"].startswith("Source: Reuters, “Putin and Xi <meet> in Beijing”, 16 May 2024: ")


def test_quizlet_text_is_one_term_and_definition_per_line(mixed_bank):
    lines = export_bank(mixed_bank, "quizlet").data.decode().splitlines()
    cards = [line.split("\t") for line in lines]
    assert len(cards) == 7 and all(len(card) == 2 for card in cards)
    term, definition = cards[0]
    assert term.startswith("Who met Putin? Is 3 < 4") and "a tab;" in term  # the tab inside became a space
    assert term.endswith(" / A. Xi Jinping 习近平 / B. Li Qiang {=~} / C. Kim Jong-un: #1")
    assert definition == "Xi Jinping 习近平"


def test_json_is_valid_against_the_published_schema_and_reads_back_as_the_same_bank(mixed_bank):
    schema = json.loads((PROJECT / "docs" / "bank.schema.json").read_text(encoding="utf-8"))
    exported = json.loads(export_bank(mixed_bank, "json").data)
    jsonschema.Draft202012Validator(schema).validate(exported)
    back = parse_model(Bank, exported, "", "exported.json")
    assert [q.id for q in back.questions] == [q.id for q in mixed_bank.questions if q.status != "rejected"]
    assert back.questions[0] == mixed_bank.questions[0]


def test_the_schema_rejects_a_bank_with_a_broken_question(mixed_bank):
    schema = json.loads(schema_text())
    exported = json.loads(export_bank(mixed_bank, "json").data)
    del exported["questions"][0]["choices"]
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(exported))
    assert errors


def test_the_published_schema_is_the_one_the_models_make():
    assert (PROJECT / "docs" / "bank.schema.json").read_text(encoding="utf-8") == schema_text()

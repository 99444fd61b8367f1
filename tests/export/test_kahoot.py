"""Kahoot spreadsheets read back with openpyxl against the columns and limits of Kahoot's template."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from quizgen.export.kahoot import HEADER_ROW, HEADERS
from quizgen.export.run import export_bank
from quizgen.models import Bank
from quizgen.storage import parse_model

from .conftest import mixed_bank_data


def _rows(data: bytes) -> list[tuple]:
    sheet = load_workbook(io.BytesIO(data)).active
    header = [cell.value for cell in sheet[HEADER_ROW]][1:8]
    assert tuple(header) == HEADERS
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]


def test_multiple_choice_and_true_false_fill_the_template_and_the_rest_is_reported(mixed_bank):
    done = export_bank(mixed_bank, "kahoot")
    rows = _rows(done.data)
    assert [row[0] for row in rows] == [1, 2, 3]
    mc, tf, tf_false = rows
    assert mc[2:5] == ("Xi Jinping 习近平", "Li Qiang {=~}", "Kim Jong-un: #1") and mc[5] is None
    assert (mc[6], mc[7]) == (30, "1")
    assert tf[1:8] == ("Putin met Xi in Beijing: true = {yes}?", "True", "False", None, None, 30, "1")
    assert tf_false[7] == "2"
    reasons = {s.question_id: s.reason for s in done.skipped}
    assert reasons == dict.fromkeys(
        ["q-fill", "q-num", "q-match", "q-match-two"], "Kahoot takes only multiple choice and true or false questions"
    )


def test_what_breaks_the_template_is_left_out_with_the_limit_it_breaks():
    data = mixed_bank_data()
    mc = data["questions"][0]
    mc["prompt"] = '=HYPERLINK("http://example.com") is not a formula here?'
    long_choice = "A choice far longer than the seventy-five characters that Kahoot allows an answer"
    five = {**mc, "id": "q-five", "choices": ["a", "b", "c", "d", "e"], "answer": "a"}
    longer = {**mc, "id": "q-long", "choices": [long_choice, "b"], "answer": "b"}
    wordy = {**mc, "id": "q-wordy", "prompt": "Who? " * 30}
    data["questions"] = [mc, five, longer, wordy]
    done = export_bank(parse_model(Bank, data, "", "bank"), "kahoot")
    (row,) = _rows(done.data)
    assert row[1] == '=HYPERLINK("http://example.com") is not a formula here?'
    assert [(s.question_id, s.reason) for s in done.skipped] == [
        ("q-five", "Kahoot questions have at most 4 answers; this one has 5"),
        ("q-long", f"Kahoot answers hold at most 75 characters; “{long_choice[:30]}…” has {len(long_choice)}"),
        ("q-wordy", "Kahoot questions hold at most 120 characters; this one has 149"),
    ]

"""The printable test and its answer key, read back with pdftotext (poppler) as a printed page reads."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from quizgen.export.run import export_bank
from quizgen.models import Bank
from quizgen.storage import parse_model
from tests.node import require_tool

from .conftest import mixed_bank_data

EVERYTHING = {"statuses": ["draft", "approved", "rejected"]}


@pytest.fixture(scope="module")
def pdf_pages():
    if shutil.which("pdftotext") is None:
        require_tool("pdftotext (apt-get install poppler-utils)")

    def pages(data: bytes, folder: Path) -> list[str]:
        path = folder / "paper.pdf"
        path.write_bytes(data)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        return [" ".join(page.split()) for page in text.split("\f") if page.strip()]

    return pages


def _bank(**prompt_of) -> Bank:
    data = mixed_bank_data()
    for question in data["questions"]:
        question["prompt"] = prompt_of.get(question["id"], question["prompt"])
    return parse_model(Bank, data, "", "bank")


def test_the_test_has_name_lines_numbered_questions_and_lettered_choices_and_no_answers(pdf_pages, tmp_path):
    bank = _bank(**{"q-tf": "Путин встретился с Си в Пекине, عاصمة الصين, בירת סין?"})
    (page,) = pdf_pages(export_bank(bank, "pdf").data, tmp_path)
    assert page.startswith("Summit: Putin & Xi / 2024 Name: ")
    assert "Class: " in page and "Date: " in page
    assert '1. Who met Putin? Is 3 < 4 && "x" ~ = # { } : \\ -> *bold* <b>tag</b>, a tab; 50% of $240bn' in page
    assert "A. Xi Jinping 习近平 B. Li Qiang {=~} C. Kim Jong-un: #1" in page
    assert "2. Путин встретился с Си в Пекине," in page and "סין" in page and "الصين" in page
    assert "5. What was China–Russia trade worth in 2023? (Answer in billion US dollars.)" in page
    assert "(1) Xi Jinping ____ (2) Vladimir Putin ____ (3) Kim <Jong-un> ____ Choose from: A. China" in page
    assert "Source:" not in page and "Peking" not in page  # no key and no accepted answer on the test
    assert "page 1 of 1" in page


def test_the_key_gives_each_answer_with_its_sources(pdf_pages, tmp_path):
    (page,) = pdf_pages(export_bank(_bank(), "pdf-key").data, tmp_path)
    assert page.startswith("Summit: Putin & Xi / 2024: answer key 1. A. Xi Jinping 习近平 Xi met Putin. On 16 May.")
    assert "4. Beijing (also accepted: Peking, Beijing, China)" in page
    assert "5. 240 (± 2.5) billion US dollars" in page
    assert "6. (1) A, China; (2) C, Russia -> #1; (3) B, North Korea & co" in page
    assert page.count("Source: Reuters, “Putin and Xi <meet> in Beijing”, 16 May 2024: “Xi Jinping met Vladimir") == 7
    assert "“Россия — Китай”" in page


def test_no_question_is_split_across_pages(pdf_pages, shipped_bank, tmp_path):
    pages = pdf_pages(export_bank(shipped_bank, "pdf", **EVERYTHING).data, tmp_path)
    assert len(pages) >= 3
    for number, question in enumerate(shipped_bank.questions, start=1):
        stem = f"{number}. {' '.join(question.prompt.split())}"[:60]
        (holding,) = [page for page in pages if stem in page]
        if question.type == "multiple_choice":
            assert all(choice in holding for choice in question.choices), question.id
        if question.type == "matching":
            assert all(pair.left in holding and pair.right in holding for pair in question.pairs), question.id


def test_the_shipped_key_cites_every_sentence(pdf_pages, shipped_bank, tmp_path):
    text = " ".join(pdf_pages(export_bank(shipped_bank, "pdf-key", **EVERYTHING).data, tmp_path))
    for question in shipped_bank.questions:
        for citation in question.citations:
            assert " ".join(citation.quote.split()) in text, question.id


def test_a_character_no_font_can_print_leaves_its_question_out_with_the_reason(pdf_pages, tmp_path):
    bank = _bank(**{"q-fill": "Xi Jinping met Vladimir Putin in _____ \U00013000 on 16 May 2024."})
    done = export_bank(bank, "pdf")
    assert [s.question_id for s in done.skipped] == ["q-fill"]
    assert done.skipped[0].reason.startswith("no font on this machine can print \U00013000; install one that can")
    (page,) = pdf_pages(done.data, tmp_path)
    assert "\U00013000" not in page and "4. What was China–Russia trade worth" in page

"""Body text versus furniture, on the real seed articles."""

from __future__ import annotations

import pytest

from quizgen.corpus import segment
from tests.samples import SEED_FILES, SEEDS


def blocks_of(name: str):
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text, segment(text)


def texts(name: str, kind: str) -> list[str]:
    text, blocks = blocks_of(name)
    return [text[b.start : b.end] for b in blocks if b.kind == kind]


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name for p in SEED_FILES])
def test_every_block_is_an_exact_span_of_the_file(path):
    text = path.read_text(encoding="utf-8")
    blocks = segment(text)
    assert blocks
    for block in blocks:
        assert text[block.start : block.end].strip() == text[block.start : block.end] or block.kind == "lead"
        assert 0 <= block.start < block.end <= len(text)
    starts = [b.start for b in blocks]
    assert starts == sorted(starts)


def test_photo_captions_and_credits_are_not_body():
    captions = texts("000_611a232758d7e49a.txt", "caption")
    assert len(captions) == 3
    assert all(("REUTERS" in c or "AP, file" in c) for c in captions)
    assert not any("Pool" in b for b in texts("000_611a232758d7e49a.txt", "body"))


def test_headline_and_outlet_trailer_are_recognised():
    assert texts("000_611a232758d7e49a.txt", "title") == [
        "Kremlin chief, Chinese leader demonstrated trade, military harmony during two-day visit"
    ]
    assert texts("000_611a232758d7e49a.txt", "trailer") == ["The New York Times 2024"]


def test_site_boilerplate_date_line_and_reporting_credit_are_not_body():
    assert texts("003_d040585a85b3db4b.txt", "boilerplate") == [
        "Must read",
        "More articles",
        "Please enter your comment!",
        "Please enter your name here",
        "Latest article",
    ]
    assert texts("003_d040585a85b3db4b.txt", "date") == ["Wednesday, June 12, 2024"]
    assert texts("003_d040585a85b3db4b.txt", "credit") == [
        "Ivan Nechepurenko and Olivia Wang contributed reporting and research."
    ]
    body = " ".join(texts("003_d040585a85b3db4b.txt", "body"))
    assert "Must read" not in body and "Please enter" not in body


def test_section_tag_and_date_stamp_are_cut_from_the_first_paragraph():
    assert texts("002_010da7dde90b5f93.txt", "lead") == ["(Finance) – "]
    assert texts("002_010da7dde90b5f93.txt", "body")[0].startswith("“Moscow and Beijing")
    assert texts("004_42380ed7f2d08458.txt", "lead") == ["date 2024-05-21 "]
    assert texts("004_42380ed7f2d08458.txt", "body")[0].startswith("Russian President Vladimir Putin's visit")


BODY = "Putin arrived in Beijing on Thursday for talks with Xi Jinping."


@pytest.mark.parametrize(
    "text,kinds",
    [
        ("", []),
        (BODY, ["body"]),
        (f"Putin lands in Beijing\n\n{BODY}", ["title", "body"]),
        (f"{BODY}\nEmail questions\n{BODY}", ["body", "heading", "body"]),
        (f"# A markdown headline\n{BODY}", ["title", "body"]),
        (f"{BODY}\nPhoto: Sergei Bobylyov/Pool", ["body", "caption"]),
        (f"{BODY}\nReporting by Jane Doe; editing by John Roe", ["body", "credit"]),
        (f"{BODY}\nShare this article", ["body", "boilerplate"]),
        (f"{BODY}\r\n\r\n{BODY}\r\n", ["body", "body"]),
    ],
)
def test_kinds_of_lines(text, kinds):
    assert [b.kind for b in segment(text)] == kinds

"""What the export tests share: the shipped bank, a bank of every type full of awkward text, and the
independent readers (gift-pegjs run with Node) that check the files."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizgen.models import Bank
from quizgen.storage import load_bank, parse_model
from tests.node import npm_ci
from tests.samples import PROJECT

NODE_TOOLS = Path(__file__).parent / "node"

# Text that GIFT, XML, HTML, Markdown, CSV and tab-separated files each give a meaning of their own.
HOSTILE = 'Is 3 < 4 && "x" ~ = # { } : \\ -> *bold* <b>tag</b>, a\ttab; 50% of $240bn'


def _citation(quote: str) -> dict[str, Any]:
    return {"source": "summit", "quote": quote, "start": 0, "end": len(quote)}


def mixed_bank_data() -> dict[str, Any]:
    """A bank with every question type, every optional part, and text that breaks a careless writer."""
    cite = [_citation("Xi Jinping met Vladimir Putin in Beijing on 16 May 2024; “Россия — Китай”.")]
    return {
        "title": "Summit: Putin & Xi / 2024",
        "sources": [
            {
                "id": "summit",
                "title": "Putin and Xi <meet> in Beijing",
                "outlet": "Reuters",
                "published": "2024-05-16",
                "path": "seeds/summit.txt",
            }
        ],
        "questions": [
            {
                "id": "q-mc",
                "type": "multiple_choice",
                "status": "approved",
                "prompt": f"Who met Putin? {HOSTILE}",
                "choices": ["Xi Jinping 习近平", "Li Qiang {=~}", "Kim Jong-un: #1"],
                "answer": "Xi Jinping 习近平",
                "explanation": "Xi met Putin.\nOn 16 May.",
                "topics": ["diplomacy", "energy trade"],
                "citations": cite,
            },
            {
                "id": "q-tf",
                "type": "true_false",
                "status": "approved",
                "prompt": "Putin met Xi in Beijing: true = {yes}?",
                "answer": True,
                "explanation": "True. Putin met Xi in Beijing.",
                "citations": cite,
            },
            {
                "id": "q-tf-false",
                "type": "true_false",
                "status": "draft",
                "prompt": "Putin met Xi in Harbin first.",
                "answer": False,
                "citations": cite,
            },
            {
                "id": "q-fill",
                "type": "fill_in_blank",
                "status": "approved",
                "prompt": "Xi Jinping met Vladimir Putin in _____ on 16 May 2024.",
                "answer": "Beijing",
                "accepted_answers": ["Peking", "Beijing, China"],
                "citations": cite,
            },
            {
                "id": "q-num",
                "type": "numeric",
                "status": "approved",
                "prompt": "What was China–Russia trade worth in 2023?",
                "answer": 240,
                "tolerance": 2.5,
                "unit": "billion US dollars",
                "citations": cite,
            },
            {
                "id": "q-match",
                "type": "matching",
                "status": "approved",
                "prompt": "Match each leader with their country.",
                "pairs": [
                    {"left": "Xi Jinping", "right": "China"},
                    {"left": "Vladimir Putin", "right": "Russia -> #1"},
                    {"left": "Kim <Jong-un>", "right": "North Korea & co"},
                ],
                "citations": cite,
            },
            {
                "id": "q-match-two",
                "type": "matching",
                "status": "approved",
                "prompt": "Match each city with its country.",
                "pairs": [{"left": "Beijing", "right": "China"}, {"left": "Moscow", "right": "Russia"}],
                "citations": cite,
            },
            {
                "id": "q-rejected",
                "type": "fill_in_blank",
                "status": "rejected",
                "prompt": "Putin arrived in _____.",
                "answer": "Harbin",
                "citations": cite,
            },
        ],
    }


@pytest.fixture
def mixed_bank() -> Bank:
    return parse_model(Bank, mixed_bank_data(), "", "mixed bank")


@pytest.fixture(scope="session")
def shipped_bank() -> Bank:
    return load_bank(PROJECT / "question_banks" / "generated.yaml")


@pytest.fixture(scope="session")
def parse_gift() -> Callable[[Path], list[dict[str, Any]]]:
    """gift-pegjs's reading of a GIFT file (installed from npm into tests/export/node on first use)."""
    npm_ci(NODE_TOOLS, "gift-pegjs")

    def parse(path: Path) -> list[dict[str, Any]]:
        done = subprocess.run(
            ["node", str(NODE_TOOLS / "parse_gift.js"), str(path)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return parse

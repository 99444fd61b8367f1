"""Sample texts and paths every test module shares."""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
BANKS = PROJECT / "question_banks"
SHARED_NLTK_DATA = PROJECT.parent / "shared" / "nltk_data"

SEED_FILES = sorted(SEEDS.glob("*.txt"))

# Strings a teacher or an article could put anywhere text is shown or stored.
HOSTILE_STRINGS = [
    "",
    " ",
    "$240 billion … $190 billion",
    "**bold** _under_ # heading [link](javascript:alert(1)) `code`",
    "<script>alert('x')</script><b>bold</b>",
    "yes",
    "no",
    "null",
    "~",
    "1e3",
    "0x1F",
    "- a list?",
    "key: value",
    "&anchor *alias !!python/object:os.system",
    "'single' \"double\" “curly” ‘quotes’",
    "line one\nline two\n",
    "trailing spaces   \n  and tabs\t",
    "emoji 🇷🇺🇨🇳 and accents: Nadège, Zhōngnánhǎi",
    "right-to-left: مرحبا",
    "\u200b zero width \ufeff bom",
    "a" * 3000,
]

# A minimal valid bank's YAML, citing nothing that needs an article file.
MINIMAL_BANK = """\
title: Minimal
description: One question.
sources:
- id: art
  title: An article
  outlet: Example News
  published: 2024-05-17
  path: seeds/article.txt
questions:
- id: q-1
  type: multiple_choice
  status: draft
  prompt: Which city did Putin visit on Friday?
  choices:
  - Harbin
  - Shanghai
  answer: Harbin
  explanation: He visited Harbin.
  citations:
  - source: art
    quote: Putin visited Harbin on Friday.
    start: 0
    end: 31
  topics:
  - places
  difficulty: easy
  origin: generated
"""
MINIMAL_ARTICLE = (
    "Putin visited Harbin on Friday. It is a city in northeastern China with a Russian past and a famous institute."
)


def sentence(corpus, start: str):
    """The analysed sentence of a generator `Corpus` that begins with `start`."""
    return next(item for item in corpus.items if item.text.startswith(start))

"""Sample texts and paths every test module shares."""

from __future__ import annotations

import os
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


# Files a project holds beside its articles that no bank may cite and no student may see.
SECRET = "scrypt-never-shown-3f9a1c"
PRIVATE_FILES = {
    ".streamlit/secrets.toml": f'[teacher]\npassword_hash = "{SECRET}"\n',
    ".git/config": f'[remote "origin"]\n\turl = https://{SECRET}@example.com/quiz.git\n',
    ".env": f"QUIZ_TOKEN={SECRET}\n",
    "question_banks/notes.txt": f"Remember: {SECRET}\n",
}
_NOT_IN_SEEDS = "must be an article file in seeds/, such as seeds/article.txt"
# (what a bank's source names as its path, the problem `validate` reports on that line)
HOSTILE_SOURCES = [
    (".streamlit/secrets.toml", _NOT_IN_SEEDS),
    (".git/config", _NOT_IN_SEEDS),
    (".env", _NOT_IN_SEEDS),
    ("question_banks/notes.txt", _NOT_IN_SEEDS),
    ("seeds/catalog.yaml", _NOT_IN_SEEDS),
    ("seeds/passwd.txt", "the article is a link, not a file; put the file itself in its place"),
    ("seeds/secrets.txt", "the article is a link, not a file; put the file itself in its place"),
    ("seeds/pipe.txt", "the article is not a regular file (it is a pipe, socket or device); save it as a text file"),
]


def add_private_files(root: Path) -> None:
    """Put the private files in the project at `root`, and in its seeds/ links out of it and a named pipe."""
    for name, text in PRIVATE_FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)
    (root / "seeds" / "catalog.yaml").touch()
    (root / "seeds" / "passwd.txt").symlink_to("/etc/passwd")
    (root / "seeds" / "secrets.txt").symlink_to("../.streamlit/secrets.toml")
    os.mkfifo(root / "seeds" / "pipe.txt")

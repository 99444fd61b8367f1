"""The bank an added article's questions go into when the teacher gives it one of its own."""

from __future__ import annotations

import itertools
from pathlib import Path

from ...corpus import Article
from ...models import Bank
from ...review import bank_file_name
from ..shelf import BANKS_FOLDER

__all__ = ["NEW_BANK", "new_bank_for", "new_bank_name"]

NEW_BANK = "new-bank"  # the bank choice "a new bank of its own" (bank files end in .yaml, so no bank is named so)


def new_bank_name(root: Path, title: str) -> str:
    """A file name in question_banks/ for a new bank titled `title` that no file there has yet."""
    stem = bank_file_name(title or "article").removesuffix(".yaml")
    taken = {path.name.lower() for path in (root / BANKS_FOLDER).glob("*")}
    numbered = (f"{stem}.yaml" if n == 1 else f"{stem}-{n}.yaml" for n in itertools.count(1))
    return next(name for name in numbered if name.lower() not in taken)


def new_bank_for(root: Path, article: Article) -> tuple[Path, Bank]:
    """A bank of the article's own, not yet saved, and a path in question_banks/ that no bank has."""
    title = article.source.title[:200]
    bank = Bank(title=title, description=f"Questions from {article.source.outlet}." if article.source.outlet else "")
    return root / BANKS_FOLDER / new_bank_name(root, title), bank

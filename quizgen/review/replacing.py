"""Replacing an article's text, and every bank that cites it following the new text.

The banks are read before the article is written (their citations still match then), their
citations are moved to where each sentence now is, and a question whose sentence is gone is
flagged `source_changed` and kept, whatever its status or origin: nothing a teacher wrote is lost.
Each bank is saved through `save_edited`, so its history keeps the version before.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import ARTICLES
from ..corpus import Article, replace_article
from ..errors import QuizgenError
from ..storage import open_bank, save_edited
from .relocate import relocated_bank

__all__ = ["Followed", "replace_and_follow"]


@dataclass(frozen=True)
class Followed:
    """What replacing an article did to one bank that cites it."""

    name: str  # the bank's file name
    flagged: int  # questions newly flagged: their sentence is no longer in the article
    moved: int  # questions whose sentence is still there, at another place
    problem: str = ""  # why the bank was left as it was, if it was


def replace_and_follow(
    root: str | os.PathLike[str], banks: Sequence[Path], file_name: str, text: str
) -> tuple[Article, list[Followed]]:
    """Write `text` over `seeds/<file_name>` and save each of `banks` that cites it, following the new text."""
    root = Path(root)
    path = f"{ARTICLES.folder}/{file_name}"
    citing = []
    for bank_path in banks:
        opened = open_bank(bank_path, root=root)
        if opened.bank is not None and any(s.path == path for s in opened.bank.sources):
            citing.append(opened)
    article = replace_article(root / ARTICLES.folder, file_name, text)
    followed = []
    for opened in citing:
        assert opened.bank is not None
        ids = {s.id for s in opened.bank.sources if s.path == path}
        bank = relocated_bank(opened.bank, dict.fromkeys(ids, text))
        pairs = list(zip(opened.bank.questions, bank.questions, strict=True))
        flagged = sum("source_changed" in new.flags and "source_changed" not in old.flags for old, new in pairs)
        moved = sum(new != old for old, new in pairs) - flagged
        problem = ""
        if bank != opened.bank:
            try:
                save_edited(opened.path, bank, opened.hash, root=root)
            except QuizgenError as error:
                problem = str(error)
        followed.append(Followed(opened.path.name, flagged, moved, problem))
    return article, followed

"""Replacing or deleting an article, and every bank that cites it following the change.

The banks are read before the article is written (their citations still match then), their
citations are moved to where each sentence now is, and a question whose sentence is gone is
flagged `source_changed` and kept, whatever its status or origin: nothing a teacher wrote is lost.
When an article is deleted, every question citing it is flagged (a bank whose deleted articles are cited only
by flagged questions stays valid). Each bank is saved through `save_edited`, so its history keeps the version
before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import ARTICLES
from ..corpus import Article, delete_article, replace_article
from ..errors import QuizgenError
from ..models import Bank
from ..storage import open_bank, save_edited
from .relocate import flagged_bank, relocated_bank

__all__ = ["Followed", "delete_and_flag", "replace_and_follow"]


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
    return _changed(
        Path(root),
        banks,
        file_name,
        lambda seeds: replace_article(seeds, file_name, text),
        lambda bank, ids: relocated_bank(bank, dict.fromkeys(ids, text)),
    )


def delete_and_flag(
    root: str | os.PathLike[str], banks: Sequence[Path], file_name: str
) -> tuple[Article, list[Followed]]:
    """Delete `seeds/<file_name>` and its catalog entry; in each of `banks`, flag every question that cites it."""
    return _changed(Path(root), banks, file_name, lambda seeds: delete_article(seeds, file_name), flagged_bank)


def _changed(
    root: Path,
    banks: Sequence[Path],
    file_name: str,
    change: Callable[[Path], Article],
    follow: Callable[[Bank, set[str]], Bank],
) -> tuple[Article, list[Followed]]:
    """Open the banks citing the article (they are valid now), `change` it, then save each bank as `follow` makes it."""
    path = f"{ARTICLES.folder}/{file_name}"
    citing = []
    for bank_path in banks:
        opened = open_bank(bank_path, root=root)
        if opened.bank is not None and any(s.path == path for s in opened.bank.sources):
            citing.append(opened)
    article = change(root / ARTICLES.folder)
    followed = []
    for opened in citing:
        assert opened.bank is not None
        bank = follow(opened.bank, {s.id for s in opened.bank.sources if s.path == path})
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

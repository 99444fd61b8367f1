"""Generating into a bank file: read the articles, generate, merge with the bank as it is on disk at save time.

The save is an edit like a teacher's (`quizgen.storage.save_merged`): locked, conflict-checked and
kept in the bank's history, so a teacher who approves a question while generation runs keeps it
approved, and a run can be undone from History.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import ARTICLES
from ..corpus import Article, load_corpus
from ..errors import QuizgenError
from ..models import Bank
from ..storage import project_root_of, read_structure, save_merged
from .merge import is_teachers, merge
from .pipeline import Generated, generate

__all__ = ["Report", "generate_bank", "questions_for_source"]

DEFAULT_TITLE = "Questions from the articles"


@dataclass(frozen=True)
class Report:
    """What a generation run did, for the command line and the app to show."""

    path: Path
    articles: int
    candidates: int
    generated: int
    kept_from_teachers: int
    flagged: int
    total: int
    warnings: tuple[str, ...]
    skipped: tuple[str, ...]


def generate_bank(
    seeds: str | os.PathLike[str],
    bank_path: str | os.PathLike[str],
    *,
    title: str | None = None,
    description: str | None = None,
    on_article: Callable[[Article], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> Report:
    """Generate from every article in `seeds` into `bank_path`, keeping all teacher work already there."""
    bank_path = Path(bank_path)
    corpus = load_corpus(seeds, root=project_root_of(bank_path))
    if not corpus.articles:
        reasons = "; ".join(str(e) for e in corpus.errors) or f"{seeds} holds no .txt or .md articles"
        raise QuizgenError(f"no articles to generate from: {reasons}")
    cited = project_root_of(bank_path) / ARTICLES.folder
    if Path(seeds).resolve() != cited:
        raise QuizgenError(f"{seeds}: banks in {bank_path.parent} cite only the articles in {cited}; move them there")
    # Citations are checked after the merge: an edited article moves or removes sentences, which the
    # merge follows (new offsets) or flags (source_changed) rather than refusing the whole bank.
    read_structure(bank_path)  # a bank that could not be merged into is refused before the long part
    if on_start:
        on_start(len(corpus.articles))
    generated = generate(corpus.articles, on_article=on_article)
    texts = {a.source.id: a.text for a in corpus.articles}
    merged: list[tuple[Bank | None, Bank]] = []

    def merge_into(existing: Bank | None) -> Bank:
        bank = merge(
            existing,
            generated,
            texts,
            title=title or DEFAULT_TITLE,
            description=description or f"Generated from {len(corpus.articles)} article(s); review before use.",
        )
        if title and existing is not None:
            bank = bank.model_copy(update={"title": title})
        merged[:] = [(existing, bank)]
        return bank

    save_merged(bank_path, merge_into)  # validated like any save, citations included: it reads back
    existing, bank = merged[0]
    kept = [q for q in bank.questions if existing and is_teachers(q)]
    return Report(
        path=bank_path,
        articles=len(corpus.articles),
        candidates=generated.candidates,
        generated=len(generated.questions),
        kept_from_teachers=len(kept),
        flagged=sum("source_changed" in q.flags for q in bank.questions),
        total=len(bank.questions),
        warnings=corpus.warnings,
        skipped=tuple(str(e) for e in corpus.errors),
    )


def questions_for_source(
    articles: Sequence[Article],
    source_id: str,
    *,
    on_article: Callable[[Article], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> Generated:
    """Questions whose first citation is the article `source_id`, generated with the whole corpus in view
    (so wrong options and corroboration draw on every article); the hooks are `generate`'s."""
    generated = generate(articles, on_article=on_article, on_stage=on_stage)
    mine = tuple(q for q in generated.questions if q.citations[0].source == source_id)
    return Generated(mine, generated.sources, generated.candidates)

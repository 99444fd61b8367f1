"""Reading a whole seeds folder: every article, with its catalog entry, one bad file never stopping the rest."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import QuizgenError
from .articles import ARTICLE_SUFFIXES, Article, read_article
from .catalog import CATALOG_NAME, load_catalog

__all__ = ["ArticleCollection", "load_corpus"]


@dataclass(frozen=True)
class ArticleCollection:
    """The usable articles of a folder, and what went wrong with the others."""

    articles: tuple[Article, ...]
    errors: tuple[QuizgenError, ...]
    warnings: tuple[str, ...]


def load_corpus(seeds: str | os.PathLike[str], *, root: str | os.PathLike[str] | None = None) -> ArticleCollection:
    """Read every `.txt`/`.md` file in `seeds` (sorted by name); `root` defaults to the folder above it."""
    seeds = Path(seeds)
    root = Path(root) if root else seeds.resolve().parent
    if not seeds.is_dir():
        return ArticleCollection((), (QuizgenError(f"{seeds}: no such folder of articles"),), ())
    catalog = load_catalog(seeds / CATALOG_NAME)
    files = sorted(p for p in seeds.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    articles: list[Article] = []
    errors: list[QuizgenError] = []
    warnings: list[str] = []
    used_ids: set[str] = set()
    for path in files:
        try:
            article = read_article(path, root=root, entry=catalog.entry(path.name))
        except QuizgenError as error:
            errors.append(error)
            continue
        if article.source.id in used_ids:
            unique = _unique_id(article.source.id, used_ids)
            warnings.append(f"{article.source.path}: id {article.source.id!r} is taken; using {unique!r}")
            article = replace(article, source=article.source.model_copy(update={"id": unique}))
        used_ids.add(article.source.id)
        articles.append(article)
        warnings.extend(article.warnings)
    listed = {p.name for p in files}
    for entry in catalog.articles:
        if entry.file not in listed:
            warnings.append(f"{seeds / CATALOG_NAME}: {entry.file} is listed but not in {seeds}")
    return ArticleCollection(tuple(articles), tuple(errors), tuple(warnings))


def _unique_id(base: str, used: set[str]) -> str:
    number = 2
    while f"{base}-{number}" in used:
        number += 1
    return f"{base}-{number}"

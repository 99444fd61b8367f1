"""Adding a new article to a seeds folder: check the uploaded file, then save it and its catalog entry."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path, PurePath

from ..config import LIMITS
from ..errors import ArticleConflict, FileRejected, Problem, YamlInvalid
from ..ids import slugify
from ..models import CatalogEntry
from ..models.source import article_name_problem
from ..storage import atomic_write, decode_text, megabytes
from .articles import ARTICLE_SUFFIXES, Article, article_from_text
from .catalog import CATALOG_NAME, add_catalog_entry, load_catalog, remove_catalog_entry
from .collection import load_corpus

__all__ = ["add_article", "delete_article", "read_upload", "replace_article"]


def read_upload(file_name: str, data: bytes, *, folder: str = "seeds") -> Article:
    """The article in an uploaded file, as it would be cited from `folder/<name>`; raises FileRejected
    (or its ArticleError) with a message that says what to fix.

    `name` is the upload's own name when it is one quizgen may save (see `article_name_problem`),
    and otherwise one made from the article's title, with the upload's ending.
    """
    name = PurePath(file_name.replace("\\", "/")).name
    shown = "".join(c for c in name if c.isprintable())[: LIMITS.shown_name_chars] or "the file"
    suffix = PurePath(name).suffix.lower()
    if name.startswith(".") or suffix not in ARTICLE_SUFFIXES:
        raise FileRejected(shown, "is not a .txt or .md file; save the article as plain text")
    if len(data) > LIMITS.article_max_bytes:
        raise FileRejected(shown, f"is {megabytes(len(data))}; the limit is {megabytes(LIMITS.article_max_bytes)}")
    text = decode_text(data, shown, control_ratio=LIMITS.binary_control_ratio)
    article = article_from_text(text, f"{folder}/{shown}")
    if article_name_problem(name) is None:
        return article
    return article_from_text(text, f"{folder}/{slugify(article.source.title)}{suffix}")


def add_article(seeds: str | os.PathLike[str], text: str, entry: CatalogEntry) -> Article:
    """Save `text` as `seeds/<entry.file>` and add `entry` to the folder's catalog; return the article as cited.

    Raises ArticleConflict when the folder already has that file or an article with that id,
    and FileRejected / YamlInvalid when the text or the catalog is not usable; nothing is
    written in any of those cases.
    """
    seeds = Path(seeds)
    file_name = entry.file
    problem = article_name_problem(file_name)
    if problem:
        raise YamlInvalid([Problem("catalog entry", None, "file", problem)])
    target = seeds / file_name
    article = article_from_text(text, f"{seeds.name}/{file_name}", entry=entry)
    if target.exists():
        raise ArticleConflict(f"{seeds.name}/{file_name} already exists; rename the file and upload it again")
    taken = {a.source.id: a.source.path for a in load_corpus(seeds).articles}
    if article.source.id in taken:
        raise ArticleConflict(
            f"the id {article.source.id!r} is already the id of {taken[article.source.id]}; choose another id"
        )
    try:
        atomic_write(target, text)
        try:
            add_catalog_entry(seeds / CATALOG_NAME, entry)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise FileRejected(f"{seeds.name}/{file_name}", f"could not be saved ({error.strerror or error})") from None
    return article


def replace_article(seeds: str | os.PathLike[str], file_name: str, text: str) -> Article:
    """Write `text` over the article `seeds/<file_name>`, keeping its catalog entry (so its id and title);
    return the article as it now reads. Raises FileRejected when no such article is in the folder."""
    seeds = Path(seeds)
    current = _article_named(seeds, file_name)
    entry = load_catalog(seeds / CATALOG_NAME).entry(file_name)
    article = article_from_text(text, current.source.path, entry=entry)
    # Banks cite it by the id they were given; an article with no catalog entry keeps the one it had.
    article = replace(article, source=article.source.model_copy(update={"id": current.source.id}))
    try:
        atomic_write(seeds / file_name, text)
    except OSError as error:
        raise FileRejected(current.source.path, f"could not be saved ({error.strerror or error})") from None
    return article


def delete_article(seeds: str | os.PathLike[str], file_name: str) -> Article:
    """Delete the article `seeds/<file_name>` and its catalog entry; return the article as it was.
    Raises FileRejected when no such article is in the folder, or its entry cannot be removed safely."""
    seeds = Path(seeds)
    current = _article_named(seeds, file_name)
    remove_catalog_entry(seeds / CATALOG_NAME, file_name)
    try:
        (seeds / file_name).unlink()
    except OSError as error:
        raise FileRejected(current.source.path, f"could not be deleted ({error.strerror or error})") from None
    return current


def _article_named(seeds: Path, file_name: str) -> Article:
    """The article saved as `seeds/<file_name>`, or FileRejected."""
    current = next((a for a in load_corpus(seeds).articles if a.source.path == f"{seeds.name}/{file_name}"), None)
    if current is None or article_name_problem(file_name):
        raise FileRejected(f"{seeds.name}/{file_name}", "is not one of the articles")
    return current

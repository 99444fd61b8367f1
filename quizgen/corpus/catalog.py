"""Reading `seeds/catalog.yaml`, the hand-kept metadata of the articles, and adding an entry to it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..config import LIMITS
from ..errors import ArticleConflict, FileRejected
from ..models import Catalog, CatalogEntry
from ..storage import atomic_write, parse_model, parse_yaml, read_text_file
from ..storage.yaml_dump import to_yaml

__all__ = ["CATALOG_NAME", "add_catalog_entry", "load_catalog", "remove_catalog_entry"]

CATALOG_NAME = "catalog.yaml"

_ARTICLES_KEY = re.compile(r"^articles:[ \t]*(\[\s*\])?[ \t]*(#.*)?$", re.MULTILINE)
_FIRST_ITEM = re.compile(r"^([ \t]*)- ", re.MULTILINE)


def load_catalog(path: str | os.PathLike[str]) -> Catalog:
    """The catalog at `path`; an absent file is an empty catalog."""
    path = Path(path)
    if not path.exists():
        return Catalog()
    return _parse(read_text_file(path, max_bytes=LIMITS.catalog_max_bytes), str(path))


def add_catalog_entry(path: str | os.PathLike[str], entry: CatalogEntry) -> None:
    """Append `entry` to the catalog at `path` (made if absent), keeping the file's text and comments as they are.

    Raises ArticleConflict if the catalog already lists the file name or the id, and
    FileRejected / YamlInvalid if the catalog cannot be read; the file is then left as it was.
    The write is atomic.
    """
    path = Path(path)
    text = read_text_file(path, max_bytes=LIMITS.catalog_max_bytes) if path.exists() else ""
    catalog = _parse(text, str(path))
    if catalog.entry(entry.file) is not None:
        raise ArticleConflict(f"{path}: already lists {entry.file}; rename the file or edit its entry by hand")
    if entry.id and any(e.id == entry.id for e in catalog.articles):
        raise ArticleConflict(f"{path}: the id {entry.id!r} is already another article's; choose another id")
    combined = _appended(text, entry)
    if _parse(combined, str(path)).articles[-1:] != [entry]:
        raise FileRejected(str(path), "is laid out in a way an entry cannot be added to safely; add it by hand")
    atomic_write(path, combined)


def remove_catalog_entry(path: str | os.PathLike[str], file_name: str) -> None:
    """Take the entry of `file_name` out of the catalog at `path`, keeping the rest of its text and comments.

    Does nothing when the catalog does not list the file; raises FileRejected when the entry cannot be
    cut out safely (the catalog is then left as it was). The write is atomic."""
    path = Path(path)
    if not path.exists():
        return
    text = read_text_file(path, max_bytes=LIMITS.catalog_max_bytes)
    catalog = _parse(text, str(path))
    if catalog.entry(file_name) is None:
        return
    items = list(_FIRST_ITEM.finditer(text))
    index = next((i for i, item in enumerate(items) if _catalog_file(text, items, i) == file_name), None)
    if index is not None:
        end = items[index + 1].start() if index + 1 < len(items) else len(text)
        cut = text[: items[index].start()] + text[end:]
        cut = cut.rstrip("\n") + "\n"
        expected = [e for e in catalog.articles if e.file != file_name]
        if _parse(cut, str(path)).articles == expected:
            atomic_write(path, cut)
            return
    raise FileRejected(
        str(path), f"is laid out in a way the entry of {file_name} cannot be removed safely; remove it by hand"
    )


def _catalog_file(text: str, items: list[re.Match[str]], index: int) -> str | None:
    """The `file:` of the list item `index` of the catalog text, if it names one."""
    end = items[index + 1].start() if index + 1 < len(items) else len(text)
    found = re.search(r"^[ \t]*-?[ \t]*file:[ \t]*(.+?)[ \t]*$", text[items[index].start() : end], re.MULTILINE)
    return found.group(1).strip("'\"") if found else None


def _parse(text: str, name: str) -> Catalog:
    data = parse_yaml(text, name) if text.strip() else None
    if data is None:
        return Catalog()
    if not isinstance(data, dict):
        raise FileRejected(name, "should start with 'articles:' followed by one entry per article file")
    return parse_model(Catalog, data, text, name)


def _appended(text: str, entry: CatalogEntry) -> str:
    """The catalog text with the entry's lines added at the end, indented like the entries before it."""
    data = entry.model_dump(mode="python", exclude_defaults=True)
    lines = to_yaml([data]).splitlines()
    key = _ARTICLES_KEY.search(text)
    if key is None:
        return text + ("" if not text or text.endswith("\n") else "\n") + "articles:\n" + _indented(lines, "  ")
    if key.group(1):  # `articles: []` becomes the head of a block list
        comment = f" {key.group(2)}" if key.group(2) else ""
        return (
            text[: key.start()] + "articles:" + comment + "\n" + _indented(lines, "  ") + text[key.end() :].lstrip("\n")
        )
    item = _FIRST_ITEM.search(text, key.end())
    if item is None:
        return text.rstrip("\n") + "\n" + _indented(lines, "  ")
    # A blank line between entries, as in the shipped catalog.
    return text.rstrip("\n") + "\n\n" + _indented(lines, item.group(1))


def _indented(lines: list[str], indent: str) -> str:
    return "".join(f"{indent}{line}\n" for line in lines)

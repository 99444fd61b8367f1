"""Reading article files into `Article`s: original text, body blocks, and the metadata to cite."""

from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import ARTICLES, LIMITS
from ..errors import ArticleError, FileRejected
from ..ids import slugify
from ..models import CatalogEntry, Source
from ..storage import read_text_file
from .metadata import infer_metadata
from .segment import Block, segment

__all__ = ["ARTICLE_SUFFIXES", "Article", "article_from_text", "read_article"]

ARTICLE_SUFFIXES = ARTICLES.suffixes
_HTML_TAG = re.compile(
    r"<\s*/?\s*(html|head|body|div|p|span|script|style|a|br|img|table|meta|h[1-6])\b[^>]*>", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]{2,}")
# '&amp;', '&ccedil;', '&#8217;': a character written as an HTML entity, closed by its semicolon.
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")


@dataclass(frozen=True)
class Article:
    """One article: its file text (never modified), how it splits into blocks, and its citable metadata."""

    source: Source
    text: str
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def body(self) -> tuple[Block, ...]:
        """The blocks questions may come from."""
        return tuple(b for b in self.blocks if b.kind == "body")


def read_article(
    path: str | os.PathLike[str], *, root: str | os.PathLike[str], entry: CatalogEntry | None = None
) -> Article:
    """Read and check one article file (never through a link); `root` is the folder source paths are relative to."""
    path = Path(path)
    text = read_text_file(
        path, max_bytes=LIMITS.article_max_bytes, control_ratio=LIMITS.binary_control_ratio, follow_links=False
    )
    try:
        relative = path.resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        raise FileRejected(str(path), f"is outside the project folder {root}") from None
    return article_from_text(text, relative, entry=entry)


def article_from_text(text: str, relative_path: str, *, entry: CatalogEntry | None = None) -> Article:
    """Build an Article from file text; `relative_path` is what the bank will cite as `path`."""
    name = relative_path
    if not text.strip():
        raise ArticleError(name, "is empty")
    html_tags = _HTML_TAG.findall(text[: ARTICLES.html_scan_chars])
    if text.lstrip().lower().startswith("<!doctype") or len(html_tags) >= ARTICLES.html_tags:
        raise ArticleError(name, "contains HTML markup; save the article as plain text (.txt) and try again")
    text = _ENTITY.sub(lambda entity: html.unescape(entity.group()), text)  # 'Gon&ccedil;alo' is 'Gonçalo'
    blocks = segment(text)
    body = [b for b in blocks if b.kind == "body"]
    if not body:
        raise ArticleError(name, "has no article text left once captions, credits and site boilerplate are removed")
    if sum(len(_WORD.findall(text[b.start : b.end])) for b in body) < ARTICLES.min_body_words:
        raise ArticleError(
            name, f"has too little text to be an article (fewer than {ARTICLES.min_body_words} words of body text)"
        )
    inferred = infer_metadata(text, blocks)
    warnings: list[str] = []
    stem = Path(relative_path).stem
    if entry is None:
        warnings.append(f"{name}: not in the catalog; using the headline, date and outlet found in the text")
    title = (entry and entry.title) or inferred.title or _opening_words(text, body[0], ARTICLES.title_words)
    published = (entry and entry.published) or inferred.published
    outlet = entry.outlet if entry and entry.outlet is not None else (inferred.outlet or "")
    for label, value in (("headline", inferred.title), ("publication date", published), ("outlet", outlet)):
        if not value and entry is None:
            warnings.append(f"{name}: no {label} found; add it to the catalog")
    source = Source(
        id=(entry and entry.id) or slugify(inferred.title or stem),
        title=title,
        outlet=outlet,
        published=published,
        path=relative_path,
        url=entry.url if entry else None,
        notes=entry.notes if entry else "",
    )
    return Article(source=source, text=text, blocks=blocks, warnings=tuple(warnings))


def _opening_words(text: str, block: Block, count: int) -> str:
    words = text[block.start : block.end].split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")

"""Splitting an article file into blocks: body paragraphs versus captions, credits and site furniture.

Offsets always refer to the original file text, so `text[block.start:block.end]`
is the block exactly as it appears in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..config import ARTICLES
from ..lexicon import lexicon

__all__ = ["Block", "BlockKind", "segment"]

BlockKind = Literal["body", "title", "heading", "date", "caption", "credit", "boilerplate", "trailer", "lead"]

_CLOSING = re.compile(r"[.!?:;…][\"'”’»)\]]*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


@dataclass(frozen=True)
class Block:
    """A stretch of the file with what it is; only `body` blocks can be quoted by questions."""

    start: int
    end: int
    kind: BlockKind


def segment(text: str) -> tuple[Block, ...]:
    """Classify every non-empty line of `text`; the first headline-like line is the title."""
    blocks: list[Block] = []
    lines = list(_content_lines(text))
    last_content = len(lines) - 1
    seen_title = seen_body = False
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        kind = _classify(line, is_last=index == last_content)
        if kind == "body" and not seen_body:
            prefix = _lead_prefix(line)
            if prefix:
                blocks.append(Block(start, start + prefix, "lead"))
                start += prefix
        if kind == "heading" and not seen_title and not seen_body:
            kind = "title"
        if kind == "heading" and _MARKDOWN_HEADING.match(line) and not seen_title:
            kind = "title"
        seen_title = seen_title or kind == "title"
        seen_body = seen_body or kind == "body"
        blocks.append(Block(start, end, kind))
    return tuple(blocks)


def _content_lines(text: str):
    """(start, end) of each line's content, surrounding white space excluded."""
    position = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            yield start, start + len(stripped)
        position += len(raw)


def _classify(line: str, *, is_last: bool) -> BlockKind:
    words = _MARKDOWN_HEADING.sub("", line)
    lex = lexicon()
    if any(p.match(words) for p in lex.boilerplate_lines):
        return "boilerplate"
    if any(p.match(words) for p in lex.date_lines):
        return "date"
    if any(p.match(words) for p in lex.credit_lines):
        return "credit"
    if any(p.search(words) for p in lex.caption_markers):
        return "caption"
    if is_last and lex.outlet_trailer.match(words) and len(words.split()) <= ARTICLES.trailer_max_words:
        return "trailer"
    if _MARKDOWN_HEADING.match(line) or (not _CLOSING.search(words) and len(words.split()) <= lex.heading_max_words):
        return "heading"
    return "body"


def _lead_prefix(line: str) -> int:
    """Length of a section tag, date stamp or dateline that opens the first paragraph."""
    for pattern in lexicon().lead_prefixes:
        match = pattern.match(line)
        if match and match.end() < len(line):
            return match.end()
    return 0

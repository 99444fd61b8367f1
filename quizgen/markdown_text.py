"""Showing text from articles and teachers literally in Streamlit's Markdown.

Streamlit renders Markdown almost everywhere text appears (st.markdown, widget
labels, radio options) and adds its own syntax on top: `$...$` is LaTeX, so
"$240 billion … $190 billion" is garbled into maths; `:red[...]` colours text;
`:smile:` is an emoji; `<-`, `->`, `--`, `>=` become arrows and dashes; bare
web addresses become links. `literal` turns any string into Markdown source
that shows exactly that string and nothing else.

Bidirectional control characters (right-to-left override, embeddings, isolates)
are shown as visible marks such as `[U+202E]`: otherwise they would make the text
after them display reversed, so a question could look different from what it says.
Right-to-left scripts themselves (Arabic, Hebrew) need none of them and show as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["HIGHLIGHT_COLOURS", "literal", "literal_marked", "paragraph_starts"]

# Every ASCII punctuation character may be backslash-escaped in CommonMark, and
# Streamlit's extensions ($ for LaTeX, : for directives) honour the escapes.
_PUNCTUATION = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
# Replacements Streamlit applies even to escaped characters: a word joiner
# (U+2060, invisible and unbreakable) between the two characters stops them.
_JOINER = "\u2060"
_TYPOGRAPHY = re.compile(r"(?<=[<>~\-])(?=[\-=>])|(?<=<)(?=-)")
# GitHub's autolinks ignore escapes; a joiner inside the scheme or "www." stops them.
_AUTOLINK = re.compile(r"(?i)(?<=\bhttp)(?=s?:)|(?<=\bftp)(?=:)|(?<=\bmailto)(?=:)|(?<=\bwww)(?=\.)|(?=@)")
_LEADING_SPACE = re.compile(r"^[ \t]+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n\s*\n")

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")

_OPEN, _CLOSE = "\ue000", "\ue001"
# Input that holds a sentinel gets a replacement character instead, keeping every offset.
_NO_SENTINELS = {ord(_OPEN): "\ufffd", ord(_CLOSE): "\ufffd"}
HIGHLIGHT_COLOURS = ("orange", "blue", "green", "red", "violet", "gray")


def literal(text: str) -> str:
    """Markdown source that Streamlit shows as exactly `text`: no formatting, maths, links or HTML."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BIDI_CONTROLS.sub(_visible_mark, text)
    # Leading spaces would start a code block; blank lines keep paragraphs apart.
    text = _LEADING_SPACE.sub("", text)
    text = _TYPOGRAPHY.sub(_JOINER, text)
    text = _AUTOLINK.sub(_JOINER, text)
    text = _PUNCTUATION.sub(r"\\\1", text)
    paragraphs = _BLANK_LINES.split(text)
    # A single newline would be read as a space; a trailing backslash is a hard line break.
    return "\n\n".join(p.strip("\n").replace("\n", "\\\n") for p in paragraphs)


def _visible_mark(match: re.Match[str]) -> str:
    return f"[U+{ord(match.group()):04X}]"


def literal_marked(text: str, spans: Iterable[tuple[int, int]], colour: str = "orange", *, bold: bool = True) -> str:
    """Like `literal`, with each (start, end) span of `text` shown in bold on a coloured background."""
    if colour not in HIGHLIGHT_COLOURS:
        raise ValueError(f"colour must be one of {', '.join(HIGHLIGHT_COLOURS)}")
    text = text.translate(_NO_SENTINELS)
    pieces: list[str] = []
    position = 0
    for start, end in _merged(spans, text):
        pieces += [text[position:start], _OPEN, text[start:end], _CLOSE]
        position = end
    pieces.append(text[position:])
    # Sentinels survive escaping (they are not punctuation); they become the directive afterwards.
    stars = "**" if bold else ""
    opening, closing = f":{colour}-background[{stars}", f"{stars}]"
    paragraphs: list[str] = []
    inside = False
    for paragraph in literal("".join(pieces)).split("\n\n"):
        head = opening if inside else ""
        last = max(paragraph.rfind(_OPEN), paragraph.rfind(_CLOSE))
        inside = paragraph[last] == _OPEN if last >= 0 else inside
        tail = closing if inside else ""
        paragraphs.append(head + paragraph.replace(_OPEN, opening).replace(_CLOSE, closing) + tail)
    return "\n\n".join(paragraphs)


def paragraph_starts(text: str) -> list[int]:
    """The offset where each paragraph of `text` begins, counting paragraphs as `literal` shows them."""
    lead = len(text) - len(text.lstrip())
    if lead == len(text):
        return []
    return [lead] + [m.end() for m in _BLANK_LINES.finditer(text, lead) if m.end() < len(text.rstrip())]


def _merged(spans: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans inside `text`, trimmed of edge spaces (bold cannot start with one)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

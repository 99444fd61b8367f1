"""Paper: a printable test and its answer key as PDF (fpdf2), in fonts found on this machine.

The test has lines for a student's name, class and date, numbered questions and lettered
choices; a question that fits on a page never breaks across pages. The key gives each answer with its sources.
Right-to-left text is laid out by HarfBuzz (fpdf2's text shaping); Chinese, Japanese and Korean
come from a CJK font when one is installed. A question holding a character no font found can
show is left out and reported, never printed as empty boxes.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import QuizgenError
from .base import Skipped, explanation_and_sources

if TYPE_CHECKING:
    from ..models import Bank, Question


__all__ = ["Item", "answer_key", "test_paper"]

# Where systems keep fonts, and the files tried in order: a font for most scripts (Latin, Cyrillic,
# Greek, Hebrew, Arabic), its bold, and one for Chinese, Japanese and Korean.
_FONT_FOLDERS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "C:/Windows/Fonts",
)
_REGULAR = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "LiberationSans-Regular.ttf", "arial.ttf")
_BOLD = ("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf")
_CJK = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.otf", "msyh.ttc")
_NO_FONT = (
    "no font for printing was found on this machine; install DejaVu Sans "
    "(Debian and Ubuntu: apt-get install fonts-dejavu-core)"
)
# What the footer's page count is written as until the last page is known; fpdf2 replaces it everywhere,
# so it is nothing a bank would say.
_PAGES = "{quizgen-page-count}"
_MARGIN = 18  # mm
_INDENT = 8  # mm, choices under their question


@dataclass(frozen=True)
class Item:
    """A type's part of one question on paper: the stem, the lines under it, and the key as printed
    (when it is not the answer as a student reads it, such as a choice's letter)."""

    stem: str
    lines: list[str]
    key: str = ""


class _Fonts:
    """The font files found, and which characters they can show."""

    def __init__(self) -> None:
        found = _font_files()
        self.regular = _first(found, _REGULAR)
        self.bold = _first(found, _BOLD) or self.regular
        self.cjk = _first(found, _CJK)
        if self.regular is None:
            raise QuizgenError(_NO_FONT)
        # Stems and keys print in bold, the rest in regular: a character must be in both (or in the CJK font).
        both = _characters(self.regular) & _characters(self.bold)
        self.shown = both | (_characters(self.cjk) if self.cjk else frozenset())

    def missing(self, text: str) -> str:
        """The characters of `text` no font found can show (spaces and controls need none)."""
        return "".join(sorted({c for c in text if c.isprintable() and not c.isspace() and ord(c) not in self.shown}))

    def printable(self, text: str) -> str:
        """`text` without the characters no font found can show (for a title, which is not a question)."""
        missing = set(self.missing(text))
        return " ".join("".join(c for c in text if c not in missing).split())

    def document(self, title: str) -> Any:
        from fpdf import FPDF  # imported here: only a paper export needs fpdf2

        class Paper(FPDF):
            def footer(self) -> None:
                self.set_y(-12)
                self.set_font("body", "", 8)
                self.cell(0, 5, f"{title} · page {self.page_no()} of {_PAGES}", align="C")

        pdf = Paper(format="A4")
        pdf.set_title(title)
        pdf.set_creator("quizgen")
        pdf.set_margins(_MARGIN, _MARGIN, _MARGIN)
        pdf.set_auto_page_break(True, margin=_MARGIN)
        pdf.add_font("body", "", str(self.regular))
        pdf.add_font("body", "B", str(self.bold))
        if self.cjk is not None:
            pdf.add_font("cjk", "", str(self.cjk))
            pdf.set_fallback_fonts(["cjk"], exact_match=False)
        # Each paragraph's direction from its first letter: a question in Hebrew or Arabic reads right to left.
        pdf.set_text_shaping(True)
        pdf.alias_nb_pages(_PAGES)
        return pdf


def test_paper(bank: Bank, items: Sequence[tuple[Question, Item]]) -> tuple[bytes, list[Skipped]]:
    """The test to print: name lines, then every question with its choices or answer lines."""
    fonts = _Fonts()
    printable, skipped = _printable(fonts, bank, items)
    title = fonts.printable(bank.title)
    pdf = fonts.document(title)
    _page(pdf, title)
    pdf.set_font("body", "", 11)
    pdf.cell(
        0, 8, "Name: ______________________    Class: __________    Date: ______________", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)
    for number, (_, item) in enumerate(printable, start=1):
        lines = [_Line(f"{number}. {item.stem}", bold=True)]
        _block(pdf, lines + [_Line(line, indent=_INDENT) for line in item.lines], space=4)
    return bytes(pdf.output()), skipped


def answer_key(bank: Bank, items: Sequence[tuple[Question, Item]]) -> tuple[bytes, list[Skipped]]:
    """The key: each question's number, its answer, and where the answer comes from."""
    fonts = _Fonts()
    printable, skipped = _printable(fonts, bank, items)
    title = f"{fonts.printable(bank.title)}: answer key"
    pdf = fonts.document(title)
    _page(pdf, title)
    for number, (question, item) in enumerate(printable, start=1):
        sources = [_Line(p, indent=_INDENT, size=9, height=5) for p in explanation_and_sources(bank, question)]
        _block(pdf, [_Line(f"{number}. {item.key}", bold=True), *sources], space=3)
    return bytes(pdf.output()), skipped


@dataclass(frozen=True)
class _Line:
    """One paragraph of a question's block on paper."""

    text: str
    bold: bool = False
    indent: float = 0
    size: float = 11
    height: float = 6


def _block(pdf: Any, lines: Sequence[_Line], *, space: float) -> None:
    """Print the lines together: on a new page when the rest of this one cannot hold them all."""
    needed = space
    for line in lines:
        _font(pdf, line)
        width = pdf.epw - line.indent
        needed += pdf.multi_cell(width, line.height, _flat(line.text), align="L", dry_run=True, output="HEIGHT")
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    for line in lines:
        _font(pdf, line)
        pdf.set_x(pdf.l_margin + line.indent)
        pdf.multi_cell(pdf.epw - line.indent, line.height, _flat(line.text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(space)


def _font(pdf: Any, line: _Line) -> None:
    pdf.set_font("body", "B" if line.bold else "", line.size)


def _flat(text: str) -> str:
    """A tab as a space (the font has no glyph for it); line breaks kept."""
    return text.replace("\r\n", "\n").replace("\t", " ")


def _page(pdf: Any, title: str) -> None:
    pdf.add_page()
    pdf.set_font("body", "B", 16)
    pdf.multi_cell(0, 9, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _printable(
    fonts: _Fonts, bank: Bank, items: Iterable[tuple[Question, Item]]
) -> tuple[list[tuple[Question, Item]], list[Skipped]]:
    """The items every character of which a font found can show, and the others with the characters missing."""
    kept: list[tuple[Question, Item]] = []
    skipped: list[Skipped] = []
    for question, item in items:
        text = " ".join([item.stem, *item.lines, item.key, *explanation_and_sources(bank, question)])
        missing = fonts.missing(text)
        if _PAGES in text:
            skipped.append(
                Skipped(question.id, question.prompt, f"it holds {_PAGES}, which the PDF uses for its page count")
            )
        elif missing:
            skipped.append(Skipped(question.id, question.prompt, _missing_reason(missing)))
        else:
            kept.append((question, item))
    return kept, skipped


def _missing_reason(missing: str) -> str:
    shown = " ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
    return (
        f"no font on this machine can print {shown}; install one that can (for Chinese, Japanese and Korean: "
        "apt-get install fonts-noto-cjk) and export again"
    )


@functools.cache
def _font_files() -> dict[str, Path]:
    """Every font file in the usual folders, by file name (the first found of each name)."""
    found: dict[str, Path] = {}
    for folder in _FONT_FOLDERS:
        base = Path(os.path.expanduser(folder))
        if not base.is_dir():
            continue
        for parent, _, files in os.walk(base):
            for name in files:
                found.setdefault(name, Path(parent) / name)
    return found


def _first(found: dict[str, Path], names: Sequence[str]) -> Path | None:
    return next((found[name] for name in names if name in found), None)


@functools.cache
def _characters(path: Path) -> frozenset[int]:
    """The code points a font file has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(str(path), fontNumber=0, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})

"""Moodle XML, the format Moodle's question bank imports and exports with every setting kept.

Each question is a `<question type="...">` with its text, general feedback (the explanation and
the cited sentences), `idnumber` (the question's id, so a re-import can be matched) and tags
(its topics). All text is `format="html"` and escaped, so it shows exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from ..numbers import exact_number
from .base import explanation_and_sources, html_lines

if TYPE_CHECKING:
    from ..models import Bank, Question

__all__ = ["Body", "answer", "category_name", "document", "question", "setting", "short_answer", "subquestion"]

# A wrong try costs a third of the mark in Moodle's interactive modes, as Moodle's own default.
_PENALTY = "0.3333333"
# Characters XML 1.0 cannot hold at all; each becomes U+FFFD, so the file stays well-formed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Body:
    """A type's part of one Moodle question: its `type`, stem (plain text) and the elements after the common ones."""

    qtype: str
    stem: str
    elements: list[ET.Element] = field(default_factory=list)


def _plain(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _html(value: str) -> str:
    return html_lines(_plain(value))


def _text_element(tag: str, value: str, *, html_format: bool = True) -> ET.Element:
    element = ET.Element(tag, {"format": "html"} if html_format else {})
    ET.SubElement(element, "text").text = _html(value) if html_format else _plain(value)
    return element


def setting(tag: str, value: str) -> ET.Element:
    """`<single>true</single>`: one of a type's settings."""
    element = ET.Element(tag)
    element.text = value
    return element


def answer(fraction: float, value: str, *, tolerance: float | None = None, plain: bool = False) -> ET.Element:
    """`<answer fraction="100">`: one answer and the share of the mark it earns (numbers and true/false plain)."""
    element = _text_element("answer", value, html_format=not plain)
    element.set("fraction", exact_number(fraction))
    if tolerance is not None:
        element.append(setting("tolerance", exact_number(tolerance)))
    element.append(_text_element("feedback", ""))
    return element


def subquestion(left: str, right: str) -> ET.Element:
    """One pair of a matching question: the item and (plain text) what it matches."""
    element = _text_element("subquestion", left)
    right_element = ET.SubElement(element, "answer")
    ET.SubElement(right_element, "text").text = _plain(right)
    return element


def short_answer(value: str) -> str:
    """A typed answer as Moodle's short-answer question compares it: `*` is its wildcard, so written `\\*`."""
    return value.replace("*", "\\*")


def category_name(title: str) -> str:
    """A bank's title as one Moodle category: on one line, a `/` doubled (a single one starts a subcategory)."""
    return " ".join(title.split()).replace("/", "//")


def question(bank: Bank, question: Question, body: Body) -> ET.Element:
    """One `<question>`: what every type has, then the type's own elements, then its tags."""
    element = ET.Element("question", {"type": body.qtype})
    name = ET.SubElement(element, "name")
    ET.SubElement(name, "text").text = _plain(_short(question.prompt))
    element.append(_text_element("questiontext", body.stem))
    element.append(_text_element("generalfeedback", "\n\n".join(explanation_and_sources(bank, question))))
    element.append(setting("defaultgrade", "1"))
    element.append(setting("penalty", _PENALTY))
    element.append(setting("hidden", "0"))
    element.append(setting("idnumber", question.id))
    element.extend(body.elements)
    if question.topics:
        tags = ET.SubElement(element, "tags")
        for topic in question.topics:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = _plain(topic)
    return element


def document(bank: Bank, questions: Iterable[ET.Element]) -> bytes:
    """The file: `<quiz>` holding the bank's category, then its questions."""
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    ET.SubElement(ET.SubElement(category, "category"), "text").text = _plain(
        f"$course$/top/{category_name(bank.title)}"
    )
    quiz.extend(questions)
    ET.indent(quiz)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="utf-8") + b"\n"


def _short(prompt: str) -> str:
    """A question's name in Moodle's list: the prompt's first 80 characters."""
    flat = " ".join(prompt.split())
    return flat if len(flat) <= 80 else flat[:79].rstrip() + "…"

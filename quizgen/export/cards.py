"""Flashcards: an Anki deck (`.apkg`, built with genanki) and Quizlet's import text.

A card's front is the prompt and what a student picks from (each type's `card` renderer gives
those lines); its back is the answer, the explanation and the cited sentences. An Anki note's
GUID comes from the question's id, which an edit keeps, so importing a newer export updates
the cards a student already has instead of adding copies.
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..ids import content_id
from .base import explanation_and_sources, html_lines

if TYPE_CHECKING:
    from ..models import Bank, Question

__all__ = ["Card", "anki_package", "card", "note_guid", "quizlet_text"]

_CONTENT_ID = re.compile(r"[a-z]+-[0-9a-f]{12}")
# The note type's id stays fixed: Anki matches the notes of later exports to the same note type.
_MODEL_ID = 1_607_392_319
_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: #1b1b1b; background: #fff; }
.source { font-size: 15px; color: #555; margin-top: 1em; }
"""


@dataclass(frozen=True)
class Card:
    """One question as a flashcard: the front's lines (prompt first) and the back's answer and feedback."""

    question: Question
    front: list[str]
    answer: str
    feedback: list[str]


def card(bank: Bank, question: Question, lines: list[str], answer: str) -> Card:
    """The card of a question whose type shows `lines` under the prompt and whose right answer reads `answer`."""
    return Card(question, [question.prompt, *lines], answer, explanation_and_sources(bank, question))


def anki_package(bank: Bank, cards: Iterable[Card], *, timestamp: float | None = None) -> bytes:
    """An `.apkg` holding one deck named after the bank, with a note per card, tagged with the question's topics."""
    import genanki  # imported here: only an Anki export needs it

    model = genanki.Model(
        _MODEL_ID,
        "quizgen question",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}, {"name": "Id"}],
        templates=[
            {
                "name": "Question first",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<div class="source">{{Source}}</div>',
            }
        ],
        css=_CSS,
    )
    # Anki reads '::' in a deck's name as a subdeck.
    deck = genanki.Deck(_deck_id(bank.title), " ".join(bank.title.replace("::", ":").split()))
    for each in cards:
        fields = [
            "<br>".join(_html(line) for line in each.front),
            _html(each.answer),
            "<br><br>".join(_html(paragraph) for paragraph in each.feedback),
            each.question.id,
        ]
        tags = [_tag(topic) for topic in each.question.topics]
        deck.add_note(genanki.Note(model=model, fields=fields, tags=tags, guid=note_guid(bank, each.question)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "deck.apkg"
        genanki.Package(deck).write_to_file(str(path), timestamp=timestamp)
        return path.read_bytes()


def quizlet_text(cards: Iterable[Card]) -> str:
    """Quizlet's import text: term, a tab, definition; one card per line (tabs and line breaks become spaces)."""
    out = io.StringIO()
    for each in cards:
        term = " / ".join(each.front)
        out.write(f"{_one_line(term)}\t{_one_line(each.answer)}\n")
    return out.getvalue()


def note_guid(bank: Bank, question: Question) -> str:
    """The note's GUID: from the question's id, which an edit keeps. A content-hash id ('q-3f9a0c2b71de') is
    the same question wherever it is; a short hand-written one ('q1') is only unique within its bank."""
    import genanki

    if _CONTENT_ID.fullmatch(question.id):
        return str(genanki.guid_for(question.id))
    return str(genanki.guid_for(bank.title, question.id))


def _deck_id(title: str) -> int:
    """A deck id Anki accepts (a positive 31-bit number), the same for every export of one bank."""
    return int(content_id(title, prefix="deck", length=8)[5:], 16) & 0x7FFF_FFFF or 1


def _html(text: str) -> str:
    """Text as an Anki field shows it: HTML escaped, and '[' as an entity, or '[sound:…]', '[latex]' and
    '[$]' would play a sound or draw LaTeX."""
    return html_lines(text).replace("[", "&#91;")


def _tag(topic: str) -> str:
    """Anki tags hold no spaces: 'energy trade' -> 'energy_trade'."""
    return "_".join(topic.split())


def _one_line(text: str) -> str:
    return " ".join(text.split())

"""Stage 1: sentences with exact character spans in the article file.

Paragraphs (body blocks) are split first, then NLTK's Punkt splits each one
with the project's own abbreviation list (NLTK's nonbreaking prefixes plus
news titles such as Mr., Gen., Sen., U.S.), so "Vladimir V. Putin" and
"Mr. Gabuev" stay whole. No pretrained `punkt_tab` model is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.corpus import nonbreaking_prefixes
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from ..corpus import Article
from ..lexicon import lexicon
from .gazetteer import common_words

__all__ = ["Sentence", "split_sentences", "sentence_spans"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article: `text == article.text[start:end]`."""

    source_id: str
    start: int
    end: int
    text: str
    paragraph: int
    position: int


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    prefixes = set()
    for line in nonbreaking_prefixes.words("en"):
        if "#NUMERIC_ONLY#" not in line:
            prefixes.add(line.strip().lower())
    prefixes.update(a.lower().rstrip(".") for a in lexicon().abbreviations)
    params.abbrev_types = {p for p in prefixes if p}
    return PunktSentenceTokenizer(params)


_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$")  # '... S.I.' before 'Newhouse Jr., whose ...'


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in one paragraph of text. A break right after a person's initials
    ('S.I. Newhouse Jr.') is no sentence end."""
    spans: list[tuple[int, int]] = []
    for start, end in _tokenizer().span_tokenize(text):
        first = text[start:end].split(maxsplit=1)[0] if text[start:end].strip() else ""
        if (
            spans
            and _INITIALS.search(text[spans[-1][0] : spans[-1][1]])
            and first[:1].isupper()
            and first.lower().strip(",.") not in common_words()  # 'Washington, D.C. He moved.' ends there
        ):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    """Every sentence of the article's body, in order, with spans into the file text."""
    sentences: list[Sentence] = []
    for paragraph, block in enumerate(article.body):
        chunk = article.text[block.start : block.end]
        for start, end in sentence_spans(chunk):
            absolute = block.start + start, block.start + end
            sentences.append(
                Sentence(
                    source_id=article.source.id,
                    start=absolute[0],
                    end=absolute[1],
                    text=article.text[absolute[0] : absolute[1]],
                    paragraph=paragraph,
                    position=len(sentences),
                )
            )
    return tuple(sentences)

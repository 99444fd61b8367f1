"""Stage 2a: Treebank-style tokens with Penn POS tags and character offsets.

Curly quotes and apostrophes are mapped to their straight forms (one
character for one, so offsets do not move) before tokenizing, because NLTK's
tokenizer and tagger were trained on straight ones: "Putin’s" must split as
"Putin" + "'s", not as "Putin" + "’" + "s".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nltk.tag import PerceptronTagger
from nltk.tokenize import NLTKWordTokenizer

__all__ = ["Token", "tag_sentences", "tag_text"]

_STRAIGHTEN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})
_QUOTES = frozenset({'"', "'"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark: `text == sentence_text[start:end]`."""

    text: str
    tag: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@lru_cache(maxsize=1)
def _tokenizer() -> NLTKWordTokenizer:
    return NLTKWordTokenizer()


@lru_cache(maxsize=1)
def _tagger() -> PerceptronTagger:
    return PerceptronTagger()


def _spans(text: str) -> list[tuple[int, int]]:
    return list(_tokenizer().span_tokenize(text.translate(_STRAIGHTEN)))


def tag_sentences(texts: Sequence[str]) -> list[tuple[Token, ...]]:
    """Tokenize and POS-tag many sentences at once (the tagger is loaded once per process)."""
    all_spans = [_spans(text) for text in texts]
    words = [[text.translate(_STRAIGHTEN)[a:b] for a, b in spans] for text, spans in zip(texts, all_spans, strict=True)]
    tagged = _tagger().tag_sents(words)
    result = []
    for text, spans, pairs in zip(texts, all_spans, tagged, strict=True):
        tokens = []
        for (start, end), (word, tag) in zip(spans, pairs, strict=True):
            if word in _QUOTES:
                tag = "``" if _opens(text, start) else "''"
            tokens.append(Token(text[start:end], tag, start, end))
        result.append(tuple(tokens))
    return result


def tag_text(text: str) -> tuple[Token, ...]:
    """Tokens of one sentence."""
    return tag_sentences([text])[0]


def _opens(text: str, start: int) -> bool:
    """A quote mark opens when it starts the text or follows white space or an opening bracket."""
    return start == 0 or text[start - 1] in " \t\n([{-—–"

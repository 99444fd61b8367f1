"""'Why:' after an answer: one short sentence of the explanation that the source cards below do not repeat."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from ...config import QUIZ
from ...grading import answer_text
from ...lexicon import lexicon
from ...models import Bank, Question
from ...textnorm import fold

__all__ = ["why_line"]

_SENTENCE_END = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“\"])")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")  # 'Vladimir V.' before 'Putin'
_SAME = re.compile(r"\breports? the same\.$")
_VERDICT = re.compile(r"^(?:True|False)\.(?:\s+|$)")  # the right answer is shown above it


def why_line(question: Question, bank: Bank) -> str:
    """The first sentence of the explanation that says something new and short (QUIZ.why_max_words), or "".
    Left out: the outlet and date in brackets and which outlets report the same (the cards show them), a bare
    True or False, and any sentence that repeats a cited sentence or the right answer word for word."""
    shown = [fold(c.quote) for c in question.citations] + [fold(answer_text(question))]
    for sentence in _sentences(_without_sources(question, bank)):
        said = _VERDICT.sub("", sentence).strip()
        new = bool(said) and not _SAME.search(said) and not _repeats(said, shown)
        if new and len(said.split()) <= QUIZ.why_max_words:
            return said
    return ""


def _without_sources(question: Question, bank: Bank) -> str:
    """The explanation without the '(Outlet, date)' or '(“Title”, date)' that follows a quoted sentence."""
    why = question.explanation.strip()
    for source in (s for c in question.citations if (s := bank.source(c.source))):
        for where in (source.outlet, source.title):
            if where:
                why = re.sub(rf"\s*\(“?{re.escape(where)}”?, [^()]*\)", "", why)
    return why


def _sentences(text: str) -> list[str]:
    """The sentences of `text`; a stop after an abbreviation ('St. Petersburg') or an initial ends none."""
    sentences: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if sentences and _abbreviated(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


def _abbreviated(text: str) -> bool:
    last = text.rsplit(maxsplit=1)[-1] if text.strip() else ""
    return last in _abbreviations() or bool(_INITIAL.search(text))


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(lexicon().abbreviations)


def _repeats(sentence: str, shown: list[str]) -> bool:
    """True when every clause of the sentence (parts between semicolons) is mostly a run of words that one of
    the shown texts has word for word (QUIZ.why_repeat_share of the clause's words)."""
    return all(_clause_repeats(clause, shown) for clause in sentence.split(";") if fold(clause))


def _clause_repeats(clause: str, shown: list[str]) -> bool:
    words = fold(clause).split()
    for text in shown:
        other = text.split()
        run = SequenceMatcher(None, words, other, autojunk=False).find_longest_match(0, len(words), 0, len(other))
        if run.size >= QUIZ.why_repeat_share * len(words):
            return True
    return False

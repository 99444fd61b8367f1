"""The articles behind a bank: their texts for checking citations, citations made from sentences, and whether
a question's cited sentences state its key."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Protocol

from ..config import ARTICLES
from ..corpus import Article, article_from_text, load_corpus
from ..errors import FileRejected
from ..models import Bank, Citation, Question
from ..question_types import SourceGap, kind_of
from ..storage import read_article_file

__all__ = ["article_texts", "citable_articles", "citation_of", "source_gap"]


class _Sentence(Protocol):
    @property
    def source_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def article_texts(bank: Bank, root: Path) -> dict[str, str]:
    """The text of each article the bank lists, by source id; articles that cannot be read are left out."""
    texts: dict[str, str] = {}
    for source in bank.sources:
        try:
            texts[source.id] = read_article_file(root, source.path)
        except FileRejected:
            continue
    return texts


def citation_of(sentence: _Sentence) -> Citation:
    """The citation of one sentence (as `quizgen.nlp.sentences.split_sentences` gives them): its exact span."""
    return Citation(source=sentence.source_id, quote=sentence.text, start=sentence.start, end=sentence.end)


def citable_articles(bank: Bank, root: Path, seeds: str = ARTICLES.folder) -> list[Article]:
    """The articles a new question of `bank` may cite: the bank's own (as it lists them), then the others in `seeds`."""
    found: list[Article] = []
    for source in bank.sources:
        try:
            text = read_article_file(root, source.path)
            found.append(replace(article_from_text(text, source.path), source=source))
        except FileRejected:
            continue
    paths = {source.path for source in bank.sources}
    ids = {source.id for source in bank.sources}
    for article in load_corpus(root / seeds, root=root).articles:
        if article.source.path not in paths and article.source.id not in ids:
            found.append(article)
    return found


def source_gap(question: Question) -> SourceGap | None:
    """What a teacher is told when the question's cited sentences do not state its key (None when they do)."""
    return kind_of(question).source_gap(question, " ".join(c.quote for c in question.citations))

"""The raw Wall Street Journal articles of NLTK's `treebank` sample as quizgen articles: held-out news
for measuring question quality (never read while tuning the generator)."""

from __future__ import annotations

from pathlib import Path

import nltk

from quizgen.corpus import Article, article_from_text
from quizgen.errors import ArticleError
from quizgen.models import CatalogEntry

__all__ = ["treebank_articles"]

_MARKER = ".START"


def treebank_articles(min_words: int = 400) -> list[Article]:
    """Every raw WSJ article of at least `min_words` words, in file order, citing 'The Wall Street Journal'."""
    folder = Path(nltk.data.find("corpora/treebank/raw"))
    articles = []
    for path in sorted(folder.glob("wsj_*")):
        text = path.read_text(encoding="latin-1")
        # The corpus marks each file's start; the article is what follows.
        text = text[len(_MARKER) :].lstrip("\n") if text.startswith(_MARKER) else text
        if len(text.split()) < min_words:
            continue
        entry = CatalogEntry(
            file=path.name,
            id=path.name.replace("_", "-"),
            title=f"Wall Street Journal article {path.name}",
            outlet="The Wall Street Journal",
            notes="1989",
        )
        try:
            articles.append(article_from_text(text, f"treebank/{path.name}.txt", entry=entry))
        except ArticleError:
            continue
    return articles

"""The ABC news transcripts in NLTK's `abc` corpus as quizgen articles (for speed benchmarks and tests)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import nltk

from quizgen.corpus import Article, article_from_text
from quizgen.errors import ArticleError

__all__ = ["abc_articles"]


def abc_articles(fileids: tuple[str, ...] = ("rural.txt", "science.txt"), limit: int | None = None) -> list[Article]:
    """Every story (a headline line, its text, a blank line) of the ABC files, as articles."""
    articles: list[Article] = []
    taken: set[str] = set()
    for fileid in fileids:
        text = Path(nltk.data.find(f"corpora/abc/{fileid}")).read_text(encoding="latin-1")
        for index, story in enumerate(text.split("\n\n")):
            try:
                article = article_from_text(story, f"abc/{fileid.removesuffix('.txt')}-{index:05d}.txt")
            except ArticleError:
                continue
            if article.source.id in taken:  # two stories under one headline
                article = replace(
                    article, source=article.source.model_copy(update={"id": f"{article.source.id}-{index}"})
                )
            taken.add(article.source.id)
            articles.append(article)
            if limit is not None and len(articles) >= limit:
                return articles
    return articles

"""The generator on news it was not built from: ABC (Australian) rural and science stories."""

from __future__ import annotations

from pathlib import Path

import nltk
import pytest

from quizgen.corpus import article_from_text
from quizgen.errors import ArticleError
from quizgen.evaluation import check_bank
from quizgen.generator import generate
from quizgen.models import Bank


def abc_stories(fileid: str, count: int) -> list:
    """The first `count` stories of an ABC file (a headline line, then the story, then a blank line)."""
    text = Path(nltk.data.find(f"corpora/abc/{fileid}")).read_text(encoding="latin-1")
    articles = []
    for index, story in enumerate(text.split("\n\n")):
        try:
            articles.append(article_from_text(story, f"abc/{fileid}-{index}.txt"))
        except ArticleError:
            continue
        if len(articles) == count:
            break
    return articles


@pytest.mark.parametrize("fileid", ["rural.txt", "science.txt"])
def test_questions_from_other_news_are_grounded(fileid):
    articles = abc_stories(fileid, 25)
    generated = generate(articles)
    assert len(generated.questions) >= 25
    texts = {a.source.id: a.text for a in articles}
    bank = Bank(title="ABC", sources=list(generated.sources), questions=list(generated.questions))
    assert check_bank(bank, texts) == []
    assert {q.type for q in generated.questions} >= {"multiple_choice", "true_false", "fill_in_blank"}

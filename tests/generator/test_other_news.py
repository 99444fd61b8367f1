"""The generator on news it was not built from: ABC (Australian) rural and science stories."""

from __future__ import annotations

import pytest

from benchmarks.abc_corpus import abc_articles
from quizgen.evaluation import check_bank
from quizgen.generator import generate
from quizgen.models import Bank


@pytest.mark.parametrize("fileid", ["rural.txt", "science.txt"])
def test_questions_from_other_news_are_grounded(fileid):
    articles = abc_articles((fileid,), limit=25)
    generated = generate(articles)
    assert len(generated.questions) >= 10  # fewer than one a story: precision before quantity
    texts = {a.source.id: a.text for a in articles}
    bank = Bank(title="ABC", sources=list(generated.sources), questions=list(generated.questions))
    assert check_bank(bank, texts) == []
    assert len({q.type for q in generated.questions}) >= 3

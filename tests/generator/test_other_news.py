"""The generator on news it was not built from: ABC (Australian) rural and science stories."""

from __future__ import annotations

from functools import cache

import pytest

from benchmarks.abc_corpus import abc_articles
from quizgen.evaluation import check_bank
from quizgen.generator import generate
from quizgen.generator.pipeline import Generated
from quizgen.models import Bank

FILES = ("rural.txt", "science.txt")


@cache
def _generated(fileid: str) -> Generated:
    return generate(abc_articles((fileid,), limit=25))


@pytest.mark.parametrize("fileid", FILES)
def test_questions_from_other_news_are_grounded(fileid):
    generated = _generated(fileid)
    assert len(generated.questions) >= 10  # fewer than one a story: precision before quantity
    texts = {a.source.id: a.text for a in abc_articles((fileid,), limit=25)}
    bank = Bank(title="ABC", sources=list(generated.sources), questions=list(generated.questions))
    assert check_bank(bank, texts) == []


def test_other_news_gives_several_kinds_of_question():
    kinds = {q.type for fileid in FILES for q in _generated(fileid).questions}
    assert len(kinds) >= 3, kinds

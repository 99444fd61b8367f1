"""The articles behind a bank: texts for checking citations, and the articles a new question may cite."""

from __future__ import annotations

from quizgen.review import article_texts, citable_articles
from quizgen.storage import load_bank
from tests.samples import BANKS, PROJECT, SEED_FILES

STARTER = load_bank(BANKS / "starter.yaml")


def test_article_texts_are_the_files_the_bank_cites():
    texts = article_texts(STARTER, PROJECT)
    assert set(texts) == {s.id for s in STARTER.sources}
    for source in STARTER.sources:
        assert texts[source.id] == (PROJECT / source.path).read_text(encoding="utf-8")


def test_an_unreadable_article_is_left_out(project):
    (project / STARTER.sources[0].path).unlink()
    assert set(article_texts(STARTER, project)) == {s.id for s in STARTER.sources[1:]}


def test_citable_articles_are_the_banks_own_then_the_other_seeds():
    articles = citable_articles(STARTER, PROJECT)
    assert [a.source for a in articles[: len(STARTER.sources)]] == list(STARTER.sources)
    assert len(articles) == len(SEED_FILES)
    assert len({a.source.id for a in articles}) == len(articles)

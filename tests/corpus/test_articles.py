"""Reading articles: metadata from the catalog or the text, and a clear error for every bad file."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from quizgen.corpus import article_from_text, load_corpus, read_article
from quizgen.errors import FileRejected
from tests.samples import SECRET, SEEDS, add_private_files


def test_the_five_seed_articles_load_with_catalog_metadata():
    corpus = load_corpus(SEEDS)
    assert not corpus.errors and not corpus.warnings
    by_id = {a.source.id: a.source for a in corpus.articles}
    assert len(by_id) == 5
    nyt = by_id["new-model-of-ties"]
    assert nyt.outlet == "The New York Times"
    assert nyt.published == dt.date(2024, 5, 16)
    assert nyt.title.startswith("Putin and Xi Hail")
    assert nyt.path == "seeds/003_d040585a85b3db4b.txt"


def test_an_article_without_a_catalog_entry_gets_inferred_metadata_and_a_warning(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = (SEEDS / "003_d040585a85b3db4b.txt").read_text(encoding="utf-8")
    (seeds / "new.txt").write_text(text, encoding="utf-8")
    (seeds / "translated.txt").write_text(
        (SEEDS / "000_611a232758d7e49a.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    corpus = load_corpus(seeds)
    sources = {a.source.path: a.source for a in corpus.articles}
    new = sources["seeds/new.txt"]
    assert new.title == "Putin and Xi Hail ‘New Model’ of Ties Between Powers in Show of Unity"
    assert new.published == dt.date(2024, 6, 12)
    assert new.id == "putin-and-xi-hail-new-model-of-ties"
    assert sources["seeds/translated.txt"].outlet == "The New York Times"
    assert any("new.txt: not in the catalog" in w for w in corpus.warnings)
    assert any("new.txt: no outlet found" in w for w in corpus.warnings)


BAD = [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n \t\n", "is empty"),
    ("latin1.txt", "Putin visited Moscow’s café".encode("cp1252") * 10, "is not UTF-8 text"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("page.txt", b"<html><body><p>Putin visited Harbin.</p></body></html>", "HTML markup"),
    ("furniture.txt", b"Must read\n\nMore articles\n\nPlease enter your comment!\n", "no article text left"),
    ("tiny.txt", b"Putin visited Harbin on Friday.", "too little text"),
]


@pytest.mark.parametrize("name,data,words", BAD, ids=[b[0] for b in BAD])
def test_bad_article_files_get_one_line_errors_naming_the_file(tmp_path, name, data, words):
    (tmp_path / "seeds").mkdir()
    path = tmp_path / "seeds" / name
    path.write_bytes(data)
    with pytest.raises(FileRejected) as caught:
        read_article(path, root=tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{path}:") or message.startswith(f"seeds/{name}:")
    assert words in message
    assert "\n" not in message


def test_a_20_mb_file_is_refused_by_size_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Putin visited Harbin on Friday. " * 650_000)
    started = time.perf_counter()
    with pytest.raises(FileRejected, match=r"is 19\.8 MB; the limit is 4\.0 MB"):
        read_article(path, root=tmp_path)
    assert time.perf_counter() - started < 1


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text((SEEDS / "001_64e52edef1db0528.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (seeds / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    corpus = load_corpus(seeds)
    assert [a.source.path for a in corpus.articles] == ["seeds/good.txt"]
    assert len(corpus.errors) == 1 and "bad.txt" in str(corpus.errors[0])


@pytest.mark.timeout(20)
def test_links_and_pipes_in_seeds_are_skipped_unread_and_the_articles_still_load(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "good.txt").write_bytes((SEEDS / "001_64e52edef1db0528.txt").read_bytes())
    add_private_files(tmp_path)
    corpus = load_corpus(tmp_path / "seeds")
    assert [a.source.path for a in corpus.articles] == ["seeds/good.txt"]
    assert sorted(str(e) for e in corpus.errors) == [
        f"{tmp_path / 'seeds' / name}: is a link, not a file; put the file itself in its place"
        for name in ("passwd.txt", "secrets.txt")
    ]
    assert SECRET not in " ".join(a.text for a in corpus.articles)


@pytest.mark.timeout(20)
def test_a_catalog_that_is_a_pipe_is_refused_at_once(tmp_path):
    (tmp_path / "seeds").mkdir()
    os.mkfifo(tmp_path / "seeds" / "catalog.yaml")
    with pytest.raises(FileRejected, match="is not a regular file"):
        load_corpus(tmp_path / "seeds")


def test_a_broken_catalog_is_reported_with_its_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "catalog.yaml").write_text("articles:\n  - file: a.txt\n    titel: Oops\n", encoding="utf-8")
    with pytest.raises(Exception) as caught:
        load_corpus(seeds)
    assert f"{seeds / 'catalog.yaml'}:3: articles[0].titel: unknown key 'titel' (did you mean 'title'?)" in str(
        caught.value
    )


def test_the_shortest_article_read_has_the_configured_number_of_body_words():
    from quizgen.config import ARTICLES
    from quizgen.corpus import article_from_text
    from quizgen.errors import ArticleError

    def body(words: int) -> str:
        return " ".join(["Officials"] + ["met"] * (words - 1)) + ".\n"

    assert article_from_text(body(ARTICLES.min_body_words), "seeds/enough.txt").body
    with pytest.raises(ArticleError, match=f"fewer than {ARTICLES.min_body_words} words"):
        article_from_text(body(ARTICLES.min_body_words - 1), "seeds/short.txt")


def test_an_article_with_no_headline_is_titled_by_its_opening_words():
    from quizgen.config import ARTICLES
    from quizgen.corpus import article_from_text

    words = [f"word{i}" for i in range(30)]
    article = article_from_text(" ".join(words) + ".\n", "seeds/untitled.txt")
    assert article.source.title == " ".join(words[: ARTICLES.title_words]) + "…"


def test_characters_written_as_html_entities_are_read_as_characters():
    text = (
        "Personality genes\n\n"
        "Associate Professor Gon&ccedil;alo Abecasis of the University of Michigan says genes account for only "
        "19&#37; of personality, and that R&amp;D on the traits AT&T funds goes on.\n"
    )
    article = article_from_text(text, "seeds/genes.txt")
    assert "Gonçalo Abecasis" in article.text
    assert "19% of personality, and that R&D on the traits AT&T funds" in article.text

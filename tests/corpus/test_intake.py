"""Adding an uploaded article: clear refusals for files that are not articles, then the file and its entry saved."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import PurePath

import pytest

from quizgen.config import LIMITS
from quizgen.corpus import add_article, load_catalog, load_corpus, read_upload
from quizgen.errors import ArticleConflict, ArticleError, FileRejected, YamlInvalid
from quizgen.models import CatalogEntry, article_name_problem
from tests.samples import SEED_FILES

SEED = SEED_FILES[3]


def test_an_uploaded_seed_is_read_as_the_article_it_cites():
    article = read_upload(SEED.name, SEED.read_bytes())
    assert article.source.path == f"seeds/{SEED.name}"
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.body


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("article.pdf", b"%PDF-1.7", "is not a .txt or .md file"),
        (".hidden.txt", b"text", "is not a .txt or .md file"),
        ("empty.txt", b"", "is empty"),
        ("latin1.txt", "Nadège said so. ".encode("latin-1") * 5, "is not UTF-8 text"),
        ("binary.txt", b"\x00\x01\x02" * 50, "is a binary file"),
        ("page.txt", b"<html><body><p>An article</p></body></html>", "contains HTML markup"),
        ("short.md", b"Putin visited.", "too little text"),
        ("big.txt", b"a" * (LIMITS.article_max_bytes + 1), "the limit is 4.0 MB"),
    ],
)
def test_files_that_are_not_articles_get_a_clear_message(name, data, message):
    with pytest.raises(FileRejected, match=message):
        read_upload(name, data)


def test_a_path_in_the_uploaded_name_is_dropped():
    assert read_upload("../../etc/" + SEED.name, SEED.read_bytes()).source.path == f"seeds/{SEED.name}"


def entry(**change) -> CatalogEntry:
    values = {
        "file": "005_upload.txt",
        "id": "uploaded-copy",
        "title": "An uploaded copy",
        "outlet": "Example News",
        "published": dt.date(2024, 5, 20),
    }
    return CatalogEntry(**{**values, **change})


def test_an_added_article_joins_the_corpus_with_its_entry(project):
    text = SEED.read_text(encoding="utf-8")
    article = add_article(project / "seeds", text, entry())
    assert article.source.id == "uploaded-copy"
    assert (project / "seeds" / "005_upload.txt").read_text(encoding="utf-8") == text
    assert load_catalog(project / "seeds" / "catalog.yaml").entry("005_upload.txt") == entry()
    corpus = load_corpus(project / "seeds")
    added = next(a for a in corpus.articles if a.source.id == "uploaded-copy")
    assert (added.source.title, added.source.outlet) == ("An uploaded copy", "Example News")


@pytest.mark.parametrize(
    ("change", "message"),
    [({"file": SEED.name}, "already exists"), ({"id": "new-model-of-ties"}, "already the id of seeds/003")],
)
def test_a_taken_file_name_or_id_is_refused_and_nothing_written(project, change, message):
    catalog = (project / "seeds" / "catalog.yaml").read_bytes()
    files = sorted(p.name for p in (project / "seeds").iterdir())
    with pytest.raises(ArticleConflict, match=message):
        add_article(project / "seeds", SEED.read_text(encoding="utf-8"), entry(**change))
    assert (project / "seeds" / "catalog.yaml").read_bytes() == catalog
    assert sorted(p.name for p in (project / "seeds").iterdir()) == files


def test_text_that_is_not_an_article_is_refused_before_anything_is_written(project):
    with pytest.raises(ArticleError):
        add_article(project / "seeds", "Photo: Reuters\n", entry())
    assert not (project / "seeds" / "005_upload.txt").exists()


@pytest.mark.parametrize(
    "name",
    ["CON.txt", "x y.txt", "résumé.txt", "a\x00b.txt", "-rf.txt", "news " + "x" * 300 + ".txt", "nul.md"],
)
def test_an_upload_named_unsafely_is_saved_under_a_name_made_from_its_title(name):
    article = read_upload(name, SEED.read_bytes())
    expected = f"seeds/{article.source.id}{PurePath(name).suffix}"
    assert article.source.path == expected
    assert article_name_problem(PurePath(expected).name) is None


@pytest.mark.parametrize("name", ["evil.yaml", ".bashrc", "x.py", "CON", "x.txt:stream", "..", "", "a\x00"])
def test_an_upload_that_is_not_named_as_an_article_is_refused(name):
    with pytest.raises(FileRejected, match="is not a .txt or .md file") as refused:
        read_upload(name, SEED.read_bytes())
    assert "\x00" not in str(refused.value)


def test_a_title_with_a_word_longer_than_an_id_may_be_still_gets_an_id():
    headline = "Breaking" + "x" * 120
    text = f"{headline}\n\n" + SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    article = read_upload("story.txt", text.encode())
    assert len(article.source.id) <= 80 and article.source.id.startswith("breakingx")


@pytest.mark.parametrize(
    "name",
    ["evil.yaml", ".bashrc", "CON.txt", "lpt1.md", "x.txt:stream", "a\x00.txt", "x" * 300 + ".txt", "a b.txt"],
)
def test_a_catalog_entry_naming_an_unsafe_file_is_refused_and_nothing_written(project, name):
    catalog = (project / "seeds" / "catalog.yaml").read_bytes()
    files = sorted(p.name for p in (project / "seeds").iterdir())
    with pytest.raises(YamlInvalid) as refused:
        add_article(project / "seeds", SEED.read_text(encoding="utf-8"), entry(file=name))
    assert refused.value.problems[0].field == "file"
    assert (project / "seeds" / "catalog.yaml").read_bytes() == catalog
    assert sorted(p.name for p in (project / "seeds").iterdir()) == files


def test_a_full_disk_is_a_one_line_refusal_and_nothing_is_left_behind(project, monkeypatch):
    catalog = (project / "seeds" / "catalog.yaml").read_bytes()
    files = sorted(p.name for p in (project / "seeds").iterdir())

    def full(descriptor):  # a full disk shows when the written data is flushed to it
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as disk:
        disk.setattr(os, "fsync", full)
        with pytest.raises(
            FileRejected, match=r"^seeds/005_upload.txt: could not be saved \(No space left on device\)$"
        ):
            add_article(project / "seeds", SEED.read_text(encoding="utf-8"), entry())
    assert (project / "seeds" / "catalog.yaml").read_bytes() == catalog
    assert sorted(p.name for p in (project / "seeds").iterdir()) == files

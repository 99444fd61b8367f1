"""Adding an article's entry to seeds/catalog.yaml keeps the file's own text and comments, and refuses duplicates."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from quizgen.corpus import add_catalog_entry, load_catalog
from quizgen.errors import ArticleConflict, FileRejected, YamlInvalid
from quizgen.models import CatalogEntry
from tests.samples import HOSTILE_STRINGS, SEEDS

ENTRY = CatalogEntry(
    file="005_new.txt",
    id="new-article",
    title="Xi and Putin: a new model?",
    outlet="Example News",
    published=dt.date(2024, 5, 18),
    url="https://example.com/a",
    notes="Machine-translated.",
)


def test_an_entry_is_appended_after_the_shipped_catalog_as_it_was(tmp_path):
    path = tmp_path / "catalog.yaml"
    shipped = (SEEDS / "catalog.yaml").read_text(encoding="utf-8")
    path.write_text(shipped, encoding="utf-8")
    add_catalog_entry(path, ENTRY)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(shipped.rstrip("\n"))  # comments and layout kept
    assert "  - file: 005_new.txt\n" in text  # indented like the entries before it
    catalog = load_catalog(path)
    assert catalog.articles[-1] == ENTRY
    assert len(catalog.articles) == len(load_catalog(SEEDS / "catalog.yaml").articles) + 1


@pytest.mark.parametrize("start", [None, "", "# Articles\n", "articles: []\n", "articles:\n- file: a.txt\n"])
def test_an_entry_is_added_to_a_missing_empty_or_short_catalog(tmp_path, start):
    path = tmp_path / "catalog.yaml"
    if start is not None:
        path.write_text(start, encoding="utf-8")
    add_catalog_entry(path, ENTRY)
    assert load_catalog(path).articles[-1] == ENTRY
    if start and start.startswith("#"):
        assert path.read_text(encoding="utf-8").startswith("# Articles\n")


@pytest.mark.parametrize(
    ("change", "message"),
    [({"id": "other-id"}, "already lists 005_new.txt"), ({"file": "006_other.txt"}, "'new-article' is already")],
)
def test_a_duplicate_file_name_or_id_is_refused_and_nothing_written(tmp_path, change, message):
    path = tmp_path / "catalog.yaml"
    add_catalog_entry(path, ENTRY)
    before = path.read_bytes()
    with pytest.raises(ArticleConflict, match=message):
        add_catalog_entry(path, ENTRY.model_copy(update=change))
    assert path.read_bytes() == before


def test_a_broken_catalog_is_reported_and_left_alone(tmp_path):
    path = tmp_path / "catalog.yaml"
    path.write_text("articles:\n  - file: a.txt\n    idd: x\n", encoding="utf-8")
    with pytest.raises(YamlInvalid, match="unknown key 'idd'"):
        add_catalog_entry(path, ENTRY)
    assert path.read_text(encoding="utf-8") == "articles:\n  - file: a.txt\n    idd: x\n"


def test_an_impossible_date_in_the_catalog_is_reported_with_its_line_and_left_alone(tmp_path):
    path = tmp_path / "catalog.yaml"
    text = "articles:\n  - file: a.txt\n    published: 2024-02-30\n"
    path.write_text(text, encoding="utf-8")
    for action in (lambda: load_catalog(path), lambda: add_catalog_entry(path, ENTRY)):
        with pytest.raises(FileRejected, match=rf"^{re.escape(str(path))}:3: '2024-02-30' is not a real date"):
            action()
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("text", [s for s in HOSTILE_STRINGS if s.strip()])
def test_any_title_and_notes_read_back_exactly(tmp_path, text):
    path = tmp_path / "catalog.yaml"
    entry = ENTRY.model_copy(update={"title": text, "notes": text})
    add_catalog_entry(path, entry)
    assert load_catalog(path).articles[-1] == entry

"""The one way a bank's article is read: a regular file directly in the project's seeds/, never through a link."""

from __future__ import annotations

import shutil

import pytest

from quizgen.errors import FileRejected
from quizgen.storage import read_article_file
from tests.samples import HOSTILE_SOURCES, SECRET, SEED_FILES, add_private_files


@pytest.fixture
def home(tmp_path):
    """A project whose seeds/ holds one seed article beside the hostile files."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED_FILES[0], tmp_path / "seeds" / "article.txt")
    add_private_files(tmp_path)
    return tmp_path


def test_an_article_in_seeds_is_read_exactly_as_stored(home):
    assert read_article_file(home, "seeds/article.txt") == SEED_FILES[0].read_bytes().decode("utf-8")


@pytest.mark.timeout(20)
@pytest.mark.parametrize("path,message", HOSTILE_SOURCES, ids=[h[0] for h in HOSTILE_SOURCES])
def test_anything_else_is_refused_unread(home, path, message):
    with pytest.raises(FileRejected) as caught:
        read_article_file(home, path)
    assert message.endswith(caught.value.reason)
    assert SECRET not in str(caught.value)


def test_a_link_is_refused_even_when_it_points_at_another_article_in_seeds(home):
    (home / "seeds" / "again.txt").symlink_to("article.txt")
    with pytest.raises(FileRejected, match="is a link, not a file"):
        read_article_file(home, "seeds/again.txt")


def test_a_seeds_folder_that_is_a_link_out_of_the_project_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SEED_FILES[0], elsewhere / "article.txt")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "seeds").symlink_to(elsewhere)
    with pytest.raises(FileRejected, match="is in a folder that is a link; put the articles in seeds/ itself"):
        read_article_file(tmp_path / "home", "seeds/article.txt")


@pytest.mark.parametrize(
    "make,reason",
    [
        (lambda seeds: None, "file not found"),
        (lambda seeds: (seeds / "gone.txt").mkdir(), "is a folder, not a file"),
    ],
    ids=["missing", "folder"],
)
def test_a_missing_article_or_a_folder_says_so(home, make, reason):
    make(home / "seeds")
    with pytest.raises(FileRejected) as caught:
        read_article_file(home, "seeds/gone.txt")
    assert caught.value.reason == reason

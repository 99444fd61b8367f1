"""Shared test setup: NLTK data, and a throwaway copy of the project for tests that write files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.samples import PROJECT, SEEDS, SHARED_NLTK_DATA

if "NLTK_DATA" not in os.environ and SHARED_NLTK_DATA.is_dir():
    os.environ["NLTK_DATA"] = str(SHARED_NLTK_DATA)

import nltk  # noqa: E402

from quizgen.corpus import load_corpus  # noqa: E402  (after NLTK_DATA is set)
from quizgen.generator import generate  # noqa: E402
from quizgen.generator.context import Corpus  # noqa: E402
from quizgen.nlp.analysis import analyze  # noqa: E402
from quizgen.nlp.resources import missing_resources  # noqa: E402

# What the tests read beyond what the generator needs: the ABC news stories, as other news.
TEST_ONLY_DATA = {"abc": "corpora/abc"}


def _missing_test_data() -> list[str]:
    missing = missing_resources()
    for download_id, path in TEST_ONLY_DATA.items():
        try:
            nltk.data.find(path)
        except LookupError:
            missing.append(download_id)
    return missing


def pytest_sessionstart(session: pytest.Session) -> None:
    """Without the NLTK data, try to download it once; if that fails, stop with one line saying what to do."""
    missing = _missing_test_data()
    for download_id in missing:
        nltk.download(download_id, quiet=True, raise_on_error=False)
    missing = _missing_test_data()
    if missing:
        pytest.exit(
            f"the tests need NLTK data that is not installed: {', '.join(missing)}. Set NLTK_DATA to a folder "
            "that holds it (../shared/nltk_data beside the project) or run `python -m quizgen setup` and "
            "`python -m nltk.downloader abc` on a machine with a network",
            returncode=4,
        )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the seeds and shipped banks in a temporary project root."""
    shutil.copytree(PROJECT / "seeds", tmp_path / "seeds")
    shutil.copytree(PROJECT / "question_banks", tmp_path / "question_banks", ignore=shutil.ignore_patterns(".*"))
    return tmp_path


@pytest.fixture(scope="session")
def seed_articles():
    return load_corpus(SEEDS).articles


@pytest.fixture(scope="session")
def seed_corpus(seed_articles) -> Corpus:
    return Corpus.of(seed_articles, analyze(seed_articles))


@pytest.fixture(scope="session")
def seed_generated(seed_articles):
    return generate(seed_articles)


from tests.question_types.ordering import ordering_type  # noqa: E402, F401  (a fixture for any test)

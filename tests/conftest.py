"""Shared test setup: NLTK data, and a throwaway copy of the project for tests that write files."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.samples import PROJECT, SEEDS, SHARED_NLTK_DATA

if "NLTK_DATA" not in os.environ and SHARED_NLTK_DATA.is_dir():
    os.environ["NLTK_DATA"] = str(SHARED_NLTK_DATA)

from quizgen.corpus import load_corpus  # noqa: E402  (after NLTK_DATA is set)
from quizgen.generator import generate  # noqa: E402
from quizgen.generator.context import Corpus  # noqa: E402
from quizgen.nlp.analysis import analyze  # noqa: E402


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

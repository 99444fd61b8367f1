"""Fixtures for the storage tests: a one-article project holding the minimal bank, and real processes."""

from __future__ import annotations

import multiprocessing
from multiprocessing.context import BaseContext
from pathlib import Path

import pytest

from tests.samples import MINIMAL_ARTICLE, MINIMAL_BANK


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    """`question_banks/quiz.yaml` (the minimal bank) in a temporary project with its one article."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text(MINIMAL_ARTICLE, encoding="utf-8")
    (tmp_path / "question_banks").mkdir()
    path = tmp_path / "question_banks" / "quiz.yaml"
    path.write_text(MINIMAL_BANK, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def processes() -> BaseContext:
    """Starts real processes forked from a clean server process, not from this one (which may run threads).

    The server imports the test modules once, so each process starts in milliseconds.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["quizgen.storage", "tests.storage.test_editing", "tests.storage.test_locking"])
    return context

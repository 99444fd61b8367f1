"""Fixtures for the storage tests: a one-article project holding the minimal bank."""

from __future__ import annotations

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

"""Generator test setup shared by the regeneration tests."""

from __future__ import annotations

import shutil

import pytest

from quizgen.generator import generate_bank
from tests.samples import SEEDS


@pytest.fixture
def fresh(tmp_path):
    """A project with the seeds and a bank generated from them."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    bank_path = tmp_path / "question_banks" / "generated.yaml"
    generate_bank(tmp_path / "seeds", bank_path, title="Summit")
    return tmp_path, bank_path

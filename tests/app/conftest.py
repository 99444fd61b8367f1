"""A throwaway project for the app (the seeds and the starter bank), pointed to by QUIZGEN_HOME."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from quizgen.access import LOGIN_THROTTLE
from tests.app.student import STARTER
from tests.samples import BANKS, SEEDS


@pytest.fixture
def quiz_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project root holding seeds/ and question_banks/starter.yaml; the app reads it via QUIZGEN_HOME."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "question_banks").mkdir()
    shutil.copy(BANKS / "starter.yaml", tmp_path / "question_banks" / "starter.yaml")
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def small_home(quiz_home: Path) -> Path:
    """The starter bank's two articles only, so generation stays quick."""
    for article in quiz_home.joinpath("seeds").glob("*.txt"):
        if article.name not in {s.path.split("/")[-1] for s in STARTER.sources}:
            article.unlink()
    return quiz_home


@pytest.fixture(autouse=True)
def _keep_main_module():
    """Streamlit runs a page script as `__main__` and leaves it in `sys.modules`; put the real one back,
    or every process started later (by multiprocessing) would re-run app.py on start-up."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main


@pytest.fixture(autouse=True)
def _fresh_login_throttle():
    """Wrong logins are counted process-wide; each test starts (and leaves) with none counted."""
    LOGIN_THROTTLE.reset()
    yield
    LOGIN_THROTTLE.reset()

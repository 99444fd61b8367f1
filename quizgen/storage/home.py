"""Where a project lives: the folder named by $QUIZGEN_HOME, read in one place for the app and the library."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DATA_FOLDER", "project_root"]

# The project's own files that are no bank or article (the quiz-link key, the class database); git ignores it.
DATA_FOLDER = Path(".quizgen")


def project_root() -> Path:
    """The folder that holds `question_banks/` and the articles: $QUIZGEN_HOME, or the current folder."""
    return Path(os.environ.get("QUIZGEN_HOME") or ".").resolve()

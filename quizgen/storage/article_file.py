"""Reading the article a bank cites: only a regular file directly in the project's seeds/ folder."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from ..config import ARTICLES, LIMITS
from ..errors import FileRejected
from ..models import article_path_problem
from .text_file import read_text_file

__all__ = ["read_article_file"]


def read_article_file(root: str | os.PathLike[str], path: str) -> str:
    """The text of the article a source cites as `path` (relative to the project `root`).

    Anything but a regular file in `<root>/seeds/` is refused unopened with FileRejected: another
    folder, a link (of the file or of seeds/ itself), a pipe or a device.
    """
    problem = article_path_problem(path)
    if problem:
        raise FileRejected(path, problem)
    root = Path(root)
    folder = root / ARTICLES.folder
    if folder.resolve() != root.resolve() / ARTICLES.folder:
        raise FileRejected(str(folder), f"is in a folder that is a link; put the articles in {ARTICLES.folder}/ itself")
    return read_text_file(
        folder / PurePosixPath(path).name,
        max_bytes=LIMITS.article_max_bytes,
        control_ratio=LIMITS.binary_control_ratio,
        follow_links=False,
    )

"""The server's secret for signing quiz links: made on first use, kept in the project's data folder, never in git."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from ..errors import FileRejected
from .home import DATA_FOLDER

__all__ = ["LINK_KEY_FILE", "link_key"]

LINK_KEY_FILE = DATA_FOLDER / "link-key"
_KEY_BYTES = 32


def link_key(root: Path) -> bytes:
    """The signing key of the project at `root`, made (readable by the owner only) the first time it is asked for."""
    path = root / LINK_KEY_FILE
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = _make(path)
    except OSError as error:
        raise FileRejected(str(path), f"cannot be read ({error.strerror})") from None
    if len(key) < _KEY_BYTES:
        raise FileRejected(
            str(path), "is not a quiz-link key; delete it and a new one is made (open quiz links stop working)"
        )
    return key


def _make(path: Path) -> bytes:
    path.parent.mkdir(mode=0o700, exist_ok=True)
    key = secrets.token_bytes(_KEY_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it first: use theirs
        return path.read_bytes()
    with os.fdopen(fd, "wb") as file:
        file.write(key)
    return key

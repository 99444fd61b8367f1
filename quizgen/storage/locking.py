"""One writer at a time per bank, across processes and threads: an exclusive lock on a file beside it.

The lock file for `question_banks/quiz.yaml` is `question_banks/.quiz.yaml.lock`. Its name does
not end in `.yaml`, so `find_banks` skips it. The lock is `filelock`'s native lock (`flock` on
POSIX, `msvcrt.locking` on Windows), so it works wherever the app runs; the operating system
drops it when its holder dies, even by SIGKILL. Each use makes a new lock object, so threads of
one process exclude each other as processes do.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from ..config import LIMITS
from ..errors import BankBusy

__all__ = ["bank_lock", "lock_path_of"]


def lock_path_of(path: str | os.PathLike[str]) -> Path:
    """The lock file that guards saves of the bank at `path`."""
    path = Path(path)
    return path.parent / f".{path.name}.lock"


@contextmanager
def bank_lock(path: str | os.PathLike[str], *, timeout: float = LIMITS.save_lock_seconds) -> Iterator[None]:
    """Hold the bank's exclusive save lock inside the `with` block, or raise BankBusy after `timeout` s."""
    lock = FileLock(lock_path_of(path), timeout=timeout, poll_interval=0.005)
    try:
        lock.acquire()
    except Timeout:
        raise BankBusy(
            f"{path}: another save of this bank has not finished after {timeout:g} s; try again in a moment"
        ) from None
    try:
        yield
    finally:
        lock.release()

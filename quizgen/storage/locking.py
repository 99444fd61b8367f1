"""One writer at a time per bank, across processes and threads: an exclusive lock on a file beside it.

The lock file for `question_banks/quiz.yaml` is `question_banks/.quiz.yaml.lock`. It is
created on first use and never removed (removing a lock file while another process waits
on it would let two writers in). Its name does not end in `.yaml`, so `find_banks` skips it.
Each use opens the file afresh, so threads of one process exclude each other too
(`flock` locks belong to the open file, not the process); the kernel drops the lock
when its holder dies, even by SIGKILL.
"""

from __future__ import annotations

import fcntl
import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
    descriptor = os.open(lock_path_of(path), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(descriptor, path, timeout)
        yield
    finally:
        os.close(descriptor)  # closing the file releases the lock


def _acquire(descriptor: int, path: str | os.PathLike[str], timeout: float) -> None:
    # Polling instead of a blocking flock: a blocking call cannot time out in a thread.
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise BankBusy(
                    f"{path}: another save of this bank has not finished after {timeout:g} s; try again in a moment"
                ) from None
            time.sleep(random.uniform(0.001, 0.01))

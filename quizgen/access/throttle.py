"""Slowing down password guessing: after too many wrong attempts, refuse attempts for a while.

After `ACCESS.max_failures` wrong attempts within `ACCESS.failure_window_seconds`, every
attempt is refused for `ACCESS.lockout_seconds`; each further lockout before a correct
login doubles that, up to `ACCESS.lockout_max_seconds`. A correct login clears it all.

An attempt counts as wrong from the moment it is admitted until it is reported right,
so many attempts at once (one per browser tab or thread) cannot slip past the limit
while their passwords are still being checked.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from ..config import ACCESS
from ..errors import TooManyAttempts

__all__ = ["LOGIN_THROTTLE", "Throttle"]


class Throttle:
    """Counts wrong attempts and refuses new ones during a back-off period. Thread-safe.

    `clock` returns seconds (default `time.monotonic`); tests pass a fake one.
    """

    def __init__(
        self,
        *,
        max_failures: int = ACCESS.max_failures,
        window: float = ACCESS.failure_window_seconds,
        lockout: float = ACCESS.lockout_seconds,
        max_lockout: float = ACCESS.lockout_max_seconds,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._max_failures = max_failures
        self._window = window
        self._lockout = lockout
        self._max_lockout = max_lockout
        self._clock = clock
        self._lock = threading.Lock()
        self._failures: deque[float] = deque()
        self._lockouts = 0
        self._locked_until = float("-inf")

    def admit(self) -> None:
        """Allow one attempt (counted as wrong until `succeeded`), or raise TooManyAttempts."""
        with self._lock:
            now = self._clock()
            if now < self._locked_until:
                raise TooManyAttempts(self._locked_until - now)
            while self._failures and self._failures[0] <= now - self._window:
                self._failures.popleft()
            self._failures.append(now)
            if len(self._failures) >= self._max_failures:
                self._lockouts += 1
                pause = min(self._lockout * 2 ** (self._lockouts - 1), self._max_lockout)
                self._locked_until = now + pause
                self._failures.clear()

    def succeeded(self) -> None:
        """The admitted attempt was right: forget every failure and lockout."""
        with self._lock:
            self._failures.clear()
            self._lockouts = 0
            self._locked_until = float("-inf")

    def wait_seconds(self) -> float:
        """Seconds until an attempt will be admitted again (0 when it would be now)."""
        with self._lock:
            return max(0.0, self._locked_until - self._clock())


# The one throttle the app's login uses: process-wide, shared by every session.
LOGIN_THROTTLE = Throttle()

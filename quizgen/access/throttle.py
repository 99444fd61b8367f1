"""Slowing down password guessing, per client, so that one visitor's guesses never lock out the others.

Each client (the app passes the connection's address) has its own count: after
`ACCESS.max_failures` wrong attempts within `ACCESS.failure_window_seconds`, that client's
attempts are refused for `ACCESS.lockout_seconds`; each further lockout before a correct
login doubles that, up to `ACCESS.lockout_max_seconds`. A correct login clears the client's
count. A student guessing from their laptop locks out only that laptop.

Against guessing spread over many clients there is a ceiling for all of them together: after
`ACCESS.global_max_failures` wrong attempts within the window, every attempt is refused for
`ACCESS.lockout_seconds`, except from clients that have logged in correctly before (the
teacher's own), which keep only their own limit.

An attempt counts as wrong from the moment it is admitted until it is reported right,
so many attempts at once (one per browser tab or thread) cannot slip past the limit
while their passwords are still being checked.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from ..config import ACCESS
from ..errors import TooManyAttempts

__all__ = ["LOGIN_THROTTLE", "Throttle"]


@dataclass
class _Count:
    """Wrong attempts within the window, and the lockout they led to."""

    failures: deque[float] = field(default_factory=deque)
    lockouts: int = 0
    locked_until: float = float("-inf")

    def forget_before(self, moment: float) -> None:
        while self.failures and self.failures[0] <= moment:
            self.failures.popleft()


class Throttle:
    """Counts wrong attempts per client and for all clients, and refuses new ones during a back-off. Thread-safe.

    `clock` returns seconds (default `time.monotonic`); tests pass a fake one.
    """

    def __init__(
        self,
        *,
        max_failures: int = ACCESS.max_failures,
        window: float = ACCESS.failure_window_seconds,
        lockout: float = ACCESS.lockout_seconds,
        max_lockout: float = ACCESS.lockout_max_seconds,
        global_max_failures: int = ACCESS.global_max_failures,
        max_clients: int = ACCESS.max_clients,
        clock: Callable[[], float] = time.monotonic,
    ):
        self._max_failures = max_failures
        self._window = window
        self._lockout = lockout
        self._max_lockout = max_lockout
        self._global_max_failures = global_max_failures
        self._max_clients = max_clients
        self._clock = clock
        self._lock = threading.Lock()
        self._clients: OrderedDict[str, _Count] = OrderedDict()
        self._everyone = _Count()
        self._trusted: OrderedDict[str, None] = OrderedDict()

    def admit(self, client: str = "") -> None:
        """Allow one attempt from `client` (counted as wrong until `succeeded`), or raise TooManyAttempts."""
        with self._lock:
            now = self._clock()
            count = self._count_of(client)
            waits = [count.locked_until - now]
            if client not in self._trusted:
                waits.append(self._everyone.locked_until - now)
            if max(waits) > 0:
                raise TooManyAttempts(max(waits))
            if self._counted(count, now, self._max_failures):
                count.lockouts += 1
                count.locked_until = now + min(self._lockout * 2 ** (count.lockouts - 1), self._max_lockout)
            if self._counted(self._everyone, now, self._global_max_failures):
                self._everyone.locked_until = now + self._lockout

    def succeeded(self, client: str = "") -> None:
        """The attempt admitted from `client` was right: forget its failures and lockouts, and trust it."""
        with self._lock:
            self._clients.pop(client, None)
            if self._everyone.failures:
                self._everyone.failures.pop()  # the attempt was counted as wrong while it was checked
            self._trusted[client] = None
            self._trusted.move_to_end(client)
            while len(self._trusted) > self._max_clients:
                self._trusted.popitem(last=False)

    def wait_seconds(self, client: str = "") -> float:
        """Seconds until an attempt from `client` will be admitted again (0 when it would be now)."""
        with self._lock:
            now = self._clock()
            count = self._clients.get(client, _Count())
            limits = [count.locked_until] + ([] if client in self._trusted else [self._everyone.locked_until])
            return max(0.0, max(limits) - now)

    def reset(self) -> None:
        """Forget every count, lockout and trusted client (a fresh server)."""
        with self._lock:
            self._clients.clear()
            self._everyone = _Count()
            self._trusted.clear()

    def _counted(self, count: _Count, now: float, limit: int) -> bool:
        """Count one attempt; True when it reaches `limit` within the window (the count then starts over)."""
        count.forget_before(now - self._window)
        count.failures.append(now)
        if len(count.failures) < limit:
            return False
        count.failures.clear()
        return True

    def _count_of(self, client: str) -> _Count:
        """The client's count, made if new; the clients least recently seen are forgotten beyond the bound."""
        count = self._clients.setdefault(client, _Count())
        self._clients.move_to_end(client)
        while len(self._clients) > self._max_clients:
            self._clients.popitem(last=False)
        return count


# The one throttle the app's login uses: process-wide, shared by every session, counting per client.
LOGIN_THROTTLE = Throttle()

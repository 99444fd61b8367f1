"""The one-time access token that guards the teacher pages when no password is configured.

Like Jupyter's token: made once per process from a secure random source, printed in the
server console at start-up (see `quizgen.access.login.announce`), and gone when the app stops.
"""

from __future__ import annotations

import secrets
import threading

from ..config import ACCESS

__all__ = ["process_token"]

_lock = threading.Lock()
_token: str | None = None


def process_token() -> str:
    """This process's access token, made on first use; every later call (any thread) returns the same."""
    global _token
    with _lock:
        if _token is None:
            _token = secrets.token_urlsafe(ACCESS.token_bytes)
        return _token

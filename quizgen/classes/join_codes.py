"""Join codes: short, read off a projector and typed on a phone, so no 0/O or 1/I to confuse."""

from __future__ import annotations

import secrets

from ..config import CLASSES

__all__ = ["new_join_code", "normalise_join_code"]


def new_join_code() -> str:
    """A random code of `CLASSES.join_code_chars` characters from the unambiguous alphabet."""
    return "".join(secrets.choice(CLASSES.join_code_alphabet) for _ in range(CLASSES.join_code_chars))


def normalise_join_code(typed: str) -> str:
    """A code as a student may type it ('ab c-d2 3') in the form it is stored ('ABCD23')."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())

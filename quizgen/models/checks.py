"""Raising several located errors at once from a model validator.

Pydantic prefixes the `loc` of a ValidationError raised inside a validator with
the location of the model being validated, so `('answer',)` raised from the
15th question surfaces as `questions.14.answer` in the bank's error list.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

__all__ = ["Failures"]


class Failures:
    """Collects (location, message) pairs; `raise_if_any` raises them as one ValidationError."""

    def __init__(self, title: str):
        self.title = title
        self._errors: list[InitErrorDetails] = []

    def add(self, loc: tuple[str | int, ...], message: str, value: Any = None) -> None:
        # Braces in user text would be read as format fields by PydanticCustomError.
        safe = message.replace("{", "{{").replace("}", "}}")
        self._errors.append(InitErrorDetails(type=PydanticCustomError("quizgen", safe), loc=loc, input=value))

    def __bool__(self) -> bool:
        return bool(self._errors)

    def raise_if_any(self) -> None:
        if self._errors:
            raise ValidationError.from_exception_data(self.title, self._errors)


def quoted(value: Any, limit: int = 60) -> str:
    """A short, quoted rendering of a user's value for an error message."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)

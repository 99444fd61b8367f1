"""A student's attempt at a quiz, and the compact token that carries it in the quiz's web address.

The token lets a refresh (or a bookmarked link) pick the quiz up where it was:
which banks, which questions, the shuffle seed, the answers so far. It is signed with the
server's key (HMAC-SHA256), so a student cannot change an answer, a score or a time in it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import zlib
from collections.abc import Mapping, Sequence
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, model_validator

from .config import QUIZ
from .errors import AttemptInvalid
from .grading import Response
from .models import Question
from .quiz import QuizItem, QuizMode

__all__ = ["Attempt", "decode_attempt", "encode_attempt", "new_attempt", "resolve"]

_Answer = StrictBool | Annotated[str, Field(max_length=5000)] | list[str | None] | None


class Attempt(BaseModel):
    """Which questions (bank index, question id), in what order, and what the student has done so far."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    banks: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(min_length=1)
    items: list[tuple[int, str]] = Field(min_length=1)
    seed: int = Field(ge=0)
    mode: QuizMode = "practice"
    name: str = Field(default="", max_length=QUIZ.name_max_chars)
    responses: list[_Answer]
    checked: list[bool]
    position: int = Field(default=0, ge=0)
    started: float = Field(ge=0, allow_inf_nan=False)
    finished: float | None = Field(default=None, ge=0, allow_inf_nan=False)

    @model_validator(mode="after")
    def _consistent(self) -> Attempt:
        if not len(self.responses) == len(self.checked) == len(self.items):
            raise ValueError("responses, checked and items must have one entry per question")
        if self.position >= len(self.items):
            raise ValueError("position is past the last question")
        if any(not 0 <= bank < len(self.banks) for bank, _ in self.items):
            raise ValueError("an item names a bank the attempt does not list")
        if len(self.items) > QUIZ.max_questions:
            raise ValueError(f"a quiz has at most {QUIZ.max_questions} questions")
        if len(set(self.items)) != len(self.items):
            raise ValueError("a quiz holds each question once")
        if self.finished is not None and self.finished < self.started:
            raise ValueError("a quiz cannot finish before it started")
        return self

    def answer(self, index: int, response: Response) -> Attempt:
        """This attempt with the response to question `index` recorded."""
        responses = list(self.responses)
        responses[index] = response
        return self.model_copy(update={"responses": responses})

    def check(self, index: int) -> Attempt:
        """This attempt with the feedback for question `index` shown."""
        checked = list(self.checked)
        checked[index] = True
        return self.model_copy(update={"checked": checked})

    def move_to(self, index: int) -> Attempt:
        """This attempt positioned on question `index`."""
        return self.model_copy(update={"position": max(0, min(index, len(self.items) - 1))})

    def finish(self, when: float) -> Attempt:
        """This attempt finished at `when` (seconds since the epoch)."""
        return self.model_copy(update={"finished": when, "checked": [True] * len(self.items)})

    @property
    def seconds_taken(self) -> float | None:
        """How long the quiz took, once finished."""
        return None if self.finished is None else max(0.0, self.finished - self.started)


def new_attempt(items: Sequence[QuizItem], *, seed: int, mode: QuizMode, started: float, name: str = "") -> Attempt:
    """A fresh attempt at these items, nothing answered yet."""
    banks = list(dict.fromkeys(item.bank for item in items))
    return Attempt(
        banks=banks,
        items=[(banks.index(item.bank), item.question.id) for item in items],
        seed=seed,
        mode=mode,
        name=name.strip()[: QUIZ.name_max_chars],
        responses=[None] * len(items),
        checked=[False] * len(items),
        started=started,
    )


def resolve(attempt: Attempt, questions: Mapping[str, Mapping[str, Question]]) -> list[QuizItem]:
    """The attempt's questions, looked up by bank file and id among `questions`; AttemptInvalid if any is not there."""
    items: list[QuizItem] = []
    for bank_index, question_id in attempt.items:
        bank = attempt.banks[bank_index]
        question = questions.get(bank, {}).get(question_id)
        if question is None:
            raise AttemptInvalid(f"one of its questions is no longer served from {bank}")
        items.append(QuizItem(bank, question))
    return items


def encode_attempt(attempt: Attempt, key: bytes) -> str:
    """A short URL-safe token for the attempt: compressed JSON in base64url, a dot, its signature with `key`."""
    data = attempt.model_dump_json(exclude_defaults=True).encode("utf-8")
    payload = base64.urlsafe_b64encode(zlib.compress(data, 9)).decode("ascii").rstrip("=")
    return f"{payload}.{_signature(payload, key)}"


def _signature(payload: str, key: bytes) -> str:
    digest = hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def decode_attempt(token: str, key: bytes) -> Attempt:
    """The attempt a token signed with `key` holds; AttemptInvalid if it is damaged, changed, too large or not an attempt."""
    if len(token) > QUIZ.attempt_token_max_chars:
        raise AttemptInvalid("the quiz link is too long to be one this app made")
    payload, _, signature = token.partition(".")
    if not hmac.compare_digest(signature.encode("ascii", "replace"), _signature(payload, key).encode("ascii")):
        raise AttemptInvalid("the quiz link was changed or was not made by this app")
    try:
        packed = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        inflater = zlib.decompressobj()
        data = inflater.decompress(packed, QUIZ.attempt_max_bytes)
        if inflater.unconsumed_tail:
            raise AttemptInvalid("the quiz link holds more than a quiz")
        return Attempt.model_validate(json.loads(data))
    except (binascii.Error, zlib.error, ValueError, UnicodeDecodeError, ValidationError, RecursionError):
        raise AttemptInvalid("the quiz link is damaged or incomplete") from None

"""A student's answer as the store takes it: checked against its question, kept as JSON, graded on the server."""

from __future__ import annotations

import json
import unicodedata
from functools import cache

from pydantic import TypeAdapter, ValidationError

from ..config import CLASSES
from ..errors import ResponseInvalid
from ..grading import Response, grade, is_answered
from ..models import Question
from ..question_types import kind_of

__all__ = ["checked_response", "grade_response", "read_response", "response_json"]


# No keyboard types a control character or an invisible one (a right-to-left override, say); only a forged
# request does, and stored they break the Excel download or turn the answer around in the gradebook. Spaces
# of every kind (a no-break space pasted from an article) are fine: grading ignores spacing.
_UNPRINTABLE = "that answer holds a control or invisible character; type it again without it"


@cache
def _adapter() -> TypeAdapter[Response]:
    return TypeAdapter(Response)


def checked_response(question: Question, raw: object) -> Response:
    """`raw` as a response to `question`: a finished answer of the right shape, naming only items it offers."""
    try:
        response = _adapter().validate_python(raw, strict=True)
    except ValidationError:
        raise ResponseInvalid() from None
    options = kind_of(question).options(question)
    if isinstance(response, str) and (
        len(response) > CLASSES.response_max_chars or (options and response not in options)
    ):
        raise ResponseInvalid()
    if isinstance(response, str) and not all(map(_typeable, response)):
        raise ResponseInvalid(_UNPRINTABLE)
    if isinstance(response, list) and (
        len(response) != len(options) or any(item is not None and item not in options for item in response)
    ):
        raise ResponseInvalid()
    if not is_answered(question, response):
        raise ResponseInvalid("this question is not answered yet; answer it (every item of a matching) and save again")
    return response


def _typeable(ch: str) -> bool:
    """A character a keyboard or a paste gives: printable, a tab or line break, or a space of any kind."""
    return ch.isprintable() or ch in "\t\n\r" or (ch.isspace() and unicodedata.category(ch) != "Cc")


def grade_response(question: Question, response: Response) -> bool:
    """Whether the response is right, marked by the question's own type."""
    return grade(question, response).correct


def response_json(response: Response) -> str:
    """The response as stored: canonical JSON, so an identical resend compares equal."""
    return json.dumps(response, ensure_ascii=False, separators=(",", ":"))


def read_response(stored: str) -> Response:
    """A stored response."""
    return _adapter().validate_json(stored, strict=True)

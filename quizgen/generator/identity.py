"""A generated question's two hashes: its id (who it is) and its fingerprint (what the generator wrote).

The id names a question in links, history and results; it is a hash of what the question asks and where
it comes from, so the same question always gets the same id. The fingerprint, written beside it as
`fingerprint: <scheme>:<hash>`, is a hash of every field the generator wrote and a teacher could edit;
a generated draft whose fingerprint no longer matches its content has been edited by hand. Keeping the two
apart lets the id scheme change without turning untouched drafts into teacher work: edit detection reads
the scheme each fingerprint names, and a bank written before fingerprints existed is checked against the
id scheme it was written with (scheme 0).
"""

from __future__ import annotations

from collections.abc import Callable

from ..config import GENERATION
from ..ids import content_id
from ..models.question import Question
from ..question_types import kind_of

__all__ = ["FINGERPRINT_SCHEME", "fingerprint", "is_teachers", "question_id", "untouched"]

# Not part of what the generator wrote: review state, identity, the fingerprint itself, and the
# ranking score (about the question, not in it: changing it changes nothing a student sees).
_NOT_CONTENT = {"id", "status", "origin", "flags", "fingerprint", "generator_score"}


def question_id(question: Question) -> str:
    """A hash of what the question asks and where it comes from: the same content, the same id."""
    payload = {
        "type": question.type,
        "prompt": question.prompt,
        **kind_of(question).id_fields(question),  # answer, choices, pairs
        "cites": [(c.source, c.start, c.end) for c in question.citations],
    }
    return content_id(payload, prefix="q", length=GENERATION.id_length)


def _content_v1(question: Question) -> str:
    # Fields left at their default are left out, so a field added to the format later changes no fingerprint.
    payload = question.model_dump(mode="json", exclude=_NOT_CONTENT, exclude_defaults=True)
    payload["type"] = question.type
    return content_id(payload, prefix="f", length=16).removeprefix("f-")


_SCHEMES: dict[int, Callable[[Question], str]] = {1: _content_v1}
FINGERPRINT_SCHEME = 1


def fingerprint(question: Question) -> str:
    """The fingerprint of the question as it is now, in the current scheme: '1:3f9a0c2b71de0a55'."""
    return f"{FINGERPRINT_SCHEME}:{_SCHEMES[FINGERPRINT_SCHEME](question)}"


def untouched(question: Question) -> bool:
    """Is the question exactly as the generator wrote it? Unknown schemes count as touched (kept as they are)."""
    if question.fingerprint is None:
        return question.id == question_id(question)  # scheme 0: the id was the fingerprint
    scheme, _, digest = question.fingerprint.partition(":")
    compute = _SCHEMES.get(int(scheme)) if scheme.isdigit() else None
    return compute is not None and compute(question) == digest


def is_teachers(question: Question) -> bool:
    """Approved, rejected, written or edited by a teacher: regeneration must keep it as it is."""
    return question.status != "draft" or question.origin == "teacher" or not untouched(question)

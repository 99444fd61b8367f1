"""What one save changed in a bank, in a teacher's words: '2 added · 1 removed · 3 approved · 1 edited'.

Questions are matched by their id; a question whose status alone changed counts as approved, rejected or
back to draft; one newly flagged because its sentence left a replaced article as flagged, one whose
citation alone changed as moved, and one whose other fields changed as edited. A change to the bank's title
or sources, with no question changed, is 'title or sources edited'.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from ..errors import FileRejected
from .safe_yaml import parse_yaml

__all__ = ["describe_change"]

_STATUS_WORDS = {"approved": "approved", "rejected": "rejected", "draft": "back to draft"}
# Content of a version -> its questions by id: stored versions never change, so each is parsed once.
_PARSED: dict[str, dict[str, dict[str, Any]] | None] = {}


def describe_change(old: str, new: str) -> str:
    """What changed from the bank text `old` to the bank text `new`, in one short line."""
    before, after = _questions(old), _questions(new)
    if before is None or after is None:
        return "not a valid bank" if after is None else "repaired (the earlier file was not a valid bank)"
    counts: Counter[str] = Counter()
    counts["added"] = len(after.keys() - before.keys())
    counts["removed"] = len(before.keys() - after.keys())
    for question_id in before.keys() & after.keys():
        old_question, new_question = before[question_id], after[question_id]
        if old_question == new_question:
            continue
        counts[_word(old_question, new_question)] += 1
    order = [
        "added",
        "removed",
        "approved",
        "rejected",
        "back to draft",
        "status changed",
        "flagged (sentence gone from the article)",
        "moved (same sentence, new place)",
        "edited",
    ]
    parts = [f"{counts[word]} {word}" for word in order if counts[word]]
    if parts:
        return " · ".join(parts)
    return "no change" if old == new else "title or sources edited"


def _word(old: dict[str, Any], new: dict[str, Any]) -> str:
    """How one question changed: its status alone, flagged or moved when its article changed, or edited."""
    changed = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
    if changed == {"status"}:
        return _STATUS_WORDS.get(str(new.get("status")), "status changed")
    newly_flagged = "source_changed" in (new.get("flags") or []) and "source_changed" not in (old.get("flags") or [])
    if newly_flagged and changed <= {"flags", "citations"}:
        return "flagged (sentence gone from the article)"
    if changed == {"citations"}:
        return "moved (same sentence, new place)"
    return "edited"


def _questions(text: str) -> dict[str, dict[str, Any]] | None:
    digest = hashlib.sha256(text.encode("utf-8", errors="replace")).hexdigest()
    if digest not in _PARSED:
        if len(_PARSED) >= 256:
            _PARSED.clear()
        _PARSED[digest] = _index(text)
    return _PARSED[digest]


def _index(text: str) -> dict[str, dict[str, Any]] | None:
    try:
        data = parse_yaml(text, "version")
    except FileRejected:
        return None
    questions = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(questions, list):
        return None
    indexed = {}
    for position, question in enumerate(questions):
        if isinstance(question, dict):
            indexed[str(question.get("id", f"#{position}"))] = question
    return indexed

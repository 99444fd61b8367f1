"""A question's results across the class's assignments, for Review questions: one short line beside it, or
nothing when no assignment served it."""

from __future__ import annotations

from collections.abc import Sequence

from ...classes import FLAG_NAMES, QuestionUsage, database_url, question_usage, store_made
from ...models import Question
from ..class_store import STORE_ERRORS, class_store
from ..shelf import project_root

__all__ = ["class_usage", "usage_line"]


def class_usage(questions: Sequence[Question]) -> dict[str, QuestionUsage] | None:
    """Each question's results by id (those no assignment served left out), or None when the class database
    cannot be read just now; a class database not made yet holds none."""
    try:
        if not store_made(database_url(project_root())):
            return {}
        return question_usage(class_store(), questions)
    except STORE_ERRORS:
        return None


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def usage_line(usage: QuestionUsage) -> str:
    """The results in one short line of Markdown, such as "In class: 12 students in 2 assignments · facility
    75% · discrimination 0.40 · very easy"."""
    where = _counted(usage.assignments, "assignment")
    if not usage.students:
        return f":material/groups: In class: in {where}, with no finished attempt yet"
    parts = [f"{_counted(usage.students, 'student')} in {where}"]
    if usage.facility is not None:
        parts.append(f"facility {usage.facility:.0%}")
    if usage.discrimination is not None:
        parts.append(f"discrimination {usage.discrimination:.2f}")
    parts.extend(f"**{FLAG_NAMES[flag]}**" for flag in usage.flags)
    return ":material/groups: In class: " + " · ".join(parts)

"""The exceptions quizgen raises. Every message is one line that says what to fix."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = [
    "AnswerLocked",
    "ArticleConflict",
    "ArticleError",
    "AssignmentClosed",
    "AssignmentInvalid",
    "AssignmentUnknown",
    "AttemptFinished",
    "AttemptInvalid",
    "AttemptUnknown",
    "AttemptsUsedUp",
    "BankBusy",
    "BankConflict",
    "ClassStoreError",
    "DisplayNameInvalid",
    "JoinCodeUnknown",
    "FileRejected",
    "NltkDataMissing",
    "NothingToExport",
    "PasswordHashInvalid",
    "Problem",
    "QuizgenError",
    "ResponseInvalid",
    "TooManyAttempts",
    "YamlInvalid",
]


class QuizgenError(Exception):
    """Base class of every error quizgen raises on purpose."""


class FileRejected(QuizgenError):
    """A file cannot be read at all: too big, not UTF-8, binary, unsafe YAML."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = str(path)
        self.reason = reason
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


class ArticleError(FileRejected):
    """An article file holds no usable article text."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in a YAML file, located as precisely as the file allows."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ArticleConflict(QuizgenError):
    """The seeds folder or its catalog already has an article with this file name or id."""


class YamlInvalid(QuizgenError):
    """A bank or catalog file is valid YAML but breaks the format's rules."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.field))
        first = str(self.problems[0]) if self.problems else "invalid bank"
        more = len(self.problems) - 1
        super().__init__(first + (f" (and {more} more)" if more > 0 else ""))


class AttemptInvalid(QuizgenError):
    """A saved quiz attempt (such as the one in a quiz link) is damaged or no longer matches the banks."""


class BankConflict(QuizgenError):
    """The bank changed on disk since it was opened, so saving would overwrite someone's work."""


class BankBusy(QuizgenError):
    """Another save of the same bank held its lock for too long; trying again later may work."""


class NothingToExport(QuizgenError):
    """An export would hold no question: none matches the choice, or the format fits none of them."""


class PasswordHashInvalid(QuizgenError):
    """The configured teacher password hash is not one `python -m quizgen hash-password` makes."""


class TooManyAttempts(QuizgenError):
    """Too many wrong login attempts; `wait_seconds` says how long until the next is allowed."""

    def __init__(self, wait_seconds: float):
        self.wait_seconds = wait_seconds
        super().__init__(f"too many wrong attempts; try again in {_duration(wait_seconds)}")


def _duration(seconds: float) -> str:
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return f"{whole} second{'s' if whole != 1 else ''}"
    minutes = math.ceil(whole / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


class NltkDataMissing(QuizgenError):
    """NLTK resources the generator needs are not installed."""

    def __init__(self, missing: list[str], download_failure: str = ""):
        self.missing = missing
        names = ", ".join(missing)
        if download_failure:
            super().__init__(
                f"could not download NLTK data ({names}): {download_failure}. "
                "Without a network, set NLTK_DATA to a folder that has them"
            )
        else:
            super().__init__(
                f"missing NLTK data: {names}. Run `python -m quizgen setup` on a machine with a "
                "network, or set NLTK_DATA to a folder that has them"
            )


class ClassStoreError(QuizgenError):
    """Something about a class assignment or an attempt refuses what was asked; the message says what to do."""

    message = "the class assignment refused this"

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)


class AssignmentInvalid(ClassStoreError):
    """An assignment's settings or questions do not make a quiz a class can take."""

    message = "the assignment's settings are not valid; check them and save again"


class AssignmentUnknown(ClassStoreError):
    """No assignment has this id: it was deleted, or the link is wrong."""

    message = "there is no such assignment; it may have been deleted, so ask your teacher for a new link"


class JoinCodeUnknown(ClassStoreError):
    """No assignment has this join code."""

    message = "no assignment has this join code; check the code on the board and type it again"


class AssignmentClosed(ClassStoreError):
    """The assignment is not open: not yet, no longer, closed or archived by the teacher."""

    message = "this assignment is closed; ask your teacher to reopen it or extend its closing time"


class AttemptsUsedUp(ClassStoreError):
    """The student has started every attempt the assignment allows."""

    message = "you have used every attempt this assignment allows; ask your teacher if you need another"


class AttemptUnknown(ClassStoreError):
    """No attempt has this id: the link is wrong, or its assignment was deleted."""

    message = "this attempt cannot be found; open the assignment again with its join code"


class AttemptFinished(ClassStoreError):
    """The attempt was submitted (or its time ran out), so its answers cannot change."""

    message = "this attempt is already submitted, so its answers cannot change; start a new attempt if one is left"


class AnswerLocked(ClassStoreError):
    """In practice an answer is final once its feedback was given; a different answer is refused."""

    message = "this question is already answered and its feedback shown; go on to the next question"


class DisplayNameInvalid(ClassStoreError):
    """A student's display name is blank or too long."""

    message = "type your name as the teacher will see it (1 to 60 characters)"


class ResponseInvalid(ClassStoreError):
    """An answer does not fit its question (such as a choice it does not offer), or the question is not in the attempt."""

    message = "that answer does not fit this question; choose or type the answer again"

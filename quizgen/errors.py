"""The exceptions quizgen raises. Every message is one line that says what to fix."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = [
    "ArticleConflict",
    "ArticleError",
    "AttemptInvalid",
    "BankBusy",
    "BankConflict",
    "FileRejected",
    "NltkDataMissing",
    "NothingToExport",
    "PasswordHashInvalid",
    "Problem",
    "QuizgenError",
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

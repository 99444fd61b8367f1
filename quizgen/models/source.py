"""An article a question can cite: where it is and what to show about it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePosixPath
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..config import ARTICLES

__all__ = ["Source", "SourceId", "article_name_problem", "article_path_problem"]

_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Names Windows keeps for devices, with any ending: a folder holding one cannot be copied to a Windows machine.
_DEVICE_NAMES = frozenset(
    ["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))]
)

SourceId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$")]


class Source(BaseModel):
    """One article, as cited by a bank: `path` is relative to the project root."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    id: SourceId
    title: str = Field(min_length=1)
    outlet: str = ""
    published: dt.date | None = None
    path: str = Field(min_length=1)
    url: str | None = None
    notes: str = ""

    @field_validator("path")
    @classmethod
    def _relative_path(cls, value: str) -> str:
        pure = PurePosixPath(value)
        if pure.is_absolute() or ".." in pure.parts or "\\" in value:
            raise ValueError("must be a path relative to the project root, such as seeds/article.txt")
        return value

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError("must start with https:// or http://")
        return value


def article_path_problem(path: str) -> str | None:
    """Why a bank may not cite `path` as an article, or None: articles are .txt/.md files directly in seeds/."""
    pure = PurePosixPath(path)
    if (
        "\\" in path
        or len(pure.parts) != 2
        or pure.parts[0] != ARTICLES.folder
        or pure.name.startswith(".")
        or pure.suffix.lower() not in ARTICLES.suffixes
    ):
        return f"must be an article file in {ARTICLES.folder}/, such as {ARTICLES.folder}/article.txt"
    return None


def article_name_problem(name: str) -> str | None:
    """Why quizgen may not save an article as `name` in the articles folder, or None.

    A saved name is plain enough for every system a project folder is copied to: letters, digits,
    '.', '-' and '_', starting with a letter or digit, ending in .txt or .md, not a device name.
    """
    suffixes = " or ".join(ARTICLES.suffixes)
    if PurePosixPath(name).suffix.lower() not in ARTICLES.suffixes or not _SAFE_NAME.fullmatch(name):
        return f"must be a {suffixes} file name of letters, digits, '.', '-' and '_', such as harbin-visit.txt"
    if len(name) > ARTICLES.name_max_chars:
        return f"is {len(name)} characters long; a file name may have at most {ARTICLES.name_max_chars}"
    if name.split(".")[0].lower() in _DEVICE_NAMES:
        return f"is a name Windows keeps for a device; choose another, such as article-{name.lower()}"
    return None

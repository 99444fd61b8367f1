"""The earlier versions of a bank, kept beside it so that no save loses work.

The versions of `question_banks/quiz.yaml` live in `question_banks/.history/quiz.yaml/`,
one file per version named `<UTC time>-<short content hash>.yaml`, for example
`20240517T093012345678Z-3f9a0c2b71de.yaml`; the name without `.yaml` is the version's id.
(The folder is named after the whole file name, so `quiz.yaml` and `quiz.yml` keep
separate histories.) Only the newest `LIMITS.history_versions` are kept.

Writing to the history (`record_version`, `prune_versions`, `sweep_temporary_files`) must
happen while holding the bank's save lock (`quizgen.storage.locking.bank_lock`); reading
it (`list_versions`, `read_version`, `diff_versions`) needs no lock.
"""

from __future__ import annotations

import datetime as dt
import difflib
import glob
import hashlib
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..config import LIMITS
from ..errors import FileRejected, QuizgenError
from .atomic import atomic_write
from .safe_yaml import parse_yaml
from .text_file import read_text_file

__all__ = [
    "CURRENT",
    "Version",
    "content_hash",
    "diff_texts",
    "diff_versions",
    "history_folder",
    "list_versions",
    "prune_versions",
    "read_version",
    "record_version",
    "sweep_temporary_files",
]

# The version id that means "the bank file as it is now" wherever a version id is taken.
CURRENT = "current"

_TIME_FORMAT = "%Y%m%dT%H%M%S%fZ"
_SHORT_HASH = 12
_VERSION_ID = re.compile(r"^(\d{8}T\d{12}Z)-([0-9a-f]{12})$")


@dataclass(frozen=True)
class Version:
    """One stored version of a bank: when it was saved, its size in bytes, questions and content hash."""

    id: str
    saved_at: dt.datetime
    size: int
    questions: int | None  # None when that version is not a readable bank
    hash: str


def content_hash(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex: what a save compares to detect a change since opening."""
    return hashlib.sha256(data).hexdigest()


def history_folder(path: str | os.PathLike[str]) -> Path:
    """Where the versions of the bank at `path` are kept."""
    path = Path(path)
    return path.parent / ".history" / path.name


def record_version(path: str | os.PathLike[str], data: bytes, saved_at: dt.datetime) -> str:
    """Store `data` as the newest version (unless it already is) and return its id. Hold the bank lock."""
    folder = history_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    digest = content_hash(data)
    newest = _version_ids(folder)[-1:]
    if newest and newest[0].endswith(digest[:_SHORT_HASH]):
        return newest[0]
    stamp = saved_at.astimezone(dt.UTC)
    if newest:
        # Keep ids in save order even if the clock stepped back or two saves share a microsecond.
        stamp = max(stamp, _time_of(newest[0]) + dt.timedelta(microseconds=1))
    version_id = f"{stamp.strftime(_TIME_FORMAT)}-{digest[:_SHORT_HASH]}"
    atomic_write(folder / f"{version_id}.yaml", data)
    return version_id


def prune_versions(path: str | os.PathLike[str], keep: int = LIMITS.history_versions) -> None:
    """Delete all but the newest `keep` versions. Hold the bank lock."""
    folder = history_folder(path)
    for version_id in _version_ids(folder)[:-keep] if keep > 0 else _version_ids(folder):
        (folder / f"{version_id}.yaml").unlink(missing_ok=True)


def sweep_temporary_files(path: str | os.PathLike[str], *, older_than: float = LIMITS.stale_temp_seconds) -> None:
    """Remove temporary files that saves killed midway left behind. Hold the bank lock."""
    path = Path(path)
    folder = history_folder(path)
    # Only locked saves write into the history folder, so any temporary file there is a leftover.
    leftovers = list(folder.glob(".*.tmp")) if folder.is_dir() else []
    cutoff = time.time() - older_than
    for candidate in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if candidate.stat().st_mtime < cutoff:
                leftovers.append(candidate)
        except FileNotFoundError:
            continue
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)


def list_versions(path: str | os.PathLike[str]) -> list[Version]:
    """The stored versions of the bank, newest first."""
    folder = history_folder(path)
    versions = []
    for version_id in reversed(_version_ids(folder)):
        try:
            data = (folder / f"{version_id}.yaml").read_bytes()
        except FileNotFoundError:
            continue  # pruned by a save since the folder was listed
        digest = content_hash(data)
        versions.append(Version(version_id, _time_of(version_id), len(data), _question_count(digest, data), digest))
    return versions


def read_version(path: str | os.PathLike[str], version_id: str) -> str:
    """The text of one stored version (or of the bank file itself for `CURRENT`)."""
    if version_id == CURRENT:
        return read_text_file(path, max_bytes=LIMITS.bank_max_bytes, control_ratio=1.0)
    match = _VERSION_ID.match(version_id)
    if not match:
        raise QuizgenError(f"{path}: {version_id!r} is not a version id; list the versions to see them")
    file = history_folder(path) / f"{version_id}.yaml"
    if not file.is_file():
        raise FileRejected(
            str(path), f"has no version {version_id} (only the last {LIMITS.history_versions} versions are kept)"
        )
    data = file.read_bytes()
    if content_hash(data)[:_SHORT_HASH] != match.group(2):
        raise FileRejected(str(file), "was changed after it was saved, so it is not that version any more")
    return data.decode("utf-8", errors="replace")


def diff_versions(path: str | os.PathLike[str], old: str, new: str) -> str:
    """A unified diff of the YAML text from version `old` to version `new` (either may be `CURRENT`)."""
    name = Path(path).name
    return diff_texts(read_version(path, old), read_version(path, new), _label(name, old), _label(name, new))


def diff_texts(old: str, new: str, old_label: str = "before", new_label: str = "after") -> str:
    """A unified diff of two texts, line by line, with 3 lines of context; empty when they are equal."""
    lines = difflib.unified_diff(old.splitlines(), new.splitlines(), old_label, new_label, lineterm="")
    return "".join(line + "\n" for line in lines)


def _label(name: str, version_id: str) -> str:
    if version_id == CURRENT:
        return f"{name} (now)"
    return f"{name} ({_time_of(version_id).strftime('%Y-%m-%d %H:%M:%S UTC')}, version {version_id})"


def _version_ids(folder: Path) -> list[str]:
    """The ids of the versions in `folder`, oldest first (ids sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(
        entry.name[: -len(".yaml")]
        for entry in os.scandir(folder)
        if entry.name.endswith(".yaml") and _VERSION_ID.match(entry.name[: -len(".yaml")])
    )


def _time_of(version_id: str) -> dt.datetime:
    return dt.datetime.strptime(version_id.split("-")[0], _TIME_FORMAT).replace(tzinfo=dt.UTC)


# Content hash -> question count: a version's bytes never change, so each is parsed once per process.
_COUNTS: dict[str, int | None] = {}


def _question_count(digest: str, data: bytes) -> int | None:
    if digest not in _COUNTS:
        if len(_COUNTS) >= 1024:
            _COUNTS.clear()
        _COUNTS[digest] = _count_questions(data)
    return _COUNTS[digest]


def _count_questions(data: bytes) -> int | None:
    try:
        parsed = parse_yaml(data.decode("utf-8"), "version")
    except (UnicodeDecodeError, FileRejected):
        return None
    if isinstance(parsed, dict) and isinstance(parsed.get("questions"), list):
        return len(parsed["questions"])
    return None

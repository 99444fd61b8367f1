"""Editing a bank without losing anyone's work: conflict-checked, locked, atomic saves with history.

An editor opens a bank, keeps the content hash of the text it loaded, and passes that
hash back when it saves. A save refuses with `BankConflict` if the file changed in the
meantime (another teacher saved, or someone edited the YAML by hand) instead of
overwriting it, and refuses invalid text with `YamlInvalid` / `FileRejected`, writing
nothing. Every save keeps the text it replaces and the text it writes in the bank's
history (`quizgen.storage.history`), so it can be undone with `restore_version`.

    opened = open_bank("question_banks/quiz.yaml")      # works even when the bank is invalid
    if opened.bank is not None:
        approved = [q.model_copy(update={"status": "approved"}) for q in opened.bank.questions]
        new_hash = save_edited(opened.path, opened.bank.model_copy(update={"questions": approved}), opened.hash)
    else:                                              # repair the raw YAML, guided by opened.problems
        new_hash = save_text(opened.path, repaired_text, opened.hash)

Generation saves with `save_merged`: it applies its change to the bank as it is on disk at
that moment, so a teacher's save made while it ran is merged, not overwritten.

Check, write and history run under an exclusive lock on `.quiz.yaml.lock`
(`quizgen.storage.locking`), so saves from several processes or threads never interleave.
`quizgen.storage.save_bank` stays as it was: an atomic write with no check and no history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..config import LIMITS
from ..errors import BankBusy, BankConflict, FileRejected, Problem, YamlInvalid
from ..models import Bank
from .atomic import atomic_write
from .banks import dump_bank, parse_bank, project_root_of
from .history import content_hash, prune_versions, read_version, record_version, sweep_temporary_files
from .locking import bank_lock
from .text_file import decode_text, megabytes

__all__ = ["Opened", "open_bank", "read_structure", "restore_version", "save_edited", "save_merged", "save_text"]

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class Opened:
    """A bank file as an editor loads it: its raw text, the hash to save against, and the bank or its problems.

    `bank` is None when the file is not a valid bank; `problems` then says what is wrong
    (file:line: field: message) and `text` is still there to repair. `hash` is the
    SHA-256 of the file's bytes, to pass as `expected_hash` when saving.
    """

    path: Path
    text: str
    hash: str | None
    bank: Bank | None
    problems: tuple[Problem, ...] = ()


def open_bank(path: PathLike, *, root: PathLike | None = None) -> Opened:
    """Load a bank for editing, valid or not; raise FileRejected only when there is no file to edit."""
    path = Path(path)
    digest, data = _current(path)
    if digest is None:
        raise FileRejected(str(path), "file not found")
    if data is None:
        limit = megabytes(LIMITS.bank_max_bytes)
        return Opened(path, "", digest, None, (Problem(str(path), None, "", f"is larger than the limit of {limit}"),))
    try:
        text = decode_text(data, str(path), control_ratio=LIMITS.binary_control_ratio)
    except FileRejected as error:
        return Opened(path, data.decode("utf-8", errors="replace"), digest, None, (_problem(error),))
    try:
        bank = parse_bank(text, str(path), root=Path(root) if root else project_root_of(path))
    except YamlInvalid as error:
        return Opened(path, text, digest, None, tuple(error.problems))
    except FileRejected as error:
        return Opened(path, text, digest, None, (_problem(error),))
    return Opened(path, text, digest, bank)


def save_edited(
    path: PathLike,
    bank: Bank,
    expected_hash: str | None,
    *,
    root: PathLike | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Save an edited bank if the file is still the one opened (see `save_text`); return the new hash."""
    return save_text(path, dump_bank(bank), expected_hash, root=root, now=now)


def restore_version(
    path: PathLike,
    version_id: str,
    expected_hash: str | None,
    *,
    root: PathLike | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Save a stored version as the bank's new text (itself a save, so it can be undone); return the new hash."""
    return save_text(path, read_version(path, version_id), expected_hash, root=root, now=now)


def save_merged(
    path: PathLike,
    change: Callable[[Bank | None], Bank],
    *,
    root: PathLike | None = None,
    now: dt.datetime | None = None,
) -> bool:
    """Save `change(bank on disk now)` (None: no bank yet) like any edit: locked, conflict-checked, with history.

    The bank is read just before the save, as a structure whose citations `change` may still
    fix (an edited article moves sentences). If someone saves between that read and the write,
    the save is refused as a conflict and `change` runs again on what they saved, up to
    `LIMITS.merge_save_tries` times (then BankBusy). A bank on disk that is not valid YAML of a
    bank raises YamlInvalid / FileRejected and is left as it is. Returns False when the result is
    the text already on disk (nothing written, nothing added to the history).
    """
    path = Path(path)
    for _ in range(LIMITS.merge_save_tries):
        digest, data = _current(path)
        bank = change(None if digest is None else _structure(path, data))
        text = dump_bank(bank)
        if data is not None and text.encode("utf-8") == data:
            return False
        try:
            save_text(path, text, digest, root=root, now=now)
        except BankConflict:
            continue
        return True
    raise BankBusy(f"{path}: the bank kept changing while the questions were saved; nothing was saved, run it again")


def read_structure(path: PathLike) -> Bank | None:
    """The bank at `path` as a structure (citations not checked against the articles), or None if there is none."""
    path = Path(path)
    digest, data = _current(path)
    return None if digest is None else _structure(path, data)


def _structure(path: Path, data: bytes | None) -> Bank:
    if data is None:
        limit = megabytes(LIMITS.bank_max_bytes)
        raise FileRejected(str(path), f"is larger than the limit of {limit}")
    return parse_bank(decode_text(data, str(path), control_ratio=LIMITS.binary_control_ratio), str(path))


def save_text(
    path: PathLike,
    text: str,
    expected_hash: str | None,
    *,
    root: PathLike | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Replace the bank's file with `text` if it is a valid bank and the file is unchanged since it was opened.

    `expected_hash` is `Opened.hash` from when the editor loaded the file, or None to
    create a bank that must not exist yet. Raises YamlInvalid / FileRejected (the text is
    not a bank that would load), BankConflict (the file changed since it was opened) or
    BankBusy (another save held the lock too long), leaving the bank as it was in each case;
    a disk error before the bank is replaced is a FileRejected too.
    Returns the content hash of the saved text, to pass as `expected_hash` next time.
    `now` is when the save happened (default: the clock), as recorded in the history.
    """
    path = Path(path)
    data = _validated(text, path, Path(root) if root else project_root_of(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with bank_lock(path):
            digest, old = _current(path)
            _refuse_if_changed(path, digest, expected_hash)
            if old is not None:
                # Keeps a hand edit made since the last save (or the bank as first found) undoable too.
                record_version(path, old, dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC))
            atomic_write(path, data)
            _keep_history(path, data, now or dt.datetime.now(dt.UTC))
    except OSError as error:
        raise FileRejected(str(path), f"cannot be saved ({error.strerror or error})") from None
    return content_hash(data)


def _keep_history(path: Path, data: bytes, now: dt.datetime) -> None:
    """Record the text just saved and tidy the history; the save has happened whatever fails here."""
    try:
        record_version(path, data, now)
        prune_versions(path)
        sweep_temporary_files(path)
    except OSError:
        # Not an error for the teacher: the bank is saved, and the next save records this text as
        # the version it replaces, so the history heals itself.
        pass


def _validated(text: str, path: Path, root: Path) -> bytes:
    """The bytes to write, after the same checks `load_bank` makes, so that a saved bank always loads."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise FileRejected(str(path), "the text holds characters that cannot be saved (unpaired surrogates)") from None
    if len(data) > LIMITS.bank_max_bytes:
        limit = megabytes(LIMITS.bank_max_bytes)
        raise FileRejected(str(path), f"the text is {megabytes(len(data))}; the limit is {limit}")
    decode_text(data, str(path), control_ratio=LIMITS.binary_control_ratio)
    parse_bank(text, str(path), root=root)
    return data


def _refuse_if_changed(path: Path, current: str | None, expected: str | None) -> None:
    if current == expected:
        return
    if expected is None:
        raise BankConflict(f"{path}: a bank with this name already exists; open it to edit it, or choose another name")
    if current is None:
        raise BankConflict(f"{path}: the bank was deleted or renamed since you opened it; nothing was saved")
    raise BankConflict(
        f"{path}: the bank was changed by someone else since you opened it, so nothing was saved; "
        "reload it and make your changes again"
    )


def _current(path: Path) -> tuple[str | None, bytes | None]:
    """(content hash, bytes) of the file now; (None, None) if there is none; bytes None if over the size limit."""
    try:
        with path.open("rb") as stream:
            data = stream.read(LIMITS.bank_max_bytes + 1)
            if len(data) <= LIMITS.bank_max_bytes:
                return content_hash(data), data
            digest = hashlib.sha256(data)
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
            return digest.hexdigest(), None
    except FileNotFoundError:
        return None, None
    except IsADirectoryError:
        raise FileRejected(str(path), "is a folder, not a file") from None
    except OSError as error:
        raise FileRejected(str(path), f"cannot be read ({error.strerror or error})") from None


def _problem(error: FileRejected) -> Problem:
    return Problem(error.path, error.line, "", error.reason)

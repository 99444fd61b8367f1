"""Reading a text file that may be hostile: too big, binary, not UTF-8, or no regular file at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import FileRejected

__all__ = ["decode_text", "megabytes", "read_text_file"]

_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
# Non-blocking, so opening a pipe returns at once; the flags a platform lacks are left out.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def read_text_file(
    path: str | os.PathLike[str], *, max_bytes: int, control_ratio: float = 0.01, follow_links: bool = True
) -> str:
    """Return the file's text exactly as stored (no newline translation), or raise FileRejected.

    Only a regular file is opened, so a pipe or a device is refused at once instead of blocking;
    with `follow_links=False` a link is refused too, never followed.
    """
    path = Path(path)
    try:
        before = os.stat(path, follow_symlinks=follow_links)
    except FileNotFoundError:
        raise FileRejected(str(path), "file not found") from None
    except OSError as error:
        raise FileRejected(str(path), f"cannot be read ({error.strerror})") from None
    kind = _kind_problem(before.st_mode)
    if kind:
        raise FileRejected(str(path), kind)
    if before.st_size > max_bytes:
        raise FileRejected(str(path), f"is {megabytes(before.st_size)}; the limit is {megabytes(max_bytes)}")
    data = _read_opened(path, before, max_bytes + 1, _OPEN_FLAGS | (0 if follow_links else _NO_FOLLOW))
    if len(data) > max_bytes:
        raise FileRejected(str(path), f"is larger than the limit of {megabytes(max_bytes)}")
    return decode_text(data, str(path), control_ratio=control_ratio)


def _kind_problem(mode: int) -> str | None:
    if stat.S_ISLNK(mode):
        return "is a link, not a file; put the file itself in its place"
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if not stat.S_ISREG(mode):
        return "is not a regular file (it is a pipe, socket or device); save it as a text file"
    return None


def _read_opened(path: Path, before: os.stat_result, size: int, flags: int) -> bytes:
    """Up to `size` bytes of the file, if what opens is still the file `before` describes."""
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise FileRejected(str(path), f"cannot be read ({error.strerror})") from None
    with open(descriptor, "rb") as handle:
        if not os.path.samestat(before, os.fstat(descriptor)):
            raise FileRejected(str(path), "was replaced while it was being opened; try again")
        return handle.read(size)


def decode_text(data: bytes, name: str, *, control_ratio: float = 0.01) -> str:
    """Decode UTF-8 bytes, refusing binary data with a message that says what to do."""
    if b"\x00" in data:
        raise FileRejected(name, "is a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileRejected(
            name, f"is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}); save it as UTF-8", line
        ) from None
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if text and controls / len(text) > control_ratio:
        raise FileRejected(name, "looks like binary data, not text (it is full of control characters)")
    return text


def megabytes(size: int) -> str:
    """A size in MB as Streamlit's upload button counts them (2**20 bytes), so every limit reads alike."""
    return f"{size / 2**20:.1f} MB"

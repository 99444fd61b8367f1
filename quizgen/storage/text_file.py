"""Reading a text file that may be hostile: too big, binary, or not UTF-8."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import FileRejected

__all__ = ["decode_text", "read_text_file"]

_ALLOWED_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}


def read_text_file(path: str | os.PathLike[str], *, max_bytes: int, control_ratio: float = 0.01) -> str:
    """Return the file's text exactly as stored (no newline translation), or raise FileRejected."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileRejected(str(path), "file not found") from None
    except OSError as error:
        raise FileRejected(str(path), f"cannot be read ({error.strerror})") from None
    if path.is_dir():
        raise FileRejected(str(path), "is a folder, not a file")
    if size > max_bytes:
        raise FileRejected(str(path), f"is {_megabytes(size)}; the limit is {_megabytes(max_bytes)}")
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileRejected(str(path), f"is larger than the limit of {_megabytes(max_bytes)}")
    return decode_text(data, str(path), control_ratio=control_ratio)


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


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"

"""Content-derived ids: the same content always gets the same id."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

__all__ = ["content_id", "slugify"]


def content_id(payload: Any, *, prefix: str = "q", length: int = 12) -> str:
    """Hash the canonical JSON of `payload` into a short, stable id such as `q-3f9a0c2b71de`."""
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:length]
    return f"{prefix}-{digest}"


def slugify(text: str, *, max_words: int = 8, max_chars: int = 80) -> str:
    """Turn a title or file name into a lowercase ASCII slug of at most `max_chars`: 'Putin & Xi, 2024' -> 'putin-xi-2024'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words[:max_words])[:max_chars].rstrip("-") or "untitled"

"""Which country a phrase points to: 'a Chinese city' -> China, 'Ukraine’s second-largest city' -> Ukraine."""

from __future__ import annotations

import re

__all__ = ["country_hint"]


def country_hint(text: str) -> str:
    """'a Chinese city' / 'China’s northeast' -> 'China' (for preferring nearby places as options)."""
    for pattern, country in _COUNTRY_HINTS:
        if re.search(pattern, text):
            return country
    return ""


_COUNTRY_HINTS = (
    (r"\bChin(a|ese)\b|\bBeijing\b", "China"),
    (r"\bRussia(n)?\b|\bMoscow\b|\bKremlin\b", "Russia"),
    (r"\bUkrain(e|ian)\b|\bKyiv\b|\bKiev\b", "Ukraine"),
    (r"\bJapan(ese)?\b", "Japan"),
    (r"\bKorea(n)?\b", "Korea"),
    (r"\bAmerica(n)?\b|\bUnited States\b", "United States"),
    (r"\bAustralia(n)?\b", "Australia"),
)

"""Wrong numbers that look like the right one: same unit, scale, rounding and way of writing.

A bound changes what counts as wrong: if the answer is "more than 90%", then
"more than 50%" is also true, so the options below it are written "about 50%"
(as a teacher would write them), and options above a "less than" bound likewise.
"""

from __future__ import annotations

import math
import re

from ..nlp.quantities import Quantity
from ..numbers import article_style_number, number_table, ordinal_word, spelled

__all__ = ["number_options", "render"]


def render(quantity: Quantity, value: float, qualifier: str | None = None) -> str:
    """Write `value` the way `quantity` was written ('$240 billion' -> '$300 billion')."""
    table = number_table()
    text = quantity.text
    qualifier = quantity.qualifier if qualifier is None else qualifier
    if quantity.kind == "year":
        return f"{int(value)}s" if text.endswith("s") else str(int(value))
    if quantity.kind == "weekday":
        return table.weekdays[int(value) % len(table.weekdays)]
    if quantity.kind == "ordinal":
        whole = int(value)
        if text[:1].isdigit():
            suffix = "th" if 10 <= whole % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
            return f"{whole}{suffix}"
        word = ordinal_word(whole)
        return word.capitalize() if text[:1].isupper() else word
    shown = value / table.scale_values.get(quantity.scale, 1.0)
    body = _strip_qualifier(text, quantity.qualifier)
    # digits first: the 'US' of 'US$2.5 million' is the currency, not a number written in words
    number_match = re.search(r"\d[\d,.]*", body) or re.search(r"[a-z]+(?:[ -][a-z]+)*", body, re.I)
    written = number_match.group() if number_match else ""
    if quantity.scale and written.lower().endswith(f" {quantity.scale}"):
        written = written[: -len(quantity.scale) - 1]  # 'two and a half million': the scale stays
    if written and not written[0].isdigit():
        number = spelled(shown) or article_style_number(shown, quantity.decimals)
    else:
        number = article_style_number(shown, quantity.decimals) if "," in written else f"{shown:.{quantity.decimals}f}"
    body = body.replace(written, number, 1) if written else number
    return f"{qualifier} {body}" if qualifier else body


def _strip_qualifier(text: str, qualifier: str) -> str:
    return text[len(qualifier) :].lstrip() if qualifier and text.lower().startswith(qualifier) else text


def number_options(quantity: Quantity, count: int, *, avoid: set[float], limit: float | None = None) -> list[str]:
    """`count` wrong values for `quantity`, each clearly wrong given its qualifier."""
    value = quantity.value
    if quantity.kind == "year" and quantity.text.endswith("s"):
        values = [value + s for s in (-10, 10, -20, 20, -30) if limit is None or value + s <= limit]
        return [render(quantity, v) for v in values if v not in avoid][:count]
    if quantity.kind == "year":
        steps = [-2, 1, -1, 2, -3, 3, -4, 4, -6, 6]
        values = [value + s for s in steps if limit is None or value + s <= limit]
        return [render(quantity, v) for v in values if v not in avoid][:count]
    if quantity.kind == "weekday":
        return [render(quantity, (value + step) % 7) for step in (1, -1, 2, -2, 3)][:count]
    if quantity.kind == "ordinal":
        values = [v for v in (value + 1, value - 1, value + 2, value - 2, value + 3) if v >= 2]
        return [render(quantity, v) for v in values if v not in avoid][:count]
    if quantity.kind == "percent":
        return _percent_options(quantity, count, avoid)
    return _spread(quantity, count, avoid)


def _percent_options(quantity: Quantity, count: int, avoid: set[float]) -> list[str]:
    value = quantity.value
    table = number_table()
    if quantity.qualifier in table.lower_bounds:
        values = [v for v in (50, 25, 70, 10, 40) if v <= value * 0.8]
        qualifiers = ["about"] * len(values)
        if values:
            qualifiers[-1] = "under" if values[-1] <= 10 else "about"
        return [render(quantity, v, q) for v, q in zip(values, qualifiers, strict=True) if v not in avoid][:count]
    if quantity.qualifier in table.upper_bounds:
        values = [v for v in (50, 75, 90, 30, 60) if v >= value * 1.3 and v <= 100]
        return [render(quantity, v, "about") for v in values if v not in avoid][:count]
    if value < 20:
        candidates = [value * 2, value * 3, value + 15, round(value / 2)]
    elif value >= 90:
        candidates = [value - 20, value - 40, value - 60, value - 10]
    else:
        candidates = [
            v for v in (value - 20, value + 20, value - 40, value + 10, value - 10, value - 30) if 0 < v < 100
        ]
    return [render(quantity, round(v, quantity.decimals)) for v in candidates if v not in avoid][:count]


def _spread(quantity: Quantity, count: int, avoid: set[float]) -> list[str]:
    """Values a nice step apart, on both sides, never at or below zero."""
    table = number_table()
    unit = table.scale_values.get(quantity.scale, 1.0)
    shown = quantity.value / unit
    step = _nice_step(shown * 0.2, quantity.decimals)
    if quantity.qualifier in table.lower_bounds:
        offsets = [-1, -2, -3]
        qualifier = "about"
    elif quantity.qualifier in table.upper_bounds:
        offsets = [1, 2, 3]
        qualifier = "about"
    else:
        offsets = [1, -1, 2, -2, 3]
        qualifier = None
    values = []
    for offset in offsets:
        candidate = round(shown + offset * step, quantity.decimals)
        if candidate > 0 and candidate * unit not in avoid and candidate != shown:
            values.append(candidate * unit)
    return [render(quantity, v, qualifier) for v in values][:count]


def _nice_step(raw: float, decimals: int) -> float:
    """Round a step to 1, 2 or 5 times a power of ten, no finer than the answer's own precision."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            step = factor * power
            break
    return max(step, 10**-decimals if decimals else 1.0)

"""Writing a number: plainly, for a student's answer, or the way an article wrote its neighbour, for an option."""

from __future__ import annotations

import math
from decimal import Decimal

__all__ = ["article_style_number", "plain_number"]


def plain_number(value: float) -> str:
    """240.0 -> '240', 2019 -> '2019' (years and other four-digit numbers stay whole), 1234567 -> '1,234,567',
    2.5 -> '2.5'."""
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    # Every digit the number has (a key of 3.14159265 is shown so), with no exponent.
    return format(Decimal(repr(float(value))), ",f").rstrip("0").rstrip(".")


def article_style_number(value: float, decimals: int) -> str:
    """`value` with the article's number of decimals and thousands commas: 190 or 190.5, 1,200."""
    return f"{value:,.{decimals}f}"

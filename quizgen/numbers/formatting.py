"""Writing a number: plainly, for a student's answer, or the way an article wrote its neighbour, for an option."""

from __future__ import annotations

import math
from decimal import Decimal

__all__ = ["article_style_number", "exact_number", "plain_number"]


def plain_number(value: float) -> str:
    """240.0 -> '240', 2019 -> '2019' (years and other four-digit numbers stay whole), 1234567 -> '1,234,567',
    2.5 -> '2.5'."""
    if math.isfinite(value) and value == int(value):
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))
    return _every_digit(value, ",f")


def exact_number(value: float) -> str:
    """240.0 -> '240', 3.14159265 -> '3.14159265', 4e-07 -> '0.0000004': every digit, no grouping and no
    exponent, as a quiz importer reads a key."""
    shown = _every_digit(value, "f")
    return "0" if shown in ("-0", "") else shown


def _every_digit(value: float, spec: str) -> str:
    """Every digit the float has (a key of 3.14159265 is shown so), with no exponent and no trailing zeros."""
    shown = format(Decimal(repr(float(value))), spec)
    return shown.rstrip("0").rstrip(".") if "." in shown else shown


def article_style_number(value: float, decimals: int) -> str:
    """`value` with the article's number of decimals and thousands commas: 190 or 190.5, 1,200."""
    return f"{value:,.{decimals}f}"

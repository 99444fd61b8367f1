"""Numbers as students type them."""

from __future__ import annotations

import pytest

from quizgen.numbers import Amount, format_number, parse_amount, unit_scale


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", None),
        ("   ", None),
        ("no idea", None),
        ("240 or 190", None),
        ("240", Amount(240)),
        ("240.", Amount(240)),
        (" 21 guns ", Amount(21)),
        ("$240 billion", Amount(240, 1e9)),
        ("240bn", Amount(240, 1e9)),
        ("240 bn", Amount(240, 1e9)),
        ("USD 240bn", Amount(240, 1e9)),
        ("240.1 billion dollars", Amount(240.1, 1e9)),
        ("1,200", Amount(1200)),
        ("3.5 million", Amount(3.5, 1e6)),
        ("2 trillion", Amount(2, 1e12)),
        ("-3.5", Amount(-3.5)),
        ("90%", Amount(90, percent=True)),
        ("90 per cent", Amount(90, percent=True)),
        ("twenty-one", Amount(21)),
        ("twenty one guns", Amount(21)),
        ("two and a half", Amount(2.5)),
        ("a hundred", Amount(100)),
        ("a half", Amount(0.5)),
    ],
)
def test_parse_amount(typed, expected):
    assert parse_amount(typed) == expected


def test_absolute_applies_the_scale():
    assert parse_amount("$240 billion").absolute == 240e9
    assert parse_amount("240").absolute == 240


@pytest.mark.parametrize(
    ("unit", "scale"),
    [("", 1), ("guns", 1), ("billion dollars", 1e9), ("$ billion", 1e9), ("million people", 1e6), ("%", 1)],
)
def test_unit_scale(unit, scale):
    assert unit_scale(unit) == scale


@pytest.mark.parametrize(
    ("value", "shown"), [(240.0, "240"), (2019, "2019"), (1234567, "1,234,567"), (2.5, "2.5"), (0.125, "0.125")]
)
def test_format_number(value, shown):
    assert format_number(value) == shown

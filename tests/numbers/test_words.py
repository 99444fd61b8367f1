"""Numbers in words, both ways."""

from __future__ import annotations

import pytest

from quizgen.numbers import number_words, ordinal_word, spelled


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("guns", None),
        ("a", None),
        ("twenty-one guns", (21, " guns")),
        ("two and a half", (2.5, " ")),
        ("seven hundred and thirty-eight", (738, " ")),
        ("two dozen", (24, " ")),
    ],
)
def test_number_words(text, expected):
    assert number_words(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "zero"),
        (7, "seven"),
        (19, "nineteen"),
        (40, "forty"),
        (43, "forty-three"),
        (2.5, "two and a half"),
        (2.25, None),
        (100, None),
        (-1, None),
    ],
)
def test_spelled(value, expected):
    assert spelled(value) == expected


@pytest.mark.parametrize(("value", "expected"), [(1, "first"), (12, "twelfth"), (13, "13th"), (20, "20th")])
def test_ordinal_word(value, expected):
    assert ordinal_word(value) == expected

"""Patterns built from the number table."""

from __future__ import annotations

import re

import pytest

from quizgen.numbers import number_patterns, scale_word_pattern


@pytest.mark.parametrize(
    ("text", "scale"),
    [
        ("", None),
        (" guns", None),
        (" billion", " billion"),
        ("bn", "bn"),
        (" millions", " millions"),
        ("m", "m"),
        (" mentions", None),
    ],
)
def test_scale_word_pattern(text, scale):
    match = scale_word_pattern().match(text)
    assert (match.group() if match else None) == scale


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("240", None),
        ("more than 90", "more than "),
        ("just under 5", "just under "),
        ("well over 3", "well over "),
        ("about 7", "about "),
    ],
)
def test_qualifier(text, qualifier):
    match = re.match(number_patterns().qualifier + r"\d", text)
    assert match.group("qual") == qualifier


@pytest.mark.parametrize(
    ("before", "vague"), [("", False), ("the ", False), ("several ", True), ("a couple of ", True)]
)
def test_vague_words_before_a_number(before, vague):
    assert bool(number_patterns().vague.search(before)) is vague


@pytest.mark.parametrize(
    ("text", "symbol"), [("$5", "$"), ("US$5", "US$"), ("$US5", "$US"), ("A$5", "A$"), ("€5", "€")]
)
def test_currency_symbol_longest_first(text, symbol):
    assert re.match(number_patterns().symbol, text).group("cur") == symbol

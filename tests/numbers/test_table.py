"""The number table: one word, one meaning."""

from __future__ import annotations

import pytest

from quizgen.numbers import number_table


def test_every_spelled_number_has_one_value():
    table = number_table()
    words = [*table.units, *table.tens, *table.multipliers, *table.ordinals]
    assert len(words) == len(set(words))
    assert table.word_values["zero"] == 0 and table.word_values["nineteen"] == 19 and table.word_values["ninety"] == 90


def test_every_abbreviation_stands_for_a_scale_and_articles_write_only_known_ones():
    table = number_table()
    assert set(table.abbreviations.values()) <= set(table.scales)
    assert set(table.written_abbreviations) <= set(table.abbreviations)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("$", "DOLLAR"),
        ("dollars", "DOLLAR"),
        ("us dollars", "USD"),
        ("us$", "USD"),
        ("$us", "USD"),
        ("a$", "AUD"),
        ("€", "EUR"),
        ("roubles", "RUB"),
    ],
)
def test_currency_codes(written, code):
    assert number_table().currency_codes[written] == code


def test_no_symbol_or_word_names_two_currencies():
    table = number_table()
    written = [w.casefold() for c in table.currencies.values() for w in (*c.symbols, *c.words)]
    assert len(written) == len(set(written))


def test_a_qualifier_is_a_bound_or_an_approximation_never_both():
    table = number_table()
    assert not set(table.lower_bounds) & set(table.upper_bounds)
    assert not table.bounds & set(table.approximations)

"""The two ways of writing a number."""

from __future__ import annotations

import pytest

from quizgen.numbers import article_style_number, plain_number


@pytest.mark.parametrize(("value", "shown"), [(0, "0"), (2019, "2019"), (12_000, "12,000"), (2.50, "2.5")])
def test_plain_number_drops_what_a_student_did_not_type(value, shown):
    assert plain_number(value) == shown


@pytest.mark.parametrize(
    ("value", "decimals", "shown"), [(0, 0, "0"), (2019, 0, "2,019"), (190, 1, "190.0"), (240.14, 1, "240.1")]
)
def test_article_style_number_keeps_the_article_s_decimals_and_commas(value, decimals, shown):
    assert article_style_number(value, decimals) == shown

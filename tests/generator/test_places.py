"""Which country a phrase points to, read from the lexicon's country hints."""

import pytest

from quizgen.generator.places import country_hint


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("a Chinese city", "China"),
        ("China’s northeast", "China"),
        ("the Kremlin said", "Russia"),
        ("Ukraine’s second-largest city", "Ukraine"),
        ("a city near Kiev", "Ukraine"),
        ("the United States and Japan", "Japan"),  # tried in the lexicon's order, not the text's
        ("an American base", "United States"),
        ("South Korean exports", "Korea"),
        ("Russian and Chinese troops", "China"),
        ("Chinatown", ""),  # whole words only
        ("Russians", ""),
        ("a remote island", ""),
    ],
)
def test_country_hint(text, country):
    assert country_hint(text) == country

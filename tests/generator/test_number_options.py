"""Wrong numbers: same form, clearly wrong given the qualifier."""

import pytest

from quizgen.generator.number_options import number_options
from quizgen.nlp.quantities import find_quantities
from quizgen.nlp.tagging import tag_text


def quantity(text, written):
    return next(q for q in find_quantities(text, tag_text(text)) if q.text == written)


@pytest.mark.parametrize(
    "text,written,expected",
    [
        ("Trade reached $240 billion.", "$240 billion", ["$290 billion", "$190 billion", "$340 billion"]),
        ("More than 90% were settled.", "More than 90%", ["about 50%", "about 25%", "about 70%"]),
        ("It lasted two and a half hours.", "two and a half", ["three", "two", "three and a half"]),
        ("Launched by Xi in 2013.", "2013", ["2011", "2014", "2012"]),
        ("Since the 1990s.", "1990s", ["1980s", "2000s", "1970s"]),
        ("He launched the eighth EXPO.", "eighth", ["ninth", "seventh", "tenth"]),
        ("They met on Friday.", "Friday", ["Saturday", "Thursday", "Sunday"]),
    ],
)
def test_options_keep_the_form_of_the_answer(text, written, expected):
    assert number_options(quantity(text, written), 3, avoid=set(), limit=2024) == expected


def test_a_lower_bound_gets_only_options_below_it():
    options = number_options(quantity("over 40 times", "over 40"), 3, avoid=set())
    assert options and all(o.startswith("about ") and int(o.split()[1]) < 40 for o in options)


def test_values_in_the_sentence_are_avoided():
    options = number_options(quantity("Trade reached $240 billion.", "$240 billion"), 3, avoid={190e9})
    assert "$190 billion" not in options

"""Numbers with normalised values, units and qualifiers."""

import pytest

from quizgen.nlp.quantities import find_quantities, number_value
from quizgen.nlp.tagging import tag_text


def quantities(text):
    return find_quantities(text, tag_text(text))


@pytest.mark.parametrize(
    "text,written,kind,value,unit,qualifier",
    [
        ("Trade reached $240 billion in 2023.", "$240 billion", "money", 240e9, "DOLLAR", ""),
        ("It was 240.1 billion dollars in record trade.", "240.1 billion dollars", "money", 240.1e9, "DOLLAR", ""),
        ("He said more than 90% of transactions were settled.", "more than 90%", "percent", 90, "%", "more than"),
        ("The session lasted two and a half hours.", "two and a half", "count", 2.5, "hours", ""),
        ("The 103-year-old institution opened a campus.", "103", "count", 103, "year-old", ""),
        ("The leaders have met over 40 times.", "over 40", "count", 40, "times", "over"),
        ("It was launched by Xi in 2013.", "2013", "year", 2013, "year", ""),
        ("In 1665 Robert Hooke finally found fame.", "1665", "year", 1665, "year", ""),
        ("It sold in 1500 shops.", "1500", "count", 1500, "shops", ""),
        ("Putin visited Harbin on Friday.", "Friday", "weekday", 4, "day", ""),
        ("He launched the eighth Russian-Chinese EXPO.", "eighth", "ordinal", 8, "EXPO", ""),
        ("Three-hundred bales of wool were auctioned.", "Three-hundred", "count", 300, "bales", ""),
        (
            "Seven hundred and thirty eight million litres were exported.",
            "Seven hundred and thirty eight million",
            "count",
            738e6,
            "litres",
            "",
        ),
        ("Gold could reach $US700 by Christmas.", "$US700", "money", 700, "USD", ""),
        ("Growers were paid A$30 a tonne.", "A$30", "money", 30, "AUD", ""),
        ("The state promised US$2.5 million to farmers.", "US$2.5 million", "money", 2.5e6, "USD", ""),
    ],
)
def test_quantities_are_found_and_normalised(text, written, kind, value, unit, qualifier):
    found = [q for q in quantities(text) if q.text == written]
    assert found, quantities(text)
    q = found[0]
    assert (q.kind, q.value, q.unit, q.qualifier) == (kind, value, unit, qualifier)
    assert text[q.start : q.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Progress on the Power of Siberia 2 gas pipeline was not reported.",
        "The Luna-25 spacecraft crashed on the moon.",
        "The two leaders met.",
        "Tensions rose.",
        "Tasmanian energy company Roaring 40s says it remains committed.",
        "Growers were paid from the 2005-06 national pool.",
        "A deal was signed to move 2,5000 head of cattle.",
        "Officials say several hundred million dollars has been lost.",
        "2PH Farms says the blockade supports a local orchardist.",
        "Addresses have changed during the past 3 1/2 years.",  # a mixed fraction is no count of its parts
        "SCI Systems slipped 7/8 in late trading.",
    ],
)
def test_names_and_determiners_are_not_quantities(text):
    assert [q for q in quantities(text) if q.kind in ("count", "money")] == []


def test_number_words():
    assert number_value("two and a half") == 2.5
    assert number_value("forty-three") == 43
    assert number_value("1,000") == 1000
    assert number_value("several") is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The average price for ewes was $10, down from $70.", "DOLLAR"),
        ("The trade was worth 35 million US dollars a year.", "USD"),
        ("Growers will be paid $US190 a tonne.", "USD"),
    ],
)
def test_a_bare_dollar_sign_names_no_country(text, unit):
    """An Australian story's '$10' is not ten US dollars: only '$US', 'US$' or 'US dollars' say so."""
    (found,) = [q for q in quantities(text) if q.kind == "money"][:1]
    assert found.unit == unit

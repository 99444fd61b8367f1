"""Names typed over the whole corpus: people (and their surnames), organisations and places."""

import pytest

from tests.samples import sentence


def mentions(corpus, start):
    return {m.text: m for m in sentence(corpus, start).mentions}


@pytest.mark.parametrize(
    "start,text,kind,name",
    [
        ("Putin's visit to Harbin", "Harbin", "PLACE", "Harbin"),
        ("Xi's very deliberate acceptance", "Richard McGregor", "PERSON", "Richard McGregor"),
        ("Xi's very deliberate acceptance", "Lowy Institute", "ORGANIZATION", "Lowy Institute"),
        ("“What this visit gives to Putin", "Gabuev", "PERSON", "Alexander Gabuev"),
        ("Mr. Xi is committed", "Xi", "PERSON", "Xi Jinping"),
        ("President Vladimir V. Putin attended", "Vladimir V. Putin", "PERSON", "Vladimir Putin"),
        ("Shi Yinhong, an international", "Shi Yinhong", "PERSON", "Shi Yinhong"),
        ("Shi Yinhong, an international", "Renmin University", "ORGANIZATION", "Renmin University"),
        ("But Mr. Putin will need more help", "Kharkiv", "PLACE", "Kharkiv"),
        ("Others accompanying Mr. Putin", "Rosatom", "ORGANIZATION", "Rosatom"),
        ("The Russian leader lauded", "U.S.", "PLACE", "United States"),
    ],
)
def test_names_are_typed_and_linked_to_their_full_form(seed_corpus, start, text, kind, name):
    found = mentions(seed_corpus, start)
    assert text in found, sorted(found)
    assert (found[text].kind, found[text].name) == (kind, name)


def test_a_title_before_a_name_is_kept_apart(seed_corpus):
    found = mentions(seed_corpus, "The head of the Kremlin is at the head")
    assert found["Anton Siluanov"].title == "Finance Minister"
    assert found["Elvira Nabiullina"].title == "Central Bank Governor"


def test_a_trade_representative_is_a_title_not_part_of_her_name():
    from quizgen.corpus import article_from_text
    from quizgen.nlp.analysis import analyze

    text = (
        "Trade talks\n\nThe Senate Finance Committee last month urged U.S. Trade Representative Carla Hills to "
        "act on patents and copyrights.\n\nMrs. Hills said the U.S. is still concerned about slow progress in "
        "several countries.\n"
    )
    items = analyze([article_from_text(text, "seeds/trade.txt")])
    hills = [m for i in items for m in i.mentions if "Hills" in m.text]
    assert {(m.text, m.name) for m in hills} == {("Carla Hills", "Carla Hills"), ("Hills", "Carla Hills")}
    assert hills[0].title == "U.S. Trade Representative"


def test_places_get_their_kind(seed_corpus):
    found = mentions(seed_corpus, "Its air and naval forces")
    assert found["Alaska"].subtype == "state"
    assert found["Taiwan"].kind == "PLACE"


@pytest.mark.parametrize(
    "text", ["Mr. Zhelnin arrived in the city on Tuesday.", "Mr Zhelnin arrived in the city on Tuesday."]
)
def test_an_honorific_with_or_without_its_full_stop_makes_a_person(text):
    from quizgen.nlp.entities import recognize
    from quizgen.nlp.tagging import tag_text

    (found,) = recognize([("a", tag_text(text))])
    assert [(m.text, m.kind) for m in found] == [("Zhelnin", "PERSON")]


def test_an_unknown_name_with_no_evidence_is_other():
    from quizgen.nlp.entities import recognize
    from quizgen.nlp.tagging import tag_text

    (found,) = recognize([("a", tag_text("Zhelnin arrived in the city on Tuesday."))])
    assert [(m.text, m.kind) for m in found] == [("Zhelnin", "OTHER")]


@pytest.mark.parametrize(
    "first,later,full",
    [
        (
            "Dr David Leary of Macquarie University in Sydney says six companies sell such products.",
            "Leary",
            "David Leary",
        ),
        ("Dr Menno de Jong of the University of Oxford says 17 people died.", "de Jong", "Menno de Jong"),
    ],
)
def test_a_titled_name_ends_before_its_workplace_and_links_its_surname(first, later, full):
    from quizgen.corpus import article_from_text
    from quizgen.nlp.analysis import analyze

    text = f"Deep sea\n\n{first}\n\n{later} says the deep sea is rich in unusual creatures.\n"
    items = analyze([article_from_text(text, "seeds/deep.txt")])
    people = [(m.text, m.name) for i in items for m in i.mentions if m.kind == "PERSON"]
    assert people[0] == (full, full) and [name for _, name in people] == [full, full]


def test_a_degree_is_no_part_of_a_university_name():
    from quizgen.corpus import article_from_text
    from quizgen.nlp.analysis import analyze

    text = (
        "Mangoes\n\nUniversity of Queensland PhD student Ashley Wilkinson says the study aims to find unique "
        "ingredients in mangoes and other tropical fruit like paw paws.\n"
    )
    items = analyze([article_from_text(text, "seeds/mango.txt")])
    assert "University of Queensland" in {m.text for i in items for m in i.mentions if m.kind == "ORGANIZATION"}

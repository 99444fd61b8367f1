"""Facts read off the seed sentences: roles, descriptions, quotes with their speakers."""

from quizgen.generator.facts.descriptions import description_facts
from quizgen.generator.facts.quotes import quote_facts
from quizgen.generator.facts.roles import role_facts


def test_roles_and_affiliations(seed_corpus):
    roles = {(f.subject, f.detail, f.answer) for f in role_facts(seed_corpus.items, seed_corpus.prominence, famous=10)}
    assert (
        "Alexander Gabuev",
        "director of the Carnegie Russia Eurasia Center",
        "Carnegie Russia Eurasia Center",
    ) in roles
    assert ("Anton Siluanov", "Finance Minister", "Anton Siluanov") in roles
    assert ("German Gref", "Sberbank CEO", "Sberbank") in roles
    assert ("Andrei Belousov", "the new defense minister", "Andrei R. Belousov") in roles
    assert ("Yuri Borisov", "the head of the Russian space agency Roscosmos", "Roscosmos") in roles
    assert not any(subject == "Vladimir Putin" for subject, _, _ in roles)  # everyone knows his job


def test_a_list_of_people_is_not_read_as_an_appositive(seed_corpus):
    roles = {(f.subject, f.detail) for f in role_facts(seed_corpus.items, seed_corpus.prominence, famous=10)}
    assert not any("Oleg Deripaska" in detail for _, detail in roles)


def test_descriptions(seed_corpus):
    found = {(f.subject, f.detail) for f in description_facts(seed_corpus.items)}
    assert ("Rosatom", "Russia’s nuclear power company") in found
    assert ("Kharkiv", "Ukraine’s second-largest city") in found
    assert ("Harbin", "“little Moscow”") in found
    assert ("Harbin Institute of Technology", "known for its cutting-edge defense research") in found


def test_quotes_are_attributed_through_a_chain_of_he_said(seed_corpus):
    facts = {f.detail: f for f in quote_facts(seed_corpus.items)}
    quotes = {detail: (f.subject, len(f.support)) for detail, f in facts.items()}
    # Two 'he said' sentences back to the one naming him: every link is cited so the student can follow it.
    assert quotes["It is the underwater part of the iceberg"] == ("Alexander Gabuev", 3)
    chain = [s.sentence.text for s in facts["It is the underwater part of the iceberg"].support]
    assert "Gabuev" in chain[0] and chain[-1].startswith("“The substance, the most important part, is hidden,” he said")
    assert quotes["The signal is, ‘we are strong together,’"] == ("Nadège Rolland", 0)
    assert (
        quotes["We are working in solidarity on the formulation of a more just and democratic multipolar world order"][
            0
        ]
        == "Vladimir Putin"
    )


def test_an_appositive_is_read_up_to_the_configured_length(seed_corpus):
    from quizgen.config import PHRASES
    from quizgen.generator.facts.phrases import appositive, phrase_text

    item = next(i for i in seed_corpus.items if "said Alexander Gabuev, director of the Carnegie" in i.text)
    gabuev = next(m for m in item.mentions if m.name == "Alexander Gabuev")
    span = appositive(item, gabuev.last)
    assert span and phrase_text(item, *span) == "director of the Carnegie Russia Eurasia Center"
    assert span[1] - span[0] < PHRASES.appositive_tokens
    assert appositive(item, gabuev.last, max_tokens=span[1] - span[0]) is None


def _analysed(text: str):
    from quizgen.corpus import article_from_text
    from quizgen.nlp.analysis import analyze

    return analyze([article_from_text(text, "seeds/rural.txt")])


# Sentences of ABC rural news (NLTK's abc corpus).
RURAL = """Rural News

Former AWB chairman Trevor Flugge has told the Cole inquiry into the oil-for-food scandal he did know about transport fees being paid to a Jordanian trucking company.

AWB Limited, the company that markets Australia's wheat, denies paying kickbacks to Iraq.

In north-west New South Wales, producer Graham Wilson says his greatest worry is finding enough water for his cattle.

A report released by the Australian Bureau of Agriculture and Resource Economics (ABARE) warns against interstate rivalry over new port and rail facilities.
"""


def test_a_former_post_keeps_former():
    roles = {(f.subject, f.detail) for f in role_facts(_analysed(RURAL), {}, famous=10)}
    assert ("Trevor Flugge", "Former AWB chairman") in roles
    assert ("Trevor Flugge", "AWB chairman") not in roles


def test_a_person_after_a_place_is_not_what_the_place_is():
    found = {(f.subject, f.detail) for f in description_facts(_analysed(RURAL))}
    assert not any("Graham Wilson" in detail for _, detail in found)


def test_a_name_spelled_out_by_its_abbreviation_is_one_name_across_and():
    names = {m.text for item in _analysed(RURAL) for m in item.mentions}
    assert "Australian Bureau of Agriculture and Resource Economics" in names
    assert "Australian Bureau of Agriculture" not in names

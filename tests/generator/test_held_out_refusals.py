"""What the blind raters of the held-out ABC samples refused, as rules: the stories of each sample (development text
since its measurement), generated together, keep no question of each kind refused. One entry per sample."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pytest

from benchmarks.abc_corpus import abc_articles
from quizgen.generator import generate
from quizgen.generator.blanks import _ESTIMATE, _IN_RANGE, _JOURNAL, _RESTATED, _SPEAKER
from quizgen.generator.number_options import render
from quizgen.generator.people_keys import names_where
from quizgen.models import Question
from quizgen.nlp.analysis import analyze


@dataclass(frozen=True)
class Sample:
    """Stories of one rated sample, the kinds of question its raters refused (patterns no prompt, matching
    item or fill-in key may match), and what the stories must still give."""

    stories: set[str]
    refused: tuple[str, ...]
    at_least: int = 1
    types: frozenset[str] = frozenset()


SAMPLES = {
    "2026-12-07-abc-heldout": Sample(
        stories={
            "science-00120",
            "science-00673",
            "researchers-can-now-test-the-effects-of-airborne",
            "science-00080",
            "companies-may-have-to-look-overseas-to-fill",
            "the-findings-suggest-that-drinking-water-might-help",
            "n-qld-cyclone-damage-hits-prawns-avocado-producers",
            "a-new-study-shows-we-can-only-tolerate",
            "timbercorp-costas-launch-chiquita-takeover-bid",
            "the-new-spaceships-are-meant-to-replace-the",
            "naracoorte-meatworkers-angry-over-wages",
            "pigs-are-the-most-important-domestic-animal-of",
            "if-all-the-earth-s-gold-was-on",
        },
        refused=(
            r"^(Wood|Lum|Morris),? ",  # a surname alone where the article named the person in full
            r"^Others? ",  # 'Others include ...', 'Other SMART-1 innovations are ...'
            r":$",  # 'Other recipients of _____ include:'
            r"journal _____|in the _____\.$",  # which journal published the study
            r"^_____,? from .* says|^_____ adds",  # who, of a passing source, said a vague thing
            r"35 to _____",  # one end of a range
            r"_____ millimetres of rain in the 24 hours|the _____ hours to 9am",  # a time only the story's date places
        ),
    ),
    "2026-12-07-abc-heldout-2": Sample(
        stories={
            "carbon-dioxide-produced-by-burning-fossil-fuels-has",
            "councils-come-to-farmers-aid",
            "dairy-australia-elects-new-president",
            "govt-optimistic-contract-changes-could-save-wheat-deal",
            "irrigators-await-summit-decisions-on-murray-darling",
            "merino-prices-plummet",
            "official-aims-to-settle-trade-dispute-with-indonesia",
            "shearers-seek-pay-rise",
            "the-fossil-child-has-been-named-selam-which",
            "the-new-planet-may-look-like-this-a",
            "water-restrictions-yet-to-be-introduced-in-broken",
        },
        refused=(
            r"^_____ from Australia's Perth|^Country Energy's _____ says|Perth Observatory'?s? _____|_____ in England describes",
            r"shearing contractor _____|^_____ shearing contractor",  # who a passing source is, or where from
            r"Bega in southern _____",  # where a place named just before lies
            r"out of _____",  # 'two out of _____ news services' lists the three
            r"a similar seismic release",  # similar to what?
            r"^The _____ says a 350,000",  # 'the Federal Government', a generic name many answers fit
            r"Murray Darling Basin and Murrumbidgee",  # 'the Murray' is a river, not the basin: never rewritten so
        ),
        at_least=8,
        types=frozenset({"fill_in_blank"}),
    ),
    "2026-12-07-abc-heldout-3": Sample(
        stories={
            "fred-the-thread-a-caterpillar-that-lives-in",
            "prefer-to-stay-up-late-it-s-your",
            "regional-workers-first-to-feel-impact-of-ir",
            "scant-rainfall-dashes-farmers-hopes",
            "science-00086",
            "science-00274",
            "science-00293",
            "science-00715",
            "science-00729",
            "tas-fox-population-confirmed-report",
            "the-crab-nebula-with-a-central-pulsar-surrounded",
        },
        refused=(
            r"\bVan (?:Dongen|Holst)\b",  # a surname of two words, alone
            r"\bHamilton (?:says|was)\b",  # a surname the tagger took for a place, beside 'says' or 'his'
            r"(?:four|six) or _____|five to _____",  # the other end of a loose estimate
            r"says it was an anti-climax|remove it\b",  # 'it' that only the article explains
            r"^_____ other deadly",  # other than what?
            r"_____'s new industrial relations laws",  # 'the Federal Government'
            r"years ago",  # three years before a date the question never gives
        ),
    ),
    "2026-12-07-abc-heldout-4": Sample(
        stories={
            "an-active-galaxy-with-a-supermassive-black-hole",
            "cattle-killers-thought-highly-organised",
            "hormonal-changes-linked-to-the-seasons-may-change",
            "paternal-age-can-have-an-impact-on-the",
            "science-00599",
            "the-milky-way-is-about-one-and-a",
            "the-study-showed-children-who-stuttered-showed-greater",
            "this-supernova-indicated-by-a-white-arrow-was",
            "you-can-lose-weight-on-a-high-carbohydrate",
        },
        refused=(
            r"is the (?:astronomer|researcher) of",  # an occupation is no post: 'an astronomer at the _____'
            r"between the ages of 2 and 6|Fathers 55 years",  # a changed number that leaves it arguably true
            r"^A (?:third|fourth) ",  # a place in the article's own list
            r"they can spew",  # 'they' with only 'seconds' before it
            r"rally in _____ on 9 October",  # a photo caption (no full stop)
            r"_____ says, look manlier",  # 'Van Anders', a surname alone, as the key
        ),
    ),
    "2026-12-07-abc-heldout-5": Sample(
        stories={
            "shareholders-expected-to-launch-class-action-against-awb",
            "divided-views-on-wheat-marketing",
            "spider-monkeys-chew-fragrant-plants-and-anoint-themselves",
            "surgeons-may-perform-a-full-face-transplant-within",
            "insect-brains-might-be-small-but-they-re",
            "science-00575",
            "research-into-digital-signal-processing-chips-didn-t",
            "fragment-b-of-comet-73p-schwassmann-wachmann-3",
            "wheat-futures-near-all-time-highs",
            "there-s-more-to-the-flow-of-water",
            "science-00377",
            "an-acidic-burp-can-give-you-heartburn-symptoms",
            "isisfordia-was-a-small-crocodile-only-a-metre",
            "abattoir-closure-to-impact-on-livestock-producers",
        },
        refused=(
            r"the past _____ months|over the past eight years|over the next _____ years|within a week",  # from when?
            r"lawsuit in January",  # January of which year?
            r"cost of the inquiry, the Grain",  # 'the inquiry' is not the association named after the comma
            r"observed the behaviour",  # which behaviour: a number after the noun does not say
            r"_____ aromatic plants:",  # the list after the count gives it away
            r"between _____ seconds",  # a range with one end
            r"forward prices _____ years|observations _____ days before",  # a blank inside quoted words
            r"^Alangui has been",  # 'Mathematician Willy Alangui of the University ...' names him in full, not 'Alangui'
            r"people surveyed",  # which survey?
            r"^There were _____ episodes",  # a count that says neither where nor whose
            r"3 or 5 kilograms",  # one end of a loose estimate changed
            r"at nearby Warwick",  # near what?
        ),
        at_least=8,
        types=frozenset({"numeric", "fill_in_blank"}),
    ),
    "2026-12-07-abc-heldout-6": Sample(
        stories={
            "compounds-isolated-from-mangoes-could-be-used-to",
            "green-turtle-returning-to-the-sea-after-laying",
            "science-00144",
            "science-00190",
            "this-mock-up-illustrates-the-dangers-foxes-pose",
            "science-00220",
            "in-clever-kids-the-brain-s-cortex-or",
            "iraq-will-still-buy-aust-wheat-vaile-says",
            "govt-under-fire-over-delay-in-delivering-horticulture",
            "irrigators-relieved-at-snowy-hydro-sale-collapse",
            "snowy-inquiry-head-attacks-secrecy-culture",
            "the-active-ingredient-in-magic-mushrooms-produces-spiritual",
            "science-00527",
            "awb-vows-to-fight-any-kickback-lawsuits",
            "science-00623",
            "scientists-say-that-terrestrial-gamma-ray-flashes-could",
            "science-00165",
            "reef-sharks-in-australia-s-great-barrier-reef",
            "when-black-holes-collide-they-spiral-towards-each",
            "science-00456",
        },
        refused=(
            r"^At the time,",  # at which time?
            r"saw this as evidence",  # this: what came before
            r"TGN _____",  # a code's number is part of the drug's name
            r"^(Stanley|Leary) ",  # 'Dr Mark Stanley of the ...' names him in full, so alone he is a surname
            r"the oddly named particle",  # which particle?
            r"^A lecturer in business strategy",  # a view from someone the sentence never names
            r"any such legal suit",  # such as what?
            r"be the oldest\.",  # the oldest what?
            r"a different pattern of development",  # different from what?
            r"southeast _____",  # half of the region's name gives the other half away
            r"PhD|pharmacologist professor",  # a degree is no part of a university's name; one post, not two
            r"Hooke .* 2165",  # 1665 is a year, and a false year is a nearby one
            r"\[",  # an editor's words in brackets: '[LY038] has the potential to produce ...'
            r"inside _____'s atmosphere|shaded from the _____",  # a key anyone could guess: Earth, the Sun
            r"didn't know what to expect",  # quoted words that name nothing
        ),
        at_least=10,
        types=frozenset({"numeric", "fill_in_blank", "true_false"}),
    ),
    "2026-12-07-abc-heldout-7": Sample(
        stories={
            "irradiation-could-be-a-way-of-inactivating-bacteria",
            "a-new-type-of-pulsar-that-spits-out",
            "science-00090",
            "science-00285",
            "your-genes-only-account-for-19-of-your",
            "this-exoplanet-is-13-times-the-mass-of",
            "fruit-veg-code-of-conduct-plans-revealed",
            "science-00538",
        },
        refused=(
            r", is disappointed",  # a lone comma between the subject and its verb
            r"and colleagues\.$",  # the people working with him are no part of his post
            r"\.\.\.|…",  # quoted words with something left out
            r"in four ways",  # the list after the count gives it away
            r"^The vast majority",  # the majority of what?
            r"^Abecasis",  # 'Gon&ccedil;alo Abecasis' is read as 'Gonçalo Abecasis', so alone he is a surname
            r"there are _____ ordinary pulsars",  # the source says 'about 100,000': the stem keeps 'about'
        ),
        at_least=6,
        types=frozenset({"numeric", "fill_in_blank"}),
    ),
    "2026-12-07-abc-heldout-8": Sample(
        # with four stories of earlier samples whose questions the same rules refuse
        stories={
            "dragonflies-were-as-large-as-seagulls-300-million",
            "chances-are-you-ll-feel-good-about-life",
            "artificial-sweeteners-accelerate-the-emptying-of-the-stomach",
            "australian-soccer-fans-might-not-be-disappointed-according",
            "science-00547",
            "a-vending-machine-containing-a-new-type-of",
            "the-uk-s-mainstream-power-providers-have-caught",
            "us-wheat-farmers-sue-awb",
            "science-00597",
            "exercise-seems-to-put-a-brake-on-runaway",
            "surgical-staff-leave-behind-a-sponge-or-scalpel",
        },
        refused=(
            r"^In one study,|^Since then,",  # which study? since when?
            r"studied _____ healthy|_____ colon cancer patients",  # a study's size, with no word of whose study
            r"at (?:the )?(?:University of California|_____)\.$",  # 'the University of California, Davis' cut short
            r"_____ and Samaria|College of Judea\b(?! and)",  # 'the College of Judea and Samaria' cut short
            r"180 to one, or _____",  # the same number in other words
            r"^_____ (?:researchers|chairman) ",  # a name used as a modifier
        ),
        at_least=8,
        types=frozenset({"numeric", "fill_in_blank"}),
    ),
    "2026-12-07-abc-heldout-9": Sample(
        stories={
            "quarantine-boost-following-marine-pest-find",
            "blowflies-have-an-inbuilt-natural-resistance-to-some",
            "wholesalers-concerned-about-code-of-conduct-exemptions",
            "science-00040",
            "key-us-retailers-back-wool-campaign",
            "locusts-took-department-by-surprise",
        },
        refused=(
            r"^Tropical Pines said",  # the company Mark Boyd manages is not who said it
            r"145\.990 _____",  # a unit to fill in
            r"^Australian _____",  # 'Australian Wool Innovation' cut short
            r"_____, or ARISS",  # the abbreviation gives the name away
            r"Nineteen micron wools",  # a table of figures written as a sentence
        ),
        at_least=6,
        types=frozenset({"numeric", "fill_in_blank"}),
    ),
    "2026-12-07-abc-heldout-10": Sample(
        stories={
            "nrma-rejects-petrol-companies-petrol-transport-costs-claims",
            "science-00714",
            "science-00606",
            "gorillas-social-habits-make-it-easy-for-the",
            "a-gene-type-that-governs-brain-size-which",
            "each-of-these-spawning-sea-urchins-share-more",
        },
        refused=(
            r"22nd century",  # a changed number nobody would believe
            r"last around (?:one|two|three|four|five|six|seven|eight|nine|ten) years",  # the million kept
            r"_____ hydrogen|7 per cent hydrogen with _____",  # the other share works it out
            r"In _____ and 2002|In 2001 and _____|In 2001 and 2000",  # the year beside it gives it away
            r"University of Chicago at",  # two workplaces in one post
            r"Consortium at the|the Brown University",  # the consortium is not at Brown
        ),
        at_least=6,
        types=frozenset({"fill_in_blank"}),
    ),
}


@cache
def questions(sample: str) -> tuple[Question, ...]:
    """The questions of one sample's stories, generated together."""
    stories = SAMPLES[sample].stories
    articles = [a for a in abc_articles() if a.source.id in stories]
    assert len(articles) == len(stories)
    return generate(articles).questions


def _texts(question: Question) -> list[str]:
    """What a student reads of a question: its prompt, a matching question's items, a fill-in's key."""
    texts = [question.prompt, *(p.left for p in getattr(question, "pairs", None) or ())]
    return texts + [question.answer] if question.type == "fill_in_blank" else texts


@pytest.mark.parametrize(
    ("sample", "refused"), [(name, pattern) for name, sample in SAMPLES.items() for pattern in sample.refused]
)
def test_no_question_of_a_kind_the_raters_refused(sample, refused):
    assert not [t for q in questions(sample) for t in _texts(q) if re.search(refused, t)]


@pytest.mark.parametrize("sample", list(SAMPLES))
def test_the_stories_still_give_questions(sample):
    found = questions(sample)
    assert len(found) >= SAMPLES[sample].at_least, [q.prompt for q in found]
    assert SAMPLES[sample].types <= {q.type for q in found}


def test_what_the_rules_leave_alone():
    assert _IN_RANGE.search("making up about 35 to _____ per cent") and _IN_RANGE.search("A _____ to 2% return")
    assert not _IN_RANGE.search("even lowering the price from $115 to _____.")  # a change, not a range
    assert not _IN_RANGE.search("Sales rose 5% to _____ in May.")
    assert _JOURNAL.search("report in the latest issue of the journal _____.")
    assert not _JOURNAL.search("Xi met Putin in the _____.")
    assert _SPEAKER.search("_____, from the Australian Meat Industry Employees Union, says it is absurd.")
    assert not _SPEAKER.search("_____ says homelessness is due to a complex array of problems.")  # raters accepted it


def test_a_change_is_not_an_estimate():
    assert _ESTIMATE.search("After four or _____ pulsars had been found")
    assert _ESTIMATE.search("enough to fill five to _____ swimming pools")
    assert not _ESTIMATE.search("Sales rose from 5 to _____ in May.")
    assert not _ESTIMATE.search("up from $190 billion in 2022 to _____ in 2023")
    assert not _ESTIMATE.search("rose from 1,000 to _____ people")


def test_a_number_restated_in_the_stem_gives_the_blank_away():
    assert _RESTATED.search("Australia has a 180 to one, or _____, chance of winning the final.")
    assert _RESTATED.search("The three-year, _____ (US$149,000) study is funded by a grant.")
    assert not _RESTATED.search("Sales rose to _____ (a record) in May.")


def test_an_australian_dollar_sign_is_no_us_dollar():
    money = [q for q in questions("2026-12-07-abc-heldout-2") if q.type == "numeric" and "dollar" in (q.unit or "")]
    assert money, "the stories' prices and wages are still asked"
    assert all("US" not in q.unit for q in money), [q.unit for q in money]


def test_no_key_of_one_letter_nor_a_name_with_its_title_or_workplace():
    keys = [q.answer for q in questions("2026-12-07-abc-heldout-3") if q.type == "fill_in_blank"]
    assert keys, "the stories still give fill-in questions"
    assert not [k for k in keys if sum(c.isalnum() for c in k) <= 1]
    assert not [k for k in keys if re.search(r" of |^Taxonomist|\bDr\b", k)]


def test_an_occupation_is_asked_with_at():
    found = questions("2026-12-07-abc-heldout-4")
    assert any(re.search(r"is an? (?:astronomer|researcher) at the _____\.", q.prompt) for q in found)
    assert not [q.answer for q in found if q.type == "fill_in_blank" and q.answer.startswith("Pastoralist")]


def test_a_matching_question_from_several_articles_says_so():
    matching = [q for sample in SAMPLES for q in questions(sample) if q.type == "matching"]
    assert matching
    for question in matching:
        several = len({c.source for c in question.citations}) > 1
        assert ("the articles" in question.prompt) == several, question.prompt


def test_an_approximate_number_keeps_its_about_in_the_stem():
    found = questions("2026-12-07-abc-heldout-7")
    (pulsars,) = [q for q in found if q.type == "numeric" and "ordinary pulsars" in q.prompt]
    assert "there are about _____ ordinary pulsars" in pulsars.prompt
    assert pulsars.answer == 100_000 and pulsars.tolerance > 0


def test_a_study_placed_by_its_institution_keeps_its_size():
    """'Chris Rayner and team studied _____ healthy male volunteers' is refused; a study the sentence places by
    the institution that ran it is still asked."""
    found = questions("2026-12-07-abc-heldout-8")
    assert [q for q in found if q.type == "numeric" and q.prompt.startswith("Researchers at Stanford University")]


def test_a_unit_is_what_the_number_counts():
    """'Within six years blowflies developed ...' counts years; 'five nautical miles' is no five miles."""
    units = {q.prompt: q.unit for q in questions("2026-12-07-abc-heldout-9") if q.type == "numeric"}
    assert [u for p, u in units.items() if p.startswith("Within _____ years")] == ["years"], units
    assert [u for p, u in units.items() if "_____ nautical miles" in p] == ["nautical miles"], units


def test_a_quote_is_said_by_the_person_not_the_company_they_work_for():
    quotes = [q for q in questions("2026-12-07-abc-heldout-9") if "strong relationships with our fruit" in q.prompt]
    assert quotes and all(not q.prompt.startswith("Tropical Pines") for q in quotes), [q.prompt for q in quotes]
    said = [q for q in quotes if q.prompt.startswith("Mark Boyd said")]
    assert all(q.answer is True for q in said)


def test_a_changed_number_keeps_its_scale_when_spelled_out():
    """'around two and a half million years' changed is 'around three million years', not 'around three'."""
    (article,) = [a for a in abc_articles() if a.source.id == "science-00606"]
    found = [q for item in analyze([article]) for q in item.quantities if "two and a half million" in q.text]
    assert found
    assert render(found[0], 3e6).endswith("three million")


def test_a_post_in_a_matching_question_says_where_it_is_held():
    assert names_where("director of the Carnegie Russia Eurasia Center") and names_where("Agriculture minister")
    assert names_where("deputy prime minister") and names_where("central bank governor")
    assert not names_where("executive chairman") and not names_where("team leader") and not names_where("president")

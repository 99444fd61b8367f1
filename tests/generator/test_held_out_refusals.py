"""What the blind raters of 2026-12-07-abc-heldout refused, as rules: ABC stories of that sample (development
text since its measurement), generated together, keep no question of each refused kind."""

from __future__ import annotations

import re

import pytest

from benchmarks.abc_corpus import abc_articles
from quizgen.generator import generate
from quizgen.generator.blanks import _IN_RANGE, _JOURNAL, _SPEAKER

STORIES = {
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
}


@pytest.fixture(scope="module")
def prompts() -> list[str]:
    articles = [a for a in abc_articles() if a.source.id in STORIES]
    assert len(articles) == len(STORIES)
    return [q.prompt for q in generate(articles).questions]


@pytest.mark.parametrize(
    "refused",
    [
        r"^(Wood|Lum|Morris),? ",  # a surname alone where the article named the person in full
        r"^Others? ",  # 'Others include ...', 'Other SMART-1 innovations are ...'
        r":$",  # 'Other recipients of _____ include:'
        r"journal _____|in the _____\.$",  # which journal published the study
        r"^_____,? from .* says|^_____ adds",  # who, of a passing source, said a vague thing
        r"35 to _____",  # one end of a range
        r"_____ millimetres of rain in the 24 hours|the _____ hours to 9am",  # a time only the story's date places
    ],
)
def test_no_question_of_a_kind_the_raters_refused(prompts, refused):
    assert not [p for p in prompts if re.search(refused, p)]


def test_what_the_rules_leave_alone(prompts):
    assert prompts, "the stories still give questions"
    assert _IN_RANGE.search("making up about 35 to _____ per cent") and _IN_RANGE.search("A _____ to 2% return")
    assert not _IN_RANGE.search("even lowering the price from $115 to _____.")  # a change, not a range
    assert not _IN_RANGE.search("Sales rose 5% to _____ in May.")
    assert _JOURNAL.search("report in the latest issue of the journal _____.")
    assert not _JOURNAL.search("Xi met Putin in the _____.")
    assert _SPEAKER.search("_____, from the Australian Meat Industry Employees Union, says it is absurd.")
    assert not _SPEAKER.search("_____ says homelessness is due to a complex array of problems.")  # raters accepted it

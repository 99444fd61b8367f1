"""What the blind raters of 2026-12-07-abc-heldout-2 refused, as rules: ABC stories of that sample (development
text since its measurement), generated together, keep no question of each refused kind, and an Australian
story's '$' is not keyed as US dollars."""

from __future__ import annotations

import re

import pytest

from benchmarks.abc_corpus import abc_articles
from quizgen.generator import generate
from quizgen.models import Question

STORIES = {
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
}


@pytest.fixture(scope="module")
def questions() -> tuple[Question, ...]:
    articles = [a for a in abc_articles() if a.source.id in STORIES]
    assert len(articles) == len(STORIES)
    return generate(articles).questions


def _texts(question: Question) -> str:
    return " ".join([question.prompt, *(p.left for p in getattr(question, "pairs", None) or ())])


@pytest.mark.parametrize(
    "refused",
    [
        r"^_____ from Australia's Perth|^Country Energy's _____ says|Perth Observatory'?s? _____|_____ in England describes",
        r"shearing contractor _____|^_____ shearing contractor",  # who a passing source is, or where from
        r"Bega in southern _____",  # where a place named just before lies
        r"out of _____",  # 'two out of _____ news services' lists the three
        r"a similar seismic release",  # similar to what?
        r"^The _____ says a 350,000",  # 'the Federal Government', a generic name many answers fit
        r"Murray Darling Basin and Murrumbidgee",  # 'the Murray' is a river, not the basin: never rewritten so
    ],
)
def test_no_question_of_a_kind_the_raters_refused(questions, refused):
    assert not [q.prompt for q in questions if re.search(refused, _texts(q))]


def test_an_australian_dollar_sign_is_no_us_dollar(questions):
    money = [q for q in questions if q.type == "numeric" and "dollar" in (q.unit or "")]
    assert money, "the stories' prices and wages are still asked"
    assert all("US" not in q.unit for q in money), [q.unit for q in money]
    assert not [q.prompt for q in questions if "US dollars" in q.prompt]


def test_the_stories_still_give_questions(questions):
    assert len(questions) >= 8
    assert any(q.type == "fill_in_blank" for q in questions)

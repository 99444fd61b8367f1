"""Questions that answer themselves, contradict themselves or single out nothing, from sentences of real news."""

from __future__ import annotations

import pytest

from quizgen.config import GENERATION
from quizgen.corpus import article_from_text
from quizgen.generator.candidates import candidates
from quizgen.generator.context import Corpus
from quizgen.generator.gate import gate
from quizgen.generator.ranking import rank_and_keep
from quizgen.nlp.analysis import analyze

# Sentences of the kind blind raters refused (business and world news of the Penn Treebank's WSJ sample).
STORY = """Markets and Money

"Small investors are absolutely dismayed that Wall Street is stacking the deck against them," says Raymond A. Mason, chairman of regional broker Legg Mason Inc. in Baltimore.

Thousands of East Germans fled to Czechoslovakia after the East Berlin government lifted travel restrictions.

During the current crop year, Brazil was expected to produce 6.9 million tons of sugar, a drop from 8.1 million tons in 1988-89.

The dispute involves Darkhorse Productions Inc., a TV production company in which Mr. Trudeau is a co-owner.

A faster version, the SuperDot, was launched in 1984.

In October, 6.7% of respondents said they will buy a car, easing from September when 8.1% anticipated a purchase.

Speculation about Coniston has caused the stock to rebound from a low of $145.

A program trade of $5 million of stock typically earns a razor-thin profit of $25,000.

A report released by the Australian Bureau of Agriculture and Resource Economics (ABARE) warns against interstate rivalry over new port and rail facilities.

The December contract rose 1.20 cents a pound to $1.0490 on Tuesday.
"""


@pytest.fixture(scope="module")
def refused() -> list[tuple[str, str, str, object]]:
    article = article_from_text(STORY, "seeds/markets.txt")
    corpus = Corpus.of([article], analyze([article]), GENERATION)
    drafts, _ = candidates(corpus)
    rejected: list = []
    kept = rank_and_keep(gate(drafts, corpus, rejected), corpus)
    every = [(reason, d) for reason, d in rejected] + [("kept", d) for d in kept]
    return [(reason, d.type, d.prompt, d.answer) for reason, d in every]


def _asked(refused, words: str) -> list[tuple[str, str, str]]:
    return [r[:3] for r in refused if words in r[2]]


def test_a_prompt_never_carries_a_word_of_its_key(refused):
    giving = [r for r in refused if r[3] in ("Legg Mason Inc.", "East Germans")]
    assert giving  # the sentences do give such questions
    assert all(reason != "kept" for reason, *_ in giving), giving


def test_a_false_number_never_contradicts_the_sentence_s_other_number(refused):
    changed = [r for r in _asked(refused, "a drop from 8.1 million") if r[1] == "true_false" and "6.9" not in r[2]]
    assert changed
    assert all(reason != "kept" for reason, _, _ in changed), changed


def test_an_indefinite_description_is_not_asked(refused):
    asked = [r for r in _asked(refused, "a TV production company") if r[1] != "matching"]
    assert asked
    assert all(reason != "kept" for reason, _, _ in asked), asked


def test_relational_nouns_without_their_relation_are_loose_ends(refused):
    for words in ("A faster version", "of respondents", "The December contract"):
        asked = _asked(refused, words)
        assert asked, words
        assert all(reason != "kept" for reason, _, _ in asked), asked


def test_a_weekday_is_a_loose_end(refused):
    asked = _asked(refused, "Tuesday")
    assert asked
    assert all(reason != "kept" for reason, _, _ in asked), asked


def test_a_value_question_names_a_noun_phrase_not_a_word_or_a_clause(refused):
    prompts = [r[2] for r in refused]
    assert not any("value of low" in p for p in prompts)
    assert not any("value of program trade of stock typically" in p for p in prompts)


def test_an_abbreviation_beside_the_blank_gives_it_away(refused):
    asked = [
        r for r in refused if r[3] == "Australian Bureau of Agriculture and Resource Economics" and "_____" in r[2]
    ]
    assert asked
    assert all(reason != "kept" for reason, *_ in asked), asked

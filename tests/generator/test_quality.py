"""Sentence checks on tricky sentences from the seeds: garbled translation, fragments, context, opinion."""

import pytest

from quizgen.generator.quality import judge
from tests.samples import sentence

GARBLED = [
    "When Xi chased Putin out in the evening, even He gave her a hug",  # capitalised 'He' mid-sentence
    "Xi's very deliberate acceptance of Putin in front of the cameras",  # 'leaders.said Richard McGregor'
    "University-level communication between China and Russia",  # 'countries.Says the song.'
    "In their joint statement, the two leaders sworn strengthening",  # a participle as the verb
    "According to speaking to state newspaper Rossiyskaya Gazeta",
    "The trip to Harbin by Mr. Putin, a city with a historical connection",  # a city described as a person
]


@pytest.mark.parametrize("start", GARBLED)
def test_garbled_sentences_are_not_used(seed_corpus, start):
    assert "garbled" in judge(sentence(seed_corpus, start)).flags


@pytest.mark.parametrize("start", ["popular liberation.", "-air.", "years in March.", "Beijing Renmin University."])
def test_fragments_are_not_used(seed_corpus, start):
    assert not judge(sentence(seed_corpus, start)).usable


@pytest.mark.parametrize(
    "start",
    [
        "He said China was trying",  # who is 'he'?
        "This visit comes after a day of talks",
        "Putin paid tribute to the city's imperial",  # which city?
        "While this is useful, Putin is still seeking",
        "China does not need to receive Putin in Harbin",  # '..., he added.'
    ],
)
def test_sentences_that_lean_on_context_are_flagged(seed_corpus, start):
    assert "context" in judge(sentence(seed_corpus, start)).flags


@pytest.mark.parametrize(
    "start",
    [
        "On Friday, Mr. Putin is scheduled to visit Harbin",  # 'the city' is Harbin, named in the sentence
        "The visit to the Harbin Institute of Technology, known",  # 'the visit' says which visit
        "With his army making advances in Ukraine",  # 'his' is Vladimir V. Putin, named later
    ],
)
def test_references_resolved_within_the_sentence_are_fine(seed_corpus, start):
    verdict = judge(sentence(seed_corpus, start))
    assert verdict.usable and verdict.standalone


def test_opinions_are_marked_and_attribution_noticed(seed_corpus):
    opinion = judge(sentence(seed_corpus, "Obviously, this is not going"))
    assert "opinion" in opinion.flags and not opinion.factual
    attributed = judge(sentence(seed_corpus, "Shi Yinhong, an international relations professor"))
    assert "attributed" in attributed.flags and attributed.factual


@pytest.mark.parametrize(
    "start",
    [
        "As Russia's war against Ukraine continues",  # '... will only deepen': a prediction
        "“Moscow and Beijing will continue",  # a quotation whose speaker the sentence does not name
    ],
)
def test_predictions_and_unattributed_quotes_are_not_facts(seed_corpus, start):
    assert not judge(sentence(seed_corpus, start)).factual

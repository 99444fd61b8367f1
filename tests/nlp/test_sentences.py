"""Sentences with exact spans, and abbreviations that do not end a sentence."""

import pytest

from quizgen.corpus import load_corpus
from quizgen.nlp.sentences import sentence_spans, split_sentences
from tests.samples import SEEDS


@pytest.mark.parametrize("article", load_corpus(SEEDS).articles, ids=lambda a: a.source.id)
def test_every_sentence_is_its_span_of_the_file(article):
    sentences = split_sentences(article)
    assert sentences
    for sentence in sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


@pytest.mark.parametrize(
    "text,count",
    [
        ("", 0),
        ("President Vladimir V. Putin attended a trade fair. He left.", 2),
        ("Mr. Gabuev said so. Mr. Putin agreed.", 2),
        ("The school belongs to the so-called U.S. Entity List, which prevents it from accessing U.S. technology.", 1),
        ("Gen. Smith and Dr. Jones met St. Petersburg officials. They talked.", 2),
        ("“It is hidden,” he said. “It is the underwater part of the iceberg.”", 2),
        ("The heir is S.I. Newhouse Jr., whose family company owns Random House. He said no.", 2),
        ("Rick Brownell says that Messrs. Kaminski and Brownell disagree. They met.", 2),
        ("He was born in Washington, D.C. He moved to Ohio.", 2),
    ],
)
def test_abbreviations_and_initials_do_not_split(text, count):
    assert len(sentence_spans(text)) == count

"""An opening reference resolved, so the sentence can stand alone in a question."""

import pytest

from tests.samples import sentence


@pytest.mark.parametrize(
    "start,rewritten",
    [
        ("He said China was trying", "Shi Yinhong said China was trying"),
        ("The 103-year-old institution", "The 103-year-old Harbin Institute of Technology recently opened"),
        ("The document also called on", "The joint statement also called on"),
        ("His discussions with Chinese President", "Vladimir Putin’s discussions with Chinese President"),
        ("The visit to the institute hinted", "The visit to the Harbin Institute of Technology hinted"),
    ],
)
def test_resolvable_references_are_rewritten(seed_corpus, start, rewritten):
    readable = seed_corpus.readable(sentence(seed_corpus, start))
    assert readable is not None
    assert readable[0].startswith(rewritten)


@pytest.mark.parametrize(
    "start", ["This visit comes after a day", "It was only about a decade ago", "While this is useful"]
)
def test_unresolvable_references_keep_the_sentence_out(seed_corpus, start):
    assert seed_corpus.readable(sentence(seed_corpus, start)) is None

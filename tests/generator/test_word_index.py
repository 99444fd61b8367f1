"""The rare-word lookup finds exactly the sentences a full scan finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.generator.word_index import WordIndex

WORDS = st.sampled_from(["trade", "china", "russia", "gas", "summit", "harbin", "oil", "putin", "xi", "bank"])


@given(
    sentences=st.lists(st.frozensets(WORDS, max_size=6), max_size=30),
    query=st.sets(WORDS, max_size=6),
    at_least=st.integers(0, 7),
    data=st.data(),
)
def test_having_matches_a_full_scan(sentences, query, at_least, data):
    among = sorted(data.draw(st.sets(st.integers(0, max(len(sentences) - 1, 0)))) if sentences else [])
    expected = [i for i in among if len(sentences[i] & query) >= at_least]
    assert WordIndex(sentences).having(query, at_least, among) == expected

"""Which sentences share enough words with a query, found through the query's rarest words.

A sentence that holds at least `k` of a query's `n` words must hold at least one
of the query's `n - k + 1` rarest words, so only the sentences listed under
those few words are compared. On a large corpus that keeps each lookup close
to the handful of sentences that can match instead of every sentence naming a
common word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence

__all__ = ["WordIndex"]


class WordIndex:
    """Word sets of numbered sentences, with the sentences listed under each word."""

    def __init__(self, word_sets: Sequence[frozenset[str]]):
        self.word_sets = word_sets
        postings: dict[str, list[int]] = defaultdict(list)
        for index, words in enumerate(word_sets):
            for word in words:
                postings[word].append(index)
        self._postings = dict(postings)

    def having(self, words: Iterable[str], at_least: int, among: Sequence[int]) -> list[int]:
        """The sentences of `among` (sorted indexes) that contain at least `at_least` of `words`, in order."""
        words = set(words)
        if at_least <= 0:
            return list(among)
        if at_least > len(words):
            return []
        rare = sorted(words, key=lambda w: (len(self._postings.get(w, ())), w))[: len(words) - at_least + 1]
        if sum(len(self._postings.get(w, ())) for w in rare) < len(among):
            among = sorted({i for w in rare for i in self._postings.get(w, ()) if _holds(among, i)})
        return [i for i in among if len(self.word_sets[i] & words) >= at_least]


def _holds(ordered: Sequence[int], value: int) -> bool:
    at = bisect_left(ordered, value)
    return at < len(ordered) and ordered[at] == value

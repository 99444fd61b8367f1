"""Per-topic mastery of a class: the share of answers right on each topic's questions, over the same attempts
as the item analysis (each student's first finished attempt)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .analysis import Sitting

__all__ = ["NO_TOPIC", "TopicMastery", "topic_mastery"]

# A question the teacher gave no topic still counts, under this name.
NO_TOPIC = "no topic"


@dataclass(frozen=True)
class TopicMastery:
    """How the class did on one topic: questions marked right out of those given."""

    topic: str
    right: int
    given: int

    @property
    def share(self) -> float:
        """The share right (0 when none was given)."""
        return self.right / self.given if self.given else 0.0


def topic_mastery(topics: Mapping[str, Sequence[str]], sittings: Sequence[Sitting]) -> list[TopicMastery]:
    """Each topic's mastery, by topic name; a question with several topics counts in each of them."""
    right: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for sitting in sittings:
        for mark in sitting.marks:
            for topic in topics.get(mark.question) or (NO_TOPIC,):
                given[topic] += 1
                right[topic] += mark.correct
    return [TopicMastery(topic, right[topic], given[topic]) for topic in sorted(given)]

"""A random draw of an assignment's pool for one attempt: the same attempt always gets the same questions,
never one question twice, and never two that stand on the same source sentence (one could give the other away)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ..models import Question
from ..textnorm import fold

__all__ = ["draw_questions", "sentence_keys"]


def sentence_keys(question: Question) -> set[tuple[str, ...]]:
    """What identifies each sentence the question cites: its span in its article, and its words (folded), so a
    copy of the article under another id still counts as the same sentence."""
    keys: set[tuple[str, ...]] = set()
    for citation in question.citations:
        keys.add(("span", citation.source, str(citation.start), str(citation.end)))
        keys.add(("quote", fold(citation.quote)))
    return keys


def draw_questions(pool: Sequence[Question], count: int, seed: str) -> list[int]:
    """Positions in `pool` of up to `count` questions, in the order served, decided by `seed` alone.

    Questions are taken in a shuffled order, skipping any whose id or cited sentence is already taken,
    so a pool with too few independent questions gives a shorter draw rather than a repeated one."""
    order = list(range(len(pool)))
    random.Random(seed).shuffle(order)
    chosen: list[int] = []
    ids: set[str] = set()
    sentences: set[tuple[str, ...]] = set()
    for position in order:
        if len(chosen) == count:
            break
        question = pool[position]
        keys = sentence_keys(question)
        if question.id in ids or keys & sentences:
            continue
        chosen.append(position)
        ids.add(question.id)
        sentences |= keys
    return chosen

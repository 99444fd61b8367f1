"""Matching questions: people with their organisations or posts, names with descriptions, speakers with quotes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ...models import BLANK
from ...textnorm import fold
from ..context import Corpus
from ..draft import Draft
from ..facts.model import Fact
from ..stems import blank_out, word_count
from .people import clean_quote, is_post, role_display

__all__ = ["matching_questions"]

_GROUP = 4
T = TypeVar("T")


def matching_questions(
    corpus: Corpus,
    roles: Sequence[Fact],
    descriptions: Sequence[Fact],
    quotes: Sequence[Fact],
    numbers: Sequence[Fact] = (),
) -> list[Draft]:
    """Groups of three to four pairs per kind of link, within one article first, then across articles."""
    experts = [f for f in roles if f.answer_kind == "ORGANIZATION"]
    # a post of one word ('president', 'spokesman') names no organisation: president of what?
    officials = [f for f in roles if is_post(f) and " " in _post(f).strip()]
    short_quotes = [f for f in quotes if len(f.detail.split()) <= 18]
    kinds: list[tuple[tuple[str, str], Sequence[Fact], Callable[[Fact], str], str]] = [
        (
            (
                "Match each person with the organization the article connects them to.",
                "Match each person with the organization the articles connect them to.",
            ),
            experts,
            lambda f: f.answer,
            "experts",
        ),
        (
            (
                "Match each person with the post the article gives them.",
                "Match each person with the post the articles give them.",
            ),
            officials,
            lambda f: _post(f),
            "officials",
        ),
        (
            (
                "Match each name with how the article describes it.",
                "Match each name with how the articles describe it.",
            ),
            descriptions,
            lambda f: f.detail if f.detail[:1] in '“"' else f"“{f.detail}”",
            "descriptions",
        ),
        (
            (
                "Match each person with the words the article quotes them saying.",
                "Match each person with the words the articles quote them saying.",
            ),
            short_quotes,
            lambda f: f"“{clean_quote(f.detail)}”",
            "quotes",
        ),
    ]
    drafts = []  # each prompt as one article words it, and as several do
    for (one, several), facts, right, label in kinds:
        for group in _groups(facts):
            pairs = tuple((f.subject, right(f)) for f in group)
            key = "matching|" + label + "|" + "|".join(sorted(fold(a) for a, _ in pairs))
            statement = "; ".join(f"{a}: {b}" for a, b in pairs) + "."
            drafts.append(
                Draft(
                    "matching",
                    "role" if label != "descriptions" else "description",
                    one if len({f.item.source_id for f in group}) == 1 else several,
                    "",
                    tuple(group),
                    key,
                    corpus.config.scores.people_matching,
                    pairs=pairs,
                    statement=statement,
                )
            )
    drafts.extend(_number_matching(numbers, corpus))
    return drafts


def _number_matching(numbers: Sequence[Fact], corpus: Corpus) -> list[Draft]:
    """'Match each number with the sentence it completes': three to four numbers, each blanked in its own short
    sentence so that the sentence says what the number counts; one article's numbers together where it has
    enough, the rest across articles."""
    blanked: dict[str, tuple[Fact, str]] = {}  # one sentence per number
    used: set[int] = set()
    for fact in numbers:
        quantity = fact.quantity
        if quantity is None or quantity.kind not in ("year", "count", "percent", "money") or id(fact.item) in used:
            continue
        small_word = not quantity.text[:1].isdigit() and quantity.value < 10
        sentence = _blanked(fact, corpus)
        if small_word or not sentence or word_count(sentence) > _MAX_WORDS or re.search(r"\d", sentence):
            continue
        used.add(id(fact.item))  # one number per sentence, so no sentence holds another pair's answer
        blanked.setdefault(fold(fact.answer), (fact, sentence))
    groups = _partition(list(blanked.values()), lambda pair: pair[0].item.source_id)
    drafts = []
    for group in groups:
        pairs = tuple((text, f.answer) for f, text in group)
        key = "matching|numbers|" + "|".join(sorted(fold(b) for _, b in pairs))
        statement = " ".join(a.replace(BLANK, b) for a, b in pairs)
        drafts.append(
            Draft(
                "matching",
                "cloze",
                "Match each number with the sentence it completes.",
                "",
                tuple(f for f, _ in group),
                key,
                corpus.config.scores.number_matching,
                pairs=pairs,
                statement=statement,
            )
        )
    return drafts


_MAX_WORDS = 35


def _blanked(fact: Fact, corpus: Corpus) -> str | None:
    """The fact's sentence as a question may show it (references resolved), with the number blanked."""
    readable = corpus.readable(fact.item)
    if readable is None:
        return None
    text, rewrite = readable
    span = rewrite.moved(fact.answer_start, fact.answer_end) if rewrite else (fact.answer_start, fact.answer_end)
    return blank_out(text, *span) if span else None


def _post(fact: Fact) -> str:
    role = role_display(fact)
    for article in ("the ", "a ", "an "):
        if role.lower().startswith(article):
            return role[len(article) :]
    return role


def _groups(facts: Sequence[Fact]) -> list[list[Fact]]:
    """One fact per subject and per right-hand side, in groups of three or four (see `_partition`)."""
    unique: dict[str, Fact] = {}
    rights: set[str] = set()
    for fact in facts:
        right = fold(fact.answer if fact.answer_kind == "ORGANIZATION" else fact.detail)
        if fact.subject not in unique and right not in rights:
            unique[fact.subject] = fact
            rights.add(right)
    return _partition(list(unique.values()), lambda fact: fact.item.source_id)


def _partition(items: Sequence[T], article: Callable[[T], str]) -> list[list[T]]:
    """Groups of three or four, each item in one group: an article's items together while it has three or more
    left, then what is left of every article together."""
    by_article: dict[str, list[T]] = {}
    for item in items:
        by_article.setdefault(article(item), []).append(item)
    groups: list[list[T]] = []
    leftover: list[T] = []
    for members in by_article.values():
        for start in range(0, len(members), _GROUP):
            group = members[start : start + _GROUP]
            if len(group) >= 3:
                groups.append(group)
            else:
                leftover.extend(group)
    groups.extend(
        leftover[i : i + _GROUP] for i in range(0, len(leftover), _GROUP) if len(leftover[i : i + _GROUP]) >= 3
    )
    return groups

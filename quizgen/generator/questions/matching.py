"""Matching questions: people with their organisations or posts, names with descriptions, speakers with quotes."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...textnorm import fold
from ..draft import Draft
from ..facts.model import Fact
from .people import role_display

__all__ = ["matching_questions"]

_GROUP = 4


def matching_questions(roles: Sequence[Fact], descriptions: Sequence[Fact], quotes: Sequence[Fact]) -> list[Draft]:
    """Groups of three to four pairs per kind of link, within one article first, then across articles."""
    experts = [f for f in roles if f.answer_kind == "ORGANIZATION"]
    officials = [f for f in roles if f.answer_kind != "ORGANIZATION"]
    short_quotes = [f for f in quotes if len(f.detail.split()) <= 14]
    kinds: list[tuple[str, Sequence[Fact], Callable[[Fact], str], str]] = [
        ("Match each person with the organization the article connects them to.", experts, lambda f: f.answer, "experts"),
        ("Match each person with the post the article gives them.", officials, lambda f: _post(f), "officials"),
        ("Match each name with how the article describes it.", descriptions, lambda f: f"“{f.detail}”", "descriptions"),
        ("Match each person with the words the article quotes them saying.", short_quotes, lambda f: f"“{f.detail.strip(' ,')}”", "quotes"),
    ]
    drafts = []
    for prompt, facts, right, label in kinds:
        for group in _groups(facts):
            pairs = tuple((f.subject, right(f)) for f in group)
            key = "matching|" + label + "|" + "|".join(sorted(fold(a) for a, _ in pairs))
            statement = "; ".join(f"{a}: {b}" for a, b in pairs) + "."
            drafts.append(Draft("matching", "role" if label != "descriptions" else "description", prompt,
                                "", tuple(group), key, 0.76, pairs=pairs, statement=statement))
    return drafts


def _post(fact: Fact) -> str:
    role = role_display(fact)
    for article in ("the ", "a ", "an "):
        if role.lower().startswith(article):
            return role[len(article) :]
    return role


def _groups(facts: Sequence[Fact]) -> list[list[Fact]]:
    """One fact per subject and per right-hand side; groups per article, then one across all articles."""
    unique: dict[str, Fact] = {}
    rights: set[str] = set()
    for fact in facts:
        right = fold(fact.answer if fact.answer_kind == "ORGANIZATION" else fact.detail)
        if fact.subject not in unique and right not in rights:
            unique[fact.subject] = fact
            rights.add(right)
    chosen = list(unique.values())
    groups: list[list[Fact]] = []
    by_article: dict[str, list[Fact]] = {}
    for fact in chosen:
        by_article.setdefault(fact.item.source_id, []).append(fact)
    for members in by_article.values():
        for start in range(0, len(members), _GROUP):
            group = members[start : start + _GROUP]
            if len(group) >= 3:
                groups.append(group)
    if len(chosen) >= _GROUP + 1:
        for start in range(0, len(chosen) - _GROUP + 1, 2):
            groups.append(chosen[start : start + _GROUP])
    return groups

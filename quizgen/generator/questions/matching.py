"""Matching questions: people with their organisations or posts, names with descriptions, speakers with quotes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...textnorm import fold
from ..draft import Draft
from ..facts.model import Fact
from .people import clean_quote, is_post, role_display

__all__ = ["matching_questions"]

_GROUP = 4


def matching_questions(
    roles: Sequence[Fact], descriptions: Sequence[Fact], quotes: Sequence[Fact], numbers: Sequence[Fact] = ()
) -> list[Draft]:
    """Groups of three to four pairs per kind of link, within one article first, then across articles."""
    experts = [f for f in roles if f.answer_kind == "ORGANIZATION"]
    officials = [f for f in roles if is_post(f)]
    short_quotes = [f for f in quotes if len(f.detail.split()) <= 18]
    kinds: list[tuple[str, Sequence[Fact], Callable[[Fact], str], str]] = [
        ("Match each person with the organization the article connects them to.", experts, lambda f: f.answer, "experts"),
        ("Match each person with the post the article gives them.", officials, lambda f: _post(f), "officials"),
        ("Match each name with how the article describes it.", descriptions, lambda f: f.detail if f.detail[:1] in "“\"" else f"“{f.detail}”", "descriptions"),
        ("Match each person with the words the article quotes them saying.", short_quotes, lambda f: f"“{clean_quote(f.detail)}”", "quotes"),
    ]
    drafts = []
    for prompt, facts, right, label in kinds:
        for group in _groups(facts):
            pairs = tuple((f.subject, right(f)) for f in group)
            key = "matching|" + label + "|" + "|".join(sorted(fold(a) for a, _ in pairs))
            statement = "; ".join(f"{a}: {b}" for a, b in pairs) + "."
            drafts.append(Draft("matching", "role" if label != "descriptions" else "description", prompt,
                                "", tuple(group), key, 0.76, pairs=pairs, statement=statement))
    drafts.extend(_number_matching(numbers))
    return drafts


_CLAUSE_END = {",", ";", ":", ".", "—", "–", "(", ")"}
_LOOSE_ENDS = {"IN", "DT", "TO", "CC", "PRP$", "WDT"}


def _phrase(fact: Fact, reach: int = 7) -> str:
    """The words around a number, up to the nearest punctuation, with the number blanked:
    'featuring a _____-gun salute'."""
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if not at:
        return ""
    first, last = at[0], at[-1] + 1
    while first > 0 and at[0] - first < reach and tokens[first - 1].text not in _CLAUSE_END:
        first -= 1
    while last < len(tokens) and last - at[-1] <= reach and tokens[last].text not in _CLAUSE_END:
        last += 1
    while last - 1 > at[-1] and tokens[last - 1].tag in _LOOSE_ENDS:
        last -= 1  # '... opened a joint campus with' ends on a word that needs more
    text = fact.item.text
    start, end = tokens[first].start, tokens[last - 1].end
    return (text[start : fact.answer_start] + "_____" + text[fact.answer_end : end]).strip()


def _number_matching(numbers: Sequence[Fact]) -> list[Draft]:
    """'Match each number with the phrase it completes', three to four numbers of one article."""
    by_article: dict[str, list[Fact]] = {}
    used: set[int] = set()
    for fact in numbers:
        phrase = _phrase(fact)
        quantity = fact.quantity
        if quantity is None or quantity.kind not in ("year", "count", "percent", "money") or id(fact.item) in used:
            continue
        small_word = not quantity.text[:1].isdigit() and quantity.value < 10
        if len(phrase.split()) < 4 or small_word or re.search(r"\d", phrase):
            continue
        used.add(id(fact.item))  # one number per sentence, so no phrase holds another pair's answer
        by_article.setdefault(fact.item.source_id, []).append(fact)
    drafts = []
    for facts in by_article.values():
        unique = list({fold(f.answer): f for f in facts}.values())
        for start in range(0, len(unique), _GROUP):
            group = unique[start : start + _GROUP]
            if len(group) < 3:
                continue
            pairs = tuple((_phrase(f), f.answer) for f in group)
            key = "matching|numbers|" + "|".join(sorted(fold(b) for _, b in pairs))
            statement = "; ".join(a.replace("_____", b) for a, b in pairs) + "."
            drafts.append(Draft("matching", "cloze", "Match each number with the phrase it completes.", "",
                                tuple(group), key, 0.7, pairs=pairs, statement=statement))
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
    if len(chosen) >= _GROUP + 1 or (not groups and len(chosen) >= 3):
        for start in range(0, max(len(chosen) - _GROUP + 1, 1), 2):
            groups.append(chosen[start : start + _GROUP])
    return groups

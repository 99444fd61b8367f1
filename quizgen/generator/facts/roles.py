"""Roles and affiliations of people: 'Alexander Gabuev, director of the Carnegie Russia Eurasia Center',
'Finance Minister Anton Siluanov', 'Andrei R. Belousov, an economist who was named the new defense minister'."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from ...config import PHRASES
from ...lexicon import lexicon
from ...nlp.analysis import Analyzed
from ...nlp.entities import Mention
from ..quality import clean_span
from .model import Fact
from .phrases import appositive, head_noun, lowercase_title, named_as, phrase_text, preceding_appositive

__all__ = ["role_facts"]


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(lexicon().person_nouns)


@lru_cache(maxsize=1)
def _positions() -> frozenset[str]:
    return frozenset(lexicon().position_nouns)


def role_facts(
    items: Sequence[Analyzed], prominence: Mapping[str, int], *, famous: int, broken: frozenset[int] = frozenset()
) -> list[Fact]:
    """One fact per (person, role) phrase found. The most-mentioned people (everyone knows their role)
    are skipped, and so are sentences whose end is broken off (`broken` holds their indexes in `items`)."""
    facts: list[Fact] = []
    for index, item in enumerate(items):
        if index in broken:
            continue
        for mention in item.mentions:
            if mention.kind != "PERSON" or prominence.get(mention.name, 0) >= famous:
                continue
            for first, last in _role_spans(item, mention):
                start, end = item.tokens[first].start, item.tokens[last - 1].end
                if not clean_span(item, min(start, mention.start), max(end, mention.end)):
                    continue
                fact = _fact(item, mention, first, last)
                described = (
                    item.tokens[first - 1].text == "," and last - first >= PHRASES.described_role_tokens
                )  # 'a Beijing commentator and ...'
                if (
                    fact.answer_kind == "ORGANIZATION"
                    or head_noun(item.tokens, first, last) in _positions()
                    or _title_word(item, last - 1)
                    or described
                ):
                    facts.append(fact)
    return facts


def _role_spans(item: Analyzed, mention: Mention) -> list[tuple[int, int]]:
    spans = []
    after = appositive(item, mention.last)
    if after and head_noun(item.tokens, *after) in _person_nouns() and not _names_someone(item, after):
        spans.append(after)
    before = preceding_appositive(item, mention)
    if before and head_noun(item.tokens, *before) in _person_nouns():
        spans.append(before)
    appointed = named_as(item, after[1] if after else mention.last)
    if appointed:
        spans.append(appointed)
    title = lowercase_title(item, mention, frozenset(lexicon().person_titles))
    honorifics = lexicon().honorifics
    if title and not all(item.tokens[i].text in honorifics for i in range(*title)):
        first, last = title
        while first < last and item.tokens[first].text in honorifics:
            first += 1
        if last - first >= 2 and _title_word(item, last - 1) and item.tokens[last - 2].tag == "NN":
            last -= 1  # 'University of Tasmania pharmacologist Professor Stuart McLean': a pharmacologist
        if first < last and head_noun(item.tokens, first, last) or _title_word(item, last - 1):
            spans.append((first, last))
    return spans


def _names_someone(item: Analyzed, span: tuple[int, int]) -> bool:
    """'German Gref, businessman Oleg Deripaska, ...' is a list of people, not an appositive."""
    return any(m.kind == "PERSON" and span[0] <= m.first < span[1] for m in item.mentions)


def _title_word(item: Analyzed, index: int) -> bool:
    return item.tokens[index].text in lexicon().person_titles


def _fact(item: Analyzed, person: Mention, first: int, last: int) -> Fact:
    role = phrase_text(item, first, last)
    org = next(
        (m for m in item.mentions if m.kind == "ORGANIZATION" and m.first >= first and m.last <= last),
        None,
    )
    answer = org or person
    return Fact(
        kind="role",
        item=item,
        answer=answer.text,
        answer_start=answer.start,
        answer_end=answer.end,
        answer_kind=answer.kind,
        answer_subtype=answer.subtype,
        subject=person.name,
        subject_kind="PERSON",
        subject_subtype="person",
        detail=role,
        detail_start=item.tokens[first].start,
        detail_end=item.tokens[last - 1].end,
    )

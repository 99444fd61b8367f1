"""What named things are: 'Rosatom, Russia's nuclear power company', 'Harbin, capital of Heilongjiang'."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...config import PHRASES
from ...lexicon import lexicon
from ...nlp.analysis import Analyzed
from ..quality import clean_span
from .model import Fact
from .phrases import appositive, head_noun, phrase_text

__all__ = ["description_facts"]


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.place_nouns) | frozenset(lex.organization_nouns)


def description_facts(items: Sequence[Analyzed], *, broken: frozenset[int] = frozenset()) -> list[Fact]:
    """A fact per place or organisation followed by an appositive that says what it is."""
    facts = []
    for index, item in enumerate(items):
        if index in broken:
            continue
        for mention in item.mentions:
            if mention.kind not in ("PLACE", "ORGANIZATION"):
                continue
            span = appositive(item, mention.last) or _known_for(item, mention.last) or _nickname(item, mention.last)
            if not span:
                continue
            described = item.tokens[span[0]].lower in lexicon().fame_words or item.tokens[span[0]].text in '“"'
            head = head_noun(item.tokens, *span)
            if not described and (head not in _heads() or _kind_of(head) != mention.kind):
                continue  # 'Albuquerque, N.M., school-research group': a group is no state
            if any(m.first >= span[0] and m.last <= span[1] and m.name == mention.name for m in item.mentions):
                continue
            if _a_list(item.tokens[span[0] : span[1]]):
                continue  # 'banned AWB, several individuals and a Minnesota firm': a list, not what AWB is
            if any(m.kind == "PERSON" and span[0] <= m.first < span[1] for m in item.mentions):
                continue  # 'In north-west New South Wales, producer Graham Wilson says': a person, not what the place is
            start, end = item.tokens[span[0]].start, item.tokens[span[1] - 1].end
            if not clean_span(item, mention.start, end):
                continue
            facts.append(
                Fact(
                    kind="description",
                    item=item,
                    answer=mention.text,
                    answer_start=mention.start,
                    answer_end=mention.end,
                    answer_kind=mention.kind,
                    answer_subtype=_subtype(mention.subtype, head_noun(item.tokens, *span)),
                    subject=mention.name,
                    subject_kind=mention.kind,
                    subject_subtype=mention.subtype,
                    detail=phrase_text(item, *span),
                    detail_start=start,
                    detail_end=end,
                )
            )
    return facts


def _kind_of(head: str) -> str:
    """PLACE for 'city', 'state'; ORGANIZATION for 'company', 'group'."""
    return "PLACE" if head in lexicon().place_nouns else "ORGANIZATION"


def _a_list(words) -> bool:
    """The words after a name count things ('several individuals', 'two firms') or go on to another ('and a')."""
    if words and (words[0].tag == "CD" or words[0].lower in ("several", "many", "some", "few", "both", "all")):
        return True
    return any(a.lower == "and" and b.tag == "DT" for a, b in zip(words, words[1:], strict=False))


def _known_for(item: Analyzed, after: int) -> tuple[int, int] | None:
    """', known for its cutting-edge defense research,' -> 'known for its cutting-edge defense research'."""
    tokens = item.tokens
    if after + 2 >= len(tokens) or tokens[after].text != "," or tokens[after + 1].lower not in lexicon().fame_words:
        return None
    last = after + 1
    while (
        last < len(tokens) and tokens[last].text not in (",", ".", ";", ":") and last - after < PHRASES.known_for_tokens
    ):
        last += 1
    if last >= len(tokens) or tokens[last].text not in (",", ".", ";") or tokens[after + 2].lower != "for":
        return None
    return after + 1, last


def _nickname(item: Analyzed, after: int) -> tuple[int, int] | None:
    """'Harbin, “little Moscow” due to its ties ...' -> '“little Moscow”'."""
    tokens = item.tokens
    if after + 3 >= len(tokens) or tokens[after].text != "," or tokens[after + 1].text not in ("“", '"'):
        return None
    for last in range(after + 2, min(after + PHRASES.nickname_tokens, len(tokens))):
        if tokens[last].text in ("”", '"'):
            return after + 1, last + 1
    return None


def _subtype(known: str, head: str) -> str:
    """The description's own head noun says best what kind of thing it is ('city', 'company')."""
    if head in lexicon().city_heads:
        return "city"
    if known in ("place", "organization", "other") and head:
        return head
    return known

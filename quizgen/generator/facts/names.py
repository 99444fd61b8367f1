"""Names and numbers in standalone sentences: the raw material of cloze and wh-questions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...nlp.analysis import Analyzed
from ...nlp.entities import Mention
from ..quality import Verdict, judge
from .model import Fact

__all__ = ["entity_facts", "quantity_facts", "subject_facts"]

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_ASKABLE = ("PERSON", "ORGANIZATION", "PLACE")


def _standalone(item: Analyzed, verdict: Callable[[Analyzed], Verdict] = judge) -> bool:
    found = verdict(item)
    return found.usable and found.standalone


def entity_facts(items: Sequence[Analyzed], readable: Callable[[Analyzed], bool] = _standalone) -> list[Fact]:
    """Every person, organisation and place named in a sentence that reads well on its own."""
    facts = []
    for item in items:
        if not readable(item):
            continue
        for mention in item.mentions:
            if mention.kind in _ASKABLE or (mention.kind == "OTHER" and len(mention.text.split()) >= 2):
                facts.append(_from_mention("entity", item, mention))
    return facts


def subject_facts(items: Sequence[Analyzed], verdict: Callable[[Analyzed], Verdict] = judge) -> list[Fact]:
    """Sentences that open with a named subject and its verb: 'Mr. Belousov has experience with China, ...'."""
    facts = []
    for item in items:
        if not _standalone(item, verdict):
            continue
        mention = _opening_subject(item)
        if mention:
            facts.append(_from_mention("subject", item, mention))
    return facts


def _opening_subject(item: Analyzed) -> Mention | None:
    for mention in item.mentions:
        opening = mention.first - len(mention.title.split())
        lead = item.tokens[:opening]
        if not all(t.lower == "the" or (t.tag == "JJ" and t.text[:1].isupper()) for t in lead):
            continue
        if mention.kind not in _ASKABLE or mention.last >= len(item.tokens):
            return None
        following = item.tokens[mention.last]
        if following.tag in _FINITE:
            return mention
        return None
    return None


def quantity_facts(items: Sequence[Analyzed], verdict: Callable[[Analyzed], Verdict] = judge) -> list[Fact]:
    """Every money sum, percentage, count, year, date and ordinal in a usable sentence."""
    facts = []
    for item in items:
        if not verdict(item).usable:
            continue
        for quantity in item.quantities:
            facts.append(
                Fact(
                    kind="quantity",
                    item=item,
                    answer=quantity.text,
                    answer_start=quantity.start,
                    answer_end=quantity.end,
                    answer_kind=quantity.kind,
                    answer_subtype=quantity.unit,
                    quantity=quantity,
                )
            )
    return facts


def _from_mention(kind, item: Analyzed, mention: Mention) -> Fact:
    start = item.tokens[0].start if kind == "subject" else mention.start
    return Fact(
        kind=kind,
        item=item,
        answer=mention.text,
        answer_start=start,
        answer_end=mention.end,
        answer_kind=mention.kind,
        answer_subtype=mention.subtype,
        subject=mention.name,
        subject_kind=mention.kind,
        subject_subtype=mention.subtype,
    )

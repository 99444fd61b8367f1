"""Where a copied sentence's blank may go: over a whole name or number, never part of one, one of a list, or
the outlet that reported something."""

from __future__ import annotations

import re

from ..nlp.analysis import Analyzed
from ..nlp.tagging import Token
from .draft import Draft

__all__ = ["misplaced_blank"]

_NAME_TAGS = frozenset({"NNP", "NNPS"})
# One end of a range ('about 35 to _____ per cent', 'a _____ to 2% return', 'between _____ and 40'); not the
# new level of a change ('rose 5% to _____', 'from $115 to _____').
_RANGE_CUE = r"(?:\b[Aa]|[Aa]bout|[Aa]round|[Ss]ome|[Rr]oughly|[Aa]pproximately|[Bb]etween|[Oo]f|up)"
_IN_RANGE = re.compile(
    rf"{_RANGE_CUE} [$€£]?\d[\d.,]*%?\s*(?:to|-|–|and)\s*_____|{_RANGE_CUE} _____\s*(?:to|–|and)\s*[$€£]?\d"
)
# 'in the latest issue of the journal _____', 'publish their study ... in the _____.'
_JOURNAL = re.compile(r"\bjournal _____|\bpublish(?:es|ed)?\b[^.;]*\bin the _____\W*$", re.IGNORECASE)
# A passing source introduced in the sentence itself ('_____ from the Australian Prawn Farmers Association says
# ...'), or one who 'adds' to what went before: who said it is nothing a student can know or check.
_SPEAKER = re.compile(r"^_____(?:,? from [^,]+,? (?:says|said)| (?:adds|added))\b")
_IN_NUMBER = re.compile(r"[\d/]_____|_____[/\d]|\d _____/")  # '3 _____/2 years'
_IN_WORD = re.compile(r"\w-_____|_____-\w")  # 'Shearson is _____-owned by American Express'


def misplaced_blank(draft: Draft) -> str | None:
    """The blank is a whole name (not 'Forests _____'), and not which outlet reported something."""
    if _IN_NUMBER.search(draft.prompt):
        return "blank inside a number ('3 _____/2 years')"
    if _IN_WORD.search(draft.prompt):
        return "blank inside a hyphenated word ('_____-owned')"
    if _IN_RANGE.search(draft.prompt):
        return "one end of a range ('35 to _____ per cent')"
    if _JOURNAL.search(draft.prompt):
        return "which journal published it"
    if draft.facts[0].answer_kind == "PERSON" and _SPEAKER.search(draft.prompt):
        return "who said it, with nothing checkable in what was said"
    fact = draft.facts[0]
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    after = None
    if at:
        before = tokens[at[0] - 1] if at[0] > 0 else None
        after = tokens[at[-1] + 1] if at[-1] + 1 < len(tokens) else None
        if before is not None and before.text[:1].isupper() and (at[0] > 1 or before.tag in _NAME_TAGS | {"NNS"}):
            return "blank inside a longer name"
        if after is not None and after.tag == "POS" and at[-1] + 2 < len(tokens):
            after = tokens[at[-1] + 2]  # "_____'s National Centre for Scientific Research"
        if after is not None and after.tag in _NAME_TAGS and after.text[:1].isupper():
            return "blank inside a longer name"
        if fact.answer_kind == "ORGANIZATION" and _joined(tokens, at[0], at[-1]):
            return "blank inside a longer name"  # 'The _____ and Human Services', 'Health and _____'
        if _in_list(fact.item, at[0], at[-1]):
            return "one name of a list many names fit ('_____, Brussels and Milan')"
    if fact.kind != "quantity" and after is not None and after.tag in ("NN", "NNS") and fact.answer_kind == "PLACE":
        return "a name used as a modifier ('US researchers')"
    if fact.kind != "quantity" and fact.answer_subtype == "media":
        return "which outlet reported it"
    return None


def _joined(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """A name goes on across 'and', 'of' or 'for' on either side of the blank."""
    joins = ("and", "&", "of", "for")
    return (
        _word(tokens, last + 1) in joins
        and _name(tokens, last + 2)
        or _word(tokens, first - 1) in joins
        and _name(tokens, first - 2)
    )


def _in_list(item: Analyzed, first: int, last: int) -> bool:
    """The blank is one of a list of names: '_____, Brussels, and Milan', 'In _____, California, ... and Texas'.
    A state after a city is no list: '_____, Conn., and Northeast ...'."""
    tokens = item.tokens
    if any(m.first == last + 2 and m.subtype == "state" for m in item.mentions):
        return False
    after = _word(tokens, last + 1) == "," and _name(tokens, last + 2)
    before = _word(tokens, first - 1) in (",", "and", "or") and _name(tokens, first - 2)
    window = tokens[max(0, first - 12) : last + 13]
    return (
        (after or before) and sum(t.text == "," for t in window) >= 2 and any(t.lower in ("and", "or") for t in window)
    )


def _name(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i exists and is a capitalised proper noun."""
    return 0 <= i < len(tokens) and tokens[i].tag in _NAME_TAGS and tokens[i].text[:1].isupper()


def _word(tokens: tuple[Token, ...], i: int) -> str:
    """Token i, lower-case, or '' past either end."""
    return tokens[i].lower if 0 <= i < len(tokens) else ""

"""Questions that answer themselves, contradict themselves or single out nothing.

Blind raters refused, on news the generator had not seen: a prompt that carries a word of its own key
('Raymond Mason is the chairman of _____' keyed 'Legg Mason Inc.'; 'the East Berlin government' for
'East Germans'); a false statement whose changed number contradicts the sentence's other number
('8.9 million tons, a drop from 8.1 million'); an indefinite description ('a Pittsburgh firm') that many
things fit; and a value question built round a phrase that is no noun phrase ('the value of low').
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon
from .draft import Draft
from .facts.model import Fact

__all__ = ["contradicting_swap", "gives_away", "indefinite_description"]

_SPELLED_BESIDE = re.compile(r"_____\s*\([A-Z&]{2,}\)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# Between a number and another one, these make the pair a comparison the statement must keep consistent.
_COMPARING = frozenset({"from", "to", "than", "versus", "vs.", "compared", "against"})
_COMPARE_WINDOW = 8  # tokens either side of the changed number
_INDEFINITE_WORDS = 5  # 'a Pittsburgh firm that runs a $200 million fund' says which; 'a TV company' does not


@lru_cache(maxsize=1)
def _name_parts_not_telling() -> frozenset[str]:
    """Words of a name that say nothing about which one it is ('Inc.', 'Corp.', 'The')."""
    return frozenset(w.lower().rstrip(".") for w in (*lexicon().company_suffixes, "the", "of", "and"))


def gives_away(draft: Draft) -> bool:
    """A capitalised word of the key (a name's telling part) appears in the prompt, or its abbreviation
    stands beside the blank ('the _____ (ABARE)')."""
    if draft.type not in ("multiple_choice", "fill_in_blank") or not isinstance(draft.answer, str):
        return False
    if _SPELLED_BESIDE.search(draft.prompt):
        return True
    quiet = _name_parts_not_telling()
    telling = {
        w.lower()
        for w in _WORD.findall(draft.answer)
        if w[:1].isupper() and len(w) > 2 and w.lower().rstrip(".") not in quiet
    }
    if not telling:
        return False
    prompt_words = {w.lower() for w in _WORD.findall(draft.prompt) if w[:1].isupper()}
    return bool(telling & prompt_words)


def contradicting_swap(draft: Draft) -> bool:
    """A false statement whose changed number sits in a comparison with another number of its sentence."""
    if draft.type != "true_false" or draft.answer is not False or draft.facts[0].kind != "quantity":
        return False
    fact = draft.facts[0]
    tokens = fact.item.tokens
    inside = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for i in range(max(0, first - _COMPARE_WINDOW), min(len(tokens), last + _COMPARE_WINDOW + 1)):
        if first <= i <= last or tokens[i].tag != "CD":
            continue
        between = tokens[min(i, last) + 1 : max(i, first)]
        if any(t.lower in _COMPARING for t in between):
            return True
    return False


# After the number: a bound that makes a changed value still true ('55 years of age or older' holds for anyone
# 'of 45 or older' ... ), or the upper end of a range ('between the ages of 2 and 6' contains '2 and 5').
_OPEN_BOUND = re.compile(
    r"^\s*(?:[a-z-]+\s+){0,3}?(?:or|and)\s+(?:older|more|over|above|younger|less|fewer|under|below)\b"
)
_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+(?:the\s+ages?\s+of\s+)?\S+\s+(?:and|to)\s*$|\d\s*(?:-|–|to|or)\s*$")
_ESTIMATE_AFTER = re.compile(r"^\s*or\s+\d")  # 'around 3 or 4 kilograms': either end changed is hair-splitting


def arguable_swap(draft: Draft) -> bool:
    """A false statement that a changed number leaves arguably true: an open bound ('55 or older'), an end of a
    range ('between 2 and 6'), one end of a loose estimate ('3 or 4 kilograms'), or a place in the article's own
    list ('A fourth monitoring technique')."""
    if draft.type != "true_false" or draft.answer is not False or draft.facts[0].kind != "quantity":
        return False
    fact = draft.facts[0]
    quantity = fact.quantity
    if quantity is not None and quantity.kind == "ordinal" and quantity.text.lower() in lexicon().list_places:
        return True  # 'the 20th century' is checkable; 'a fourth technique' is a place in the article's list
    text = fact.item.text
    after = text[fact.answer_end :]
    return bool(
        _OPEN_BOUND.match(after) or _ESTIMATE_AFTER.match(after) or _RANGE_BEFORE.search(text[: fact.answer_start])
    )


_FUTURE_CENTURY = re.compile(r"\b(?:2[2-9]|[3-9]\d)(?:st|nd|rd|th) century\b", re.IGNORECASE)


def absurd_swap(draft: Draft) -> bool:
    """A false statement nobody would believe: a century still to come ('Scientists used 22nd century
    technology')."""
    if draft.type != "true_false" or draft.answer is not False:
        return False
    fact = draft.facts[0]
    if _FUTURE_CENTURY.search(draft.prompt) and not _FUTURE_CENTURY.search(fact.item.text):
        return True
    text = fact.item.text  # 'In 2001 and 2002' changed to 'In 2001 and 2000': the other year gives it away
    return bool(
        fact.quantity is not None
        and fact.quantity.kind == "year"
        and (_YEAR_AFTER.match(text, fact.answer_end) or _YEAR_BEFORE.search(text[: fact.answer_start]))
    )


_YEAR_AFTER = re.compile(r" (?:and|or) (?:1\d|20)\d\d\b")
_YEAR_BEFORE = re.compile(r"\b(?:1\d|20)\d\d (?:and|or) $")


def indefinite_description(fact: Fact) -> bool:
    """'described as “a TV production company”': a short description with 'a' or 'an' singles out nothing."""
    if fact.kind not in ("description", "role"):
        return False
    words = fact.detail.split()
    return bool(words) and words[0].lower() in ("a", "an") and len(words) <= _INDEFINITE_WORDS

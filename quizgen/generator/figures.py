"""A sum or a share a student can place: whose it is, when it held, and not given by the figures beside it.

Blind raters of business news the generator had never seen refused nearly every copied figure that did not
say whose it was ('Sales rose _____ to $3.28 billion'), a change that did not say over what period ('losses
narrowed to _____ from $15 million'), and a change whose answer the sentence's other figures work out ('rose
_____ to $3.28 billion from $3.16 billion').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..config import PHRASES
from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from ..nlp.gazetteer import common_words
from ..nlp.quantities import Quantity
from ..textnorm import fold
from .draft import Draft

__all__ = ["complement_share", "figure_table", "study_sample", "undated_market_move", "unplaced_figure"]

_PLACED_KINDS = frozenset({"money", "percent"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
_EXISTENTIAL = re.compile(r"There (?:are|were|is|was|have been|had been) ")
_DELIVERY = re.compile(r"\bfor\s+[A-Z][a-z]+\.?\s+delivery\b")
# 'to $198 million from $180 million', 'to _____ from $15 million'
_TO_FROM = re.compile(
    r"\bto\s+(?:_____|[$€£¥]?\d[\d.,]*)(?:\s+(?:million|billion|trillion|%))?\s+from\b", re.IGNORECASE
)


def unplaced_figure(draft: Draft, context: Sequence[Analyzed] = ()) -> str | None:
    """Why a question on a sum of money or a share (or any count said only to exist) leaves the student unable
    to place it, or None.

    `context` holds the earlier sentences whose names the question's text took in (a resolved 'the company').
    """
    fact = draft.facts[0]
    quantity = fact.quantity if fact.kind == "quantity" else None
    if (
        quantity is not None
        and _EXISTENTIAL.match(draft.prompt)
        and not _names_someone(draft.prompt, (fact.item, *context))
    ):
        return "a count that says neither where nor whose ('There were _____ episodes of reflux')"
    shown = [q for q in fact.item.quantities if q.kind in _PLACED_KINDS and (q is quantity or q.text in draft.prompt)]
    if not shown:
        return None
    if quantity is not None and not _names_someone(draft.prompt, (fact.item, *context)):
        return "a figure that does not say whose it is ('Sales rose _____')"
    words = _words(draft.prompt)
    if _changed(draft.prompt, words) and not _dated(draft.prompt, words):
        return "a change that does not say over what period"
    if quantity is not None and _worked_out(fact.item, quantity):
        return "a figure the sentence's other figures work out ('rose _____ to $3.28 billion from $3.16 billion')"
    return None


def figure_table(draft: Draft) -> str | None:
    """Why the question copies a table of figures written as a sentence ('Nineteen micron wools jumped 27c to
    953c/kg clean; 21m were up 51c to 815c/kg; ...'), or None: a student cannot tell one figure from another."""
    if any(len(f.item.quantities) >= PHRASES.table_figures for f in draft.facts):
        return "a table of figures written as a sentence"
    return None


def complement_share(draft: Draft) -> str | None:
    """Why the question asks a share the sentence's other share works out ('Hythane blends _____ hydrogen with
    93 per cent natural gas'), or None."""
    fact = draft.facts[0]
    quantity = fact.quantity if fact.kind == "quantity" else None
    if quantity is None or quantity.kind != "percent":
        return None  # a true statement copies the sum, a false one breaks it
    others = [q for q in fact.item.quantities if q is not quantity and q.kind == "percent"]
    if any(abs(quantity.value + q.value - 100) < 0.5 for q in others):
        return "a share the other share works out ('_____ hydrogen with 93 per cent natural gas')"
    return None


def study_sample(draft: Draft) -> str | None:
    """Why the question asks how many people a study looked at without saying whose study it was, or None.

    'In one study, _____ university students were asked ...', 'Chris Rayner and team studied _____ healthy male
    volunteers': a sample's size is trivia unless the study is placed, by the institution that ran it ('Researchers
    at Stanford University School of Medicine tested ... in _____ patients')."""
    fact = draft.facts[0]
    quantity = fact.quantity if fact.kind == "quantity" else None
    if quantity is None or quantity.kind != "count" or draft.type == "true_false":
        return None  # a statement shows the whole study; only recalling its size is trivia
    lex = lexicon()
    if quantity.unit.lower() not in lex.study_subjects:
        return None
    if not any(word in lex.study_words for word in _words(fact.item.text)):
        return None
    shown = f" {fold(draft.prompt)} "
    if any(m.kind == "ORGANIZATION" and f" {fold(m.text)} " in shown for m in fact.item.mentions):
        return None
    return "how many people a study looked at, with no word of whose study it was"


def _names_someone(prompt: str, items: Sequence[Analyzed]) -> bool:
    """Whether the prompt names someone or something ('USX', 'the U.S.', 'the Marathon Oil Co. unit')."""
    shown = f" {fold(prompt)} "
    return any(
        f" {fold(name)} " in shown for item in items for name in (*(m.text for m in item.mentions), *_proper(item))
    )


def _proper(item: Analyzed) -> list[str]:
    """Proper nouns the name finder did not type: 'Moody's said ...'. A capitalised first word is one only when
    it is no everyday word, or is possessive ('Rockwell's'); months and weekdays name no one."""
    lex = lexicon()
    skip = {w.lower() for w in (*lex.date_words, *lex.not_names)}
    common = common_words()
    tokens = item.tokens
    found = []
    for i, token in enumerate(tokens):
        if token.tag not in ("NNP", "NNPS") or not token.text[:1].isupper() or token.lower in skip:
            continue
        possessive = i + 1 < len(tokens) and tokens[i + 1].tag == "POS"
        if i == 0 and token.lower in common and not possessive:
            continue
        found.append(token.text)
    return found


def _words(text: str) -> list[str]:
    """Lower-case words, hyphenated ones split ('third-quarter' -> 'third', 'quarter')."""
    return re.findall(r"[a-z]+", text.lower())


def undated_market_move(draft: Draft) -> str | None:
    """Why the question asks a day's market move a student cannot date, or None.

    A stock table copied into prose ('Santa Fe Pacific dropped 1 1/8 to 17 3/4', 'The FT 30-share index settled
    _____ points higher at 1738.1', 'Advancing stocks led decliners by 847 to 644') tests recall of one trading
    day; blind raters refused every one that gave no year or month.
    """
    text = " ".join((draft.prompt, *(f.item.text for f in draft.facts)))
    contract = _DELIVERY.search(text)  # 'for November delivery' names a contract, not when it traded
    dated = _DELIVERY.sub(" ", text)
    if _YEAR.search(dated) or any(w in _month_words() for w in _words(dated)):
        return None
    if contract or _price_move().search(text) or _market_phrase().search(text):
        return "a day's market move a student cannot date ('dropped 1 1/8 to 17 3/4')"
    return None


def _changed(prompt: str, words: Sequence[str]) -> bool:
    """'rose', 'narrowed', 'up 7.4%', 'was off _____', 'to $198 million from $180 million'."""
    if any(w in lexicon().change_words for w in words) or _TO_FROM.search(prompt):
        return True
    return _adverb_change().search(prompt) is not None


def _dated(prompt: str, words: Sequence[str]) -> bool:
    """'in 2023', 'in August', 'third-quarter', 'fiscal', 'for the year', 'since ...'."""
    return _YEAR.search(prompt) is not None or any(w in _period_words() for w in words)


@lru_cache(maxsize=1)
def _adverb_change() -> re.Pattern[str]:
    adverbs = "|".join(sorted(re.escape(a) for a in lexicon().change_adverbs))
    return re.compile(rf"\b(?:{adverbs})\s+(?:_____|[$€£¥]?\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    """Month names and their abbreviations, lower-case and without the dot (weekdays date nothing alone)."""
    return frozenset(w.lower().rstrip(".") for w in lexicon().date_words if not w.endswith("day"))


@lru_cache(maxsize=1)
def _period_words() -> frozenset[str]:
    days = {w.lower().rstrip(".") for w in lexicon().date_words}
    return frozenset(lexicon().period_words) | days


@lru_cache(maxsize=1)
def _price_move() -> re.Pattern[str]:
    """A change word, a figure, then 'to' or 'at' and the figure it reached: 'gained 20 to 1,570', 'advanced
    _____ cents to $19.94', 'closed 17.5 points higher at 2160.1', 'a gain of 6 5/8 to 21 5/8'."""
    lex = lexicon()
    verbs = "|".join(sorted(re.escape(w) for w in (*lex.change_words, *lex.market_verbs)))
    figure = r"(?:_____|[$€£¥#]?\d[\d.,/]*|one|two|three|four|five|six|seven|eight|nine|ten)"
    return re.compile(rf"\b(?:{verbs})\s+{figure}(?:\s+\S+){{0,3}}?\s+(?:to|at)\s+(?:_____|[$€£¥#]?\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _market_phrase() -> re.Pattern[str]:
    """'on volume of', 'shares changed hands', 'led decliners', 'for November delivery', 'closed higher in'."""
    phrases = "|".join(sorted(re.escape(p) for p in lexicon().market_phrases))
    return re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


def _worked_out(item: Analyzed, quantity: Quantity) -> bool:
    """A change in percent and both sums it went between: any one of the three follows from the others."""
    percents = [q for q in item.quantities if q.kind == "percent"]
    sums = [q for q in item.quantities if q.kind == "money"]
    return (
        any(q is quantity for q in (*percents, *sums))
        and len(percents) >= 1
        and len(sums) >= 2
        and _FROM.search(item.text) is not None
    )

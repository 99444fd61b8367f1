"""Where a copied sentence's blank may go: over a whole name or number, never part of one, one of a list, or
the outlet that reported something."""

from __future__ import annotations

import re

from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from ..nlp.entities import honorific_forms
from ..nlp.gazetteer import nationalities
from ..nlp.tagging import Token
from ..numbers.table import number_table
from .draft import Draft
from .standalone import in_quotation

__all__ = ["cut_name", "misplaced_blank"]

_NAME_TAGS = frozenset({"NNP", "NNPS"})
# One end of a range ('about 35 to _____ per cent', 'a _____ to 2% return', 'between _____ and 40'); not the
# new level of a change ('rose 5% to _____', 'from $115 to _____').
_RANGE_CUE = r"(?:\b[Aa]|[Aa]bout|[Aa]round|[Ss]ome|[Rr]oughly|[Aa]pproximately|[Bb]etween|[Oo]f|up)"
_IN_RANGE = re.compile(
    rf"{_RANGE_CUE} [$€£]?\d[\d.,]*%?\s*(?:to|-|–|and)\s*_____|{_RANGE_CUE} _____\s*(?:to|–|and)\s*[$€£]?\d"
)
# 'in the latest issue of the journal _____', 'publish their study ... in the _____.'
_JOURNAL = re.compile(r"\bjournal _____|\bpublish(?:es|ed)?\b[^.;]*\bin the _____\W*$", re.IGNORECASE)
# Verbs a passing source's claim follows that the lexicon's verbs of saying leave out.
_SOURCE_WORDS = frozenset({"explains", "explained", "describes", "described", "believes", "thinks", "agrees"})
_SOURCE_VERBS = "(?:" + "|".join(sorted(_SOURCE_WORDS | {"says", "said", "warns", "warned", "told"})) + ")"
# A passing source introduced in the sentence itself ('_____ from the Australian Prawn Farmers Association says
# ...', "Country Energy's _____ says", '_____ in England describes it as'), or one who 'adds' to what went
# before: who said it is nothing a student can know or check.
_SPEAKER = re.compile(
    rf"^_____(?:,? (?:from|of|at|in|with) [^,]+?,? {_SOURCE_VERBS}| (?:adds|added))\b"
    rf"|^[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*'s _____,? {_SOURCE_VERBS}\b"
)
# 'four or _____ pulsars', 'five to _____ swimming pools', 'six or _____ different chemicals': a loose estimate's
# other end, guessed from the one the stem gives; not a change ('from 5 to _____').
_SPELLED = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)"
_ESTIMATE = re.compile(
    rf"(?<!from )(?<![\d.,])(?:\d{{1,3}}(?:[.,]\d+)*|\b{_SPELLED})\s+(?:or|to)\s+_____|_____\s+or\s+(?:\d|{_SPELLED}\b)",
    re.IGNORECASE,
)
# 'creating between _____ seconds of weightlessness': a range whose other end is missing.
_HALF_RANGE = re.compile(r"\bbetween _____(?![^.;]*\band\b)")
# 'more than two out of _____ news services': the share's other number, or the list after it, gives it away.
_OUT_OF = re.compile(r"\bout of _____|_____ out of\b")
# '180 to one, or _____,', '_____ (US$149,000)': the same number the stem gives in other words.
_RESTATED = re.compile(r"(?:\d|\bone),\s+or\s+_____|_____\s+\((?:US|A|AU)?[$€£]?\d")
# '..., _____, or ARISS': the abbreviation beside the blank spells the name out.
_ABBREVIATED = re.compile(r"_____,? (?:or )?\(?[A-Z]{2,}\)?(?![\w-])")
_AFTER_NUMBER = re.compile(r"(?<![\d.,])(?!\d{4} )\d[\d.,]* _____")  # '145.990 _____': a unit, not a name
# 'is a researcher at the University of Chicago at _____': two workplaces in one post, one of them misplaced.
_TWO_PLACES = re.compile(r"\bat (?:the )?[A-Z][^.?]*? at (?:which\b|the _____|_____)")
# 'In _____ and 2002': the year beside it gives it away (not a range: 'between 1976 and 2004').
_YEAR_BESIDE = re.compile(
    r"(?<!between )\b[Ii]n _____ (?:and|or) (?:1\d|20)\d\d\b|\b[Ii]n (?:1\d|20)\d\d (?:and|or) _____"
)
_IN_NUMBER = re.compile(r"[\d/]_____|_____[/\d]|\d _____/")  # '3 _____/2 years'
_IN_WORD = re.compile(r"\w-_____|_____-\w")  # 'Shearson is _____-owned by American Express'


def misplaced_blank(draft: Draft) -> str | None:
    """The blank is a whole name (not 'Forests _____'), and not which outlet reported something. A name cut
    short ('Health and _____') is `cut_name`'s, which the gate asks of every form of question first."""
    if _IN_NUMBER.search(draft.prompt):
        return "blank inside a number ('3 _____/2 years')"
    if _IN_WORD.search(draft.prompt):
        return "blank inside a hyphenated word ('_____-owned')"
    if _IN_RANGE.search(draft.prompt):
        return "one end of a range ('35 to _____ per cent')"
    if _JOURNAL.search(draft.prompt):
        return "which journal published it"
    if _ESTIMATE.search(draft.prompt):
        return "one end of an estimate ('four or _____')"
    if _ABBREVIATED.search(draft.prompt):
        return "a name its abbreviation beside it gives away ('_____, or ARISS')"
    if draft.facts[0].kind != "quantity" and _AFTER_NUMBER.search(draft.prompt):
        return "a unit to fill in ('145.990 _____')"
    if _YEAR_BESIDE.search(draft.prompt):
        return "a year the year beside it gives away ('In _____ and 2002')"
    if _RESTATED.search(draft.prompt):
        return "a number the stem gives in other words ('180 to one, or _____')"
    if _OUT_OF.search(draft.prompt):
        return "one number of a share ('two out of _____')"
    if _HALF_RANGE.search(draft.prompt):
        return "one end of a range the sentence never closes ('between _____ seconds')"
    if "_____" in draft.prompt and in_quotation(draft.facts[0].item, draft.facts[0].answer_start):
        return "a blank inside someone's quoted words"
    if draft.facts[0].answer_kind == "PERSON" and _SPEAKER.search(draft.prompt):
        return "who said it, with nothing checkable in what was said"
    fact = draft.facts[0]
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if at and fact.kind != "quantity" and _in_passing_source(fact.item, at[0], at[-1]):
        return "who a passing source is, or where they work ('Queensland shearing contractor _____ says')"
    after = None
    if at:
        before = tokens[at[0] - 1] if at[0] > 0 else None
        after = tokens[at[-1] + 1] if at[-1] + 1 < len(tokens) else None
        if before is not None and before.text[:1].isupper() and (at[0] > 1 or before.tag in _NAME_TAGS | {"NNS"}):
            return "blank inside a longer name"
        if before is not None and fact.answer_kind != "PERSON" and before.text in nationalities():
            return "blank inside a longer name"  # 'Australian _____ has appointed ...': Australian Wool Innovation
        if before is not None and _acronym(before.text):
            return "blank inside a longer name"  # 'the drug TGN _____': a code's number is part of its name
        if before is not None and fact.answer_kind == "PLACE" and before.lower in _QUARTERS:
            return "blank inside a longer name"  # 'southeast _____': a region's name, half given away
        if after is not None and after.tag == "POS" and at[-1] + 2 < len(tokens):
            after = tokens[at[-1] + 2]  # "_____'s National Centre for Scientific Research"
        if after is not None and after.tag in _NAME_TAGS and after.text[:1].isupper():
            return "blank inside a longer name"
        if _in_list(fact.item, at[0], at[-1]):
            return "one name of a list many names fit ('_____, Brussels and Milan')"
    if fact.kind != "quantity" and fact.answer_kind == "PLACE" and at:
        reason = _place_detail(tokens, at[0], at[-1])
        if reason:
            return reason
    if (
        fact.kind != "quantity"
        and at
        and draft.prompt.startswith("_____")
        and _tag(tokens, at[-1] + 1) in ("NN", "NNS")
    ):
        # '_____ researchers say', '_____ chairman Ian Donges': not 'The _____ researchers found'
        return "a name used as a modifier ('_____ researchers carried out the study')"
    if fact.kind != "quantity" and fact.answer_subtype == "media":
        return "which outlet reported it"
    return None


def cut_name(draft: Draft) -> str | None:
    """Why the key is an organisation's name cut short, in any form of question, or None: 'College of Judea' of
    'the College of Judea and Samaria', 'University of California' of 'the University of California, Davis'."""
    fact = draft.facts[0]
    if fact.kind == "quantity" or fact.answer_kind != "ORGANIZATION":
        return None
    if _TWO_PLACES.search(draft.prompt):
        return "a post with two workplaces ('a researcher at the University of Chicago at _____')"
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if not at:
        return None
    if _joined(tokens, at[0], at[-1]):
        return "a name cut short ('The _____ and Human Services', 'Health and _____')"
    if _campus_after(tokens, at[0], at[-1]):
        return "a university without its campus ('the University of California, Berkeley')"
    return None


def _acronym(word: str) -> bool:
    """'TGN', 'SMART': two or more capital letters alone, and no currency's code ('USD 5 million')."""
    return len(word) >= 2 and word.isalpha() and word.isupper() and word not in number_table().currencies


def _campus_after(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """'the University of California, Berkeley.': a comma and one more name close the university's name."""
    if tokens[first].lower != "university" or last + 3 > len(tokens) or tokens[last + 1].text != ",":
        return False
    campus, closing = tokens[last + 2], tokens[last + 3] if last + 3 < len(tokens) else None
    return campus.tag in _NAME_TAGS and (closing is None or closing.tag in (".", ",", ":", "IN"))


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


def _tag(tokens: tuple[Token, ...], i: int) -> str:
    """Token i's tag, or '' past either end."""
    return tokens[i].tag if 0 <= i < len(tokens) else ""


def _word(tokens: tuple[Token, ...], i: int) -> str:
    """Token i, lower-case, or '' past either end."""
    return tokens[i].lower if 0 <= i < len(tokens) else ""


_QUARTERS = frozenset(
    {"northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"}
)
_COMPASS = (
    frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}) | _QUARTERS
)


def _place_detail(tokens: tuple[Token, ...], first: int, last: int) -> str | None:
    """A place asked where it only says where someone or something is from: 'US researchers', '_____ shearing
    contractor Ian Bateman', 'Bega in southern _____', 'Bega, _____'."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    beyond = tokens[last + 2] if last + 2 < len(tokens) else None
    if after is not None and (
        after.tag in ("NN", "NNS") or after.tag in ("VBG", "JJ") and beyond is not None and beyond.tag in ("NN", "NNS")
    ):
        return "a name used as a modifier ('US researchers')"
    i = first - 1
    if i >= 0 and tokens[i].lower in _COMPASS:
        i -= 1
    if i >= 1 and tokens[i].lower in ("in", ",") and _name(tokens, i - 1):
        return "where a place named just before it lies ('Bega in southern _____')"
    return None


def _in_passing_source(item: Analyzed, first: int, last: int) -> bool:
    """The blank lies in a source the sentence introduces before what they say, a person with a role or a
    workplace ('Dr Andrew Williams from Australia's Perth Observatory explains ...'), and what they say names
    no one: the claim is the news, not who made it. A bare name ('Putin said ...') or an organisation ('The
    National Farmers Federation says ...') is not a passing source."""
    tokens = item.tokens
    verbs = lexicon().say_verbs
    verb = next(
        (i for i, t in enumerate(tokens) if (t.lower in verbs or t.lower in _SOURCE_WORDS) and t.tag[:2] == "VB"),
        None,
    )
    if (
        verb is None
        or last >= verb
        or tokens[0].tag == "IN"
        or any(t.tag in ("VBD", "VBP", "MD") for t in tokens[:verb])
    ):
        return False
    if any(t.text in ('"', "“", "”", "``", "''") for t in tokens[:verb]):
        return False  # a quotation first: what is said comes before who says it
    people = [m for m in item.mentions if m.kind == "PERSON" and m.last <= verb]
    if len(people) != 1 or any(m.kind in ("PERSON", "ORGANIZATION") and m.first > verb for m in item.mentions):
        return False  # 'Top USDA lawyer Marc Kesselman says Mike Johanns has ordered him ...' is a checkable claim
    person = people[0]
    around = [t for i, t in enumerate(tokens[:verb]) if not person.first <= i < person.last and t.text != ","]
    return len(around) > 1 or bool(person.title and person.title not in honorific_forms())

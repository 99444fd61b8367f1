"""Does 'the (modifiers) NOUN' say which one it means? 'The Harbin Institute', 'the city of Harbin', 'the company
in Houston' do; 'the two plants', 'the Pennsylvania bank', 'the department's ...', 'the reduction' do not."""

from __future__ import annotations

from functools import lru_cache

from nltk.corpus import wordnet as wn

from ..lexicon import lexicon
from ..nlp.analysis import Analyzed

__all__ = ["loose_definite", "names_a_person"]

_SPECIFIERS = frozenset(
    {
        "of",
        "in",
        "at",
        "for",
        "from",
        "on",
        "with",
        "between",
        "that",
        "which",
        "who",
        "whose",
        "where",
        "to",
        "by",
        "called",
        "known",
        "named",
        "near",
        "behind",
        "against",
        "over",
        "like",
        "including",
        "such",
    }
)
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "CD", "NN", "NNS", "RBS", "POS"})


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """'the December contract': a month or a weekday inside 'the ...' is a modifier, not a name saying which."""
    return frozenset(lexicon().date_words)


def loose_definite(item: Analyzed, index: int, unique: frozenset[str]) -> int | None:
    """The head noun of 'the (modifiers) NOUN' when nothing in the sentence says which one is meant."""
    tokens = item.tokens
    head = None
    j = index + 1
    dates = _date_words()
    places = {i for m in item.mentions if m.kind == "PLACE" and m.subtype != "country" for i in range(m.first, m.last)}
    named = False
    only_places = True
    while j < len(tokens) and j - index <= 8:
        token = tokens[j]
        if token.text == "," and j + 1 < len(tokens) and tokens[j + 1].tag in ("JJ", "VBN"):
            j += 1  # 'the nonprofit, industry-supported group'
            continue
        if token.text == "," and j - 1 in places and j + 1 in places:
            j += 1  # 'the Stamford, Conn., concern'
            continue
        if token.text == "," and j - 1 in places and named and j + 1 < len(tokens) and tokens[j + 1].tag == "NN":
            j += 1
            continue
        if token.tag == "RB" and j + 1 < len(tokens) and tokens[j + 1].tag in ("VBN", "JJ"):
            j += 1  # 'the oddly named particle'
            continue
        if token.tag not in _MODIFIER_TAGS | {"NNP", "NNPS"}:
            break
        if token.tag == "CD" and head is not None:
            break  # 'observed the behaviour 20 times': a number after the noun begins the next phrase
        if token.tag == "POS" and head is not None and not named:
            break  # 'the department's Occupational Safety ...': which department is the question
        if token.tag in ("NNP", "NNPS") and token.text not in dates:
            named, head = True, None
            only_places = only_places and j in places
        if token.tag in ("NN", "NNS"):
            head = j
        j += 1
    if head is None and j == index + 2 and tokens[j - 1].tag == "JJS" and (j == len(tokens) or tokens[j].tag in ".,:"):
        return j - 1  # 'is thought to be the oldest.': the oldest of what?
    if head is not None and tokens[head].lower in _PARTS and _word(tokens, head + 1) != "of":
        return head  # 'The vast majority are gas giants': the majority of what?
    if head is None or tokens[head].lower in unique or _kind_name(tokens[index + 1 : head + 1]):
        return None
    if named and not (only_places or names_a_person(tokens[head].lower)):
        # 'the Harbin Institute', 'the Marathon Oil Co. unit', 'the U.S. grain pipeline': a name says which. A
        # city or state, or a name before a person, does not: 'the Pennsylvania bank', 'the Texas oilman'.
        return None
    after = tokens[head + 1] if head + 1 < len(tokens) else None
    specified = after is not None and (after.lower in _SPECIFIERS or after.tag in ("NNP", "NNPS"))
    if specified and not _says_nothing(item, head + 2):
        return None
    if _reduced_relative(tokens[head + 1 : head + 4]):
        return None
    if after is not None and after.text == "," and any(_in_apposition(tokens, m, head) for m in item.mentions):
        return None  # 'the city, Harbin,' names it in apposition
    if tokens[head].lower in _org_nouns() and any(m.kind == "ORGANIZATION" and m.last <= index for m in item.mentions):
        return None  # 'Biscayne Securities Corp. ... and a principal of the firm': the sentence named it
    return head


# Shares of something named after them ('the majority of voters'); alone, of what the article was counting.
_PARTS = frozenset({"majority", "minority", "rest", "remainder", "bulk"})


def _word(tokens, i: int) -> str:
    return tokens[i].lower if i < len(tokens) else ""


@lru_cache(maxsize=1)
def _org_nouns() -> frozenset[str]:
    return frozenset((*lexicon().organization_nouns, "concern", "unit", "subsidiary", "parent"))


def _says_nothing(item: Analyzed, at: int) -> bool:
    """What follows the preposition does not say which: 'the materials in each set', 'the two plants in the
    past two years', 'the commission to audit ...'."""
    tokens = item.tokens
    if at >= len(tokens):
        return False
    word = tokens[at].lower
    if word in ("each", "every") or tokens[at].tag in ("VB",):
        return True
    return word == "the" and at + 1 < len(tokens) and tokens[at + 1].lower in ("past", "last", "next", "coming")


def _in_apposition(tokens, mention, head: int) -> bool:
    """'the city, Harbin,': the name follows the noun's comma and is set off by another (or ends the sentence).
    A determiner after the comma begins a clause of its own: 'As the cost of the inquiry mounts, the Grain
    Growers Association ...'."""
    if mention.first not in (head + 2, head + 3) or tokens[head + 2].tag == "DT":
        return False
    after = tokens[mention.last] if mention.last < len(tokens) else None
    return after is None or after.text in (",", ".", ";", ")", "--")


def _kind_name(words) -> bool:
    """'the solar system', 'the human immunodeficiency virus': words that together name one kind of thing
    (a WordNet entry other than a person or a group), so the definite needs no earlier sentence."""
    if not words or not words[-1].tag.startswith("NN"):
        return False
    for size in (3, 2):
        part = words[-size:]
        if len(part) < size or size == 2 and part[0].tag != "JJ":
            continue
        if _names_a_kind("_".join(t.lower for t in part)):
            return True
    return False


@lru_cache(maxsize=100_000)
def names_a_person(noun: str) -> bool:
    """'oilman', 'spokeswoman': a noun whose commonest sense is a person."""
    synsets = wn.synsets(noun, pos="n")
    return bool(synsets) and synsets[0].lexname() == "noun.person"


@lru_cache(maxsize=100_000)
def _names_a_kind(lemma: str) -> bool:
    synsets = wn.synsets(lemma, pos="n")
    return bool(synsets) and all(s.lexname() not in ("noun.person", "noun.group") for s in synsets)


def _reduced_relative(after) -> bool:
    """'the 39.5 million people worldwide infected with HIV': a participle and its preposition say which ones."""
    words = [t for t in after if t.tag != "RB"]
    return len(words) >= 2 and words[0].tag in ("VBN", "VBG") and words[1].tag in ("IN", "TO")

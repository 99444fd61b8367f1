"""Reading short phrases off a tagged sentence: appositives, titles before names, relative-clause roles."""

from __future__ import annotations

from functools import lru_cache

from ...config import PHRASES
from ...lexicon import lexicon
from ...nlp.analysis import Analyzed
from ...nlp.entities import Mention
from ...nlp.tagging import Token

__all__ = ["appositive", "head_noun", "lowercase_title", "named_as", "phrase_text", "preceding_appositive"]

_STOP_TAGS = {".", ",", ":", "''", "``", "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "WP$", "-RRB-", "("}


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(lexicon().appositive_stops)


def phrase_text(item: Analyzed, first: int, last: int) -> str:
    """The sentence text covered by tokens [first, last)."""
    return item.text[item.tokens[first].start : item.tokens[last - 1].end]


def appositive(item: Analyzed, after: int, max_tokens: int | None = None) -> tuple[int, int] | None:
    """Token range of the noun phrase set off by a comma right after token `after`:
    'Alexander Gabuev, director of the Carnegie Russia Eurasia Center.' -> 'director of ... Center'."""
    tokens = item.tokens
    if after >= len(tokens) or tokens[after].text != ",":
        return None
    max_tokens = PHRASES.appositive_tokens if max_tokens is None else max_tokens
    stop_words = _stop_words()
    first = after + 1
    last = first
    while last < len(tokens) and last - first < max_tokens:
        token = tokens[last]
        if token.tag in _STOP_TAGS or token.lower in stop_words or token.text in ";—–" or _and_colleagues(tokens, last):
            break
        last += 1
    if last >= len(tokens) or last == first or last - first >= max_tokens:
        return None
    ends = tokens[last].text in (",", ".", ";", ":", "—", "–") or tokens[last].lower in stop_words
    if not ends and not _and_colleagues(tokens, last):
        return None
    while last > first and tokens[last - 1].tag in ("IN", "DT", "CC", "TO"):
        last -= 1
    if tokens[first].tag == "CC" or last < len(tokens) and tokens[last].lower in lexicon().say_verbs:
        return None  # 'Ames, Iowa, and president of NBC News'; 'none have AIDS, the newspaper said'
    return (first, last) if _has_noun(tokens, first, last) else None


def _and_colleagues(tokens: tuple[Token, ...], at: int) -> bool:
    """'..., the director of psychiatry at the University of Queensland and colleagues surveyed ...': the
    people working with the one named begin after the description."""
    words = [t.lower for t in tokens[at : at + 3]]
    return bool(words) and words[0] in ("and", "&") and any(w in _COLLEAGUES for w in words[1:])


_COLLEAGUES = frozenset({"colleagues", "co-workers", "coworkers", "team", "collaborators", "co-authors", "students"})


def head_noun(tokens: tuple[Token, ...], first: int, last: int) -> str:
    """The head of a noun phrase: the last common noun before its first preposition."""
    head = ""
    for token in tokens[first:last]:
        if token.tag in ("IN", "TO") and head:
            break
        if token.tag in ("NN", "NNS"):
            head = token.lower
    return head


def named_as(item: Analyzed, after: int) -> tuple[int, int] | None:
    """'..., an economist who was named the new defense minister this week;' -> 'the new defense minister'."""
    tokens = item.tokens
    lex = lexicon()
    for i in range(after, min(after + PHRASES.appointed_within, len(tokens) - 3)):
        if tokens[i].lower == "who" and tokens[i + 1].lower in lex.appointment_auxiliaries:
            j = i + 2 + (tokens[i + 2].lower == "been")
            if j < len(tokens) and tokens[j].lower in lex.appointment_verbs:
                first = j + 1
                last = first
                while last < len(tokens) and tokens[last].tag in ("DT", "JJ", "NN", "NNS", "NNP", "PRP$", "POS"):
                    if tokens[last].lower in lex.time_openers and last > first:
                        break
                    last += 1
                return (first, last) if _has_noun(tokens, first, last) else None
    return None


@lru_cache(maxsize=1)
def _standing() -> frozenset[str]:
    """Words that say when or how someone holds a post: 'former', 'acting', 'incoming'."""
    return frozenset(lexicon().role_standing)


def lowercase_title(item: Analyzed, mention: Mention, titles: frozenset[str]) -> tuple[int, int] | None:
    """Tokens of a role written just before a name: 'presidential foreign policy aide Yuri Ushakov',
    'the new Defense Minister Andrei Belousov', 'Sberbank CEO German Gref', 'VTB head Andrei Kostin'."""
    tokens = item.tokens
    title_first = mention.first - len(mention.title.split())
    first = title_first
    while first > 0:
        token = tokens[first - 1]
        lower_word = token.tag in ("JJ", "NN", "NNS", "VBN") and token.text[:1].islower()
        if not (lower_word or token.text in titles):
            break
        first -= 1
    owner = next((m for m in item.mentions if m.last == first and m.kind in ("ORGANIZATION", "OTHER")), None)
    if owner and first < title_first:
        first = owner.first
    if first < title_first and first > 0 and tokens[first - 1].lower in _standing():
        first -= 1  # 'Former AWB chairman Trevor Flugge' was the chairman once; the role keeps 'former'
    if first == title_first and not mention.title:
        return None
    return (first, mention.first) if first < mention.first else None


def _has_noun(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    return any(t.tag.startswith("NN") for t in tokens[first:last])


def preceding_appositive(item: Analyzed, mention: Mention) -> tuple[int, int] | None:
    """'..., the head of the Russian space agency Roscosmos, Yuri Borisov, shared ...' -> 'the head of ... Roscosmos'."""
    tokens = item.tokens
    comma = mention.first - 1
    if comma < 1 or tokens[comma].text != "," or mention.last >= len(tokens) or tokens[mention.last].text != ",":
        return None
    first = comma
    while first > 0 and tokens[first - 1].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "IN", "POS"):
        first -= 1
        if tokens[first].tag == "DT" and (first == 0 or tokens[first - 1].text == ","):
            return (first, comma) if _has_noun(tokens, first, comma) else None
    return None

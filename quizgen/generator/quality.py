"""Judging a source sentence before any question is made from it.

A question can only be as good as its sentence. These checks find what a
teacher would reject: garbled machine translation ("leaders.said", "even He
gave her a hug", "THE joint statement"), fragments, sentences whose meaning
hangs on something said before ("He said ...", "the school"), and opinions
that must not be asked as facts unless they are attributed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.corpus import stopwords

from ..lexicon import lexicon
from ..nlp.analysis import Analyzed
from ..nlp.entities import appositive_head
from ..nlp.gazetteer import common_words

__all__ = ["Verdict", "clean_span", "context_triggers", "glitches", "judge"]

_GLUED = re.compile(r"\b[a-z]{2,}\.[A-Za-z]{2,}\b")
_WEB = re.compile(r"\.(com|org|net|gov|edu|au|uk|ru|cn)\b")
_DOUBLED = re.compile(r"\b(\w{3,})\W+\1\b", re.IGNORECASE)
_LOOSE_SPACE = re.compile(r"\s[.,;:]")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_INTERNAL_OPENERS = {'"', "“", "‘", "'", "(", ":", ";", "—", "–", "-", "``"}


@dataclass(frozen=True, slots=True)
class Verdict:
    """What is wrong with a sentence, as flags, and whether it may be used at all."""

    flags: frozenset[str]

    @property
    def usable(self) -> bool:
        return not self.flags & {"garbled", "fragment", "question"}

    @property
    def standalone(self) -> bool:
        """Readable without the sentences around it."""
        return "context" not in self.flags

    @property
    def factual(self) -> bool:
        """May be asked as a fact (not an unattributed opinion)."""
        return "opinion" not in self.flags or "attributed" in self.flags


@lru_cache(maxsize=1)
def _sets() -> dict[str, frozenset[str]]:
    lex = lexicon()
    return {
        "openers": frozenset(lex.context_openers),
        "anaphoric": frozenset(lex.anaphoric_nouns),
        "garble": frozenset(lex.garble_capitals) | frozenset(stopwords.words("english")),
        "opinion": frozenset(lex.opinion_markers),
        "say": frozenset(lex.say_verbs),
    }


def judge(item: Analyzed) -> Verdict:
    """Flags: garbled, fragment, question, context, opinion, attributed, spacing."""
    text = item.text
    tokens = item.tokens
    sets = _sets()
    flags: set[str] = set()
    words = [t for t in tokens if t.text[:1].isalnum()]
    if len(words) < 6 or not _has_main_verb(tokens):
        flags.add("fragment")
    if not text[:1].isupper() and text[:1] not in "“\"‘'(" and not text[:1].isdigit():
        flags.add("fragment")
    if text.rstrip().endswith("?"):
        flags.add("question")
    if glitches(item) or _misplaced_appositive(item):
        flags.add("garbled")
    if _LOOSE_SPACE.search(text):
        flags.add("spacing")
    if context_triggers(item):
        flags.add("context")
    lowered = {t.lower for t in tokens}
    attributed = _attributed(item, sets["say"])
    if attributed:
        flags.add("attributed")
    folded = f" {' '.join(t.lower for t in tokens)} "
    if lowered & sets["opinion"] or any(f" {phrase} " in folded for phrase in lexicon().opinion_phrases):
        flags.add("opinion")
    if text[:1] in '“"' and not attributed:
        flags.add("opinion")  # a quotation whose speaker the sentence does not name: it is theirs to vouch for
    return Verdict(frozenset(flags))


def _misplaced_appositive(item: Analyzed) -> bool:
    """'by Mr. Putin, a city with a historical connection to Russia': the description belongs elsewhere."""
    lex = lexicon()
    things = set(lex.place_nouns) | set(lex.organization_nouns)
    return any(m.kind == "PERSON" and appositive_head(item.tokens, m.last) in things for m in item.mentions)


def _has_main_verb(tokens) -> bool:
    """A finite verb outside any relative clause: 'Xi Jinping of China which seemed ...' has none."""
    relative = False
    for token in tokens:
        if token.tag in ("WDT", "WP", "WP$"):
            relative = True
        elif token.text in (",", ";", ":", "—", "–"):
            relative = False
        elif token.tag in _FINITE and not relative:
            return True
    return False


def glitches(item: Analyzed) -> tuple[int, ...]:
    """Character offsets where the sentence shows garbling: 'leaders.said', 'even He', 'REMARK', 'years. years'."""
    text = item.text
    found = [m.start() for m in _GLUED.finditer(text) if not _WEB.search(text)]
    found += [m.start() for m in _DOUBLED.finditer(text)]
    sets = _sets()
    named = {
        i
        for m in item.mentions
        if m.kind != "OTHER" or " " in m.text
        for i in range(m.first - len(m.title.split()), m.last)
    }
    tokens = item.tokens
    found += _broken_grammar(tokens)
    for i, token in enumerate(tokens[1:], start=1):
        word = token.text
        if not word[:1].isupper() or i in named or tokens[i - 1].text in _INTERNAL_OPENERS:
            continue
        shouted = len(word) >= 3 and word.isupper() and word.lower() in common_words()
        if shouted or (word.lower() in sets["garble"] and not word.isupper()):
            found.append(token.start)
    return tuple(sorted(found))


def _broken_grammar(tokens) -> list[int]:
    """Verb forms no English writer produces, typical of machine translation: 'the two leaders sworn
    strengthening', 'According to speaking', 'in the first case in to visit at'."""
    participles = frozenset(lexicon().irregular_participles)
    found = []
    for i in range(1, len(tokens)):
        word, previous = tokens[i].lower, tokens[i - 1]
        before = tokens[i - 2].lower if i >= 2 else ""
        if (
            word in participles
            and previous.tag in ("NNS", "NN", "PRP")
            and before not in lexicon().auxiliaries
            or previous.lower == "to"
            and before == "according"
            and tokens[i].tag == "VBG"
            or previous.lower == "to"
            and before == "in"
            and tokens[i].tag == "VB"
        ):
            found.append(tokens[i].start)
    return found


def clean_span(item: Analyzed, start: int, end: int) -> bool:
    """No sign of garbling between `start` and `end` of the sentence."""
    return not any(start <= at < end for at in glitches(item))


def context_triggers(item: Analyzed) -> tuple[int, ...]:
    """Token indexes of what makes the sentence lean on an earlier one: an opening 'He' or 'This',
    'this visit', 'the school' with nothing in the sentence to say which, a 'he' with no person named."""
    sets = _sets()
    tokens = item.tokens
    found: list[int] = []
    first_words = [t.text for t in tokens[:2]]
    if first_words and (first_words[0] in sets["openers"] or " ".join(first_words) in sets["openers"]):
        found.append(0)
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        if (
            token.lower in ("this", "these", "that", "those")
            and token.tag == "DT"
            and following.tag.startswith("NN")
            and following.lower not in lexicon().time_nouns
        ):
            found.append(i)
        elif token.lower == "the":
            head = i + 1
            while head < len(tokens) - 1 and tokens[head].tag in ("JJ", "CD", "VBN") and "-" in tokens[head].text:
                head += 1
            noun = tokens[head].lower
            if noun in sets["anaphoric"] and not _antecedent(item, i, noun) and not _specified(item, head + 1):
                found.append(i)
        if token.lower in ("this", "that") and token.tag == "DT" and following.tag in _FINITE:
            found.append(i)  # 'While this is useful, ...'
        if token.lower in ("he", "she") and following.lower in sets["say"]:
            found.append(i)  # '..., he added.' speaks for someone named elsewhere
    if not any(m.kind == "PERSON" for m in item.mentions):
        found.extend(i for i, t in enumerate(tokens) if t.lower in ("he", "she", "him", "his", "her"))
    return tuple(sorted(set(found)))


def _specified(item: Analyzed, index: int) -> bool:
    """'the visit to the Harbin Institute of Technology': a phrase right after the noun says which one."""
    tokens = item.tokens
    if index >= len(tokens) or tokens[index].lower not in ("to", "of", "by", "in", "at", "with", "between"):
        return False
    return any(m.first in (index + 1, index + 2) for m in item.mentions)


def _antecedent(item: Analyzed, index: int, noun: str) -> bool:
    """'the city' after 'Harbin' in the same sentence, or 'the Harbin Institute ...', is not a loose reference."""
    if any(m.first == index + 1 for m in item.mentions):
        return True
    kind = lexicon().referent_kinds.get(noun)
    return kind is not None and any(m.last <= index and m.kind == kind for m in item.mentions)


def _attributed(item: Analyzed, say: frozenset[str]) -> bool:
    """Someone named says it: 'X said', 'said X', 'according to X'."""
    text = item.text.lower()
    speakers = [m for m in item.mentions if m.kind in ("PERSON", "ORGANIZATION")]
    if "according to" in text and (speakers or "data" in text or "media" in text):
        return True
    tokens = item.tokens
    for mention in speakers:
        after = tokens[mention.last].lower if mention.last < len(tokens) else ""
        before = tokens[mention.first - 1].lower if mention.first > 0 else ""
        if after in say or before in say:
            return True
    # 'Shi Yinhong, an international relations professor at ..., said ...'
    first_person = min((m.first for m in speakers if m.kind == "PERSON"), default=None)
    return first_person is not None and any(t.lower in say for t in tokens[first_person:])

"""Quoted words and who said them: '“The signal is, ‘we are strong together,’” said Nadège Rolland'.

A quote is attributed only when its speaker is named in the same sentence, or in an
adjacent one through an unbroken chain of 'he said' / 'he added' with no other person
mentioned in between; the naming sentence is then cited too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ...lexicon import lexicon
from ...nlp.analysis import Analyzed
from ...nlp.entities import Mention
from ..quality import Verdict, clean_span, judge
from .model import Fact

__all__ = ["quote_facts", "speaker_of"]

_QUOTE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
_OPEN_QUOTE = re.compile(r"^[“\"]([^”\"]+)$")
_PRONOUNS = {"he", "she"}


def speaker_of(item: Analyzed) -> Mention | None:
    """The person named next to a verb of saying, outside any quotation marks ('…,” said X', 'X said')."""
    say = lexicon().say_verbs
    tokens = item.tokens
    people = _people_outside_quotes(item)
    for mention in people:
        after = tokens[mention.last].lower if mention.last < len(tokens) else ""
        before = (
            tokens[mention.first - 1 - len(mention.title.split())].lower
            if mention.first > len(mention.title.split())
            else ""
        )
        if after in say or before in say:
            return _head_of_apposition(item, mention, people)
    if len(people) == 1 and _is_subject(item, people[0]):
        return people[0]
    return None


def _head_of_apposition(item: Analyzed, mention: Mention, people: list[Mention]) -> Mention:
    """'Mark Boyd, general manager of Tropical Pines said': the name before 'said' is where the speaker works
    (a company the name finder took for a person); the speaker is the person the description follows."""
    tokens = item.tokens
    if mention.first == 0 or tokens[mention.first - 1].lower not in ("of", "at", "from"):
        return mention
    for person in reversed([p for p in people if p.last < mention.first]):
        between = tokens[person.last : mention.first]
        if between and between[0].text == "," and not any(t.text in ",;" for t in between[1:]):
            return person
    return mention


def _is_subject(item: Analyzed, mention: Mention) -> bool:
    """'Mr. Xi hailed ties ... as “…”': the person opens the sentence and a verb follows."""
    opening = mention.first - len(mention.title.split())
    lead = [t for t in item.tokens[:opening] if t.text not in ("Mr.", "Mrs.", "Ms.", "Dr.")]
    following = item.tokens[mention.last].tag if mention.last < len(item.tokens) else ""
    return not lead and following in ("VBD", "VBZ", "VBP", "MD")


def _only_person(item: Analyzed) -> Mention | None:
    """The one person the sentence names outside quotation marks (not one its quote mentions)."""
    people = {m.name: m for m in _people_outside_quotes(item)}
    return next(iter(people.values())) if len(people) == 1 else None


def _people_outside_quotes(item: Analyzed) -> list[Mention]:
    inside = _inside_quotes(item.text)
    return [m for m in item.mentions if m.kind == "PERSON" and not any(a <= m.start < b for a, b in inside)]


def _pronoun_says(item: Analyzed) -> bool:
    """'…,” he said.' / '…, he added.' with no person named in the sentence (outside what it quotes)."""
    tokens = item.tokens
    if _people_outside_quotes(item):
        return False
    return any(
        t.lower in _PRONOUNS and i + 1 < len(tokens) and tokens[i + 1].lower in lexicon().say_verbs
        for i, t in enumerate(tokens)
    )


def _inside_quotes(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text)]


def _resolve(items: Sequence[Analyzed], index: int) -> tuple[Mention, tuple[Analyzed, ...]] | None:
    """Who speaks in items[index], and which earlier sentences establish it (empty when named here)."""
    item = items[index]
    named = speaker_of(item)
    if named:
        return named, ()
    chain: list[Analyzed] = []
    for back in range(index - 1, max(index - 4, -1), -1):
        previous = items[back]
        if previous.source_id != item.source_id:
            return None
        chain.append(previous)
        named = speaker_of(previous) or (_only_person(previous) if back == index - 1 else None)
        if named:
            return named, tuple(reversed(chain))  # every sentence from the naming one on, so the link can be read
        if _people_outside_quotes(previous) or not (_pronoun_says(previous) or _is_quote(previous)):
            return None
    return None


def _said_by_someone_else(item: Analyzed, start: int, speaker: Mention) -> bool:
    """'..., but when a retailer in Southern California asked, "Is that wholesale or retail?"': the verb of
    saying right before the quotation has its own unnamed subject, so the person the sentence names did not
    say it."""
    tokens = item.tokens
    before = [i for i, t in enumerate(tokens) if t.end <= start and t.text not in ("“", '"', ",", ":")]
    if not before or tokens[before[-1]].lower not in lexicon().say_verbs:
        return False
    verb = before[-1]
    opening = speaker.first - len(speaker.title.split())
    if speaker.last == verb and opening > 0 and tokens[opening - 1].tag == "IN":
        return True  # 'a retailer in Southern California asked': the name is where the speaker is
    nouns = [i for i in range(max(0, verb - 5), verb) if tokens[i].tag in ("NN", "NNS")]
    return bool(nouns) and speaker.last < nouns[0]


def _is_quote(item: Analyzed) -> bool:
    text = item.text.strip()
    return text[:1] in '“"' and text[-1:] in '”"'


# Nouns that name nothing in particular: 'in every way', 'a lot of things'.
_EMPTY_NOUNS = frozenset({"way", "ways", "thing", "things", "lot", "lots", "bit", "stuff", "kind", "sort"})


def _about_something(item: Analyzed, start: int, end: int) -> bool:
    """The quoted words name something (a noun, a name or a number) beyond a time and a vague 'thing'."""
    times = lexicon().time_nouns
    return any(
        start <= t.start < end
        and t.tag in ("NN", "NNS", "NNP", "NNPS", "CD")
        and t.lower.removesuffix("s") not in times
        and t.lower not in _EMPTY_NOUNS
        for t in item.tokens
    )


def quote_facts(items: Sequence[Analyzed], verdict: Callable[[Analyzed], Verdict] = judge) -> list[Fact]:
    """One fact per quotation of 4 to 35 words whose speaker can be established."""
    facts = []
    for index, item in enumerate(items):
        quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(item.text)]
        opened = _OPEN_QUOTE.match(item.text.strip())
        if opened and not quotes:
            quotes = [(item.text.index(opened.group(1)), item.text.index(opened.group(1)) + len(opened.group(1)))]
        if not quotes or not (speaker_of(item) or _pronoun_says(item) or _is_quote(item) or opened):
            continue
        if "garbled" in verdict(item).flags and not all(clean_span(item, a, b) for a, b in quotes):
            continue
        resolved = _resolve(items, index)
        if not resolved:
            continue
        speaker, support = resolved
        for start, end in quotes:
            words = item.text[start:end].strip(" ,.")
            if not 4 <= len(words.split()) <= 35 or speaker.name.split()[-1] in words:
                continue
            if words[:1].islower() or _said_by_someone_else(item, start, speaker):
                continue  # 'new management "that's more financially oriented"': a fragment, not what was said
            if "..." in words or "…" in words:
                continue  # 'The ... analysis revealed big surprises': what was left out is what it is about
            if not _about_something(item, start, end):
                continue  # 'For years we didn't know what to expect': nothing in it a student could place
            facts.append(
                Fact(
                    kind="quote",
                    item=item,
                    answer=speaker.name,
                    answer_start=start,
                    answer_end=end,
                    answer_kind="PERSON",
                    answer_subtype="speaker",
                    subject=speaker.name,
                    subject_kind="PERSON",
                    subject_subtype="speaker",
                    detail=words,
                    detail_start=start,
                    detail_end=end,
                    support=support,
                )
            )
    return facts

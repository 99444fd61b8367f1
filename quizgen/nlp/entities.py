"""Stage 2c: typing names as PERSON, ORGANIZATION or PLACE, using the whole corpus as evidence.

A name's type is decided once for the corpus by weighing evidence from every
sentence it appears in: titles ("Mr. Gabuev", "Finance Minister ..."),
appositives (", an international relations professor"), verbs of saying,
cue words ("Institute", "Sea"), the gazetteers, first names and WordNet.
Surnames are then linked to the full name used in the same article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nltk.corpus import words as word_list

from ..config import RECOGNITION
from ..lexicon import lexicon
from .chunks import Chunk, find_chunks
from .gazetteer import Known, first_names, gazetteer_place, nationalities, wordnet_kind
from .tagging import Token

__all__ = ["Mention", "honorific_forms", "recognize"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed name in a sentence: tokens [first, last), characters [start, end) of the sentence text."""

    text: str
    start: int
    end: int
    first: int
    last: int
    kind: str  # PERSON, ORGANIZATION, PLACE or OTHER
    subtype: str
    name: str  # canonical: the full name for people ("Alexander Gabuev" for "Mr. Gabuev")
    title: str  # words before the name that introduce it ("Finance Minister", "Mr.")


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, str], dict[str, str]]:
    lex = lexicon()
    org = {w: kind for kind, words in lex.organization_cues.items() for w in words}
    place = {w: kind for kind, words in lex.place_cues.items() for w in words}
    return org, place


@lru_cache(maxsize=1)
def honorific_forms() -> frozenset[str]:
    # 'Mr Gabuev' (British style) is the same title as 'Mr. Gabuev'.
    return frozenset(form for word in lexicon().honorifics for form in (word, word.rstrip(".")))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = lexicon()
    return frozenset(lex.person_nouns), frozenset(lex.say_verbs), frozenset(lex.not_names)


def recognize(sentences: Sequence[tuple[str, tuple[Token, ...]]]) -> list[tuple[Mention, ...]]:
    """Typed mentions for each (article id, tokens) sentence, decided over all of them together."""
    chunked = [(article, tokens, find_chunks(tokens)) for article, tokens in sentences]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    subtypes: dict[str, str] = {}
    for _, tokens, chunks in chunked:
        for chunk in chunks:
            name = _name_text(tokens, chunk)
            if name:
                _weigh(name, tokens, chunk, votes[name], subtypes)
    kinds = {name: _decide(name, ballot) for name, ballot in votes.items()}
    links = _person_links(chunked, kinds)
    result = []
    for article, tokens, chunks in chunked:
        mentions = []
        for chunk in chunks:
            name = _name_text(tokens, chunk)
            kind = kinds.get(name)
            if not name or kind is None:
                continue
            canonical = links.get((article, name), name)
            if canonical != name:
                kind = "PERSON"
            alias = lexicon().name_aliases.get(name)
            if alias:
                canonical = alias[2]
            first, last = chunk.first, chunk.last
            mentions.append(
                Mention(
                    text=name,
                    start=tokens[first].start,
                    end=tokens[last - 1].end,
                    first=first,
                    last=last,
                    kind=kind,
                    subtype=subtypes.get(name, kind.lower()) if kind != "PERSON" else "person",
                    name=canonical,
                    title=" ".join(t.text for t in tokens[chunk.title_first : first]),
                )
            )
        result.append(tuple(mentions))
    return result


def _name_text(tokens: tuple[Token, ...], chunk: Chunk) -> str:
    words = [t.text for t in tokens[chunk.first : chunk.last]]
    while words and words[0] in honorific_forms():
        words = words[1:]
    if any(not word[:1].isalnum() for word in words) or _glued(tokens, chunk.last):
        return ""  # '[Organisation ]' is an editor's placeholder, 'Klaus-Robert M&uuml;ller' a name cut short
    if len(words) == 1 and (len(words[0]) < RECOGNITION.name_min_chars or words[0] in _lone_cues()):
        return ""  # 'M', or 'University' of 'University at Buffalo'
    if len(words) == 1 and (words[0] in _words()[2] or words[0] in nationalities() or words[0][:-1] in nationalities()):
        return ""
    if chunk.first == 0 and len(words) == 1 and chunk.title_first == chunk.first and words[0].lower() in _common():
        return ""
    return " ".join(words)


def _glued(tokens: tuple[Token, ...], after: int) -> bool:
    """Is the name followed, with no space, by a character no name ends before ('&' of an HTML entity)?"""
    return after < len(tokens) and tokens[after].start == tokens[after - 1].end and tokens[after].text[:1] in "&;"


@lru_cache(maxsize=1)
def _lone_cues() -> frozenset[str]:
    """Nouns that never name an organisation alone: 'University', 'Institute', 'Ministry'."""
    return frozenset(noun.capitalize() for noun in lexicon().organization_nouns)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list.words() if w.islower())


def _weigh(name: str, tokens: tuple[Token, ...], chunk: Chunk, ballot: Counter[str], subtypes: dict[str, str]) -> None:
    """Add this sentence's evidence about `name` to its ballot."""
    person_nouns, say_verbs, _ = _words()
    org_cues, place_cues = _cues()
    votes = RECOGNITION
    honorifics = honorific_forms()
    words = name.split()
    title_words = [t.text for t in tokens[chunk.title_first : chunk.first]]
    if any(w in honorifics for w in title_words) or tokens[chunk.first].text in honorifics:
        ballot["PERSON"] += votes.honorific_votes
    elif title_words:
        ballot["PERSON"] += votes.title_votes
    for cue, kind in org_cues.items():
        if cue in name.split() or (" " in cue and cue in name):
            ballot["ORGANIZATION"] += votes.organization_cue_votes
            subtypes.setdefault(name, kind)
    for cue, kind in place_cues.items():
        if cue in words or (" " in cue and cue in name):
            ballot["PLACE"] += votes.place_cue_votes
            subtypes.setdefault(name, kind)
    known = _known(name)
    if known:
        ballot[known.kind] += votes.known_votes
        subtypes.setdefault(name, known.subtype)
    if len(words) >= 2 and words[0] in first_names():
        ballot["PERSON"] += votes.first_name_votes
    if name.isupper() and votes.acronym_min_chars <= len(name) <= votes.acronym_max_chars:
        ballot["ORGANIZATION"] += votes.acronym_votes
    head = appositive_head(tokens, chunk.last)
    if head in person_nouns:
        ballot["PERSON"] += votes.appositive_votes
    elif head in _place_nouns():
        ballot["PLACE"] += votes.appositive_votes
    elif head in _org_nouns():
        ballot["ORGANIZATION"] += votes.appositive_votes
    if chunk.title_first > 0 and tokens[chunk.title_first - 1].lower in person_nouns:
        ballot["PERSON"] += votes.person_noun_votes
    next_word = tokens[chunk.last].lower if chunk.last < len(tokens) else ""
    previous = tokens[chunk.title_first - 1].lower if chunk.title_first > 0 else ""
    if next_word in say_verbs or previous in say_verbs:
        ballot["PERSON"] += votes.say_votes
        ballot["SPEAKER"] += votes.speaker_votes


def _known(name: str) -> Known | None:
    alias = lexicon().name_aliases.get(name)
    if alias:
        return Known(alias[0], alias[1])
    return wordnet_kind(name) or gazetteer_place(name)


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return frozenset(lexicon().place_nouns)


@lru_cache(maxsize=1)
def _org_nouns() -> frozenset[str]:
    return frozenset(lexicon().organization_nouns)


_APPOSITIVE_WORDS = {"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "VBG", "CD", "POS", "HYPH", "RB"}


def appositive_head(tokens: tuple[Token, ...], after: int) -> str:
    """The head noun of an appositive right after token `after`: ', an international relations professor at' -> 'professor'."""
    if after >= len(tokens) or tokens[after].text != ",":
        return ""
    i = after + 1
    if i < len(tokens) and tokens[i].tag in ("DT", "PRP$"):
        i += 1
    head = ""
    while i < len(tokens) and tokens[i].tag in _APPOSITIVE_WORDS:
        if tokens[i].tag.startswith("NN"):
            head = tokens[i].lower
        i += 1
    return head


def _decide(name: str, ballot: Counter[str]) -> str | None:
    ranked = [(votes, kind) for kind, votes in ballot.items() if kind != "SPEAKER"]
    if not ranked:
        return "PERSON" if ballot["SPEAKER"] and len(name.split()) >= 2 else "OTHER"
    votes, kind = max(ranked)
    return kind if votes >= RECOGNITION.min_votes else "OTHER"


def person_key(name: str) -> str:
    """'Vladimir V. Putin' and 'Vladimir Putin' are one person: drop middle initials."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w.rstrip(".")) == 1)]
    return " ".join(kept)


def _person_links(chunked, kinds: dict[str, str | None]) -> dict[tuple[str, str], str]:
    """(article, name as written) -> canonical full name, for people: full names lose middle
    initials; a lone surname ('Gabuev') or Chinese family name ('Xi') becomes the one full name
    in the same article (or, failing that, the corpus) it belongs to."""
    by_article: dict[str, set[str]] = defaultdict(set)
    written: set[tuple[str, str]] = set()
    for article, tokens, chunks in chunked:
        for chunk in chunks:
            name = _name_text(tokens, chunk)
            written.add((article, name))
            if kinds.get(name) == "PERSON" and len(name.split()) >= 2:
                by_article[article].add(person_key(name))
    everywhere = _by_end_word(set().union(*by_article.values()) if by_article else set())
    in_article = {article: _by_end_word(names) for article, names in by_article.items()}
    links: dict[tuple[str, str], str] = {}
    for article, name in written:
        if kinds.get(name) == "PERSON" and len(name.split()) >= 2:
            links[(article, name)] = person_key(name)
        elif len(name.split()) == 1 and kinds.get(name) in ("PERSON", "OTHER"):
            for pool in (in_article.get(article, {}), everywhere):
                matches = pool.get(name, set())
                if len(matches) == 1:
                    links[(article, name)] = next(iter(matches))
                    break
    return links


def _by_end_word(names: set[str]) -> dict[str, set[str]]:
    """Full names by their first and by their last word ('Xi' -> {'Xi Jinping'}, 'Gabuev' -> {'Alexander Gabuev'})."""
    index: dict[str, set[str]] = defaultdict(set)
    for full in names:
        words = full.split()
        index[words[0]].add(full)
        index[words[-1]].add(full)
    return index

"""Helpers every question builder shares: option lists, key words, answer variants, short names."""

from __future__ import annotations

from nltk.corpus import wordnet as wn

from ...lexicon import lexicon
from ...nlp.gazetteer import gloss, wordnet_kind
from ...textnorm import fold
from ..context import Corpus
from ..distractors import pick, stable_order
from ..draft import Draft
from ..facts.model import Fact
from ..places import country_hint
from ..text_keys import key_words

__all__ = [
    "article_for",
    "core_role",
    "country_hint",
    "entity_options",
    "key_words",
    "kind_noun",
    "name_variants",
    "options_with",
    "true_and_false",
    "short_name",
]


def core_role(role: str) -> str:
    """'the new Defense Minister' and 'current Defense Minister' are one post: 'defense minister'."""
    modifiers = lexicon().role_modifiers
    return " ".join(w for w in fold(role).split() if w not in modifiers)


def kind_noun(kind: str, subtype: str) -> str:
    """'city', 'think tank', 'organization', 'place' ... for 'Which ___ ...?'."""
    if kind == "PERSON":
        return "person"
    noun = lexicon().kind_nouns.get(kind, {}).get(subtype)
    if noun:
        return noun
    if kind == "ORGANIZATION":
        return "organization"
    if kind == "PLACE":
        return subtype if subtype.isalpha() and subtype not in ("place", "other", "building") else "place"
    return "name"


def article_for(noun_phrase: str) -> str:
    return "an" if noun_phrase[:1].lower() in "aeiou" else "a"


def short_name(corpus: Corpus, full: str) -> str:
    """How the articles refer to a person by one name ('Xi' for Xi Jinping, 'Gabuev' for Alexander Gabuev)."""
    return corpus.short_names.get(full, full.split()[-1])


def name_variants(name: str) -> list[str]:
    """Other ways a student may rightly write a name: without 'the', St./Saint, Center/Centre, surname only."""
    variants = {name}
    for a, b in lexicon().spellings:
        for v in list(variants):
            if a in v:
                variants.add(v.replace(a, b))
            if b in v:
                variants.add(v.replace(b, a))
    if name.lower().startswith("the "):
        variants.add(name[4:])
    return sorted(v for v in variants if fold(v) != fold(name))


def entity_options(corpus: Corpus, fact: Fact, stem: str, *, near: str = "", short: bool = False) -> list[str]:
    """The wrong names a multiple choice needs, of the answer's kind and subtype, none of them also supported by the articles."""
    seed = f"{fact.item.sentence.start}|{fact.answer}"
    candidates = corpus.names.candidates(fact.answer_kind, fact.answer_subtype, seed, near=near)
    answer_name = fact.subject or fact.answer
    if near:
        candidates = _near_first(candidates, near)
    words = key_words(stem)
    described = {w[:7] for w in words if len(w) >= 5 and fold(near) not in w}
    allowed = (
        short_name(corpus, c) if short and fact.answer_kind == "PERSON" else c
        for c in candidates
        if fold(c) != fold(answer_name)
        and not _same_person(c, answer_name)
        and not corpus.also_said(c, words, fact.item)
        and not _gloss_fits(c, described)
    )
    return pick(allowed, fact.answer, stem, corpus.config.choices - 1)


def _gloss_fits(candidate: str, described: set[str]) -> bool:
    """WordNet says the option has what the stem asks for ('northeastern' for 'China’s northeast'): it may be right too."""
    return bool(described) and bool(described & {w[:7] for w in key_words(gloss(candidate)) if len(w) >= 5})


def _same_person(candidate: str, name: str) -> bool:
    c, n = candidate.split(), name.split()
    return bool(c and n) and c[-1] == n[-1]


def _near_first(candidates: list[str], near: str) -> list[str]:
    """Places whose WordNet gloss mentions `near` (e.g. 'China') before the rest."""

    def close(name: str) -> bool:
        return any(near in synset.definition() for synset in wn.synsets(name.replace(" ", "_"), pos=wn.NOUN)[:2])

    known = [c for c in candidates if wordnet_kind(c)]
    return sorted(candidates, key=lambda c: (not (c in known and close(c)),))


def true_and_false(
    statement: str,
    false: str | None,
    facts: tuple[Fact, ...],
    key: str,
    score: float,
    form: str = "statement",
    *,
    lean: float,
) -> list[Draft]:
    """A true/false pair on one fact: the key's hash picks which is preferred (a bank holds a mix of both);
    the other is there for when the preferred one would give away another question's answer. The preferred one
    scores `lean` more."""
    preferred_true = sum(key.encode()) % 2 == 0
    drafts = [
        Draft(
            "true_false",
            form,
            statement,
            True,
            facts,
            key,
            score + (lean if preferred_true else 0.0),
            statement=statement,
        )
    ]
    if false:
        drafts.append(
            Draft(
                "true_false",
                form,
                false,
                False,
                facts,
                key,
                score + (0.0 if preferred_true else lean),
                statement=statement,
            )
        )
    return drafts


def options_with(answer: str, wrong: list[str], seed: str) -> tuple[str, ...]:
    """The answer among the wrong options, in a fixed seed-dependent order."""
    return tuple(stable_order([answer, *wrong], seed))

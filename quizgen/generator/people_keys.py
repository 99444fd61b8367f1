"""Who a question asks about: a person's key written as a name, the people it names, the posts it pairs."""

from __future__ import annotations

import re

from ..nlp.gazetteer import common_words, first_names
from .draft import Draft

__all__ = ["TITLED", "names_where", "occupation_first", "people_asked", "person_key"]

TITLED = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+[A-Z]")


def names_where(post: str) -> bool:
    """'director of the Carnegie Russia Eurasia Center', 'central bank governor': a post that says where it is
    held; not one an organisation of any kind has, with nothing to say which ('executive chairman', 'team
    leader', 'group president')."""
    if post[:1] in '“"':
        return True  # a matching question on quotes pairs people with what they said, not with posts
    words = post.split()
    if len(words) < 2:
        return False
    named = " of " in f" {post} " or any(w[:1].isupper() for w in words)
    return named or words[-1].lower() not in _ANY_BODY_POSTS


# Posts every kind of body has: alone, they say nothing of which one.
_ANY_BODY_POSTS = frozenset(
    {"chairman", "chairwoman", "chair", "president", "leader", "director", "manager", "head", "officer", "executive"}
)


def occupation_first(answer: str) -> bool:
    """'Pastoralist Richard Climas', 'Taxonomist Dr Robert Hoare': a common noun, then a first name."""
    words = answer.split()
    return (
        len(words) >= 3
        and words[0].lower() in common_words()
        and words[0] not in first_names()
        and (words[1] in first_names() or TITLED.match(" ".join(words[1:])) is not None)
    )


def person_key(draft: Draft) -> bool:
    """The key is a person ('Dr Robert Hoare'), however the tagger typed the words before the name."""
    fact = draft.facts[0]
    return fact.answer_kind == "PERSON" or any(
        m.kind == "PERSON" and fact.answer_start <= m.start < fact.answer_end for m in fact.item.mentions
    )


def people_asked(draft: Draft) -> list[str]:
    """The people a role, description or quote question names or asks for, as written; a name in capitals
    ('WAFA') is an organisation the tagger took for a person."""
    people = []
    for fact in draft.facts:
        if fact.kind in ("role", "description", "quote"):
            if fact.subject_kind == "PERSON":
                people.append(fact.subject)
            if fact.answer_kind == "PERSON":
                people.append(fact.answer)
    return [name for name in people if not name.isupper()]

"""Questions on what named things are: 'Which agency does the article describe as “Russia’s space agency”?'."""

from __future__ import annotations

from collections.abc import Sequence

from ...textnorm import fold
from ..context import Corpus
from ..distractors import pick, stable_order
from ..draft import Draft
from ..facts.model import Fact
from .common import country_hint, entity_options, kind_noun, name_variants, options_with, true_and_false

__all__ = ["description_questions"]


def description_questions(fact: Fact, corpus: Corpus, peers: Sequence[Fact]) -> list[Draft]:
    """Multiple choice, fill-in and true/false on one 'Name, description' appositive."""
    description = fact.detail
    noun = kind_noun(fact.answer_kind, fact.answer_subtype)
    if noun in ("name", "place") and fact.answer_kind == "PLACE":
        noun = "place"
    key = f"description|{fact.subject}|{fold(description)}"
    predicate = _predicate(description)
    statement = f"{fact.subject} is {predicate}."
    prompt = f"Which {noun} is {predicate}?"
    near = country_hint(description) or corpus.countries.get(fact.subject, "")
    wrong = entity_options(corpus, fact, prompt, near=near)
    scores = corpus.config.scores
    drafts = []
    if len(wrong) == corpus.config.choices - 1:
        drafts.append(
            Draft(
                "multiple_choice",
                "description",
                prompt,
                fact.answer,
                (fact,),
                key,
                scores.description_choice,
                choices=options_with(fact.answer, wrong, key),
                statement=statement,
            )
        )
    drafts.append(
        Draft(
            "fill_in_blank",
            "description",
            f"_____ is {predicate}.",
            fact.answer,
            (fact,),
            key,
            scores.description_blank,
            accepted=tuple(name_variants(fact.answer)),
            statement=statement,
        )
    )
    others = [p.detail for p in peers if p.subject != fact.subject and p.answer_subtype == fact.answer_subtype]
    swapped = pick(stable_order(dict.fromkeys(others), key), description, fact.subject, 1)
    false = f"{fact.subject} is {_predicate(swapped[0])}." if swapped else None
    drafts.extend(
        true_and_false(
            statement, false, (fact,), key, scores.description_statement, "description", lean=scores.preferred_statement
        )
    )
    return drafts


def _predicate(description: str) -> str:
    """What follows 'is': 'known for its defense research', 'called “little Moscow”', 'described as “…”'."""
    first = description.split()[0].lower() if description else ""
    if first in ("known", "famous", "renowned", "famed", "best"):
        return description
    if description[:1] in '“"':
        return f"called {description}"
    return f"described as “{description}”"

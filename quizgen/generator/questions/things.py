"""Questions on what named things are: 'Which agency does the article describe as “Russia’s space agency”?'."""

from __future__ import annotations

from collections.abc import Sequence

from ...textnorm import fold
from ..context import Corpus
from ..distractors import pick, stable_order
from ..draft import Draft
from ..facts.model import Fact
from .common import CHOICES, country_hint, entity_options, kind_noun, name_variants, options_with

__all__ = ["description_questions"]


def description_questions(fact: Fact, corpus: Corpus, peers: Sequence[Fact]) -> list[Draft]:
    """Multiple choice, fill-in and true/false on one 'Name, description' appositive."""
    description = fact.detail
    noun = kind_noun(fact.answer_kind, fact.answer_subtype)
    if noun in ("name", "place") and fact.answer_kind == "PLACE":
        noun = "place"
    key = f"description|{fact.subject}|{fold(description)}"
    statement = f"{fact.subject} is described as “{description}”."
    prompt = f"Which {noun} is described as “{description}”?"
    wrong = entity_options(corpus, fact, prompt, near=country_hint(description))
    drafts = []
    if len(wrong) == CHOICES - 1:
        drafts.append(
            Draft("multiple_choice", "description", prompt, fact.answer, (fact,), key, 0.72,
                  choices=options_with(fact.answer, wrong, key), statement=statement)
        )
    drafts.append(
        Draft("fill_in_blank", "description", f"_____ is described as “{description}”.", fact.answer,
              (fact,), key, 0.66, accepted=tuple(name_variants(fact.answer)), statement=statement)
    )
    others = [p.detail for p in peers if p.subject != fact.subject and p.answer_subtype == fact.answer_subtype]
    swapped = pick(stable_order(dict.fromkeys(others), key), description, fact.subject, 1, key)
    true = sum(key.encode()) % 2 == 0 or not swapped
    shown = statement if true else f"{fact.subject} is described as “{swapped[0]}”."
    drafts.append(Draft("true_false", "description", shown, true, (fact,), key, 0.64, statement=statement))
    return drafts

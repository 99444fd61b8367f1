"""Questions on names in a sentence: cloze with same-kind options, a typed blank, and 'Who ...?' /
'Which country ...?' when the name is the sentence's subject."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...lexicon import lexicon
from ...nlp.gazetteer import gloss
from ...textnorm import fold
from ..context import Corpus
from ..distractors import pick, stable_order
from ..draft import Draft
from ..facts.model import Fact
from ..stems import blank_out, plain, tidy, word_count
from .common import country_hint, entity_options, kind_noun, name_variants, options_with, true_and_false

__all__ = ["entity_questions", "subject_questions"]

_MAX_WORDS = 45


def name_key(fact: Fact) -> str:
    """A name asked in a sentence, by cloze or by 'Who ...?', is one fact."""
    return f"name|{fact.subject or fact.answer}|{fact.item.source_id}|{fact.item.sentence.start}"


def _leaks(fact: Fact, stem: str) -> bool:
    """The answer (or, for a person, their surname) appears elsewhere in the stem."""
    folded = f" {fold(stem)} "
    names = {fact.answer, fact.subject or fact.answer}
    if fact.answer_kind == "PERSON":
        names |= {n.split()[-1] for n in names}
    return any(f" {fold(n)} " in folded for n in names if n)


def entity_questions(fact: Fact, corpus: Corpus) -> list[Draft]:
    """Cloze multiple choice and fill-in-the-blank on one name."""
    item = fact.item
    readable = corpus.readable(item)
    if readable is None:
        return []
    text, rewrite = readable
    moved = rewrite.moved(fact.answer_start, fact.answer_end) if rewrite else (fact.answer_start, fact.answer_end)
    if moved is None:
        return []
    protagonist = corpus.is_protagonist(fact.subject or fact.answer)
    stem = blank_out(text, *moved)
    if word_count(stem) > _MAX_WORDS or _leaks(fact, stem):
        return []
    key = name_key(fact)
    statement = plain(tidy(text))
    short = fact.answer_kind == "PERSON" and " " not in fact.answer
    near = _near(fact, corpus)
    wrong = entity_options(corpus, fact, stem, near=near, short=short)
    drafts = []
    scores = corpus.config.scores
    common = scores.protagonist_cloze if protagonist else scores.name_cloze
    # 'Mr. _____' for Putin or 'Russia and _____' is a guess and 'Russian President _____' a give-away: the
    # story's protagonists are blanked only as places or countries, never next to another protagonist, and
    # people never after their title; the sentence may still be a statement.
    person = fact.answer_kind == "PERSON"
    guess = (protagonist and (person or _paired(fact, corpus))) or (person and _titled(fact))
    if len(wrong) == corpus.config.choices - 1 and not guess:
        drafts.append(
            Draft(
                "multiple_choice",
                "cloze",
                stem,
                fact.answer,
                (fact,),
                key,
                common,
                choices=options_with(fact.answer, wrong, key),
                statement=statement,
            )
        )
    if (
        not protagonist
        and (fact.answer_kind in ("ORGANIZATION", "PLACE", "OTHER") or (person and not short))
        and not guess
    ):
        drafts.append(
            Draft(
                "fill_in_blank",
                "cloze",
                stem,
                fact.answer,
                (fact,),
                key,
                common + scores.name_blank_bonus,
                accepted=_accepted(fact, corpus),
                statement=statement,
            )
        )
    verdict = corpus.verdict(item)
    if verdict.factual and word_count(text) <= 40 and fact.answer_kind != "OTHER":
        swap = _swap_for(fact, corpus, stem)
        start, end = moved
        before = text[:start]
        if swap and not swap.startswith("the ") and before.lower().endswith("the "):
            before = before[:-4]  # 'The United States' -> 'Ukraine', not 'The Ukraine'
        false = plain(tidy(before + swap + text[end:])) if swap else None
        drafts.extend(true_and_false(statement, false, (fact,), key, common, lean=scores.preferred_statement))
    return drafts


def _paired(fact: Fact, corpus: Corpus) -> bool:
    """The name stands next to another protagonist ('Russia and _____', '_____ and Moscow', 'Russia-_____'):
    the blank answers itself."""
    tokens = fact.item.tokens
    at = [i for i, t in enumerate(tokens) if fact.answer_start <= t.start < fact.answer_end]
    if not at:
        return False
    before, after = tokens[max(0, at[0] - 3) : at[0]], tokens[at[-1] + 1 : at[-1] + 4]
    for side in (before, after):
        words = [t.text for t in side]
        if set(words) & _LINKS and any(corpus.is_protagonist(m.name) for m in _mentions_in(fact, side)):
            return True
    return False


_LINKS = frozenset({"and", "with", "between", "-", "–", "&"})


def _mentions_in(fact: Fact, tokens) -> list:
    if not tokens:
        return []
    start, end = tokens[0].start, tokens[-1].end
    return [m for m in fact.item.mentions if start <= m.start < end and m.start != fact.answer_start]


def _swap_for(fact: Fact, corpus: Corpus, stem: str) -> str:
    """A name to make a false statement with: a place or organisation of the same kind from the articles
    themselves. People are never swapped (putting one person's act on another is rarely plainly false),
    nor a name used as a modifier ('U.S. restrictions')."""
    if fact.answer_kind == "PERSON" or fact.answer != (fact.subject or fact.answer):
        return ""
    following = next((t for t in fact.item.tokens if t.start >= fact.answer_end), None)
    if following is not None and following.tag.startswith("NN"):
        return ""
    seed = f"swap|{fact.item.sentence.start}|{fact.answer}"
    names: Sequence[str] = corpus.names.by_kind.get((fact.answer_kind, fact.answer_subtype), ())
    if fact.answer_kind == "PLACE" and fact.answer_subtype != "country":
        near = _near(fact, corpus)
        names = [n for n in names if near and near in gloss(n)]  # a city for a city of the same country
    options = pick(stable_order(names, seed), fact.answer, stem, 1)
    if not options:
        return ""
    before = fact.item.text[: fact.answer_start].rstrip().lower()
    if corpus.takes_article(options[0]) and not before.endswith("the"):
        return f"the {options[0]}"
    return options[0]


def _near(fact: Fact, corpus: Corpus) -> str:
    """For a city or island, the country it is in (options come from the same country); countries need none."""
    if fact.answer_kind != "PLACE" or fact.answer_subtype == "country":
        return ""
    return corpus.countries.get(fact.subject) or country_hint(fact.item.text)


def _titled(fact: Fact) -> bool:
    mention = next((m for m in fact.item.mentions if m.start == fact.answer_start), None)
    return bool(mention and mention.title and mention.title not in ("Mr.", "Mrs.", "Ms.", "Dr."))


def _accepted(fact: Fact, corpus: Corpus) -> tuple[str, ...]:
    """Other right ways to write the answer: spelling variants, the full name of a short form, a person's
    surname as the articles use it."""
    accepted = list(name_variants(fact.answer))
    if fact.subject and fold(fact.subject) != fold(fact.answer):
        accepted.append(fact.subject)
    accepted.extend(lexicon().metonyms.get(fact.subject or fact.answer, ()))  # 'Washington' -> 'United States'
    if fact.answer_kind == "PERSON" and fact.subject in corpus.short_names:
        accepted.append(corpus.short_names[fact.subject])
    return tuple(dict.fromkeys(a for a in accepted if fold(a) != fold(fact.answer)))


def subject_questions(fact: Fact, corpus: Corpus) -> list[Draft]:
    """'Mr. Belousov has experience with China, ...' -> 'Who has experience with China, ...?'"""
    item = fact.item
    rest = item.text[fact.answer_end :].strip()
    rest, attribution = _split_attribution(rest, fact, item)
    if not rest or word_count(rest) > _MAX_WORDS:
        return []
    if fact.answer_kind == "PLACE" and fact.answer_subtype != "country":
        return []  # 'Moscow said ...' speaks of a government, not a city
    wh = "Who" if fact.answer_kind == "PERSON" else f"Which {kind_noun(fact.answer_kind, fact.answer_subtype)}"
    if wh == "Which name":
        return []
    question = f"{wh} {_unstop(rest)}?"
    prompt = tidy(f"According to {attribution}, {question[0].lower()}{question[1:]}" if attribution else question)
    if _leaks(fact, prompt):
        return []
    answer = fact.subject or fact.answer
    wrong = entity_options(corpus, _as_name(fact, answer), prompt)
    if len(wrong) < corpus.config.choices - 1:
        return []
    says = item.tokens[_verb_index(fact)].lower in lexicon().say_verbs
    key = name_key(fact)
    return [
        Draft(
            "multiple_choice",
            "quote_attribution" if says else "wh_question",
            prompt,
            answer,
            (fact,),
            key,
            corpus.config.scores.said_who_choice if says else corpus.config.scores.did_who_choice,
            choices=options_with(answer, wrong, key),
            statement=plain(tidy(item.text)),
        )
    ]


_TRAILING_SAY = re.compile(
    r",\s*(?:(?P<before>[A-Z][\w.’' -]+?)\s+(?:said|added)|(?:said|added)\s+(?P<after>[A-Z][\w.’' -]+?)(?:,[^,]*)?)\.$"
)


def _split_attribution(rest: str, fact: Fact, item) -> tuple[str, str]:
    """'..., Mr. Gabuev said.' at the end of a sentence becomes 'According to Alexander Gabuev, ...'."""
    match = _TRAILING_SAY.search(rest)
    if not match:
        return rest, ""
    written = (match.group("before") or match.group("after") or "").strip()
    speaker = next((m.name for m in item.mentions if m.kind == "PERSON" and m.text in written), "")
    if not speaker or speaker == (fact.subject or fact.answer):
        return rest, ""
    return rest[: match.start()].rstrip() + ".", speaker


def _unstop(text: str) -> str:
    """Drop the full stop, keeping a closing quotation mark: 'powers.”' -> 'powers”'."""
    text = text.rstrip().rstrip("!;: ")
    if text.endswith(".”") or text.endswith('."'):
        return text[:-2] + text[-1]
    return text.rstrip(".")


def _verb_index(fact: Fact) -> int:
    return next(i for i, t in enumerate(fact.item.tokens) if t.start >= fact.answer_end)


def _as_name(fact: Fact, answer: str) -> Fact:
    """The fact with its answer written in full (options are full names)."""
    return replace(fact, answer=answer)

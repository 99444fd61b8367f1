"""Questions on who people are: roles, affiliations and the things they said."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ...lexicon import lexicon
from ...nlp.gazetteer import common_words
from ...textnorm import fold
from ..context import Corpus
from ..distractors import pick, stable_order
from ..draft import Draft
from ..facts.model import Fact
from ..stems import capitalize, plain, tidy
from .common import (
    article_for,
    core_role,
    entity_options,
    kind_noun,
    name_variants,
    options_with,
    true_and_false,
)

__all__ = ["clean_quote", "is_post", "quote_questions", "role_display", "role_questions"]

_BLANK = "_____"


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    lex = lexicon()
    return frozenset(w.lower() for w in lex.person_titles) | frozenset(lex.position_nouns)


def display(fact: Fact, start: int, end: int) -> str:
    """The sentence text between two offsets with title words lower-cased ('Finance Minister' -> 'finance
    minister') and names, acronyms and nationalities left as written."""
    item = fact.item
    named = [(m.start, m.end) for m in item.mentions if start <= m.start < end]
    words = []
    position = start
    for token in item.tokens:
        if not start <= token.start < end:
            continue
        text = token.text
        inside_name = any(a <= token.start < b for a, b in named)
        if not inside_name and text.lower() in _titles() and not text.isupper():
            text = text.lower()
        words.append(item.text[position : token.start] + text)
        position = token.end
    return "".join(words).strip()


def role_display(fact: Fact) -> str:
    """The role as a noun phrase to put after 'is': 'the finance minister', 'a security expert at the Atlantic
    Council', 'the Sberbank CEO'."""
    phrase = display(fact, fact.detail_start, fact.detail_end)
    first = phrase.split()[0].lower() if phrase else ""
    if first in ("a", "an", "the") or first.endswith("’s") or first.endswith("'s"):
        return phrase
    head = phrase.split()[-1].lower() if " of " not in phrase and " at " not in phrase else ""
    position_role = (
        any(w.lower() in lexicon().position_nouns for w in phrase.split()[:3]) or head in lexicon().position_nouns
    )
    return f"the {phrase}" if position_role else f"{article_for(phrase)} {phrase}"


def role_questions(fact: Fact, corpus: Corpus, peers: Sequence[Fact]) -> list[Draft]:
    """'Who is the director of ...?', 'X is director of which think tank?', a blank, and a true/false."""
    person = fact.subject
    role = role_display(fact)
    statement = f"{person} is {role}."
    key = f"role|{person}|{fold(fact.answer) if fact.answer_kind == 'ORGANIZATION' else core_role(role)}"
    drafts = []
    post = is_post(fact)
    if fact.answer_kind == "ORGANIZATION":
        who = f"Who is {role}?"
    elif post:
        who = f"Who does the article name as {role}?"
    else:
        who = f"Who is described as {role}?"
    people = _other_people(fact, peers, corpus, who)
    if len(people) == corpus.config.choices - 1:
        drafts.append(
            Draft(
                "multiple_choice",
                "role",
                who,
                person,
                (fact,),
                key,
                corpus.config.scores.post_holder_choice,
                choices=options_with(person, people, key),
                statement=statement,
            )
        )
    if fact.answer_kind == "ORGANIZATION":
        drafts.extend(_organization_questions(fact, corpus, peers, role, statement, key))
    elif post:
        asked = _post_question(fact, [p for p in peers if is_post(p)], role, statement, key, corpus)
        if asked:
            drafts.append(asked)
    return drafts


def is_post(fact: Fact) -> bool:
    """A post someone holds ('the finance minister', 'presidential foreign policy aide'), not a description."""
    words = fact.detail.lower().replace("-", " ").split()
    return bool(set(words) & set(lexicon().position_nouns)) and fact.answer_kind != "ORGANIZATION"


def _other_people(fact: Fact, peers: Sequence[Fact], corpus: Corpus, stem: str) -> list[str]:
    """People of the same standing (experts for an expert, officials for an official) first."""
    same_class = [p.subject for p in peers if (p.answer_kind == "ORGANIZATION") == (fact.answer_kind == "ORGANIZATION")]
    seed = key_seed(fact)
    ranked = stable_order(dict.fromkeys(same_class), seed)
    others = [c for c in entity_options(corpus, _person_fact(fact), stem)]
    pool = [p for p in [*ranked, *others] if p != fact.subject]
    return pick(pool, fact.subject, stem, corpus.config.choices - 1)


def _person_fact(fact: Fact) -> Fact:
    return replace(fact, answer=fact.subject, answer_kind="PERSON", answer_subtype="person")


def key_seed(fact: Fact) -> str:
    return f"{fact.subject}|{fact.detail}"


_PREPOSITIONS = ("at", "of", "for", "in", "with", "from")


def _organization_questions(
    fact: Fact, corpus: Corpus, peers: Sequence[Fact], role: str, statement: str, key: str
) -> list[Draft]:
    """'X is a security expert at which think tank?', 'X is a security expert at the _____.', and a true/false."""
    noun = kind_noun("ORGANIZATION", fact.answer_subtype)
    org = fact.answer
    tail = display(fact, fact.answer_end, fact.detail_end)  # ' in Sydney', ' CEO', ''
    head = role[: len(role) - len(display(fact, fact.answer_start, fact.detail_end))].rstrip()
    words = head.split()
    head_words = words[:-1] if words and words[-1].lower() in ("a", "an", "the") else words
    standing = [w for w in head_words if w.lower() in lexicon().role_standing]
    if not head_words or head_words == ["the"] or standing == head_words:
        # 'Sberbank CEO' -> 'the CEO of which bank'; 'Former AWB chairman' -> 'the former chairman of which company'
        post = " ".join([*(w.lower() for w in standing), tail])
        occupation = post.split()[-1].lower().split("-")[-1] if post.split() else ""  # 'co-leader' is a post
        person = fact.subject_kind == "PERSON" and not fact.subject.isupper()  # "WAFA" is an agency
        if " and " in post:
            return []  # 'biology professor and member of the ... Consortium': two roles, one of them elsewhere
        if person and occupation and occupation not in lexicon().position_nouns:
            # 'University of Cambridge astronomer' -> 'an astronomer at the University of Cambridge', not 'the
            # astronomer of': an occupation is no post an organisation has one of
            the = _article_before(fact)
            lead = f"{article_for(post)} {post} at"
            asked = f"{fact.subject} is {lead} which {noun}?"
            blanked = f"{fact.subject} is {lead} {the}{_BLANK}."
            short = f"{fact.subject} is {lead} {the}{{org}}."
        else:
            asked = f"{fact.subject} is the {post} of which {noun}?"
            blanked = f"{fact.subject} is the {post} of {_BLANK}."
            short = f"{fact.subject} is the {post} of {{org}}."
    else:
        cut = max((i for i, w in enumerate(head_words) if w.lower() in _PREPOSITIONS), default=-1)
        if cut < 0:
            return []
        lead = " ".join(head_words[: cut + 1])
        location = "" if not tail or tail.lower().startswith("in ") else f" {tail}"
        asked = f"{fact.subject} is {lead} which {noun}{location}?"
        blanked = f"{fact.subject} is {head} {_BLANK}{' ' + tail if tail else ''}."
        short = (
            f"{fact.subject} is {lead} {{org}}{location}."
            if cut == len(head_words) - 1
            else f"{fact.subject} is {lead} {{org}}."
        )
    affiliations = [
        p.answer for p in peers if p.answer_kind == "ORGANIZATION" and p.answer_subtype == fact.answer_subtype
    ]
    seed = key_seed(fact)
    pool = [*stable_order(dict.fromkeys(affiliations), seed), *entity_options(corpus, fact, statement)]
    count, scores = corpus.config.choices - 1, corpus.config.scores
    wrong = pick(
        [p for p in pool if not corpus.also_said(p, set(fold(fact.subject).split()), fact.item)], org, asked, count
    )
    drafts = []
    if len(wrong) == count:
        drafts.append(
            Draft(
                "multiple_choice",
                "role",
                tidy(asked),
                org,
                (fact,),
                key,
                scores.affiliation_choice,
                choices=options_with(org, wrong, key),
                statement=statement,
            )
        )
    drafts.append(
        Draft(
            "fill_in_blank",
            "role",
            tidy(blanked),
            org,
            (fact,),
            key,
            scores.affiliation_blank,
            accepted=tuple(name_variants(org)),
            statement=statement,
        )
    )
    # A false statement swaps in a body of the same story: 'the head of NL' for OSHA's head is absurd on its face.
    near = [w for w in wrong if corpus.in_article(w, fact.item.source_id)]
    if near:
        true, false = tidy(_with_the(short, org)), tidy(_with_the(short, near[0]))
        drafts.extend(
            true_and_false(
                true, false, (fact,), key, scores.affiliation_statement, "role", lean=scores.preferred_statement
            )
        )
    return drafts


def _article_before(fact: Fact) -> str:
    """'the ' when the organisation needs one: as the sentence wrote it ('at Brown University', 'at the
    University of Sydney'), or, for a name used as a modifier ('University of Cambridge astronomer'), 'the' before
    an 'X of Y' name or one that opens with an everyday word."""
    before = fact.item.text[: fact.answer_start].split()
    last = before[-1].lower() if before else ""
    if last == "the":
        return "the "
    if last in ("at", "of", "from", "in", "with"):
        return ""
    org = fact.answer
    if org.split()[-1] in ("University", "College"):
        return ""  # 'Brown University', 'Imperial College'
    return "the " if " of " in org or org.split()[0].lower() in common_words() else ""


_COMPANY = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Plc|LLC|Associates|Bros)\.?$")


def _with_the(template: str, org: str) -> str:
    """Fill in an organisation, with 'the' where its name needs one ('at the Atlantic Council', 'of Sberbank')."""
    needs_the = len(org.split()) > 1 and not org.isupper() and not _COMPANY.search(org)
    before = template.split("{org}")[0]
    if needs_the and not before.rstrip().lower().endswith(" the"):
        org = f"the {org}"
    return template.replace("{org}", org)


def _post_question(
    fact: Fact, peers: Sequence[Fact], role: str, statement: str, key: str, corpus: Corpus
) -> Draft | None:
    """'Which post does Anton Siluanov hold, according to the article?' with other officials' posts as options."""
    own = {core_role(role_display(p)) for p in peers if p.subject == fact.subject}
    candidates = [
        role_display(p) for p in peers if p.answer_kind != "ORGANIZATION" and core_role(role_display(p)) not in own
    ]
    seed = key_seed(fact)
    shown = _bare(role)
    distinct = {core_role(c): _bare(c) for c in reversed(stable_order(candidates, seed))}
    wrong = pick(stable_order(distinct.values(), seed), shown, fact.subject, corpus.config.choices - 1)
    if len(wrong) < corpus.config.choices - 1:
        return None
    prompt = f"Which post does {fact.subject} hold, according to the article?"
    return Draft(
        "multiple_choice",
        "role",
        prompt,
        capitalize(shown),
        (fact,),
        key,
        corpus.config.scores.post_choice,
        choices=options_with(capitalize(shown), [capitalize(w) for w in wrong], key),
        statement=statement,
    )


def _bare(role: str) -> str:
    for article in ("the ", "a ", "an "):
        if role.lower().startswith(article):
            return role[len(article) :]
    return role


def clean_quote(words: str) -> str:
    """Quoted words without the comma that led back into the sentence: '…, ‘we are strong together,’' -> '…together’'."""
    return re.sub(r"[,;:]+(?=[’']?$)", "", words.strip())


def quote_questions(fact: Fact, corpus: Corpus, speakers: Sequence[str]) -> list[Draft]:
    """'Who said: “...”?' with other quoted people as options, and a true/false on the attribution."""
    quote = clean_quote(fact.detail)
    key = f"quote|{fact.subject}|{fold(quote)[:60]}"
    prompt = f"Who said: “{quote}”?" if quote[:1].isupper() else f"Who is quoted using the words “{quote}”?"
    seed = key
    pool = [*stable_order([s for s in speakers if s != fact.subject], seed), *entity_options(corpus, fact, prompt)]
    count, scores = corpus.config.choices - 1, corpus.config.scores
    wrong = pick(pool, fact.subject, prompt, count)
    statement = f"{fact.subject} said: “{quote}”"
    drafts = []
    if len(wrong) == count:
        drafts.append(
            Draft(
                "multiple_choice",
                "quote_attribution",
                prompt,
                fact.subject,
                (fact,),
                key,
                scores.quote_choice,
                choices=options_with(fact.subject, wrong, key),
                statement=statement,
            )
        )
    if wrong:
        drafts.extend(
            true_and_false(
                plain(statement),
                plain(f"{wrong[0]} said: “{quote}”"),
                (fact,),
                key,
                scores.quote_statement,
                "quote_attribution",
                lean=scores.preferred_statement,
            )
        )
    return drafts

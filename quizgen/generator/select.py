"""Stage 6b: rank the candidates and keep what a teacher would accept.

Overgenerate-and-rank: every candidate has a score; the best are kept, subject
to rules no score can override: well-formed options, one question per fact in
the same words, no question whose stem gives away another's answer, and a cap
on questions per sentence and per answer so a quiz is not ten questions about Putin.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..config import GENERATION
from ..models import BLANK
from ..textnorm import fold
from .context import Corpus
from .draft import Draft
from .stems import word_count
from .text_keys import key_words

__all__ = ["rank", "select"]


def rank(draft: Draft, corpus: Corpus) -> float:
    """The draft's own score, adjusted for what the sentence and the answer are like."""
    score = draft.score
    primary = draft.facts[0]
    verdict = corpus.verdict(primary.item)
    if "opinion" in verdict.flags and "attributed" not in verdict.flags:
        score -= {"statement": 0.3, "cloze": 0.08}.get(draft.form, 0.0)
    if "spacing" in verdict.flags:
        score -= 0.05
    if corpus.machine_translated(primary.item.source_id):
        score -= 0.05
    words = word_count(draft.prompt)
    if words > 35:
        score -= 0.06
    if words > 45:
        score -= 0.3
    if draft.also_in:
        score += 0.05
    answer = str(draft.answer) if not isinstance(draft.answer, bool) else ""
    if answer and corpus.prominence.get(answer, 0) >= GENERATION.famous_mentions:
        score -= 0.08 if primary.answer_kind == "PLACE" else 0.12
    return round(score, 4)


def select(drafts: Sequence[Draft], corpus: Corpus, rejected: list[tuple[str, Draft]] | None = None) -> list[Draft]:
    """The kept questions, best first; `rejected`, if given, collects (reason, draft) for the rest."""

    def drop(reason: str, draft: Draft) -> None:
        if rejected is not None:
            rejected.append((reason, draft))

    scored = sorted(
        ((rank(d, corpus), d) for d in drafts),
        key=lambda pair: (pair[1].type == "true_false", -pair[0], pair[1].key, pair[1].type, pair[1].prompt),
    )
    statements = 0
    statement_sentences: set[tuple[str, int]] = set()
    kept: list[Draft] = []
    per_key: dict[str, list[Draft]] = defaultdict(list)
    prompts: set[str] = set()
    per_sentence: Counter[tuple[str, int]] = Counter()
    per_answer: Counter[str] = Counter()
    for score, draft in scored:
        if not _well_formed(draft):
            drop("malformed", draft)
            continue
        if score < GENERATION.min_score:
            drop(f"score {score:.2f}", draft)
            continue
        family = _family(draft)
        same_fact = per_key[draft.key]
        if family in prompts:
            drop("same words as a kept question", draft)
            continue
        if len(same_fact) >= GENERATION.per_fact or any(d.type == draft.type for d in same_fact):
            drop("fact already asked", draft)
            continue
        sentences = [(item.source_id, item.sentence.start) for item in draft.cited]
        if draft.type != "matching" and any(per_sentence[s] >= GENERATION.per_sentence for s in sentences[:1]):
            drop("sentence quota", draft)
            continue
        answer = fold(draft.answer_text)
        quota = GENERATION.per_protagonist if corpus.prominence.get(draft.answer_text, 0) >= corpus.protagonist_mentions else GENERATION.per_answer
        if answer and per_answer[answer] >= quota:
            drop("answer quota", draft)
            continue
        if draft.type == "true_false" and statements >= max(GENERATION.min_per_type, GENERATION.statement_share * len(kept)):
            drop("enough true/false", draft)
            continue
        if draft.type == "true_false" and sentences[0] in statement_sentences:
            drop("one true/false per sentence", draft)
            continue
        spoiler = next((o for o in kept if _share(o, draft) and (_gives_away(o, draft) or _gives_away(draft, o))), None)
        if spoiler is not None:
            drop(f"gives away or is given away by: {spoiler.prompt[:60]}", draft)
            continue
        twin = next((o for o in kept if _same_fact(o, draft)), None)
        if twin is not None:
            drop(f"asks what another asks: {twin.prompt[:60]}", draft)
            continue
        kept.append(draft)
        statements += draft.type == "true_false"
        if draft.type == "true_false":
            statement_sentences.add(sentences[0])
        per_key[draft.key].append(draft)
        prompts.add(family)
        per_sentence.update(sentences[:1])
        if answer:
            per_answer[answer] += 1
    return kept


def _well_formed(draft: Draft) -> bool:
    if draft.type == "multiple_choice":
        folded = [fold(c) for c in draft.choices]
        return len(draft.choices) == GENERATION.choices and len(set(folded)) == len(folded) and draft.answer in draft.choices
    if draft.type == "fill_in_blank":
        return BLANK in draft.prompt
    if draft.type == "matching":
        return len(draft.pairs) >= 3
    return True


def _family(draft: Draft) -> str:
    """Prompts that differ only in the blank or the punctuation are the same words (matching: the same pairs)."""
    text = draft.prompt + " ".join(a for a, _ in sorted(draft.pairs))
    return re.sub(r"\W+", " ", fold(text.replace(BLANK, " "))).strip()


def _identity(draft: Draft) -> str:
    """Who or what the answer is, whatever its spelling ('Xi' and 'Xi Jinping' are one person)."""
    fact = draft.facts[0]
    if fact.kind in ("entity", "subject", "quote") and fact.subject:
        return fold(fact.subject)
    return fold(draft.answer_text)


def _same_fact(a: Draft, b: Draft) -> bool:
    """Same answer, asked about mostly the same words: one question in other words ('Who hailed ...?' and
    'Mr. _____ hailed ...'); or two matching questions sharing half their pairs."""
    if a.type == "matching" and b.type == "matching":
        shared = set(a.pairs) & set(b.pairs)
        return len(shared) * 2 >= min(len(a.pairs), len(b.pairs))
    if a.type == "matching" or b.type == "matching" or a.type == "true_false" or b.type == "true_false":
        return False
    if not _identity(a) or _identity(a) != _identity(b):
        return False
    words_a, words_b = key_words(a.prompt) - _FRAME_WORDS, key_words(b.prompt) - _FRAME_WORDS
    return bool(words_a and words_b) and len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.5


# Words of the question frame, not of the fact ('Who said: “…”?', 'Which city is described as …?').
_FRAME_WORDS = frozenset({"said", "quoted", "using", "words", "described", "article", "name", "named", "according"})


def _share(a: Draft, b: Draft) -> bool:
    cited_a = {(i.source_id, i.sentence.start) for i in a.cited}
    return any((i.source_id, i.sentence.start) in cited_a for i in b.cited)


def _gives_away(stem_of: Draft, answer_of: Draft) -> bool:
    """Does `stem_of`'s prompt state `answer_of`'s answer in the words `answer_of` asks about?
    (A matching question shows its right-hand items shuffled, so it states no pairing.)"""
    answer = fold(answer_of.answer_text)
    if not answer or answer_of.type == "matching" or stem_of is answer_of or stem_of.type == "matching":
        return False
    if answer_of.key == stem_of.key and stem_of.type == "true_false":
        return stem_of.answer is True
    stem = f" {fold(stem_of.prompt)} "
    forms = {answer}
    if answer_of.facts[0].answer_kind == "PERSON" and len(answer.split()) > 1:
        forms.add(answer.split()[-1])  # 'Vladimir V. Putin' still names Vladimir Putin
    if not any(f" {form} " in stem for form in forms):
        return False
    asked = key_words(answer_of.prompt) - key_words(answer_of.answer_text)
    return not asked or len(asked & key_words(stem_of.prompt)) >= 0.5 * len(asked)

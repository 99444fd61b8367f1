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

from ..lexicon import lexicon
from ..models import BLANK
from ..textnorm import fold
from .context import Corpus
from .draft import Draft
from .facts.model import Fact
from .stems import word_count
from .text_keys import key_words

__all__ = ["rank", "rank_and_keep"]


def rank(draft: Draft, corpus: Corpus) -> float:
    """The draft's own score, adjusted for what the sentence and the answer are like."""
    scores = corpus.config.scores
    score = draft.score
    primary = draft.facts[0]
    verdict = corpus.verdict(primary.item)
    if "opinion" in verdict.flags and "attributed" not in verdict.flags:
        score -= {"statement": scores.opinion_statement, "cloze": scores.opinion_cloze}.get(draft.form, 0.0)
    if "spacing" in verdict.flags:
        score -= scores.spacing
    if corpus.machine_translated(primary.item.source_id):
        score -= scores.machine_translated
    words = word_count(draft.prompt)
    if words > scores.long_prompt_words:
        score -= scores.long_prompt
    if words > scores.too_long_prompt_words:
        score -= scores.too_long_prompt
    if draft.also_in:
        score += scores.corroborated
    answer = str(draft.answer) if not isinstance(draft.answer, bool) else ""
    if answer and corpus.prominence.get(answer, 0) >= corpus.config.famous_mentions:
        score -= scores.famous_place if primary.answer_kind == "PLACE" else scores.famous_answer
    return round(score, 4)


def rank_and_keep(
    drafts: Sequence[Draft], corpus: Corpus, rejected: list[tuple[str, Draft]] | None = None
) -> list[Draft]:
    """The kept questions, best first; `rejected`, if given, collects (reason, draft) for the rest.

    Questions on one fact are chosen first, best score first; then true/false statements, true and false
    taken in turn so that neither answer dominates the bank; matching last, from facts no other question
    asks (a pair a student has just answered alone teaches nothing)."""
    selection = _Selection(corpus)
    scored = sorted(
        ((rank(d, corpus), d) for d in drafts),
        key=lambda p: (-p[0], *_position(p[1]), p[1].key, p[1].type, p[1].prompt),
    )
    statements: dict[bool, list[tuple[float, Draft]]] = {True: [], False: []}
    matching = []
    for score, draft in scored:
        if draft.type == "true_false":
            statements[bool(draft.answer)].append((score, draft))
        elif draft.type == "matching":
            matching.append((score, draft))
        else:
            selection.offer(score, draft, rejected)
    while statements[True] or statements[False]:
        wanted = selection.polarity[True] <= selection.polarity[False]
        queue = statements[wanted] or statements[not wanted]
        score, draft = queue.pop(0)
        selection.offer(score, draft, rejected)
    for score, draft in matching:
        selection.offer(score, draft, rejected)
    return selection.kept


def _position(draft: Draft) -> tuple[int, int, str]:
    """Where the draft's answer is: news says first what matters most, so at equal scores earlier comes first."""
    fact = draft.facts[0]
    return fact.item.sentence.start, fact.answer_start, fact.item.source_id


class _Selection:
    """The questions kept so far, and the counts every rule consults."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.config = corpus.config
        self.kept: list[Draft] = []
        self.per_key: dict[str, list[Draft]] = defaultdict(list)
        self.prompts: set[str] = set()
        self.per_sentence: Counter[tuple[str, int]] = Counter()
        self.per_answer: Counter[str] = Counter()
        self.statement_sentences: set[tuple[str, int]] = set()
        self.polarity = {True: 0, False: 0}
        self.by_sentence: dict[tuple[str, int], list[Draft]] = defaultdict(list)
        self.by_identity: dict[str, list[Draft]] = defaultdict(list)
        self.by_article: dict[str, list[Draft]] = defaultdict(list)
        self.facts_asked: set[tuple[str, int, int, str]] = set()

    def offer(self, score: float, draft: Draft, rejected: list[tuple[str, Draft]] | None) -> None:
        reason = self._refusal(score, draft)
        if reason is None:
            self._keep(draft)
        elif rejected is not None:
            rejected.append((reason, draft))

    def _refusal(self, score: float, draft: Draft) -> str | None:
        config = self.config
        if not _well_formed(draft, config.choices):
            return "malformed"
        if score < config.min_score:
            return f"score {score:.2f}"
        if _family(draft) in self.prompts:
            return "same words as a kept question"
        same_fact = self.per_key[draft.key]
        if len(same_fact) >= config.per_fact or any(d.type == draft.type for d in same_fact):
            return "fact already asked"
        if any(_fact_at(f) in self.facts_asked for f in draft.facts):
            return "fact already asked by another question (a matching pair, or one asked alone)"
        first = _first_sentence(draft)
        if draft.type != "matching" and self.per_sentence[first] >= config.per_sentence:
            return "sentence quota"
        answer = fold(draft.answer_text)
        protagonist = self.corpus.prominence.get(draft.answer_text, 0) >= self.corpus.protagonist_mentions
        if answer and self.per_answer[answer] >= (config.per_protagonist if protagonist else config.per_answer):
            return "answer quota"
        if draft.type == "true_false":
            reason = self._statement_refusal(draft, first)
            if reason:
                return reason
        neighbours = {id(o): o for s in _sentences(draft) for o in self.by_sentence[s]}.values()
        spoiler = next((o for o in neighbours if _gives_away(o, draft) or _gives_away(draft, o)), None)
        if spoiler is not None:
            return f"gives away or is given away by: {spoiler.prompt[:60]}"
        # A quiz on one article shows its questions together: no stem may name another's answer.
        article = self.by_article[draft.facts[0].item.source_id]
        named = next((o for o in article if self._names(o, draft) or self._names(draft, o)), None)
        if named is not None:
            return f"names the answer of, or is answered by: {named.prompt[:60]}"
        twin = next((o for o in self.by_identity[_identity_key(draft)] if _same_fact(o, draft)), None)
        if twin is not None:
            return f"asks what another asks: {twin.prompt[:60]}"
        return None

    def _statement_refusal(self, draft: Draft, first: tuple[str, int]) -> str | None:
        statements = sum(self.polarity.values())
        if statements >= max(self.config.min_per_type, self.config.statement_share * len(self.kept)):
            return "enough true/false"
        if first in self.statement_sentences:
            return "one true/false per sentence"
        if not _balanced(self.polarity, bool(draft.answer)):
            return "too many true/false of this answer"
        return None

    def _names(self, stem_of: Draft, answer_of: Draft) -> bool:
        """Does `stem_of`'s prompt (or a choice of it) hold `answer_of`'s answer, a name or number a student
        does not know already?"""
        answer = fold(answer_of.answer_text)
        if len(answer) < 4 or answer_of.type == "matching" or self.corpus.is_protagonist(answer_of.answer_text):
            return False
        shown = f" {fold(' '.join([stem_of.prompt, *(c for c in stem_of.choices if c != stem_of.answer)]))} "
        bare = _COMPANY_SUFFIX.sub("", answer)  # 'Random House Inc.' is named by 'Random House'
        return f" {answer} " in shown or len(bare) >= 4 and f" {bare} " in shown

    def _keep(self, draft: Draft) -> None:
        first = _first_sentence(draft)
        self.kept.append(draft)
        self.by_article[draft.facts[0].item.source_id].append(draft)
        for sentence in _sentences(draft):
            self.by_sentence[sentence].append(draft)
        self.by_identity[_identity_key(draft)].append(draft)
        self.per_key[draft.key].append(draft)
        self.facts_asked.update(_fact_at(f) for f in draft.facts)
        self.prompts.add(_family(draft))
        self.per_sentence[first] += 1
        if draft.type == "true_false":
            self.statement_sentences.add(first)
            self.polarity[bool(draft.answer)] += 1
        answer = fold(draft.answer_text)
        if answer:
            self.per_answer[answer] += 1


def _fact_at(fact: Fact) -> tuple[str, int, int, str]:
    """One fact wherever it is asked: its sentence, where its answer is, and what kind of fact it is."""
    return fact.item.source_id, fact.item.sentence.start, fact.answer_start, fact.kind


def _sentences(draft: Draft) -> set[tuple[str, int]]:
    return {(item.source_id, item.sentence.start) for item in draft.cited}


def _identity_key(draft: Draft) -> str:
    """Drafts that could ask the same fact share this: matching questions, or one answer."""
    return "matching" if draft.type == "matching" else _identity(draft)


def _first_sentence(draft: Draft) -> tuple[str, int]:
    item = draft.cited[0]
    return item.source_id, item.sentence.start


def _balanced(polarity: dict[bool, int], answer: bool) -> bool:
    """True statements are scarcer (a true statement restates its sentence and so gives away every other
    question on it): false ones may outnumber them, but by at most two to one (plus a few)."""
    if answer:
        return polarity[True] <= polarity[False] + 3
    return polarity[False] < 2 * polarity[True] + 4


def _well_formed(draft: Draft, choices: int) -> bool:
    if draft.type == "multiple_choice":
        folded = [fold(c) for c in draft.choices]
        return len(draft.choices) == choices and len(set(folded)) == len(folded) and draft.answer in draft.choices
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


_COMPANY_SUFFIX = re.compile(r"\s+(?:inc|corp|co|ltd|plc|llc|group)$")


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
    frame = lexicon().frame_words
    words_a, words_b = key_words(a.prompt) - frame, key_words(b.prompt) - frame
    return bool(words_a and words_b) and len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.5


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
        # 'Vladimir V. Putin' or 'Mr. Putin' still names Vladimir Putin, and 'Mr. Xi' names Xi Jinping
        forms.update({answer.split()[0], answer.split()[-1]})
    if not any(f" {form} " in stem for form in forms):
        return False
    asked = key_words(answer_of.prompt) - key_words(answer_of.answer_text)
    return not asked or len(asked & key_words(stem_of.prompt)) >= 0.5 * len(asked)

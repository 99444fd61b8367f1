"""Automated checks every generated question must pass, each against the sentences it cites.

- the quote is the source span (the article text at start-end);
- the answer is supported by the quoted sentence(s);
- exactly one keyed answer among unique choices, none of them in the prompt;
- the answer is not in its own prompt;
- no two questions are duplicates or near-duplicates (same answer, nearly the same words).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..lexicon import lexicon
from ..models import Bank, FillInBlank, Matching, MultipleChoice, Numeric, TrueFalse
from ..models.question import Question
from ..numbers import parse_amount
from ..textnorm import fold

__all__ = ["Failure", "check_bank", "near_duplicates"]

_WORD = re.compile(r"\w+")
_ATTRIBUTION = re.compile(r"(.+?) said: “(.+)”")
_STOP = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "but", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "as", "from", "which", "who", "what", "whom", "whose", "how", "when", "where", "why", "than", "then", "so"]
)


@dataclass(frozen=True, order=True)
class Failure:
    """One check a question failed."""

    question_id: str
    check: str
    detail: str


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(fold(text)) if w not in _STOP and len(w) > 1}


def _contains(text: str, phrase: str) -> bool:
    return bool(phrase.strip()) and f" {fold(phrase)} " in f" {fold(text)} "


def check_bank(bank: Bank, texts: Mapping[str, str]) -> list[Failure]:
    """Every failed check for every question; `texts` maps source ids to article text."""
    failures: list[Failure] = []
    for question in bank.questions:
        failures.extend(check_question(question, texts))
    for a, b in near_duplicates(bank.questions):
        failures.append(Failure(b.id, "near_duplicate", f"asks what {a.id} asks"))
    return sorted(failures)


def check_question(question: Question, texts: Mapping[str, str]) -> list[Failure]:
    """The checks for one question."""
    failures = []
    quotes = " ".join(c.quote for c in question.citations)
    for citation in question.citations:
        text = texts.get(citation.source)
        if text is None or text[citation.start : citation.end] != citation.quote:
            failures.append(Failure(question.id, "quote_is_source_span", f"{citation.source} {citation.start}-{citation.end}"))
    if not _supported(question, quotes):
        failures.append(Failure(question.id, "answer_supported", "the cited sentences do not state the answer"))
    if isinstance(question, MultipleChoice):
        keyed = [c for c in question.choices if fold(c) == fold(question.answer)]
        if len(keyed) != 1 or len({fold(c) for c in question.choices}) != len(question.choices):
            failures.append(Failure(question.id, "one_keyed_answer", "choices are not unique with one key"))
        for choice in question.choices:
            if _contains(question.prompt, choice):
                failures.append(Failure(question.id, "answer_not_in_prompt", f"option {choice!r} is in the prompt"))
    elif isinstance(question, (FillInBlank, Numeric)) and _contains(question.prompt, _answer_words(question)):
        failures.append(Failure(question.id, "answer_not_in_prompt", "the answer is in the prompt"))
    return failures


def _answer_words(question: Question) -> str:
    if isinstance(question, Numeric):
        return f"{question.answer:g}"
    return str(getattr(question, "answer", ""))


def _supported(question: Question, quotes: str) -> bool:
    """Does the cited text state what the key says?"""
    if isinstance(question, (MultipleChoice, FillInBlank)):
        forms = [question.answer, *getattr(question, "accepted_answers", [])]
        forms += [short for short, (*_, full) in lexicon().name_aliases.items() if full in forms]  # 'US'
        return any(_contains(quotes, form) or (len(form.split()) > 1 and _names_in(form, quotes)) for form in forms)
    if isinstance(question, Numeric):
        return _number_in(quotes, question.answer)
    if isinstance(question, Matching):
        return all(_pair_supported(pair.left, pair.right, quotes) for pair in question.pairs)
    if isinstance(question, TrueFalse):
        statement = question.explanation.split(" (")[0].removeprefix("True. ").removeprefix("False. ")
        attributed = _ATTRIBUTION.fullmatch(statement)
        if attributed:  # 'Paul Neville said: “…”' where the quotes name him 'Mr Neville'
            speaker, statement = attributed.groups()
            if not _names_in(speaker, quotes):
                return False
        words = _words(statement) - {"said", "described", "called", "is"}
        return bool(words) and len(words & _words(quotes)) >= 0.8 * len(words)
    return False


def _pair_supported(left: str, right: str, quotes: str) -> bool:
    """A sentence with a blank and what fills it ('_____km north' + '130'), or a name and what is said of it."""
    if "_____" in left and _words(left.replace("_____", right)) <= _words(quotes):
        return True
    return (_words(left.replace("_____", " ")) <= _words(quotes) or _names_in(left, quotes)) and _words(right) <= _words(quotes)


def _names_in(name: str, quotes: str) -> bool:
    """A person's full name, or one of its names ('Mr. Xi' for Xi Jinping), appears in the quotes."""
    return name[:1].isupper() and any(_contains(quotes, w) for w in name.split() if len(w) > 1)


def _number_in(text: str, value: float) -> bool:
    """Is `value` written in the text, in digits ('240', '1,945') or words ('five', 'two and a half', 'one hundred')?"""
    pattern = r"\d[\d,]*(?:\.\d+)?|\b[a-z]+(?:-[a-z]+)?(?:[ -]hundred(?: and [a-z]+(?:[ -][a-z]+)?)?)?(?: and a half)?\b"
    for match in re.finditer(pattern, text.lower()):
        amount = parse_amount(match.group())
        if amount is not None and abs(amount.value - value) < 1e-9:
            return True
    return False


def near_duplicates(questions: Sequence[Question]) -> list[tuple[Question, Question]]:
    """Pairs of questions of one type with the same answer whose prompts share most of their words."""
    pairs = []
    for i, a in enumerate(questions):
        for b in questions[i + 1 :]:
            if a.type != b.type or fold(str(getattr(a, "answer", ""))) != fold(str(getattr(b, "answer", ""))):
                continue
            if a.type == "matching":
                same = {(p.left, p.right) for p in a.pairs} == {(p.left, p.right) for p in b.pairs}
            else:
                words_a, words_b = _words(a.prompt), _words(b.prompt)
                same = bool(words_a and words_b) and len(words_a & words_b) / len(words_a | words_b) >= 0.8
            if same:
                pairs.append((a, b))
    return pairs

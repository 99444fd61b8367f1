"""Questions on numbers: cloze multiple choice, numeric answers, true/false with a swapped value,
and wh-questions for shares and sums ('What share of ... were settled in rubles or renminbi?')."""

from __future__ import annotations

import re

from ...nlp.quantities import Quantity
from ...numbers import number_table
from ...textnorm import fold
from ..context import Corpus
from ..draft import Draft
from ..facts.model import Fact
from ..number_options import number_options
from ..stems import blank_out, plain, replace_span, tidy, word_count
from .common import options_with, true_and_false

__all__ = ["quantity_questions"]

_MAX_WORDS = 45
_SHARE = re.compile(r"^\s*of\s+(?P<rest>[^,;]+?)(?P<end>[,;.]|$)")
_REPORTED = re.compile(r"^(?P<speaker>.+?)\s+said(?:\s+on\s+\w+)?\s+that\s+$")


def quantity_questions(fact: Fact, corpus: Corpus) -> list[Draft]:
    """Every question a number supports; the ranking stage keeps the best."""
    quantity = fact.quantity
    if quantity is None or not _worth_asking(quantity) or _written_twice(fact):
        return []
    verdict = corpus.verdict(fact.item)
    scores, count = corpus.config.scores, corpus.config.choices - 1
    drafts: list[Draft] = []
    key = _key(fact)
    avoid = {q.value for q in fact.item.quantities if q is not quantity}
    wrong = number_options(quantity, count, avoid=avoid, limit=corpus.latest_year)
    readable = corpus.readable(fact.item)
    text, shift = fact.item.text, 0
    if readable:
        rewrite = readable[1]
        moved = rewrite.moved(quantity.start, quantity.end) if rewrite else (quantity.start, quantity.end)
        if moved is None and rewrite is not None and len(rewrite.parts) == 1:
            start, end, replacement = rewrite.parts[0]
            carried = _kept_in_opening(fact.item.text[start:end], replacement, quantity.start - start, quantity.text)
            moved = (start + carried, 0) if carried is not None else None
        if moved is not None:
            text, shift = readable[0], moved[0] - quantity.start
    stem = blank_out(text, quantity.start + shift, quantity.end + shift)
    wrong = [w for w in wrong if fold(w) not in fold(stem)]
    statement = plain(tidy(text))
    if readable and text is readable[0] and word_count(stem) <= _MAX_WORDS and not _repeated(quantity, stem):
        if len(wrong) == count:
            drafts.append(
                Draft(
                    "multiple_choice",
                    "cloze",
                    stem,
                    quantity.text,
                    (fact,),
                    key,
                    scores.weekday_choice if quantity.kind == "weekday" else scores.number_choice,
                    choices=options_with(quantity.text, wrong, key),
                    statement=statement,
                )
            )
        numeric = _numeric(quantity)
        if numeric:
            answer, unit, tolerance = numeric
            drafts.append(
                Draft(
                    "numeric",
                    "cloze",
                    _approximate_stem(text, quantity, shift) or stem,
                    answer,
                    (fact,),
                    key,
                    scores.number_numeric,
                    tolerance=tolerance,
                    unit=unit,
                    statement=statement,
                )
            )
        if verdict.factual and wrong and word_count(text) <= 40:
            drafts.extend(_true_false(fact, text, shift, wrong[0], key, statement, corpus))
    for template in (_share_question, value_question, value_numeric):
        draft = template(fact, number_options(quantity, count, avoid=avoid, limit=corpus.latest_year), corpus)
        if draft:
            drafts.append(draft)
    return drafts


def _approximate_stem(text: str, quantity: Quantity, shift: int) -> str | None:
    """'there are about _____ ordinary pulsars': an approximate number keeps its 'about' in the stem, so the
    student reads what the article claims and types the number (its key has the tolerance 'about' allows)."""
    qualifier = quantity.qualifier
    if qualifier not in number_table().approximations or not quantity.text.lower().startswith(qualifier):
        return None
    number = len(quantity.text) - len(quantity.text[len(qualifier) :].lstrip())
    return blank_out(text, quantity.start + shift + number, quantity.end + shift)


def _kept_in_opening(original: str, replacement: str, start: int, written: str) -> int | None:
    """Where a number in a rewritten opening ('The 103-year-old institution' -> 'The 103-year-old Harbin
    Institute of Technology') now starts, if it was carried over unchanged."""
    if original.count(written) != 1 or replacement.count(written) != 1:
        return None
    return replacement.index(written) if original.index(written) == start else None


def _written_twice(fact: Fact) -> bool:
    """The same number elsewhere in the sentence ('an Atlas 5 rocket with ... five boosters') would answer it."""
    quantity = fact.quantity
    assert quantity is not None
    others = [q for q in fact.item.quantities if q is not quantity and q.value == quantity.value]
    digits = re.findall(r"\d+(?:\.\d+)?", fact.item.text[: quantity.start] + " " + fact.item.text[quantity.end :])
    return bool(others) or f"{quantity.value:g}" in digits


def _worth_asking(quantity: Quantity) -> bool:
    if quantity.kind == "date":
        return False
    if quantity.kind == "ordinal":
        # 'third countries' is an idiom, not a rank; a rank qualifies one thing.
        return quantity.value > 1 and bool(quantity.unit) and not quantity.unit.endswith("s")
    if quantity.kind == "count":
        return bool(quantity.unit) and (quantity.value >= 3 or quantity.text[:1].isdigit())
    return True


def _key(fact: Fact) -> str:
    quantity = fact.quantity
    assert quantity is not None
    value = float(f"{quantity.value:.2g}") if quantity.kind == "money" else quantity.value
    years = sorted(q.text for q in fact.item.quantities if q.kind == "year" and q is not quantity)
    if quantity.kind in ("weekday", "ordinal"):  # 'Friday' in two sentences is two facts
        return f"quantity|{quantity.kind}|{value:g}|{fact.item.source_id}|{fact.item.sentence.start}"
    return f"quantity|{quantity.kind}|{quantity.unit}|{value:g}|{','.join(years[:1])}"


def _repeated(quantity: Quantity, stem: str) -> bool:
    """Does the blanked number stand elsewhere in the stem ('before _____ years ago to between 3 and 2.75')?"""
    numeric = _numeric(quantity)
    if not numeric:
        return False
    shown = f"{numeric[0]:g}"
    return re.search(rf"(?<![\d.,]){re.escape(shown)}(?![\d,]|\.\d)", stem) is not None


def _numeric(quantity: Quantity) -> tuple[float, str, float] | None:
    """(answer, unit, tolerance) in the units the sentence uses, or None when a bound makes it ambiguous."""
    table = number_table()
    if quantity.qualifier in table.bounds or quantity.kind in ("ordinal", "weekday"):
        return None
    shown = quantity.value / table.scale_values.get(quantity.scale, 1.0)
    tolerance = round(shown * 0.1, 2) if quantity.qualifier in table.approximations else 0.0
    if quantity.kind == "money":
        currency = table.currencies.get(quantity.unit)
        unit = " ".join(filter(None, (quantity.scale, currency.name if currency else quantity.unit)))
    elif quantity.kind == "percent":
        unit = "%"
    elif quantity.kind == "year":
        unit = ""
    else:
        unit = quantity.unit
    return shown, unit, tolerance


def _true_false(fact: Fact, text: str, shift: int, wrong: str, key: str, statement: str, corpus: Corpus) -> list[Draft]:
    """The true statement and a false one; the key's hash prefers one, so a bank holds a mix of both."""
    quantity = fact.quantity
    assert quantity is not None
    swapped = plain(tidy(replace_span(text, quantity.start + shift, quantity.end + shift, wrong)))
    scores = corpus.config.scores
    return true_and_false(statement, swapped, (fact,), key, scores.number_statement, lean=scores.preferred_statement)


def _share_question(fact: Fact, wrong: list[str], corpus: Corpus) -> Draft | None:
    """'Putin said on Thursday that more than 90% of trade transactions between Russia and China were now settled
    in rubles or renminbi.' -> 'According to Putin, what share of trade transactions between Russia and China were
    settled in rubles or renminbi?'"""
    quantity = fact.quantity
    if quantity is None or quantity.kind != "percent" or len(wrong) < corpus.config.choices - 1:
        return None
    text = fact.item.text
    after = text[quantity.end :]
    match = re.match(
        r"^\s*of\s+(?P<what>.+?)(?P<verb>\s(?:were|was|are|is|had been|have been)\s)(?:now\s)?(?P<rest>[^,;]+?)[.,;]?$",
        after,
    )
    before = _REPORTED.match(text[: quantity.start])
    if not match or not before:
        return None
    speaker = before.group("speaker").strip()
    prompt = f"According to {speaker}, what share of {match.group('what')}{match.group('verb')}{match.group('rest')}?"
    prompt = tidy(prompt)
    key = _key(fact)
    return Draft(
        "multiple_choice",
        "wh_question",
        prompt,
        quantity.text,
        (fact,),
        key,
        corpus.config.scores.share_choice,
        choices=options_with(quantity.text, wrong, key),
        statement=plain(tidy(text)),
    )


_ACCORDING = re.compile(r"according to (?P<who>[^,.;]+)", re.IGNORECASE)


def value_question(fact: Fact, wrong: list[str], corpus: Corpus) -> Draft | None:
    """'... record bilateral trade of $240 billion between China and Russia in 2023, up from ..., according to
    Chinese customs data.' -> 'According to Chinese customs data, what was the value of record bilateral trade
    between China and Russia in 2023?'"""
    quantity = fact.quantity
    if quantity is None or quantity.kind != "money" or len(wrong) < corpus.config.choices - 1:
        return None
    item = fact.item
    tokens = item.tokens
    of_index = max((i for i, t in enumerate(tokens) if quantity.start - 4 <= t.end <= quantity.start), default=None)
    if of_index is None or tokens[of_index].lower != "of":
        return None
    first = of_index
    while first > 0 and tokens[first - 1].tag in ("JJ", "NN", "NNS") and of_index - first < 5:
        first -= 1
    if of_index - first < 2 or not tokens[of_index - 1].tag.startswith("NN"):
        return None  # 'the value of low': one bare word names nothing
    if first > 0 and tokens[first - 1].lower in ("a", "an"):
        return None  # 'ran at an annual rate of $415.6 billion': 'the value of annual rate' says not of what
    after = next((i for i, t in enumerate(tokens) if t.start >= quantity.end), len(tokens))
    last = after
    while last < len(tokens) and tokens[last].text not in (",", ".", ";", ":"):
        last += 1
    noun_phrase = item.text[tokens[first].start : tokens[of_index - 1].end]
    tail = item.text[tokens[after].start : tokens[last - 1].end] if last > after else ""
    if tail and (tokens[after].tag != "IN" or any(t.tag.startswith("VB") for t in tokens[after:last])):
        return None  # '... of $5 million of stock typically earns a profit': the tail must be a phrase, not a clause
    according = _ACCORDING.search(item.text)
    lead = f"According to {according.group('who').strip()}, what" if according else "What"
    prompt = tidy(f"{lead} was the value of {noun_phrase} {tail}".strip() + "?")
    key = _key(fact)
    return Draft(
        "multiple_choice",
        "wh_question",
        prompt,
        quantity.text,
        (fact,),
        key,
        corpus.config.scores.value_choice,
        choices=options_with(quantity.text, wrong, key),
        statement=plain(tidy(item.text)),
    )


def value_numeric(fact: Fact, wrong: list[str], corpus: Corpus) -> Draft | None:
    """The same question as `value_question`, answered with a number in the unit it names."""
    asked = value_question(fact, wrong, corpus)
    numeric = _numeric(fact.quantity) if fact.quantity else None
    if asked is None or numeric is None:
        return None
    answer, unit, tolerance = numeric
    scale = fact.quantity.scale if fact.quantity else ""
    in_units = f"in {scale}s of {unit.split(' ', 1)[1]}" if scale and " " in unit else f"in {unit}"
    prompt = asked.prompt[:-1] + f", {in_units}?"
    return Draft(
        "numeric",
        "wh_question",
        prompt,
        answer,
        asked.facts,
        asked.key,
        corpus.config.scores.value_numeric,
        tolerance=tolerance,
        unit=unit,
        statement=asked.statement,
    )

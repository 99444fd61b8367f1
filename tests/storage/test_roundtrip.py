"""load(dump(bank)) == bank, for any bank the models accept (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.models import Bank, Citation, FillInBlank, Matching, MultipleChoice, Numeric, Pair, Source, TrueFalse
from quizgen.storage import dump_bank, parse_bank
from quizgen.textnorm import fold

text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
words = text.filter(lambda s: s.strip() != "")
source_ids = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
question_ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,20}", fullmatch=True)


def distinct(strategy, min_size, max_size):
    return st.lists(strategy, min_size=min_size, max_size=max_size, unique_by=fold)


@st.composite
def citations(draw, source_id):
    quote = draw(text)
    start = draw(st.integers(0, 10_000))
    return Citation(source=source_id, quote=quote, start=start, end=start + len(quote))


@st.composite
def questions(draw, source_id, question_id):
    common = dict(
        id=question_id,
        explanation=draw(st.text(max_size=60)),
        citations=draw(st.lists(citations(source_id), min_size=1, max_size=2)),
        topics=draw(distinct(st.text(min_size=1, max_size=20), 0, 3)),
        difficulty=draw(st.sampled_from(["easy", "medium", "hard"])),
        status=draw(st.sampled_from(["draft", "approved", "rejected"])),
        origin=draw(st.sampled_from(["generated", "teacher"])),
        disagreement=draw(st.none() | words),
    )
    kind = draw(st.sampled_from(["mc", "tf", "fill", "numeric", "matching"]))
    if kind == "mc":
        choices = draw(distinct(words, 2, 5))
        return MultipleChoice(prompt=draw(words), choices=choices, answer=draw(st.sampled_from(choices)), **common)
    if kind == "tf":
        return TrueFalse(prompt=draw(words), answer=draw(st.booleans()), **common)
    if kind == "fill":
        answers = draw(distinct(words, 1, 3))
        return FillInBlank(
            prompt=draw(text) + " _____ " + draw(text), answer=answers[0], accepted_answers=answers[1:], **common
        )
    if kind == "numeric":
        number = draw(st.floats(allow_nan=False, allow_infinity=False, width=64))
        return Numeric(
            prompt=draw(words),
            answer=number,
            tolerance=draw(st.floats(0, 1e6)),
            unit=draw(st.text(max_size=10)),
            **common,
        )
    lefts = draw(distinct(words, 2, 4))
    rights = draw(distinct(words, len(lefts), len(lefts)))
    return Matching(
        prompt=draw(words), pairs=[Pair(left=a, right=b) for a, b in zip(lefts, rights, strict=True)], **common
    )


@st.composite
def banks(draw):
    source = Source(
        id=draw(source_ids),
        title=draw(words),
        outlet=draw(st.text(max_size=20)),
        published=draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
        path="seeds/" + draw(st.from_regex(r"[a-z0-9_]{1,12}", fullmatch=True)) + ".txt",
        notes=draw(st.text(max_size=30)),
    )
    ids = draw(st.lists(question_ids, max_size=4, unique=True))
    return Bank(
        title=draw(words.filter(lambda s: len(s) <= 200)),
        description=draw(st.text(max_size=60)),
        approved_only=draw(st.booleans()),
        sources=[source],
        questions=[draw(questions(source.id, qid)) for qid in ids],
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(banks())
def test_load_of_dump_is_the_same_bank(bank):
    assert parse_bank(dump_bank(bank), "bank.yaml") == bank


@settings(max_examples=50, deadline=None)
@given(banks())
def test_dump_is_deterministic_and_tag_free(bank):
    first = dump_bank(bank)
    assert first == dump_bank(parse_bank(first, "bank.yaml"))
    assert not re.search(r"(?m)(?:^|:\s|-\s)[!&*]", first), "no tags, anchors or aliases"

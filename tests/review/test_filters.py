"""Finding questions in the shipped bank by status, type, topic, source, difficulty, flags and words."""

from __future__ import annotations

import pytest

from quizgen.review import Filter, filter_questions, flag_labels, in_order, status_counts
from quizgen.review.edits import set_status
from quizgen.storage import load_bank
from tests.samples import BANKS

STARTER = load_bank(BANKS / "starter.yaml")
QUESTIONS = STARTER.questions


def ids(wanted: Filter) -> set[str]:
    return {q.id for q in filter_questions(QUESTIONS, wanted)}


def test_an_empty_filter_keeps_every_question_in_order():
    assert filter_questions(QUESTIONS, Filter()) == list(QUESTIONS)


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (Filter(types=frozenset({"numeric"})), {q.id for q in QUESTIONS if q.type == "numeric"}),
        (Filter(difficulties=frozenset({"easy"})), {q.id for q in QUESTIONS if q.difficulty == "easy"}),
        (Filter(topics=frozenset({"TRADE"})), {q.id for q in QUESTIONS if "trade" in q.topics}),
        (
            Filter(sources=frozenset({"new-model-of-ties"})),
            {q.id for q in QUESTIONS if any(c.source == "new-model-of-ties" for c in q.citations)},
        ),
        (Filter(statuses=frozenset({"draft"})), set()),
        (Filter(words="customs 240"), {"t-a69e172c6a0b"}),
        (Filter(words="carnegie centre"), {"t-dcea255e392a"}),  # accepted answers are searched too
        (Filter(words="  "), {q.id for q in QUESTIONS}),
        (Filter(flagged_only=True), set()),
    ],
)
def test_each_part_of_a_filter_narrows_the_list(wanted, expected):
    assert ids(wanted) == expected


def test_parts_combine():
    both = Filter(types=frozenset({"numeric"}), words="customs")
    assert ids(both) == ids(Filter(types=frozenset({"numeric"}))) & ids(Filter(words="customs"))


def test_counts_per_status_include_every_status():
    assert status_counts(QUESTIONS) == {"draft": 0, "approved": 5, "rejected": 0}
    changed = set_status(STARTER, [QUESTIONS[0].id], "rejected")
    assert status_counts(changed.questions) == {"draft": 0, "approved": 4, "rejected": 1}


def test_flags_are_named_in_words():
    flagged = QUESTIONS[0].model_copy(update={"flags": ["source_changed", "sources_disagree"]})
    assert flag_labels(flagged) == ["Source changed", "Sources disagree"]
    assert flag_labels(QUESTIONS[0].model_copy(update={"disagreement": "They differ."})) == ["Sources disagree"]
    assert flag_labels(QUESTIONS[0]) == []
    assert ids(Filter(flagged_only=True)) == set()
    assert filter_questions([flagged, QUESTIONS[1]], Filter(flagged_only=True)) == [flagged]


SHIPPED = load_bank(BANKS / "generated.yaml")  # three of its drafts carry the generator's score


@pytest.mark.parametrize(
    ("order", "first_scores"),
    [
        ("bank", None),
        ("score-high", [0.73, 0.67, 0.55]),
        ("score-low", [0.55, 0.67, 0.73]),
    ],
)
def test_sorting_by_the_generator_s_score_puts_the_unscored_questions_last(order, first_scores):
    ordered = in_order(SHIPPED.questions, order)
    assert sorted(q.id for q in ordered) == sorted(q.id for q in SHIPPED.questions)
    if first_scores is None:
        assert ordered == list(SHIPPED.questions)
    else:
        assert [q.generator_score for q in ordered[:3]] == first_scores
        assert all(q.generator_score is None for q in ordered[3:])

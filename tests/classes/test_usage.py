"""A bank question's results across every assignment that served it, pooled, on real databases."""

from __future__ import annotations

import pytest

from quizgen.classes import (
    AssignmentSettings,
    ItemStats,
    create_assignment,
    delete_assignment,
    question_usage,
)
from quizgen.classes.usage import pooled_usage
from tests.classes.answering import take


def _two_classes(store, questions):
    """Class A: Ana right on all, Ben on the trade questions only. Class B: Cy and Eve right on all, Dee on none."""
    every = {q.id for q in questions}
    first = create_assignment(store, questions, AssignmentSettings(title="Class A"))
    take(store, first.id, "Ana", every)
    take(store, first.id, "Ben", {q.id for q in questions if "trade" in q.topics})
    second = create_assignment(store, questions, AssignmentSettings(title="Class B"))
    for name, rights in (("Cy", every), ("Dee", set()), ("Eve", every)):
        take(store, second.id, name, rights)
    return first, second


def test_results_are_pooled_over_every_assignment_that_served_the_question(store, starter_questions):
    _two_classes(store, starter_questions)
    trade, people = starter_questions[0], starter_questions[2]
    usage = question_usage(store, [trade, people])
    # Trade: A 2/2 right, discrimination (1 - 1)/1 = 0; B 2/3 right, (1 - 0)/1 = 1. Pooled: 4/5, (0·2 + 1·3)/5.
    assert (usage[trade.id].assignments, usage[trade.id].students) == (2, 5)
    assert usage[trade.id].facility == pytest.approx(0.8)
    assert usage[trade.id].discrimination == pytest.approx(0.6)
    assert usage[trade.id].flags == ()
    # People: A 1/2 right, (1 - 0)/1 = 1; B 2/3, 1. Pooled: 3/5 and 1.
    assert (usage[people.id].facility, usage[people.id].discrimination) == (pytest.approx(0.6), 1.0)


def test_an_edited_question_keeps_its_results_and_one_never_served_has_none(store, starter_questions):
    served = starter_questions[:2]
    assignment = create_assignment(store, served, AssignmentSettings(title="Two questions"))
    take(store, assignment.id, "Ana", set())
    edited = served[0].model_copy(update={"prompt": served[0].prompt + " (edited)", "status": "draft"})
    usage = question_usage(store, [edited, starter_questions[3]])
    assert list(usage) == [edited.id]
    assert (usage[edited.id].students, usage[edited.id].facility, usage[edited.id].flags) == (
        1,
        0.0,
        ("very_hard", "weak_discrimination"),  # one student is both the upper and the lower group
    )


def test_a_deleted_assignment_no_longer_counts(store, starter_questions):
    first, _ = _two_classes(store, starter_questions)
    delete_assignment(store, first.id)
    usage = question_usage(store, starter_questions[:1])[starter_questions[0].id]
    assert (usage.assignments, usage.students, usage.facility) == (1, 3, pytest.approx(2 / 3))


def test_an_assignment_nobody_has_finished_is_counted_with_no_students(store, starter_questions):
    assignment = create_assignment(store, starter_questions, AssignmentSettings(title="Open"))
    take(store, assignment.id, "Cy", set(), submit=False)
    usage = question_usage(store, starter_questions[:1])[starter_questions[0].id]
    assert (usage.assignments, usage.students, usage.facility, usage.discrimination) == (1, 0, None, None)


def _stats(students: int, facility: float | None, discrimination: float | None) -> ItemStats:
    return ItemStats("q", students, facility, discrimination, None, {}, None, ())


@pytest.mark.parametrize(
    ("stats", "expected"),
    [
        ([], (0, 0, None, None, ())),
        ([_stats(0, None, None)], (1, 0, None, None, ())),
        ([_stats(4, 1.0, 0.0), _stats(6, 0.5, 0.5)], (2, 10, 0.7, 0.3, ())),
        ([_stats(10, 0.95, 0.1)], (1, 10, 0.95, 0.1, ("very_easy", "weak_discrimination"))),
        ([_stats(2, 0.5, -1.0), _stats(2, 0.5, 0.5)], (2, 4, 0.5, -0.25, ("check_the_key",))),
    ],
)
def test_pooling_weights_each_assignment_by_its_students(stats, expected):
    got = pooled_usage(stats)
    *numbers, flags = expected
    assert (got.assignments, got.students, got.facility, got.discrimination) == pytest.approx(tuple(numbers))
    assert got.flags == flags

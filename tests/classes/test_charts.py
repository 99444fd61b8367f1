"""The Results page's charts: per-topic mastery and facility against discrimination, read from a real class
database and checked in the specification the browser draws."""

from __future__ import annotations

import pytest

from quizgen.classes import (
    NO_TOPIC,
    AssignmentSettings,
    Mark,
    Sitting,
    assignment_item_analysis,
    assignment_results,
    create_assignment,
    item_chart,
    sittings_of,
    topic_chart,
    topic_mastery,
)
from quizgen.config import CLASSES
from tests.classes.answering import take


@pytest.fixture
def answered(store, starter_questions):
    """The starter quiz (topics trade, trade, people, diplomacy, people) taken by three students: Ana gets all
    five right, Ben the two trade questions, and Cy, still answering, all five (not counted yet)."""
    assignment = create_assignment(store, starter_questions, AssignmentSettings(title="Charted"))
    every = {q.id for q in starter_questions}
    take(store, assignment.id, "Ana", every)
    take(store, assignment.id, "Ben", {q.id for q in starter_questions if "trade" in q.topics})
    take(store, assignment.id, "Cy", every, submit=False)
    return assignment


def test_mastery_is_the_share_right_per_topic_over_finished_attempts(store, starter_questions, answered):
    topics = {q.id: q.topics for q in starter_questions}
    mastery = topic_mastery(topics, sittings_of(assignment_results(store, answered.id)))
    assert [(m.topic, m.right, m.given) for m in mastery] == [("diplomacy", 1, 2), ("people", 2, 4), ("trade", 4, 4)]
    assert [m.share for m in mastery] == [0.5, 0.5, 1.0]


@pytest.mark.parametrize(
    ("topics", "expected"),
    [
        ({}, []),
        ({"q1": []}, [(NO_TOPIC, 1, 2)]),
        ({"q1": ["trade", "energy"]}, [("energy", 1, 2), ("trade", 1, 2)]),
    ],
)
def test_a_question_counts_in_each_of_its_topics_and_one_without_under_no_topic(topics, expected):
    sittings = [Sitting("A", (Mark("q1", True),)), Sitting("B", (Mark("q1", False),))] if topics else []
    assert [(m.topic, m.right, m.given) for m in topic_mastery(topics, sittings)] == expected


def test_the_item_chart_has_a_point_per_question_named_by_its_prompt(store, starter_questions, answered):
    stats = assignment_item_analysis(store, answered.id)
    spec = item_chart(stats, {q.id: q.prompt for q in starter_questions}).to_dict()
    zones, points = spec["layer"]
    assert [p["question"] for p in points["data"]["values"]] == [q.prompt for q in starter_questions]
    by_prompt = {p["question"]: p for p in points["data"]["values"]}
    for question, s in zip(starter_questions, stats, strict=True):
        assert (by_prompt[question.prompt]["facility"], by_prompt[question.prompt]["discrimination"]) == (
            s.facility,
            s.discrimination,
        )
    trade = next(q for q in starter_questions if "trade" in q.topics)
    trade_prompts = {q.prompt for q in starter_questions if "trade" in q.topics}
    assert by_prompt[trade.prompt]["facility"] == 1.0 and "very easy" in by_prompt[trade.prompt]["flags"]
    assert points["encoding"]["x"]["field"] == "facility" and points["encoding"]["y"]["field"] == "discrimination"
    assert points["encoding"]["tooltip"][0]["field"] == "question"
    # Ana and Ben got both trade questions right, so the two share a place on the chart, and say so.
    assert [p["sharing"] for p in points["data"]["values"] if p["question"] in trade_prompts] == [2, 2]
    assert "sharing" in [tip["field"] for tip in points["encoding"]["tooltip"]]
    assert points["mark"]["type"] == "circle" and zones["mark"]["type"] == "rect"


def test_the_shaded_zones_are_the_flag_thresholds(store, starter_questions, answered):
    spec = item_chart(assignment_item_analysis(store, answered.id), {}).to_dict()
    zones = {z["zone"]: (z["x"], z["x2"], z["y"], z["y2"]) for z in spec["layer"][0]["data"]["values"]}
    assert zones == {
        "very hard": (0.0, CLASSES.facility_low, -1.0, 1.0),
        "very easy": (CLASSES.facility_high, 1.0, -1.0, 1.0),
        "weak discrimination": (0.0, 1.0, -1.0, CLASSES.discrimination_low),
    }


def test_a_question_nobody_finished_has_no_point(store, starter_questions):
    assignment = create_assignment(store, starter_questions, AssignmentSettings(title="Unfinished"))
    take(store, assignment.id, "Cy", set(), submit=False)
    spec = item_chart(assignment_item_analysis(store, assignment.id), {}).to_dict()
    assert spec["layer"][1]["data"]["values"] == []


def test_the_topic_chart_puts_the_weakest_topic_first(store, starter_questions, answered):
    mastery = topic_mastery(
        {q.id: q.topics for q in starter_questions}, sittings_of(assignment_results(store, answered.id))
    )
    spec = topic_chart(mastery).to_dict()
    assert [(row["topic"], row["share"]) for row in spec["data"]["values"]] == [(m.topic, m.share) for m in mastery]
    assert spec["encoding"]["y"]["sort"] == {"field": "share", "order": "ascending"}
    assert spec["encoding"]["x"]["field"] == "share" and spec["mark"]["type"] == "bar"

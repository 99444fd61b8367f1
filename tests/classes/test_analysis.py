"""Item analysis gives exactly the numbers docs/item-analysis.md computes by hand for its worked example."""

from __future__ import annotations

import re

import pytest

from quizgen.classes import (
    FLAG_NAMES,
    FLAG_TEXT,
    AssignmentSettings,
    ItemInfo,
    Mark,
    Sitting,
    analyse_items,
    answer_question,
    assignment_item_analysis,
    create_assignment,
    group_size,
    start_attempt,
    submit_attempt,
)
from quizgen.question_types import NO_ANSWER
from tests.classes.answering import right, wrong
from tests.samples import PROJECT

DOC = (PROJECT / "docs" / "item-analysis.md").read_text(encoding="utf-8")
Q4_CHOICES = ("Harbin", "Beijing", "Shanghai")
FLAG_WORDS = {
    "very easy": "very_easy",
    "very hard": "very_hard",
    "check the key": "check_the_key",
    "weak discrimination": "weak_discrimination",
}


def _table(marker: str) -> list[list[str]]:
    """The rows (header first) of the pipe table after `<!-- worked-example:marker -->`."""
    block = DOC.split(f"<!-- worked-example:{marker} -->", 1)[1].strip().split("\n\n", 1)[0]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in block.splitlines()]
    return [row for row in rows if not all(re.fullmatch(r"-+", cell) for cell in row)]


def _example() -> tuple[list[ItemInfo], list[Sitting]]:
    answers, seconds = _table("answers"), _table("seconds")
    questions = answers[0][1:-1]
    sittings = []
    for marks_row, times_row in zip(answers[1:], seconds[1:], strict=True):
        student, marks = marks_row[0], marks_row[1:-1]
        assert int(marks_row[-1]) == sum(map(int, marks))  # the doc's totals add up
        sittings.append(
            Sitting(
                student,
                tuple(
                    Mark(q, mark == "1", _q4_choice(student) if q == "q4" else None, float(time))
                    for q, mark, time in zip(questions, marks, times_row[1:], strict=True)
                ),
            )
        )
    items = [ItemInfo(q, Q4_CHOICES if q == "q4" else ()) for q in questions]
    return items, sittings


def _q4_choice(student: str) -> str:
    return "Beijing" if student in ("B", "C") else "Harbin"


def test_the_code_gives_the_hand_computed_results():
    items, sittings = _example()
    stats = {s.question: s for s in analyse_items(items, sittings)}
    for question, facility, discrimination, point_biserial, mean, flags in _table("results")[1:]:
        got = stats[question]
        assert got.students == 6
        assert f"{got.facility:.3f}" == facility
        assert f"{got.discrimination:.3f}" == discrimination
        assert (f"{got.point_biserial:.3f}" if got.point_biserial is not None else "n/a") == point_biserial
        assert f"{got.mean_seconds:.1f}" == mean
        assert got.flags == tuple(FLAG_WORDS[f.strip()] for f in flags.split(",") if f.strip())
    assert stats["q4"].choices == {"Harbin": 4, "Beijing": 2, "Shanghai": 0, NO_ANSWER: 0}
    assert stats["q1"].choices == {}


@pytest.mark.parametrize(("students", "size"), [(0, 1), (1, 1), (2, 1), (4, 1), (6, 2), (10, 3), (50, 14), (150, 41)])
def test_the_group_is_27_percent_rounded_half_up_and_at_least_one(students, size):
    assert group_size(students) == size


def test_an_item_nobody_was_given_has_no_statistics():
    [stats] = analyse_items([ItemInfo("q9")], [Sitting("A", (Mark("q1", True),))])
    assert (stats.students, stats.facility, stats.discrimination, stats.point_biserial) == (0, None, None, None)
    assert stats.flags == ()


def test_every_flag_has_words():
    assert set(FLAG_TEXT) == set(FLAG_WORDS.values())


def test_the_short_flag_names_are_the_docs_names():
    assert {name: flag for flag, name in FLAG_NAMES.items()} == FLAG_WORDS


def test_the_store_analyses_each_students_first_finished_attempt(store, starter_questions):
    first = starter_questions[0]
    settings = AssignmentSettings(title="Analysed", attempts_allowed=2)
    assignment = create_assignment(store, starter_questions, settings)
    for name, answer in [("Ana", right), ("Ben", wrong), ("Ana", wrong), ("Cy", right)]:
        attempt = start_attempt(store, assignment.id, name).attempt.id
        answer_question(store, attempt, 0, answer(first))
        if name != "Cy":  # Cy is still answering: not counted yet
            submit_attempt(store, attempt)
    stats = assignment_item_analysis(store, assignment.id)[0]
    assert (stats.question, stats.students, stats.facility) == (first.id, 2, 0.5)
    assert stats.choices[first.answer] == 1 and sum(stats.choices.values()) == 2

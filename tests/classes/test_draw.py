"""A random draw per student: fixed by the attempt, never the same question twice, never one sentence twice."""

from __future__ import annotations

import pytest

from quizgen.classes import AssignmentSettings, create_assignment, draw_questions, sentence_keys, start_attempt
from quizgen.models import Question


def _copied(questions: list[Question]) -> list[Question]:
    """What a copied class bank adds to a pool: the same questions and sentences under other ids."""
    return [q.model_copy(update={"id": f"copy-{q.id}", "prompt": q.prompt + " (copy)"}) for q in questions]


def _independent(drawn: list[Question]) -> None:
    assert len({q.id for q in drawn}) == len(drawn)
    seen: set[tuple[str, ...]] = set()
    for question in drawn:
        keys = sentence_keys(question)
        assert not keys & seen, f"{question.id} cites a sentence already drawn"
        seen |= keys


@pytest.mark.parametrize("seed", [f"attempt-{n}" for n in range(40)])
def test_a_draw_never_repeats_a_question_nor_a_sentence(bank_questions, seed):
    pool = bank_questions + _copied(bank_questions)
    chosen = draw_questions(pool, 12, seed)
    assert len(chosen) == 12
    _independent([pool[i] for i in chosen])


def test_the_same_seed_draws_the_same_questions_and_others_differ(bank_questions):
    assert draw_questions(bank_questions, 8, "a") == draw_questions(bank_questions, 8, "a")
    assert len({tuple(draw_questions(bank_questions, 8, str(n))) for n in range(10)}) > 1


def test_a_pool_short_of_independent_questions_gives_a_shorter_draw(starter_questions):
    pool = starter_questions + _copied(starter_questions)
    assert len(draw_questions(pool, len(pool), "seed")) <= len(starter_questions)
    assert draw_questions([], 3, "seed") == []


def test_each_attempt_keeps_its_own_draw(store, bank_questions):
    settings = AssignmentSettings(title="Draw", draw_count=10, attempts_allowed=5)
    assignment = create_assignment(store, bank_questions, settings)
    views = [start_attempt(store, assignment.id, f"Student {n}") for n in range(5)]
    for view in views:
        drawn = [item.question for item in view.items]
        assert len(drawn) == 10
        _independent(drawn)
        positions = draw_questions(bank_questions, 10, view.attempt.id)
        assert [q.id for q in drawn] == [bank_questions[i].id for i in positions]
    assert len({tuple(item.question.id for item in v.items) for v in views}) > 1

"""Choosing, drawing, shuffling and scoring questions from the shipped starter bank."""

from __future__ import annotations

import pytest

from quizgen.quiz import (
    QuizItem,
    Selection,
    draw,
    matching_items,
    missed,
    presented_options,
    score,
    servable,
    topics_of,
)
from quizgen.storage import load_bank
from tests.samples import BANKS

BANK = load_bank(BANKS / "starter.yaml")
QUESTIONS = {"starter.yaml": BANK.questions}


def with_statuses(*statuses: str, approved_only: bool = False):
    questions = [q.model_copy(update={"status": s}) for q, s in zip(BANK.questions, statuses, strict=False)]
    return BANK.model_copy(update={"questions": questions, "approved_only": approved_only})


def test_rejected_questions_are_never_served():
    bank = with_statuses("rejected", "draft", "approved", "rejected", "draft")
    assert [q.status for q in servable(bank)] == ["draft", "approved", "draft"]


def test_an_approved_only_bank_serves_only_approved_questions():
    bank = with_statuses("rejected", "draft", "approved", "approved", "draft", approved_only=True)
    assert [q.status for q in servable(bank)] == ["approved", "approved"]


@pytest.mark.parametrize(
    ("selection", "ids"),
    [
        (Selection(()), []),
        (Selection(("missing.yaml",)), []),
        (Selection(("starter.yaml",)), [q.id for q in BANK.questions]),
        (Selection(("starter.yaml",), topics=frozenset({"Trade"})), ["t-a69e172c6a0b", "t-370503582818"]),
        (Selection(("starter.yaml",), types=frozenset({"numeric", "matching"})), ["t-14691942ea37", "t-58d293dcfcb6"]),
        (Selection(("starter.yaml",), difficulties=frozenset({"hard"})), ["t-58d293dcfcb6"]),
        (Selection(("starter.yaml",), topics=frozenset({"trade"}), difficulties=frozenset({"hard"})), []),
    ],
)
def test_matching_items(selection, ids):
    assert [item.question.id for item in matching_items(QUESTIONS, selection)] == ids


def test_topics_are_listed_once_ignoring_case():
    renamed = BANK.questions[0].model_copy(update={"topics": ["Trade", "economy"]})
    assert topics_of([renamed, *BANK.questions]) == ["diplomacy", "economy", "people", "Trade"]


def test_draw_is_random_per_seed_and_repeatable():
    pool = matching_items(QUESTIONS, Selection(("starter.yaml",)))
    orders = {tuple(i.question.id for i in draw(pool, 5, seed)) for seed in range(20)}
    assert len(orders) > 5
    assert draw(pool, 3, 7) == draw(pool, 3, 7)
    assert len(draw(pool, 3, 7)) == 3
    assert len(draw(pool, 50, 7)) == 5
    assert draw([], 10, 1) == []


def test_choices_are_shuffled_per_attempt_but_stable_within_one():
    question = QUESTIONS["starter.yaml"][0]
    orders = {tuple(presented_options(question, seed)) for seed in range(20)}
    assert len(orders) > 3
    assert all(sorted(order) == sorted(question.choices) for order in orders)
    assert presented_options(question, 3) == presented_options(question, 3)


def test_matching_right_items_are_shuffled_and_others_have_no_options():
    matching = QUESTIONS["starter.yaml"][4]
    assert sorted(presented_options(matching, 1)) == sorted(p.right for p in matching.pairs)
    assert presented_options(QUESTIONS["starter.yaml"][1], 1) == []


def test_score_and_missed():
    items = [QuizItem("starter.yaml", q) for q in BANK.questions]
    responses = ["$240 billion", False, None, "21", ["Defense", "Economy", "Foreign affairs"]]
    result = score(items, responses)
    assert (result.right, result.answered, result.total, result.percent) == (3, 4, 5, 60)
    assert [i.question.type for i in missed(items, responses)] == ["true_false", "fill_in_blank"]
    assert score([], []).percent == 0

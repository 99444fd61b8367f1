"""An attempt survives the trip through a quiz link, and a damaged link is refused with a clear error."""

from __future__ import annotations

import base64
import json
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.attempt import decode_attempt, encode_attempt, new_attempt, resolve
from quizgen.errors import AttemptInvalid
from quizgen.quiz import QuizItem
from quizgen.storage import load_bank
from tests.samples import BANKS, HOSTILE_STRINGS

BANK = load_bank(BANKS / "starter.yaml")
ITEMS = [QuizItem("starter.yaml", q) for q in BANK.questions]
LOOKUP = {"starter.yaml": {q.id: q for q in BANK.questions}}


def fresh(**kwargs):
    return new_attempt(ITEMS, seed=42, mode="practice", started=1_700_000_000.0, **kwargs)


def pack(data) -> str:
    return base64.urlsafe_b64encode(zlib.compress(json.dumps(data).encode())).decode().rstrip("=")


def test_a_new_attempt_has_nothing_answered():
    attempt = fresh(name="  Ana  ")
    assert attempt.responses == [None] * 5 and attempt.checked == [False] * 5
    assert attempt.name == "Ana" and attempt.position == 0 and attempt.finished is None


def test_round_trip_keeps_every_kind_of_answer():
    attempt = (
        fresh(name="Nadège 🇷🇺")
        .answer(0, "$240 billion")
        .answer(1, True)
        .answer(2, "Carnegie")
        .answer(4, ["Defense", None, "Economy"])
        .check(0)
        .move_to(3)
    )
    token = encode_attempt(attempt)
    assert len(token) < 500
    assert all(c.isalnum() or c in "-_" for c in token)
    assert decode_attempt(token) == attempt
    assert decode_attempt(token).responses[1] is True


@given(st.sampled_from(HOSTILE_STRINGS[:20]) | st.text(max_size=300))
def test_any_typed_answer_round_trips(text):
    attempt = fresh().answer(2, text)
    assert decode_attempt(encode_attempt(attempt)) == attempt


def test_finish_records_time_and_shows_all_feedback():
    done = fresh().finish(1_700_000_090.0)
    assert done.seconds_taken == 90 and all(done.checked)
    assert fresh().seconds_taken is None


def test_resolve_finds_the_questions_in_order():
    assert resolve(fresh(), LOOKUP) == ITEMS


def test_resolve_refuses_a_question_that_left_the_bank():
    with pytest.raises(AttemptInvalid, match="no longer in the bank"):
        resolve(fresh(), {"starter.yaml": {}})


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not a token!",
        "eNp",
        pack([1, 2, 3]),
        pack({"banks": ["a.yaml"]}),
        pack(
            {"banks": ["a.yaml"], "items": [[3, "q"]], "seed": 1, "responses": [None], "checked": [False], "started": 0}
        ),
        pack({"banks": ["a.yaml"], "items": [[0, "q"]], "seed": 1, "responses": [], "checked": [False], "started": 0}),
        pack(
            {
                "banks": ["a.yaml"],
                "items": [[0, "q"]],
                "seed": 1,
                "responses": [{"x": 1}],
                "checked": [False],
                "started": 0,
            }
        ),
        "A" * 50_000,
        base64.urlsafe_b64encode(zlib.compress(b"[" * 1_000_000)).decode(),
    ],
    ids=[
        "empty",
        "junk",
        "truncated",
        "not-a-mapping",
        "incomplete",
        "bad-bank",
        "lengths",
        "bad-answer",
        "huge",
        "bomb",
    ],
)
def test_damaged_tokens_are_refused_with_one_clear_error(token):
    with pytest.raises(AttemptInvalid, match="quiz link"):
        decode_attempt(token)

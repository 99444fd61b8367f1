"""An attempt survives the trip through a quiz link, and a damaged link is refused with a clear error."""

from __future__ import annotations

import base64
import hashlib
import hmac
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

KEY = b"k" * 32

BANK = load_bank(BANKS / "starter.yaml")
ITEMS = [QuizItem("starter.yaml", q) for q in BANK.questions]
LOOKUP = {"starter.yaml": {q.id: q for q in BANK.questions}}


def fresh(**kwargs):
    return new_attempt(ITEMS, seed=42, mode="practice", started=1_700_000_000.0, **kwargs)


def pack(data, key: bytes = KEY) -> str:
    """A token holding `data`, signed with `key` as the app signs its own (so only its content is wrong)."""
    payload = base64.urlsafe_b64encode(zlib.compress(json.dumps(data).encode())).decode().rstrip("=")
    signature = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return f"{payload}.{base64.urlsafe_b64encode(signature).decode().rstrip('=')}"


def _valid(**changes):
    data = {"banks": ["a.yaml"], "items": [[0, "q"]], "seed": 1, "responses": [None], "checked": [False], "started": 0}
    return {**data, **changes}


def test_a_link_changed_by_a_student_is_refused():
    token = encode_attempt(fresh(), KEY)
    payload, _, signature = token.partition(".")
    data = json.loads(zlib.decompress(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))))
    data["finished"] = 1.0
    forged = pack(data, key=b"a guessed key, not the server's")
    for changed in (forged, payload, f"{payload}.", f"{payload}.{signature[:-1]}x"):
        with pytest.raises(AttemptInvalid, match="changed or was not made by this app"):
            decode_attempt(changed, KEY)
    with pytest.raises(AttemptInvalid, match="changed or was not made by this app"):
        decode_attempt(token, b"another server's key of 32 bytes")


@pytest.mark.parametrize(
    "data",
    [
        _valid(items=[[0, f"q{i}"] for i in range(12_000)], responses=[None] * 12_000, checked=[False] * 12_000),
        _valid(items=[[0, "q"], [0, "q"]], responses=[None, None], checked=[False, False]),
        _valid(finished=float("inf")),
        _valid(started=-1e308),
        _valid(started=100, finished=50),
    ],
    ids=["12000-questions", "repeated", "finished-infinity", "started-minus-1e308", "finished-before-start"],
)
def test_a_signed_link_still_holds_only_a_quiz_the_app_could_make(data):
    with pytest.raises(AttemptInvalid, match="quiz link"):
        decode_attempt(pack(data), KEY)


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
    token = encode_attempt(attempt, KEY)
    assert len(token) < 500
    assert all(c.isalnum() or c in "-_." for c in token)
    assert decode_attempt(token, KEY) == attempt
    assert decode_attempt(token, KEY).responses[1] is True


@given(st.sampled_from(HOSTILE_STRINGS[:20]) | st.text(max_size=300))
def test_any_typed_answer_round_trips(text):
    attempt = fresh().answer(2, text)
    assert decode_attempt(encode_attempt(attempt, KEY), KEY) == attempt


def test_finish_records_time_and_shows_all_feedback():
    done = fresh().finish(1_700_000_090.0)
    assert done.seconds_taken == 90 and all(done.checked)
    assert fresh().seconds_taken is None


def test_resolve_finds_the_questions_in_order():
    assert resolve(fresh(), LOOKUP) == ITEMS


def test_resolve_refuses_a_question_that_left_the_bank():
    with pytest.raises(AttemptInvalid, match="no longer served from"):
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
        decode_attempt(token, KEY)

"""Wrong login attempts: five within the window, then refusals for a back-off period that doubles."""

from __future__ import annotations

import pytest

from quizgen.access import Throttle
from quizgen.errors import TooManyAttempts


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def throttle(clock) -> Throttle:
    return Throttle(max_failures=5, window=600, lockout=60, max_lockout=900, clock=clock)


def fail(throttle: Throttle, times: int) -> None:
    for _ in range(times):
        throttle.admit()


def test_five_wrong_attempts_then_refusal_saying_when_to_try_again(throttle, clock):
    fail(throttle, 5)
    with pytest.raises(TooManyAttempts, match=r"^too many wrong attempts; try again in 1 minute$") as caught:
        throttle.admit()
    assert caught.value.wait_seconds == 60
    clock.now += 59.5
    with pytest.raises(TooManyAttempts, match="try again in 1 second$"):
        throttle.admit()
    clock.now += 0.5
    throttle.admit()
    assert throttle.wait_seconds() == 0


def test_each_further_lockout_doubles_up_to_the_cap(throttle, clock):
    waits = []
    for _ in range(6):
        fail(throttle, 5)
        waits.append(throttle.wait_seconds())
        clock.now += waits[-1]
    assert waits == [60, 120, 240, 480, 900, 900]


def test_a_right_password_forgets_the_wrong_ones(throttle, clock):
    fail(throttle, 4)
    throttle.admit()
    throttle.succeeded()
    fail(throttle, 4)
    throttle.admit()  # the fifth since the success is still admitted
    with pytest.raises(TooManyAttempts):
        throttle.admit()


def test_wrong_attempts_older_than_the_window_do_not_count(throttle, clock):
    fail(throttle, 4)
    clock.now += 601
    fail(throttle, 4)
    assert throttle.wait_seconds() == 0


def test_the_fifth_attempt_is_checked_even_though_it_starts_the_lockout(throttle):
    fail(throttle, 4)
    throttle.admit()
    throttle.succeeded()  # it was right after all
    throttle.admit()


@pytest.mark.parametrize(
    "seconds,words",
    [
        (0, "1 second"),
        (0.2, "1 second"),
        (1, "1 second"),
        (2, "2 seconds"),
        (59.1, "1 minute"),
        (60, "1 minute"),
        (61, "2 minutes"),
        (900, "15 minutes"),
    ],
)
def test_the_wait_is_said_in_words(seconds, words):
    assert str(TooManyAttempts(seconds)) == f"too many wrong attempts; try again in {words}"


def test_one_client_s_wrong_guesses_never_lock_out_another(throttle):
    fail_from(throttle, "student laptop", 5)
    with pytest.raises(TooManyAttempts):
        throttle.admit("student laptop")
    throttle.admit("teacher laptop")
    throttle.succeeded("teacher laptop")
    assert throttle.wait_seconds("teacher laptop") == 0 and throttle.wait_seconds("student laptop") > 0


def test_one_client_guessing_as_fast_as_it_may_for_an_hour_never_reaches_the_ceiling_for_all(clock):
    throttle = Throttle(clock=clock)  # the shipped limits
    wrong = 0
    for _ in range(3600):
        try:
            throttle.admit("student laptop")
            wrong += 1
        except TooManyAttempts:
            pass
        assert throttle.wait_seconds("teacher laptop") == 0
        clock.now += 1
    assert 20 <= wrong <= 40  # five per lockout, the lockouts growing to 15 minutes


def test_guessing_spread_over_many_clients_meets_a_ceiling_that_trusted_clients_pass(clock):
    throttle = Throttle(max_failures=5, window=600, lockout=60, global_max_failures=12, clock=clock)
    throttle.admit("teacher laptop")
    throttle.succeeded("teacher laptop")
    for n in range(3):
        fail_from(throttle, f"sprayer {n}", 4)
    with pytest.raises(TooManyAttempts, match="try again in 1 minute"):
        throttle.admit("new visitor")
    throttle.admit("teacher laptop")  # has logged in before: only its own limit applies
    clock.now += 60
    throttle.admit("new visitor")


def test_the_clients_remembered_are_bounded(clock):
    throttle = Throttle(max_failures=2, max_clients=3, clock=clock)
    fail_from(throttle, "first", 2)
    assert throttle.wait_seconds("first") > 0
    for n in range(3):
        fail_from(throttle, f"other {n}", 1)
    assert throttle.wait_seconds("first") == 0  # forgotten, as the least recently seen


def fail_from(throttle: Throttle, client: str, times: int) -> None:
    for _ in range(times):
        throttle.admit(client)

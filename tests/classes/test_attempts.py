"""A student's attempt: a name, answers stored once and graded on the server, final once submitted,
submitted by its time limit, and no more of them than the assignment allows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from quizgen.classes import (
    AssignmentSettings,
    answer_question,
    assignment_results,
    attempt_view,
    close_assignment,
    create_assignment,
    reopen_assignment,
    start_attempt,
    submit_attempt,
)
from quizgen.classes.tables import AnswerRow
from quizgen.config import CLASSES
from quizgen.errors import (
    AnswerLocked,
    AssignmentClosed,
    AttemptFinished,
    AttemptsUsedUp,
    AttemptUnknown,
    DisplayNameInvalid,
    ResponseInvalid,
)
from tests.classes.answering import right, wrong

TEST = AssignmentSettings(title="Summit test", show_answers="after_submitting")
PRACTICE = AssignmentSettings(title="Summit practice", mode="practice", show_answers="right_away")


def _answer_rows(store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(AnswerRow)) or 0


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "x" * (CLASSES.display_name_max_chars + 1), "Ana\x00"])
def test_a_display_name_must_be_given_and_short(store, starter_questions, name):
    assignment = create_assignment(store, starter_questions, TEST)
    with pytest.raises(DisplayNameInvalid, match="type your name"):
        start_attempt(store, assignment.id, name)


def test_a_display_name_is_trimmed_and_the_attempt_id_unguessable(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST.model_copy(update={"attempts_allowed": 3}))
    views = [start_attempt(store, assignment.id, name) for name in ("  Ana   Lima ", "ana lima", "Ben")]
    assert [v.attempt.display_name for v in views] == ["Ana Lima", "ana lima", "Ben"]
    assert [v.attempt.number for v in views] == [1, 2, 1]
    ids = {v.attempt.id for v in views}
    assert len(ids) == 3 and all(len(i) >= 43 for i in ids)
    with pytest.raises(AttemptUnknown):
        attempt_view(store, "not-an-attempt")


def test_attempts_allowed_is_enforced_per_name(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST.model_copy(update={"attempts_allowed": 2}))
    start_attempt(store, assignment.id, "Ana")
    start_attempt(store, assignment.id, "ANA")
    with pytest.raises(AttemptsUsedUp, match="every attempt"):
        start_attempt(store, assignment.id, " ana ")
    assert start_attempt(store, assignment.id, "Ben").attempt.number == 1


def test_a_resend_of_an_answer_stores_one(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    for position, question in enumerate(starter_questions):
        first = answer_question(store, attempt, position, right(question))
        again = answer_question(store, attempt, position, right(question))
        assert (first.stored, again.stored) == (True, False)
    assert _answer_rows(store) == len(starter_questions)


def test_in_a_test_an_answer_can_change_until_submitted_and_is_graded_on_the_server(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    for position, question in enumerate(starter_questions):
        receipt = answer_question(store, attempt, position, wrong(question))
        assert receipt.correct is None  # a test shows nothing before it is submitted
        answer_question(store, attempt, position, right(question))
    assert _answer_rows(store) == len(starter_questions)
    submitted = submit_attempt(store, attempt)
    assert submitted.attempt.status == "submitted" and submitted.answers_shown
    assert [item.correct for item in submitted.items] == [True] * len(starter_questions)
    assert assignment_results(store, assignment.id)[0].right == len(starter_questions)


def test_a_submitted_test_cannot_be_changed(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    answer_question(store, attempt, 0, wrong(starter_questions[0]))
    submit_attempt(store, attempt)
    with pytest.raises(AttemptFinished, match="already submitted"):
        answer_question(store, attempt, 0, right(starter_questions[0]))
    with pytest.raises(AttemptFinished):
        answer_question(store, attempt, 1, right(starter_questions[1]))
    again = submit_attempt(store, attempt)
    assert [item.answered for item in again.items] == [True] + [False] * (len(starter_questions) - 1)
    assert again.items[0].correct is False


def test_in_practice_an_answer_is_final_once_its_feedback_is_shown(store, starter_questions):
    assignment = create_assignment(store, starter_questions, PRACTICE)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    question = starter_questions[0]
    assert answer_question(store, attempt, 0, wrong(question)).correct is False
    assert answer_question(store, attempt, 0, wrong(question)).stored is False
    with pytest.raises(AnswerLocked):
        answer_question(store, attempt, 0, right(question))
    assert answer_question(store, attempt, 1, right(starter_questions[1])).correct is True


@pytest.mark.parametrize("response", [None, "", "   ", 3, {"a": 1}, "not one of the choices"])
def test_an_answer_that_does_not_fit_is_refused(store, starter_questions, response):
    assignment = create_assignment(store, starter_questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    assert starter_questions[0].type == "multiple_choice"
    with pytest.raises(ResponseInvalid):
        answer_question(store, attempt, 0, response)
    with pytest.raises(ResponseInvalid):
        answer_question(store, attempt, 99, right(starter_questions[0]))
    assert _answer_rows(store) == 0


def test_the_time_limit_submits_what_was_answered(store, clock, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST.model_copy(update={"time_limit_minutes": 10}))
    attempt = start_attempt(store, assignment.id, "Ana")
    assert attempt.attempt.deadline == clock.now.replace(minute=10)
    clock.advance(minutes=4)
    answer_question(store, attempt.attempt.id, 0, right(starter_questions[0]))
    clock.advance(minutes=6)
    with pytest.raises(AttemptFinished):
        answer_question(store, attempt.attempt.id, 1, right(starter_questions[1]))
    seen = attempt_view(store, attempt.attempt.id)
    assert seen.attempt.status == "timed_out"
    assert seen.attempt.finished_at == attempt.attempt.deadline
    [result] = assignment_results(store, assignment.id)
    assert (result.right, result.answered, result.seconds_taken) == (1, 1, 600.0)
    assert result.answers[0].seconds == 240.0


def test_results_count_an_attempt_past_its_limit_as_timed_out_before_anyone_reads_it(store, clock, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST.model_copy(update={"time_limit_minutes": 5}))
    start_attempt(store, assignment.id, "Ana")
    clock.advance(minutes=30)
    [result] = assignment_results(store, assignment.id)
    assert result.attempt.status == "timed_out" and result.seconds_taken == 300.0


def test_a_closed_assignment_refuses_new_attempts_and_answers(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    close_assignment(store, assignment.id)
    with pytest.raises(AssignmentClosed, match="closed"):
        start_attempt(store, assignment.id, "Ben")
    with pytest.raises(AssignmentClosed):
        answer_question(store, attempt, 0, right(starter_questions[0]))
    assert submit_attempt(store, attempt).attempt.status == "submitted"


def test_answers_after_closing_are_shown_once_the_assignment_closes(store, clock, starter_questions):
    closes = clock.now.replace(hour=10)
    settings = TEST.model_copy(update={"show_answers": "after_closing", "closes_at": closes})
    assignment = create_assignment(store, starter_questions, settings)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    answer_question(store, attempt, 0, right(starter_questions[0]))
    assert not submit_attempt(store, attempt).answers_shown
    clock.advance(hours=1)
    shown = attempt_view(store, attempt)
    assert shown.answers_shown and shown.items[0].correct is True


@pytest.mark.parametrize(
    "typed", ["Carnegie\x00Center", "\x1b[31mCarnegie", "Carnegie\u202eretneC", "Carnegie\x7f", "Carnegie\x1fCenter"]
)
def test_a_typed_answer_with_a_control_or_invisible_character_is_refused(store, starter_questions, typed):
    # Such characters reach the server only from a forged request; stored, one of them broke the teacher's
    # Excel download, and a right-to-left override would turn the answer around in the gradebook.
    assignment = create_assignment(store, starter_questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    assert starter_questions[2].type == "fill_in_blank"
    with pytest.raises(ResponseInvalid, match="type it again"):
        answer_question(store, attempt, 2, typed)
    assert _answer_rows(store) == 0
    assert answer_question(store, attempt, 2, "Carnegie\u00a0Center\t").stored  # pasted spaces are fine


def test_closing_and_reopening_shows_no_key_to_an_attempt_still_in_progress(store, starter_questions):
    # A teacher who closes by mistake and reopens: a student whose attempt was still open must not see the key
    # in between and then change their answers to it.
    settings = TEST.model_copy(update={"show_answers": "after_closing"})
    assignment = create_assignment(store, starter_questions, settings)
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    answer_question(store, attempt, 0, wrong(starter_questions[0]))
    close_assignment(store, assignment.id)
    closed = attempt_view(store, attempt)
    assert not closed.answers_shown and closed.items[0].correct is None
    reopen_assignment(store, assignment.id)
    assert answer_question(store, attempt, 0, right(starter_questions[0])).correct is None
    submit_attempt(store, attempt)
    close_assignment(store, assignment.id)
    finished = attempt_view(store, attempt)
    assert finished.answers_shown and finished.items[0].correct is True

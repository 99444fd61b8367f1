"""A teacher's assignment: its questions are a snapshot, its join code is short and unique, and it can be
closed, reopened, extended, duplicated, archived and deleted with its results."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from quizgen.classes import (
    AssignmentSettings,
    answer_question,
    archive_assignment,
    assignment_by_code,
    assignment_questions,
    assignment_results,
    attempt_view,
    close_assignment,
    create_assignment,
    delete_assignment,
    duplicate_assignment,
    extend_assignment,
    extend_time_limit,
    get_assignment,
    list_assignments,
    reopen_assignment,
    start_attempt,
    submit_attempt,
)
from quizgen.classes.tables import AnswerRow, AttemptItemRow, AttemptRow, QuestionRow
from quizgen.config import CLASSES
from quizgen.errors import AssignmentClosed, AssignmentInvalid, AssignmentUnknown, JoinCodeUnknown
from quizgen.storage import load_bank, save_bank
from tests.classes.answering import right

TEST = AssignmentSettings(title="Putin–Xi summit")


def test_editing_or_deleting_a_question_in_the_bank_changes_nothing_the_student_sees(store, project):
    path = project / "question_banks" / "starter.yaml"
    bank = load_bank(path, root=project)
    assignment = create_assignment(store, bank.questions, TEST)
    attempt = start_attempt(store, assignment.id, "Ana")
    first, second = bank.questions[0], bank.questions[1]
    # The teacher rewords the first question and deletes the second, mid-lesson.
    edited = first.model_copy(update={"prompt": "A reworded prompt?", "status": "rejected"})
    save_bank(bank.model_copy(update={"questions": [edited, *bank.questions[2:]]}), path)
    assert [q.id for q in load_bank(path, root=project).questions] == [edited.id, *(q.id for q in bank.questions[2:])]

    seen = attempt_view(store, attempt.attempt.id)
    assert [item.question for item in seen.items] == list(bank.questions)
    assert assignment_questions(store, assignment.id) == list(bank.questions)
    # Graded against what the student saw: the deleted question still counts, with its own key.
    assert answer_question(store, attempt.attempt.id, 1, right(second)).stored
    later = start_attempt(store, assignment.id, "Ben")
    assert later.items[0].question.prompt == first.prompt


def test_the_join_code_is_short_unambiguous_unique_and_typed_loosely(store, starter_questions):
    made = [create_assignment(store, starter_questions, TEST) for _ in range(20)]
    codes = [a.join_code for a in made]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert len(code) == CLASSES.join_code_chars
        assert not set(code) & set("0O1I")
        assert set(code) <= set(CLASSES.join_code_alphabet)
    typed = " ".join(codes[3].lower())
    assert assignment_by_code(store, typed).id == made[3].id
    with pytest.raises(JoinCodeUnknown, match="check the code"):
        assignment_by_code(store, "ZZZZZZZZ")


@pytest.mark.parametrize(
    ("pool", "settings", "message"),
    [
        ([], TEST, "at least one question"),
        ([0, 0], TEST, "chosen twice"),
        ([0, 1], AssignmentSettings(title="Draw", draw_count=3), "draw of 3"),
    ],
)
def test_an_assignment_that_cannot_be_taken_is_refused(store, starter_questions, pool, settings, message):
    with pytest.raises(AssignmentInvalid, match=message):
        create_assignment(store, [starter_questions[i] for i in pool], settings)


def test_settings_are_checked():
    with pytest.raises(ValueError, match="closing time must come after"):
        AssignmentSettings(
            title="x", opens_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC), closes_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
    with pytest.raises(ValueError, match="practice shows each answer"):
        AssignmentSettings(title="x", mode="practice", show_answers="never")
    with pytest.raises(ValueError):
        AssignmentSettings(title="   ")


def test_close_reopen_and_extend(store, clock, starter_questions):
    closes = clock.now + dt.timedelta(hours=1)
    assignment = create_assignment(store, starter_questions, TEST.model_copy(update={"closes_at": closes}))
    attempt = start_attempt(store, assignment.id, "Ana").attempt.id
    close_assignment(store, assignment.id)
    with pytest.raises(AssignmentClosed):
        start_attempt(store, assignment.id, "Ben")
    with pytest.raises(AssignmentClosed):
        answer_question(store, attempt, 0, right(starter_questions[0]))
    reopened = reopen_assignment(store, assignment.id, closes_at=closes)
    assert reopened.is_open(clock.now)
    assert answer_question(store, attempt, 0, right(starter_questions[0])).stored
    clock.advance(hours=2)
    with pytest.raises(AssignmentClosed):
        start_attempt(store, assignment.id, "Ben")
    with pytest.raises(AssignmentInvalid, match="later"):
        extend_assignment(store, assignment.id, closes)
    extended = extend_assignment(store, assignment.id, clock.now + dt.timedelta(days=1))
    assert extended.is_open(clock.now)
    assert start_attempt(store, assignment.id, "Ben").attempt.number == 1


def test_a_longer_time_limit_reaches_attempts_still_running(store, clock, starter_questions):
    timed = create_assignment(store, starter_questions, TEST.model_copy(update={"time_limit_minutes": 10}))
    running = start_attempt(store, timed.id, "Ana").attempt
    clock.advance(minutes=2)
    submitted = start_attempt(store, timed.id, "Ben").attempt.id
    submit_attempt(store, submitted)
    assert extend_time_limit(store, timed.id, 25).settings.time_limit_minutes == 25
    assert attempt_view(store, running.id).attempt.deadline == running.started_at + dt.timedelta(minutes=25)
    assert attempt_view(store, submitted).attempt.status == "submitted"
    clock.advance(minutes=15)  # past the old limit, within the new one
    assert answer_question(store, running.id, 0, right(starter_questions[0])).stored
    assert start_attempt(store, timed.id, "Cleo").attempt.deadline == clock.now + dt.timedelta(minutes=25)


@pytest.mark.parametrize(
    ("limit", "minutes", "message"),
    [
        (None, 30, "has no time limit"),
        (10, 10, "longer than 10 minutes"),
        (10, 5, "longer than 10 minutes"),
        (10, CLASSES.time_limit_max_minutes + 1, f"at most {CLASSES.time_limit_max_minutes} minutes"),
    ],
)
def test_a_time_limit_is_extended_only_to_a_longer_one(store, starter_questions, limit, minutes, message):
    timed = create_assignment(store, starter_questions, TEST.model_copy(update={"time_limit_minutes": limit}))
    with pytest.raises(AssignmentInvalid, match=message):
        extend_time_limit(store, timed.id, minutes)
    assert get_assignment(store, timed.id).settings.time_limit_minutes == limit


def test_an_attempt_that_timed_out_stays_timed_out_when_the_limit_grows(store, clock, starter_questions):
    timed = create_assignment(store, starter_questions, TEST.model_copy(update={"time_limit_minutes": 10}))
    attempt = start_attempt(store, timed.id, "Ana").attempt.id
    clock.advance(minutes=11)
    extend_time_limit(store, timed.id, 30)
    assert attempt_view(store, attempt).attempt.status == "timed_out"


def test_an_assignment_not_yet_open_refuses_attempts(store, clock, starter_questions):
    later = TEST.model_copy(update={"opens_at": clock.now + dt.timedelta(minutes=5)})
    assignment = create_assignment(store, starter_questions, later)
    with pytest.raises(AssignmentClosed):
        start_attempt(store, assignment.id, "Ana")
    clock.advance(minutes=5)
    assert start_attempt(store, assignment.id, "Ana").items


def test_duplicate_copies_the_snapshot_but_no_attempts(store, starter_questions):
    original = create_assignment(store, starter_questions, TEST)
    start_attempt(store, original.id, "Ana")
    close_assignment(store, original.id)
    copy = duplicate_assignment(store, original.id, title="Summit, period 2")
    assert copy.id != original.id and copy.join_code != original.join_code
    assert copy.settings.title == "Summit, period 2" and not copy.closed
    assert assignment_questions(store, copy.id) == assignment_questions(store, original.id)
    assert assignment_results(store, copy.id) == []


def test_archive_hides_and_closes_but_keeps_results(store, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST)
    start_attempt(store, assignment.id, "Ana")
    archive_assignment(store, assignment.id)
    assert list_assignments(store) == []
    assert [a.id for a in list_assignments(store, archived=True)] == [assignment.id]
    with pytest.raises(AssignmentClosed):
        start_attempt(store, assignment.id, "Ben")
    assert len(assignment_results(store, assignment.id)) == 1


def test_unarchiving_lists_it_again_still_closed_until_reopened(store, clock, starter_questions):
    assignment = create_assignment(store, starter_questions, TEST)
    archive_assignment(store, assignment.id)
    back = archive_assignment(store, assignment.id, archived=False)
    assert [a.id for a in list_assignments(store)] == [assignment.id]
    assert not back.archived and not back.is_open(clock.now)
    with pytest.raises(AssignmentClosed):
        start_attempt(store, assignment.id, "Ana")
    assert reopen_assignment(store, assignment.id).is_open(clock.now)
    assert start_attempt(store, assignment.id, "Ana").items


def test_deleting_an_assignment_removes_its_attempts_and_answers(store, starter_questions):
    kept = create_assignment(store, starter_questions, TEST)
    gone = create_assignment(store, starter_questions, TEST)
    for assignment in (kept, gone):
        attempt = start_attempt(store, assignment.id, "Ana").attempt.id
        answer_question(store, attempt, 0, right(starter_questions[0]))
    delete_assignment(store, gone.id)
    with pytest.raises(AssignmentUnknown):
        get_assignment(store, gone.id)
    with store.session() as session:
        for table in (QuestionRow, AttemptRow, AttemptItemRow, AnswerRow):
            assert session.scalar(select(func.count()).select_from(table)) > 0
        assert (
            session.scalar(select(func.count()).select_from(AttemptRow).where(AttemptRow.assignment_id == gone.id)) == 0
        )
        assert (
            session.scalar(select(func.count()).select_from(QuestionRow).where(QuestionRow.assignment_id == gone.id))
            == 0
        )
        assert session.scalar(select(func.count()).select_from(AnswerRow)) == 1
    assert len(assignment_results(store, kept.id)) == 1

"""The Assignments page's actions beyond close and delete: a teacher extends an open assignment (a later
closing time, a longer time limit that students already answering get), duplicates one (open, a new join
code, no results) and archives one (hidden unless Show archived, results kept, unarchived closed)."""

from __future__ import annotations

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from quizgen.classes import assignment_results, attempt_view
from tests.app.classroom import assignment, assignments, attempt_id, errors, join, open_link, store
from tests.app.student import page_text
from tests.app.teacher import click, go, teacher_app


def has_button(at: AppTest, key: str) -> bool:
    return any(button.key == key for button in at.button)


def _later(hours: int) -> dt.datetime:
    """A whole minute some hours from now (the page takes times to the minute)."""
    return (dt.datetime.now(dt.UTC) + dt.timedelta(hours=hours)).replace(second=0, microsecond=0)


def _type_closing(at: AppTest, assignment_id: int, closes_at: dt.datetime) -> None:
    at.date_input(key=f"assignment-closes-day-{assignment_id}").set_value(closes_at.date())
    at.time_input(key=f"assignment-closes-time-{assignment_id}").set_value(closes_at.time())


def test_a_later_closing_time_is_saved_and_shown(quiz_home):
    made = assignment(closes_at=_later(1))
    at = teacher_app("assignments")
    later = _later(30)
    _type_closing(at, made.id, later)
    click(at, f"assignment-extend-closing-{made.id}")
    (extended,) = assignments()
    assert extended.settings.closes_at == later
    day = f"{later:%a} {later.day} {later:%b %Y, %H:%M} UTC"
    assert f"The assignment now closes {day}." in page_text(at)
    assert f"closes {day}" in page_text(at)  # the assignment's own line


def test_an_assignment_open_until_closed_can_be_given_a_closing_time(quiz_home):
    made = assignment()
    at = teacher_app("assignments")
    assert "Set a closing time" in [expander.label for expander in at.expander]
    closes = _later(48)
    _type_closing(at, made.id, closes)
    click(at, f"assignment-extend-closing-{made.id}")
    assert assignments()[0].settings.closes_at == closes
    assert "Extend: a later closing time" in [expander.label for expander in at.expander]


def test_an_earlier_closing_time_is_refused_in_one_line(quiz_home):
    closes = _later(5)
    made = assignment(closes_at=closes)
    at = teacher_app("assignments")
    _type_closing(at, made.id, _later(2))
    click(at, f"assignment-extend-closing-{made.id}")
    assert assignments()[0].settings.closes_at == closes
    assert errors(at) == [
        "Nothing was changed. The new closing time must be later than the current one; choose a later time."
    ]


def test_a_longer_time_limit_reaches_a_student_already_answering(quiz_home):
    made = assignment(time_limit_minutes=15)
    student = join(open_link(join=made.join_code), "Ana")
    running = attempt_id(student)
    at = teacher_app("assignments")
    assert "15-minute time limit" in page_text(at)
    at.number_input(key=f"assignment-limit-{made.id}").set_value(40)
    click(at, f"assignment-extend-limit-{made.id}")
    assert "Extended the time limit to 40 minutes; students still answering get it too." in page_text(at)
    assert "40-minute time limit" in page_text(at)
    attempt = attempt_view(store(), running).attempt
    assert attempt.deadline is not None and attempt.deadline - attempt.started_at == dt.timedelta(minutes=40)


def test_only_an_assignment_with_a_time_limit_offers_a_longer_one(quiz_home):
    untimed = assignment("No limit")
    timed = assignment("Timed", time_limit_minutes=10)
    at = teacher_app("assignments")
    keys = {widget.key for widget in at.number_input}
    assert f"assignment-limit-{timed.id}" in keys and f"assignment-limit-{untimed.id}" not in keys


def test_a_closed_assignment_offers_no_extension(quiz_home):
    made = assignment()
    at = teacher_app("assignments")
    assert has_button(at, f"assignment-extend-closing-{made.id}")
    click(at, f"assignment-close-{made.id}")
    assert not has_button(at, f"assignment-extend-closing-{made.id}")


def test_duplicate_makes_an_open_copy_with_a_new_code_and_no_results(quiz_home):
    made = assignment("Monday quiz", time_limit_minutes=20)
    join(open_link(join=made.join_code), "Ana")
    at = teacher_app("assignments")
    click(at, f"assignment-close-{made.id}")
    click(at, f"assignment-duplicate-{made.id}")
    copy, original = assignments()
    assert copy.id != original.id and copy.join_code != original.join_code
    assert copy.settings.title == "Monday quiz (copy)" and copy.settings.time_limit_minutes == 20
    assert copy.is_open(dt.datetime.now(dt.UTC)) and original.closed
    assert assignment_results(store(), copy.id) == [] and len(assignment_results(store(), original.id)) == 1
    text = page_text(at)
    assert f"Made Monday quiz (copy), open now with join code {copy.join_code} and no results yet." in text
    assert has_button(at, f"assignment-close-{copy.id}")  # listed, and open


def test_archive_hides_it_show_archived_lists_it_and_unarchive_brings_it_back_closed(quiz_home):
    made = assignment("Monday quiz")
    join(open_link(join=made.join_code), "Ana")
    at = teacher_app("assignments")
    click(at, f"assignment-archive-{made.id}")
    text = page_text(at)
    assert "Archived the assignment: it is closed and its results are kept (Show archived lists it)." in text
    assert "Every assignment is archived: turn on Show archived to see them." in text
    assert not has_button(at, f"assignment-delete-{made.id}")
    at.toggle(key="assignment-show-archived").set_value(True).run()
    assert "Monday quiz · test · 5 questions · archived" in page_text(at)
    assert has_button(at, f"assignment-unarchive-{made.id}") and not has_button(at, f"assignment-archive-{made.id}")
    assert len(assignment_results(store(), made.id)) == 1
    click(at, f"assignment-unarchive-{made.id}")
    assert "Unarchived the assignment: it is listed again, closed until you reopen it." in page_text(at)
    at.toggle(key="assignment-show-archived").set_value(False).run()
    assert "Monday quiz · test · 5 questions · closed" in page_text(at)
    assert has_button(at, f"assignment-reopen-{made.id}")


def test_an_archived_assignment_s_results_stay_on_the_results_page(quiz_home):
    made = assignment("Monday quiz")
    join(open_link(join=made.join_code), "Ana")
    at = teacher_app("assignments")
    click(at, f"assignment-archive-{made.id}")
    go(at, "results")
    (choice,) = at.selectbox(key="gradebook-assignment").options
    assert choice == f"Monday quiz ({made.join_code}), archived"
    assert list(at.dataframe[0].value["Name"]) == ["Ana"]


@pytest.mark.parametrize("action", ["duplicate", "archive", "extend-limit", "extend-closing"])
def test_an_action_replayed_after_logout_changes_nothing(quiz_home, action):
    made = assignment(time_limit_minutes=10)
    at = teacher_app("assignments")
    at.button(key=f"assignment-{action}-{made.id}").click()
    forged = at._tree.get_widget_states()
    at.button(key=f"assignment-{action}-{made.id}").set_value(False)
    click(at, "teacher-log-out")
    at._run(forged)
    assert not at.exception, at.exception
    assert assignments(archived=True) == [made]

"""The Assignments page: a teacher sets a quiz from the bank, shares its code, link and QR code, closes,
reopens and deletes it (after confirming); a session that is not a teacher's changes nothing."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from quizgen.app.teacher.assignment_list import qr_png
from quizgen.classes import delete_assignment, open_store
from quizgen.classes.database import database_url
from tests.app.classroom import assignment, assignments
from tests.app.teacher import click, said, teacher_app

CREATE = "FormSubmitter:assignment-form-Create the assignment"


def test_a_teacher_creates_an_assignment_and_sees_its_code_and_link(quiz_home):
    at = teacher_app("assignments")
    at.text_input(key="assignment-title").input("Trade, week 3")
    at.radio(key="assignment-mode").set_value("test")
    at.number_input(key="assignment-time-limit").set_value(15)
    click(at, CREATE)
    (made,) = assignments()
    assert made.settings.title == "Trade, week 3"
    assert made.settings.time_limit_minutes == 15
    assert made.pool_size == 5 and made.settings.draw_count is None
    text = said(at)
    assert f"join code **{made.join_code}**" in text
    assert any(code.value.endswith(f"/?join={made.join_code}") for code in at.code)


def test_a_random_draw_practice_is_saved_as_such(quiz_home):
    at = teacher_app("assignments")
    at.radio(key="assignment-questions").set_value("draw")
    at.number_input(key="assignment-draw-count").set_value(3)
    at.radio(key="assignment-mode").set_value("practice")
    click(at, CREATE)
    (made,) = assignments()
    assert made.settings.draw_count == 3
    assert made.settings.mode == "practice" and made.settings.show_answers == "right_away"


def test_a_draw_larger_than_the_pool_is_refused_in_plain_words(quiz_home):
    at = teacher_app("assignments")
    at.radio(key="assignment-questions").set_value("draw")
    at.number_input(key="assignment-draw-count").set_value(50)
    click(at, CREATE)
    assert assignments() == []
    (error,) = [e.value for e in at.error]
    assert error.startswith("Nothing was created. A draw of 50 needs at least as many questions")


def test_close_reopen_and_delete_after_confirming(quiz_home):
    made = assignment()
    at = teacher_app("assignments")
    click(at, f"assignment-close-{made.id}")
    assert assignments()[0].closed
    click(at, f"assignment-reopen-{made.id}")
    assert not assignments()[0].closed
    click(at, f"assignment-delete-{made.id}")
    assert assignments() and "This cannot be undone" in said(at)
    click(at, f"assignment-delete-no-{made.id}")
    assert assignments()
    click(at, f"assignment-delete-{made.id}")
    click(at, f"assignment-delete-yes-{made.id}")
    assert assignments() == []
    assert "Deleted the assignment and its results." in said(at)


def test_the_qr_code_is_a_png():
    assert qr_png("http://localhost:8501/quiz?join=ABC234").startswith(b"\x89PNG")


def _forge(at: AppTest):
    return at._tree.get_widget_states()


def test_create_and_delete_replayed_after_logout_change_nothing(quiz_home):
    made = assignment()
    at = teacher_app("assignments")
    click(at, f"assignment-delete-{made.id}")
    at.button(key=f"assignment-delete-yes-{made.id}").click()
    forged_delete = _forge(at)
    at.button(key=f"assignment-delete-yes-{made.id}").set_value(False)
    at.button(key=CREATE).click()
    forged_create = _forge(at)
    at.button(key=CREATE).set_value(False)
    click(at, "teacher-log-out")
    for forged in (forged_delete, forged_create):
        at._run(forged)
        assert not at.exception, at.exception
    assert [a.id for a in assignments()] == [made.id]


def test_close_in_a_tab_left_open_after_the_assignment_was_deleted_says_so_to_the_teacher(quiz_home):
    made = assignment()
    at = teacher_app("assignments")
    separate = open_store(database_url())
    try:
        delete_assignment(separate, made.id)  # in another tab
    finally:
        separate.close()
    click(at, f"assignment-close-{made.id}")
    text = said(at)
    assert "Nothing was changed: this assignment has been deleted, perhaps in another tab." in text
    assert "ask your teacher" not in text

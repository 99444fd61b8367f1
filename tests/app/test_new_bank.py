"""A new bank from a selection: the ticked questions and the articles they cite, never over an existing bank."""

from __future__ import annotations

from quizgen.storage import load_bank
from tests.app.student import STARTER, open_app
from tests.app.teacher import click, said, teacher_app


def test_a_class_quiz_from_a_filtered_selection(quiz_home):
    at = teacher_app("new-bank")
    at.multiselect(key="new-bank-types").set_value(["multiple_choice", "fill_in_blank", "numeric"]).run()
    at.checkbox(key=f"new-bank-pick-starter.yaml-{STARTER.questions[2].id}").uncheck().run()
    at.text_input(key="new-bank-title").input("Class 9b: the summit").run()
    at.checkbox(key="new-bank-approved-only").check().run()
    assert "It will be saved as question_banks/class\\-9b\\-the\\-summit\\.yaml." in said(at)
    click(at, "new-bank-create")
    assert "Created class\\-9b\\-the\\-summit\\.yaml with 2 questions." in said(at)
    assert at.selectbox(key="new-bank-source").value == "starter.yaml"  # still on the bank being worked in
    new = load_bank(quiz_home / "question_banks" / "class-9b-the-summit.yaml")
    assert [q.type for q in new.questions] == ["multiple_choice", "numeric"]
    assert new.approved_only and new.title == "Class 9b: the summit"
    assert {s.id for s in new.sources} == {c.source for q in new.questions for c in q.citations}
    assert load_bank(quiz_home / "question_banks" / "starter.yaml") == STARTER
    assert "Class 9b: the summit" in open_app().multiselect(key="start-banks").options  # students can take it


def test_a_bank_name_already_taken_is_refused(quiz_home):
    at = teacher_app("new-bank")
    at.text_input(key="new-bank-title").input("Starter").run()
    click(at, "new-bank-create")
    assert "a bank with this name already exists" in said(at)
    assert load_bank(quiz_home / "question_banks" / "starter.yaml") == STARTER

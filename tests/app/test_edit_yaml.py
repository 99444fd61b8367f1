"""Repairing a bank broken by a hand edit: its problems with file:line, and a YAML editor that never saves invalid text."""

from __future__ import annotations

from quizgen.storage import load_bank
from tests.app.student import STARTER, open_app, page_text, shown_markdown
from tests.app.teacher import click, said, teacher_app

KEY = "yaml-text-starter.yaml"


def break_bank(home):
    path = home / "question_banks" / "starter.yaml"
    broken = path.read_text(encoding="utf-8").replace("difficulty: easy", "dificulty: easy", 1)
    path.write_text(broken, encoding="utf-8")
    return path, broken


def test_a_broken_bank_is_repaired_in_the_yaml_editor(quiz_home):
    path, broken = break_bank(quiz_home)
    at = teacher_app("yaml")
    assert "This bank is not valid" in said(at)
    assert "unknown key 'dificulty' (did you mean 'difficulty'?)" in at.code[0].value
    assert at.text_area(key=KEY).value == broken
    half_fixed = broken.replace("answer: $240 billion", "answer: $250 billion")
    at.text_area(key=KEY).input(half_fixed).run()
    click(at, "yaml-save")
    assert "Nothing was saved: the bank would not be valid." in said(at)
    assert "is not one of the choices" in said(at)
    assert at.text_area(key=KEY).value == half_fixed  # what was typed is kept
    assert path.read_text(encoding="utf-8") == broken
    assert "There are no quizzes to take yet" in shown_markdown(open_app())
    at.text_area(key=KEY).input(broken.replace("dificulty: easy", "difficulty: easy")).run()
    click(at, "yaml-save")
    assert "Saved. The bank is valid" in said(at)
    assert load_bank(path) == STARTER
    assert "Only 5 questions match" in shown_markdown(open_app())


def test_a_bank_with_an_impossible_date_is_left_out_for_students_and_repaired_in_the_yaml_editor(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    broken = path.read_text(encoding="utf-8").replace("published: 2024-05-16", "published: 2024-02-30", 1)
    path.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("2024-02-30")].count("\n") + 1
    student = open_app()
    assert "There are no quizzes to take yet" in shown_markdown(student)
    assert "starter.yaml is left out until a teacher repairs it" in page_text(student)
    assert "2024-02-30" not in page_text(student)
    at = teacher_app("yaml")
    assert "This bank is not valid" in said(at)
    assert at.code[0].value.startswith(f"question_banks/starter.yaml:{line}: '2024-02-30' is not a real date")
    assert at.text_area(key=KEY).value == broken
    at.text_area(key=KEY).input(broken.replace("2024-02-30", "2024-05-16")).run()
    click(at, "yaml-save")
    assert "Saved. The bank is valid" in said(at)
    assert load_bank(path) == STARTER
    assert "Only 5 questions match" in shown_markdown(open_app())


def test_the_editor_opens_a_valid_bank_too_and_discard_brings_back_the_file(quiz_home):
    at = teacher_app("yaml")
    original = at.text_area(key=KEY).value
    assert original == (quiz_home / "question_banks" / "starter.yaml").read_text(encoding="utf-8")
    at.text_area(key=KEY).input("title: [").run()
    click(at, "yaml-discard")
    assert at.text_area(key=KEY).value == original

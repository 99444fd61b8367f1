"""Error lines point at the field a teacher has to fix."""

from quizgen.storage.locate import Locator, field_path

TEXT = """\
title: x
questions:
- id: a
  type: multiple_choice
  answer: Harbin
- id: b
  nested:
    deeper: [1, 2]
"""


def test_field_path_reads_like_python_and_skips_union_tags():
    assert field_path(("questions", 14, "multiple_choice", "answer"), {"multiple_choice"}) == "questions[14].answer"
    assert field_path(("sources", 0, "id")) == "sources[0].id"
    assert field_path(()) == ""


def test_lines_of_keys_list_items_and_missing_fields():
    wanted = [
        ("title",),
        ("questions", 0, "answer"),
        ("questions", 1),
        ("questions", 1, "missing"),
        ("questions", 1, "nested", "deeper", 1),
    ]
    locator = Locator(TEXT, wanted)
    assert locator.line(("title",)) == 1
    assert locator.line(("questions", 0, "answer")) == 5
    assert locator.line(("questions", 1)) == 6
    assert locator.line(("questions", 1, "missing")) == 6
    assert locator.line(("questions", 1, "nested", "deeper", 1)) == 8


def test_unparseable_text_gives_a_best_effort_line_rather_than_an_error():
    assert Locator("a: [", [("a",)]).line(("a",)) == 1
    assert Locator("", [("a",)]).line(("a",)) is None

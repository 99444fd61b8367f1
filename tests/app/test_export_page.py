"""Export: a teacher picks a format, statuses and topics, reads what goes in and what is left out, downloads."""

from __future__ import annotations

import pytest

from quizgen.export.run import FORMATS
from quizgen.storage import load_bank, save_bank
from tests.app.student import page_text
from tests.app.teacher import teacher_app


def test_the_page_reports_what_the_export_holds(quiz_home):
    at = teacher_app("export")
    assert "Every question carries its source" in page_text(at)
    assert "5 questions exported to Moodle XML." in page_text(at)
    at.selectbox(key="export-format").set_value("anki").run()
    assert "5 questions exported to Anki." in page_text(at)
    at.multiselect(key="export-statuses").set_value(["rejected"]).run()
    assert "No question of “Putin–Xi summit: starter quiz” matches status rejected" in page_text(at)
    at.multiselect(key="export-statuses").set_value([]).run()
    assert "Choose at least one status to export." in page_text(at)


def test_questions_a_format_cannot_hold_are_listed_with_the_reason(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    bank = load_bank(path)
    matching = next(q for q in bank.questions if q.type == "matching")
    two = matching.model_copy(update={"pairs": matching.pairs[:2]})
    save_bank(bank.model_copy(update={"questions": [two if q.id == matching.id else q for q in bank.questions]}), path)
    at = teacher_app("export")
    at.selectbox(key="export-format").set_value("gift").run()
    assert "4 questions exported to GIFT, 1 left out that it cannot hold." in page_text(at)
    table = at.dataframe[0].value
    assert list(table["Why"]) == ["Moodle's matching questions need at least 3 pairs; this one has 2"]
    assert list(table["Question"]) == [two.prompt]


def test_a_topic_chosen_in_one_bank_does_not_break_the_page_for_another(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    bank = load_bank(path)
    other = bank.model_copy(
        update={
            "title": "Another bank",
            "questions": [q.model_copy(update={"topics": ["volcanoes"]}) for q in bank.questions],
        }
    )
    save_bank(other, quiz_home / "question_banks" / "another.yaml")
    at = teacher_app("export")
    at.selectbox(key="export-bank").set_value("starter.yaml").run()
    topic = sorted(bank.questions[0].topics)[0]
    at.multiselect(key="export-topics").set_value([topic]).run()
    assert "exported to Moodle XML" in page_text(at)
    at.selectbox(key="export-bank").set_value("another.yaml").run()
    assert not at.exception
    assert "5 questions exported to Moodle XML." in page_text(at)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_exports_from_the_page(quiz_home, fmt):
    at = teacher_app("export")
    at.selectbox(key="export-format").set_value(fmt).run()
    assert not at.exception
    assert f"questions exported to {FORMATS[fmt].label}" in page_text(at)

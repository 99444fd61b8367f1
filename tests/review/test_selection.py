"""A class quiz made from some questions of a bank: those questions, the articles they cite, and nothing else."""

from __future__ import annotations

import pytest

from quizgen.errors import YamlInvalid
from quizgen.review import bank_file_name, bank_from_selection
from quizgen.storage import dump_bank, load_bank, parse_bank
from tests.samples import BANKS, PROJECT

STARTER = load_bank(BANKS / "starter.yaml")


def test_the_new_bank_holds_the_chosen_questions_in_bank_order_and_only_their_sources():
    chosen = [STARTER.questions[2].id, STARTER.questions[0].id]
    new = bank_from_selection(STARTER, chosen, title=" Class 9b ", description="Week 3", approved_only=True)
    assert [q.id for q in new.questions] == [STARTER.questions[0].id, STARTER.questions[2].id]
    assert new.questions[0] == STARTER.questions[0]
    assert {s.id for s in new.sources} == {c.source for q in new.questions for c in q.citations}
    assert (new.title, new.description, new.approved_only) == ("Class 9b", "Week 3", True)
    assert parse_bank(dump_bank(new), "new.yaml", root=PROJECT) == new


@pytest.mark.parametrize(
    ("ids", "title", "field"), [([], "Class 9b", "questions"), (["t-a69e172c6a0b"], "  ", "title")]
)
def test_an_empty_selection_or_title_is_refused(ids, title, field):
    with pytest.raises(YamlInvalid) as caught:
        bank_from_selection(STARTER, ids, title=title)
    assert caught.value.problems[0].field == field


@pytest.mark.parametrize(
    ("name", "file"),
    [
        ("Class 9b: summit!", "class-9b-summit.yaml"),
        ("../../etc/passwd", "etc-passwd.yaml"),
        ("Ωμέγα", "untitled.yaml"),
        ("???", "untitled.yaml"),
    ],
)
def test_bank_file_names_are_safe(name, file):
    assert bank_file_name(name) == file

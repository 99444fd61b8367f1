"""Replacing an article: the banks that cite it follow the new text, and a question whose sentence is gone is
flagged and kept (approved, edited by a teacher or not), with the change in the bank's history."""

from __future__ import annotations

import shutil

import pytest

from quizgen.errors import FileRejected
from quizgen.review.replacing import replace_and_follow
from quizgen.storage import describe_change, list_versions, load_bank, read_version, save_bank
from tests.samples import BANKS, SEEDS

ARTICLE = "003_d040585a85b3db4b.txt"  # new-model-of-ties: three of the starter bank's questions cite it
GONE = "Mr. Xi welcomed Mr. Putin at the Great Hall of the People"


@pytest.fixture
def project(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "question_banks").mkdir()
    shutil.copy(BANKS / "starter.yaml", tmp_path / "question_banks" / "starter.yaml")
    return tmp_path


def corrected(text: str) -> str:
    """The article as a corrected copy would read: a line added at the top, one cited sentence taken out."""
    sentence = next(line for line in text.splitlines() if GONE in line)
    return "Correction appended: an earlier version misdated the visit.\n\n" + text.replace(sentence, "")


def test_the_bank_follows_the_new_text_and_flags_what_it_lost(project):
    bank_path = project / "question_banks" / "starter.yaml"
    before = load_bank(bank_path)
    new_text = corrected((project / "seeds" / ARTICLE).read_text(encoding="utf-8"))
    article, followed = replace_and_follow(project, [bank_path], ARTICLE, new_text)
    assert article.source.id == "new-model-of-ties" and (project / "seeds" / ARTICLE).read_text() == new_text
    assert [(f.name, f.flagged, f.moved, f.problem) for f in followed] == [("starter.yaml", 1, 2, "")]
    after = load_bank(bank_path)  # valid: every citation of the article matches its new text
    assert [q.id for q in after.questions] == [q.id for q in before.questions]  # nothing deleted
    lost = next(q for q in after.questions if GONE in q.citations[0].quote)
    assert lost.flags == ["source_changed"] and lost.status == "approved"
    for question in after.questions:
        for citation in question.citations:
            if citation.source == "new-model-of-ties" and question is not lost:
                assert new_text[citation.start : citation.end] == citation.quote
    versions = list_versions(bank_path)
    assert len(versions) == 2
    change = describe_change(read_version(bank_path, versions[1].id), read_version(bank_path, versions[0].id))
    assert change == "1 flagged (sentence gone from the article) · 2 moved (same sentence, new place)"


def test_a_bank_that_does_not_cite_the_article_is_left_alone(project):
    other = project / "question_banks" / "other.yaml"
    bank = load_bank(project / "question_banks" / "starter.yaml")
    only_first = [q for q in bank.questions if q.citations[0].source == bank.sources[0].id]
    save_bank(bank.model_copy(update={"sources": bank.sources[:1], "questions": only_first}), other)
    before = other.read_bytes()
    new_text = corrected((project / "seeds" / ARTICLE).read_text(encoding="utf-8"))
    _, followed = replace_and_follow(project, [other], ARTICLE, new_text)
    assert followed == [] and other.read_bytes() == before


@pytest.mark.parametrize("name", ["", "catalog.yaml", "no_such_article.txt", "../app.py"])
def test_only_an_article_in_the_seeds_can_be_replaced(project, name):
    with pytest.raises(FileRejected):
        replace_and_follow(project, [], name, "Some text.\n")

"""Replacing an article: the banks that cite it follow the new text, and a question whose sentence is gone is
flagged and kept (approved, edited by a teacher or not), with the change in the bank's history."""

from __future__ import annotations

import shutil

import pytest

from quizgen.errors import FileRejected, YamlInvalid
from quizgen.review.replacing import delete_and_flag, replace_and_follow
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
def test_only_an_article_in_the_seeds_can_be_replaced_or_deleted(project, name):
    with pytest.raises(FileRejected):
        replace_and_follow(project, [], name, "Some text.\n")
    with pytest.raises(FileRejected):
        delete_and_flag(project, [], name)
    assert (project / "seeds" / "catalog.yaml").read_bytes() == (SEEDS / "catalog.yaml").read_bytes()


def test_a_deleted_article_s_questions_are_flagged_and_kept_and_the_bank_stays_valid(project):
    bank_path = project / "question_banks" / "starter.yaml"
    before = load_bank(bank_path)
    article, followed = delete_and_flag(project, [bank_path], ARTICLE)
    assert article.source.id == "new-model-of-ties" and not (project / "seeds" / ARTICLE).exists()
    assert ARTICLE not in (project / "seeds" / "catalog.yaml").read_text(encoding="utf-8")
    assert "004_42380ed7f2d08458.txt" in (project / "seeds" / "catalog.yaml").read_text(encoding="utf-8")
    assert [(f.name, f.flagged, f.moved, f.problem) for f in followed] == [("starter.yaml", 3, 0, "")]
    after = load_bank(bank_path)  # still valid: the questions citing the deleted article are all flagged
    assert [q.id for q in after.questions] == [q.id for q in before.questions]
    for old, new in zip(before.questions, after.questions, strict=True):
        cites = any(c.source == "new-model-of-ties" for c in old.citations)
        assert new.flags == (["source_changed"] if cites else old.flags)
        assert (new.status, new.citations, new.prompt) == (old.status, old.citations, old.prompt)
    versions = list_versions(bank_path)
    change = describe_change(read_version(bank_path, versions[1].id), read_version(bank_path, versions[0].id))
    assert change == "3 flagged (sentence gone from the article)"


def test_a_bank_citing_a_missing_article_without_flags_is_still_refused(project):
    (project / "seeds" / ARTICLE).unlink()
    with pytest.raises(YamlInvalid, match="file not found"):
        load_bank(project / "question_banks" / "starter.yaml")

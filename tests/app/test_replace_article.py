"""Replacing an article from Add an article: asked first, the banks citing it follow the new text, a question whose
sentence is gone is flagged and kept, and History says so."""

from __future__ import annotations

from quizgen.storage import list_versions, load_bank
from tests.app.student import STARTER, open_app
from tests.app.teacher import click, go, said, teacher_app
from tests.review.test_replacing import ARTICLE, GONE, corrected


def replace_with(at, name: str, data: bytes):
    at.selectbox(key="replace-article").set_value(ARTICLE).run()
    at.file_uploader(key="replace-upload").set_value((name, data, "text/plain")).run()
    assert not at.exception, at.exception
    return at


def test_a_replaced_article_is_asked_first_then_followed_and_flagged_and_in_history(quiz_home):
    article = quiz_home / "seeds" / ARTICLE
    old_text = article.read_text(encoding="utf-8")
    new_text = corrected(old_text)
    at = replace_with(teacher_app("add-article"), "corrected copy.txt", new_text.encode("utf-8"))
    click(at, "replace-ask")
    assert "The old text is not kept." in said(at)
    click(at, "replace-no")
    assert article.read_text(encoding="utf-8") == old_text  # cancel changes nothing
    click(at, "replace-ask")
    click(at, "replace-yes")
    assert "Replaced the text of “Putin and Xi Hail ‘New Model’ of Ties Between Powers in Show of Unity”." in said(at)
    assert (
        "starter\\.yaml: 1 question flagged “Source changed” (review them); 2 now cite where their sentence moved"
        in said(at)
    )
    assert article.read_text(encoding="utf-8") == new_text
    bank = load_bank(quiz_home / "question_banks" / "starter.yaml")
    assert [q.id for q in bank.questions] == [q.id for q in STARTER.questions]  # nothing deleted
    flagged = [q for q in bank.questions if q.flags]
    assert len(flagged) == 1 and GONE in flagged[0].citations[0].quote and flagged[0].status == "approved"
    assert len(list_versions(quiz_home / "question_banks" / "starter.yaml")) == 2
    go(at, "history")
    table = at.dataframe[0].value
    assert table["Changed"][0] == "1 flagged (sentence gone from the article) · 2 moved (same sentence, new place)"
    go(at, "review")
    at.checkbox(key="review-flagged").check().run()
    assert "1 of 5 questions match." in said(at)


def test_a_file_that_is_not_an_article_replaces_nothing(quiz_home):
    article = quiz_home / "seeds" / ARTICLE
    before = article.read_bytes()
    at = replace_with(teacher_app("add-article"), "empty.txt", b"   \n")
    click(at, "replace-ask")
    click(at, "replace-yes")
    assert "Nothing was replaced:" in said(at) and "is empty" in said(at)
    assert article.read_bytes() == before
    assert load_bank(quiz_home / "question_banks" / "starter.yaml") == STARTER


def test_a_deleted_article_is_asked_first_its_questions_flagged_and_kept_and_it_is_in_history(quiz_home):
    article = quiz_home / "seeds" / ARTICLE
    at = teacher_app("add-article")
    at.selectbox(key="replace-article").set_value(ARTICLE).run()
    click(at, "delete-ask")
    assert "The questions citing it are flagged, not deleted." in said(at)
    click(at, "delete-no")
    assert article.exists()
    click(at, "delete-ask")
    click(at, "delete-yes")
    assert "starter\\.yaml: 3 questions flagged “Source changed” (review them)." in said(at)
    assert not article.exists()
    assert not any(ARTICLE in option for option in at.selectbox(key="replace-article").options)
    bank = load_bank(quiz_home / "question_banks" / "starter.yaml")
    assert [q.id for q in bank.questions] == [q.id for q in STARTER.questions]
    assert sum(q.flags == ["source_changed"] for q in bank.questions) == 3
    go(at, "history")
    assert at.dataframe[0].value["Changed"][0] == "3 flagged (sentence gone from the article)"
    go(at, "review")
    at.checkbox(key="review-flagged").check().run()
    assert "3 of 5 questions match." in said(at)
    student = open_app()  # students still take the bank's quiz
    student.button(key="start-button").click().run()
    assert not student.exception and not student.error

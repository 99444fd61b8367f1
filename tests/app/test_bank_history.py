"""History: the versions saves kept, a comparison shown as text, and a restore that is itself undoable."""

from __future__ import annotations

from quizgen.storage import list_versions, load_bank
from tests.app.student import STARTER
from tests.app.teacher import click, go, said, teacher_app

FIRST = STARTER.questions[0].id


def test_versions_are_listed_compared_and_restored(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    original = path.read_text(encoding="utf-8")
    at = teacher_app("history")
    assert "There are no earlier versions yet" in said(at)
    go(at, "review")
    click(at, f"review-rejected-{FIRST}")
    click(at, f"review-draft-{FIRST}")
    go(at, "history")
    table = at.dataframe[0].value
    assert list(table.columns) == ["Saved (UTC)", "Questions", "Changed", "Size (bytes)", "Content hash"]
    assert list(table["Questions"]) == ["5", "5", "5"]
    # newest first: back to draft, rejected, and the bank as first found (nothing before it to compare)
    assert list(table["Changed"]) == ["1 back to draft", "1 rejected", ""]
    versions = list_versions(path)
    assert len(versions) == 3
    diff = at.code[0].value  # by default, the last change: rejected -> draft
    assert "-  status: rejected" in diff and "+  status: draft" in diff
    at.selectbox(key="history-from").set_value(versions[-1].id).run()
    diff = at.code[0].value
    assert "-  status: approved" in diff and "+  status: draft" in diff
    at.selectbox(key="history-to").set_value(versions[-1].id).run()
    assert "The two versions are the same." in said(at)
    at.selectbox(key="history-restore").set_value(versions[-1].id).run()
    click(at, "history-restore-button")
    assert "It replaces the bank now (5 questions); compared with the bank now: 1 approved." in said(at)
    assert path.read_text(encoding="utf-8") != original  # nothing restored before the teacher says yes
    click(at, "history-restore-cancel")
    assert "history-restore-confirm" not in [b.key for b in at.button]
    assert path.read_text(encoding="utf-8") != original
    click(at, "history-restore-button")
    click(at, "history-restore-confirm")
    assert "Restored the version of" in said(at)
    assert path.read_text(encoding="utf-8") == original
    assert load_bank(path) == STARTER
    assert len(list_versions(path)) == 4  # the restore can be undone too


def test_a_restore_after_someone_else_saved_is_refused(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    at = teacher_app("review")
    click(at, f"review-rejected-{FIRST}")
    go(at, "history")
    path.write_text(
        path.read_text(encoding="utf-8").replace("title: 'Putin", "title: 'Hand-edited Putin"), encoding="utf-8"
    )
    click(at, "history-restore-button")
    click(at, "history-restore-confirm")
    assert "was changed by someone else, or by hand" in said(at)
    assert load_bank(path).title.startswith("Hand-edited")

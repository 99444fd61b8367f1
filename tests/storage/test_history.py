"""A bank's history: the last versions are listed, compared, read back and restored; restoring is undoable."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from quizgen.config import LIMITS
from quizgen.errors import BankConflict, FileRejected, QuizgenError
from quizgen.storage import (
    CURRENT,
    content_hash,
    diff_texts,
    diff_versions,
    find_banks,
    list_versions,
    load_bank,
    open_bank,
    read_version,
    restore_version,
    save_edited,
    save_text,
)
from tests.samples import MINIMAL_BANK

MAY_17 = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.UTC)


def save_titles(path, titles, start=MAY_17):
    """Save the bank once per title, a minute apart, after it was last written an hour before; return the hash."""
    an_hour_before = (start - dt.timedelta(hours=1)).timestamp()
    os.utime(path, (an_hour_before, an_hour_before))
    current = open_bank(path)
    digest = current.hash
    for minute, title in enumerate(titles):
        bank = current.bank.model_copy(update={"title": title})
        digest = save_edited(path, bank, digest, now=start + dt.timedelta(minutes=minute))
    return digest


def test_a_bank_never_saved_has_no_history(minimal):
    assert list_versions(minimal) == []


def test_a_listing_gives_time_size_question_count_and_hash_newest_first(minimal):
    save_titles(minimal, ["First", "Second"])
    newest, older, original = list_versions(minimal)
    assert newest.saved_at == MAY_17 + dt.timedelta(minutes=1)
    assert older.saved_at == MAY_17
    assert original.saved_at == MAY_17 - dt.timedelta(hours=1)  # the bank as found, when it was last written
    assert newest.hash == content_hash(minimal.read_bytes()) and newest.size == minimal.stat().st_size
    assert original.hash == content_hash(MINIMAL_BANK.encode())
    assert [v.questions for v in (newest, older, original)] == [1, 1, 1]
    assert newest.id == "20240517T093100000000Z-" + newest.hash[:12]


def test_history_sits_beside_the_banks_and_is_not_taken_for_a_bank(minimal):
    save_titles(minimal, ["First"])
    folder = minimal.parent / ".history" / "quiz.yaml"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{v.id}.yaml" for v in list_versions(minimal))
    assert find_banks([minimal.parent]) == [minimal]


def test_only_the_newest_versions_are_kept(minimal):
    titles = [f"Title {n}" for n in range(LIMITS.history_versions + 5)]
    save_titles(minimal, titles)
    versions = list_versions(minimal)
    assert len(versions) == LIMITS.history_versions
    assert [load_title(minimal, v.id) for v in versions] == [f"title: {t}" for t in titles[::-1]][
        : LIMITS.history_versions
    ]


def load_title(path, version_id):
    return read_version(path, version_id).splitlines()[0]


def test_saving_the_same_text_again_adds_no_version(minimal):
    digest = save_titles(minimal, ["Same"])
    opened = open_bank(minimal)
    save_edited(minimal, opened.bank, digest)
    assert len(list_versions(minimal)) == 2


def test_versions_keep_save_order_when_the_clock_goes_back(minimal):
    save_titles(minimal, ["Later"], start=MAY_17)
    save_titles(minimal, ["Earlier clock"], start=MAY_17 - dt.timedelta(days=1))
    newest, older, _ = list_versions(minimal)
    assert load_title(minimal, newest.id) == "title: Earlier clock"
    assert newest.saved_at > older.saved_at


def test_diff_shows_what_changed_between_two_versions_readably(minimal):
    save_titles(minimal, ["First", "Second"])
    newest, older, _ = list_versions(minimal)
    diff = diff_versions(minimal, older.id, newest.id)
    assert diff.splitlines() == [
        f"--- quiz.yaml (2024-05-17 09:30:00 UTC, version {older.id})",
        f"+++ quiz.yaml (2024-05-17 09:31:00 UTC, version {newest.id})",
        "@@ -1,4 +1,4 @@",
        "-title: First",
        "+title: Second",
        " description: One question.",
        " approved_only: true",
        " sources:",
    ]
    assert diff_versions(minimal, newest.id, CURRENT).count("\n") == 0


def test_diff_against_the_file_as_it_is_now_shows_a_hand_edit(minimal):
    save_titles(minimal, ["Saved"])
    minimal.write_text(minimal.read_text(encoding="utf-8").replace("title: Saved", "title: By hand"), encoding="utf-8")
    diff = diff_versions(minimal, list_versions(minimal)[0].id, CURRENT)
    assert "-title: Saved\n+title: By hand\n" in diff and "+++ quiz.yaml (now)" in diff


def test_diff_of_texts_without_final_newlines_is_still_line_by_line():
    assert diff_texts("a\nb", "a\nc").splitlines()[-2:] == ["-b", "+c"]
    assert diff_texts("same", "same") == ""


def test_restoring_a_version_is_a_save_that_can_itself_be_undone(minimal):
    digest = save_titles(minimal, ["First", "Second", "Third"])
    first = next(v for v in list_versions(minimal) if load_title(minimal, v.id) == "title: First")
    restored = restore_version(minimal, first.id, digest)
    assert load_bank(minimal).title == "First" and restored == first.hash
    newest, undo_point = list_versions(minimal)[:2]
    assert newest.hash == first.hash and load_title(minimal, undo_point.id) == "title: Third"
    restore_version(minimal, undo_point.id, restored)
    assert load_bank(minimal).title == "Third"


def test_restoring_over_a_changed_file_is_refused(minimal):
    digest = save_titles(minimal, ["First", "Second"])
    minimal.write_text(minimal.read_text(encoding="utf-8").replace("Second", "By hand"), encoding="utf-8")
    with pytest.raises(BankConflict):
        restore_version(minimal, list_versions(minimal)[1].id, digest)
    assert load_bank(minimal).title == "By hand"


@pytest.mark.parametrize(
    "version_id",
    [
        "",
        "../quiz",
        "../../../etc/passwd",
        "20240517T093000000000Z-../../x",
        "latest",
        "20240517T093000000000Z-ABCDEF012345",
    ],
)
def test_a_version_id_that_is_not_one_is_refused_without_touching_other_files(minimal, version_id):
    save_titles(minimal, ["First"])
    with pytest.raises(QuizgenError, match="is not a version id"):
        read_version(minimal, version_id)


def test_a_pruned_version_says_only_the_last_ones_are_kept(minimal):
    save_titles(minimal, ["First"])
    with pytest.raises(FileRejected, match=f"only the last {LIMITS.history_versions} versions are kept"):
        read_version(minimal, "20000101T000000000000Z-0123456789ab")


def test_a_version_file_changed_after_saving_is_not_passed_off_as_that_version(minimal):
    save_titles(minimal, ["First"])
    version = list_versions(minimal)[0]
    file = minimal.parent / ".history" / "quiz.yaml" / f"{version.id}.yaml"
    file.write_text("title: tampered\n", encoding="utf-8")
    with pytest.raises(FileRejected, match="was changed after it was saved"):
        read_version(minimal, version.id)


def test_a_broken_version_is_listed_without_a_question_count(minimal):
    minimal.write_text("title: [broken\n", encoding="utf-8")
    opened = open_bank(minimal)
    save_text(minimal, MINIMAL_BANK, opened.hash)
    assert [v.questions for v in list_versions(minimal)] == [1, None]


def test_a_save_clears_what_saves_killed_midway_left_behind(minimal):
    save_titles(minimal, ["First"])
    stale = minimal.parent / ".quiz.yaml.k1ll3d.tmp"
    fresh = minimal.parent / ".quiz.yaml.wr1t1ng.tmp"  # perhaps another program's save in progress
    in_history = minimal.parent / ".history" / "quiz.yaml" / ".20240517T093000000000Z-0123456789ab.yaml.x.tmp"
    for leftover in (stale, fresh, in_history):
        leftover.write_text("title: half a ba", encoding="utf-8")
    two_hours_ago = dt.datetime.now(dt.UTC).timestamp() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    save_titles(minimal, ["Second"], start=MAY_17 + dt.timedelta(hours=1))
    assert not stale.exists() and not in_history.exists() and fresh.exists()
    assert find_banks([minimal.parent]) == [minimal]

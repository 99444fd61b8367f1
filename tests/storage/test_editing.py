"""Editing a bank: conflicts are refused, invalid text is never written, broken banks stay repairable,
and a writer killed at any point leaves the old bank or the new one."""

from __future__ import annotations

import os
import random
import signal
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from quizgen.config import LIMITS
from quizgen.errors import BankConflict, FileRejected, QuizgenError, YamlInvalid
from quizgen.storage import (
    content_hash,
    dump_bank,
    find_banks,
    list_versions,
    load_bank,
    open_bank,
    read_version,
    save_edited,
    save_text,
)
from tests.samples import HOSTILE_STRINGS, MINIMAL_BANK


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (history included) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_open_gives_the_bank_its_text_and_the_hash_of_the_file(minimal):
    opened = open_bank(minimal)
    assert opened.bank == load_bank(minimal)
    assert opened.text == MINIMAL_BANK
    assert opened.hash == content_hash(minimal.read_bytes())
    assert opened.problems == ()


def test_a_save_returns_the_hash_to_save_against_next_time(minimal):
    opened = open_bank(minimal)
    first = save_edited(minimal, opened.bank.model_copy(update={"title": "One"}), opened.hash)
    second = save_edited(minimal, opened.bank.model_copy(update={"title": "Two"}), first)
    assert second == open_bank(minimal).hash
    assert load_bank(minimal).title == "Two"


def test_a_second_teacher_saving_an_old_copy_is_refused_and_nothing_is_lost(minimal):
    alice, bob = open_bank(minimal), open_bank(minimal)
    save_edited(minimal, alice.bank.model_copy(update={"title": "Alice's title"}), alice.hash)
    before = snapshot(minimal.parent)
    with pytest.raises(BankConflict, match="changed by someone else since you opened it.*reload it") as caught:
        save_edited(minimal, bob.bank.model_copy(update={"description": "Bob's description"}), bob.hash)
    assert "\n" not in str(caught.value)
    assert snapshot(minimal.parent) == before
    assert load_bank(minimal).title == "Alice's title"


def test_a_hand_edit_in_between_is_detected_and_kept_in_the_history(minimal):
    opened = open_bank(minimal)
    hand_edited = MINIMAL_BANK.replace("He visited Harbin.", "Edited by hand.")
    minimal.write_text(hand_edited, encoding="utf-8")
    with pytest.raises(BankConflict):
        save_edited(minimal, opened.bank.model_copy(update={"title": "From the app"}), opened.hash)
    assert minimal.read_text(encoding="utf-8") == hand_edited
    assert list_versions(minimal) == []

    reopened = open_bank(minimal)
    save_edited(minimal, reopened.bank.model_copy(update={"title": "From the app"}), reopened.hash)
    newest, hand = list_versions(minimal)
    assert read_version(minimal, hand.id) == hand_edited
    assert load_bank(minimal).questions[0].explanation == "Edited by hand."


def test_a_bank_deleted_since_it_was_opened_is_not_recreated(minimal):
    opened = open_bank(minimal)
    minimal.unlink()
    with pytest.raises(BankConflict, match="deleted or renamed"):
        save_edited(minimal, opened.bank, opened.hash)
    assert not minimal.exists()


def test_a_new_bank_is_created_only_if_the_name_is_free(minimal):
    new = minimal.with_name("new.yaml")
    save_text(new, MINIMAL_BANK, None)
    assert load_bank(new) == load_bank(minimal)
    with pytest.raises(BankConflict, match="already exists"):
        save_text(new, MINIMAL_BANK.replace("Minimal", "Other"), None)
    assert load_bank(new).title == "Minimal"


INVALID = [
    (
        "answer not a choice",
        MINIMAL_BANK.replace("answer: Harbin", "answer: Beijing"),
        "'Beijing' is not one of the choices",
    ),
    ("typo in a key", MINIMAL_BANK.replace("  explanation:", "  explanaton:"), "unknown key 'explanaton'"),
    (
        "quote not the article text",
        MINIMAL_BANK.replace("    start: 0\n    end: 31", "    start: 1\n    end: 32"),
        "does not match the article",
    ),
    ("bad YAML", MINIMAL_BANK.replace("title: Minimal", "title: [Minimal"), "is not valid YAML"),
    ("not a bank", "- just\n- a list\n", "is not a question bank"),
    ("empty", "", "is not a question bank"),
    ("a tag that builds objects", MINIMAL_BANK.replace("Minimal", "!!python/object:os.system x"), "tag"),
    ("NUL bytes", MINIMAL_BANK.replace("Minimal", "Mini\x00mal"), "binary"),
    ("unpaired surrogate", MINIMAL_BANK.replace("Minimal", "Mini\ud800mal"), "cannot be saved"),
]


@pytest.mark.parametrize("case,text,words", INVALID, ids=[case for case, _, _ in INVALID])
def test_invalid_text_is_refused_with_a_located_reason_and_nothing_is_written(minimal, case, text, words):
    opened = open_bank(minimal)
    before = snapshot(minimal.parent)
    with pytest.raises((YamlInvalid, FileRejected)) as caught:
        save_text(minimal, text, opened.hash)
    assert words in str(caught.value) and str(minimal) in str(caught.value)
    assert snapshot(minimal.parent) == before


def test_an_edited_bank_that_breaks_a_rule_is_refused_although_it_is_a_model(minimal):
    # model_copy does not validate, so the save itself must.
    opened = open_bank(minimal)
    broken = opened.bank.questions[0].model_copy(update={"answer": "Nowhere"})
    with pytest.raises(YamlInvalid, match="'Nowhere' is not one of the choices"):
        save_edited(minimal, opened.bank.model_copy(update={"questions": [broken]}), opened.hash)
    assert minimal.read_text(encoding="utf-8") == MINIMAL_BANK


def test_text_over_the_size_limit_is_refused(minimal):
    opened = open_bank(minimal)
    huge = MINIMAL_BANK.replace("description: One question.", "description: " + "x" * (LIMITS.bank_max_bytes + 1))
    with pytest.raises(FileRejected, match="the limit is 64.0 MB"):
        save_text(minimal, huge, opened.hash)
    assert minimal.read_text(encoding="utf-8") == MINIMAL_BANK


@pytest.mark.parametrize("hostile", HOSTILE_STRINGS, ids=range(len(HOSTILE_STRINGS)))
def test_hostile_strings_are_saved_and_read_back_exactly(minimal, hostile):
    opened = open_bank(minimal)
    question = opened.bank.questions[0].model_copy(
        update={"explanation": hostile, "topics": [hostile[:40]] if hostile.strip() else []}
    )
    bank = opened.bank.model_copy(update={"description": hostile, "questions": [question]})
    save_edited(minimal, bank, opened.hash)
    assert load_bank(minimal) == bank


def _break_by_hand(path, old: str, new: str):
    """Write the minimal bank with `old` replaced by `new`, open it, and say on which line `new` stands."""
    broken = MINIMAL_BANK.replace(old, new)
    path.write_text(broken, encoding="utf-8")
    opened = open_bank(path)
    assert opened.bank is None and opened.text == broken
    return broken, opened, broken[: broken.index(new)].count("\n") + 1


def test_a_hand_broken_bank_opens_with_its_problems_and_is_repaired_from_its_text(minimal):
    broken, opened, line = _break_by_hand(minimal, "answer: Harbin", "answer: Beijing")
    assert [str(p) for p in opened.problems] == [
        f"{minimal}:{line}: questions[0].answer: 'Beijing' is not one of the choices"
    ]

    with pytest.raises(YamlInvalid):
        save_text(minimal, broken.replace("Minimal", "Still broken"), opened.hash)
    assert minimal.read_text(encoding="utf-8") == broken

    save_text(minimal, opened.text.replace("answer: Beijing", "answer: Harbin"), opened.hash)
    assert load_bank(minimal).questions[0].answer == "Harbin"
    assert read_version(minimal, list_versions(minimal)[1].id) == broken  # the broken state is kept, not lost


def test_a_bank_with_an_impossible_date_opens_with_the_problem_and_is_repaired(minimal):
    broken, opened, line = _break_by_hand(minimal, "published: 2024-05-17", "published: 2024-02-30")
    assert [(p.line, p.message[:31]) for p in opened.problems] == [(line, "'2024-02-30' is not a real date")]
    save_text(minimal, broken.replace("2024-02-30", "2024-02-29"), opened.hash)
    assert str(load_bank(minimal).sources[0].published) == "2024-02-29"
    assert [v.questions for v in list_versions(minimal)] == [1, None]  # the broken version is listed too


def test_a_bank_that_is_not_utf8_opens_and_its_exact_bytes_are_kept_when_repaired(minimal):
    latin1 = MINIMAL_BANK.replace("Minimal", "Café").encode("latin-1")
    minimal.write_bytes(latin1)
    opened = open_bank(minimal)
    assert opened.bank is None and opened.hash == content_hash(latin1)
    assert [p.line for p in opened.problems] == [1] and "not UTF-8" in opened.problems[0].message
    save_text(minimal, opened.text.replace("Caf\ufffd", "Café"), opened.hash)
    assert load_bank(minimal).title == "Café"
    kept = list_versions(minimal)[1]
    assert (minimal.parent / ".history" / "quiz.yaml" / f"{kept.id}.yaml").read_bytes() == latin1


def test_opening_a_missing_bank_says_so(tmp_path):
    with pytest.raises(FileRejected, match="file not found"):
        open_bank(tmp_path / "question_banks" / "gone.yaml")


def test_a_history_that_cannot_be_written_stops_the_save_with_a_one_line_error(minimal):
    (minimal.parent / ".history").write_text("not a folder", encoding="utf-8")
    opened = open_bank(minimal)
    with pytest.raises(QuizgenError, match=r"quiz.yaml: cannot be saved \(") as caught:
        save_edited(minimal, opened.bank.model_copy(update={"title": "X"}), opened.hash)
    assert "\n" not in str(caught.value)
    assert minimal.read_text(encoding="utf-8") == MINIMAL_BANK


# --- a writer killed at random points -------------------------------------------------------------

KILLS = 300


def _bank_text(bank, round_number: int) -> str:
    return dump_bank(bank.model_copy(update={"title": f"Round {round_number}"}))


def _save_rounds_forever(path: Path, report: Connection) -> None:
    """Child process: save rounds 1, 2, 3 ... (the title says which), reporting each finished save."""
    opened = open_bank(path)
    number = int(opened.bank.title.split()[-1]) if opened.bank.title.startswith("Round ") else 0
    current = opened.hash
    report.send_bytes(b"ready")  # imports done: from here on every moment is inside the save loop
    while True:
        number += 1
        current = save_text(path, _bank_text(opened.bank, number), current)
        report.send_bytes(str(number).encode())  # one small write, so a kill cannot cut it in half


def _finished_rounds(reports: Connection) -> list[int]:
    finished = []
    while reports.poll(0):
        try:
            finished.append(int(reports.recv_bytes()))
        except EOFError:
            break
    return finished


def test_a_writer_killed_at_random_points_leaves_the_old_or_the_new_bank(minimal, processes):
    """SIGKILL a process that saves in a loop, KILLS times at random moments."""
    base = load_bank(minimal)
    save_text(minimal, _bank_text(base, 0), open_bank(minimal).hash)
    rng = random.Random(20240517)
    last, saves, after_write = 0, 0, 0
    leftovers: set[Path] = set()
    for _ in range(KILLS):
        reports, report = processes.Pipe(duplex=False)
        writer = processes.Process(target=_save_rounds_forever, args=(minimal, report), daemon=True)
        writer.start()
        report.close()
        assert reports.poll(30) and reports.recv_bytes() == b"ready"
        # Let 0 to 2 saves finish whatever the machine's load, then kill at a random moment of the next ones.
        finished = [int(reports.recv_bytes()) for _ in range(rng.randrange(3)) if reports.poll(30)]
        time.sleep(rng.uniform(0.0, 0.02))
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()
        finished += _finished_rounds(reports)
        reports.close()
        assert finished == list(range(last + 1, last + 1 + len(finished)))
        done = finished[-1] if finished else last
        saves += len(finished)

        on_disk = load_bank(minimal)  # always loads
        now = int(on_disk.title.split()[-1])
        assert now in (done, done + 1), (done, now)  # the last finished save, or the one it was killed in
        assert minimal.read_text(encoding="utf-8") == _bank_text(base, now)  # exactly that version, not a mix
        after_write += now == done + 1
        leftovers.update(minimal.parent.glob(".*.tmp"), minimal.parent.glob(".history/*/.*.tmp"))
        assert find_banks([minimal.parent]) == [minimal]
        for version in list_versions(minimal):
            assert content_hash(read_version(minimal, version.id).encode()) == version.hash
        last = now

    opened = open_bank(minimal)
    save_edited(minimal, opened.bank.model_copy(update={"title": "Round final"}), opened.hash)
    versions = list_versions(minimal)
    assert len(versions) == 20 and versions[0].hash == content_hash(minimal.read_bytes())
    assert not list(minimal.parent.glob(".history/*/.*.tmp"))  # the next save swept what the kills left there
    print(
        f"\n{KILLS} kills, {saves} saves reported, {after_write} killed between write and report, "
        f"{len(leftovers)} temporary files left by kills mid-write"
    )
    assert after_write and leftovers  # kills really landed inside saves: after the write, and mid-write

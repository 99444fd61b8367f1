"""Saves of one bank from several processes and threads: no lost update, no corrupt file, history in order."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from quizgen.config import LIMITS
from quizgen.errors import BankBusy, BankConflict
from quizgen.storage import (
    content_hash,
    find_banks,
    list_versions,
    load_bank,
    open_bank,
    parse_bank,
    read_version,
    save_edited,
)
from quizgen.storage.locking import bank_lock, lock_path_of

WRITERS = 4
ROUNDS = 120


def add_topic(path: Path, writer: int, round_number: int) -> int:
    """Open -> tag the writer's own question and approve it -> save; retry on conflict. Returns the conflicts met."""
    conflicts = 0
    while True:
        opened = open_bank(path)
        if opened.bank is None:
            raise AssertionError(f"writer {writer} found a corrupt bank: {opened.problems}")
        questions = list(opened.bank.questions)
        mine = questions[writer]
        questions[writer] = mine.model_copy(
            update={"topics": [*mine.topics, f"w{writer}-{round_number}"], "status": "approved"}
        )
        try:
            save_edited(path, opened.bank.model_copy(update={"questions": questions}), opened.hash)
            return conflicts
        except BankConflict:
            conflicts += 1


def _writer_process(path: Path, writer: int, results) -> None:
    conflicts = sum(add_topic(path, writer, n) for n in range(ROUNDS))
    results.put((writer, conflicts))


@pytest.fixture
def shared(minimal: Path) -> Path:
    """The minimal bank with one untagged draft question per writer."""
    opened = open_bank(minimal)
    template = opened.bank.questions[0]
    questions = [template.model_copy(update={"id": f"w{n}", "topics": []}) for n in range(WRITERS)]
    save_edited(minimal, opened.bank.model_copy(update={"questions": questions}), opened.hash)
    return minimal


def topic_count(text: str, path: Path) -> int:
    return sum(len(q.topics) for q in parse_bank(text, str(path), root=path.parent.parent).questions)


def test_writers_in_several_processes_lose_no_update(shared, processes):
    """WRITERS processes x ROUNDS rounds of open -> modify -> save with the opened hash, retrying on conflict."""
    results = processes.Queue()
    started = time.perf_counter()
    writers = [processes.Process(target=_writer_process, args=(shared, n, results)) for n in range(WRITERS)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
        assert writer.exitcode == 0, "a writer failed; its error is printed above"
    outcome = dict(results.get(timeout=5) for _ in writers)
    seconds = time.perf_counter() - started

    bank = load_bank(shared)
    for n, question in enumerate(bank.questions):
        assert question.topics == [f"w{n}-{r}" for r in range(ROUNDS)]  # every save's change, in order
        assert question.status == "approved"
    versions = list_versions(shared)[::-1]
    assert len(versions) == LIMITS.history_versions
    assert versions[-1].hash == content_hash(shared.read_bytes())
    counts = [topic_count(read_version(shared, v.id), shared) for v in versions]
    assert counts == list(range(counts[0], counts[0] + len(counts)))  # one more topic per version
    assert counts[-1] == WRITERS * ROUNDS
    assert sorted(p.name for p in shared.parent.iterdir()) == [".history", ".quiz.yaml.lock", "quiz.yaml"]
    conflicts = sum(outcome.values())
    print(
        f"\n{WRITERS} processes x {ROUNDS} rounds: {WRITERS * ROUNDS} saves, {conflicts} conflicts retried, {seconds:.1f} s"
    )
    assert conflicts > 0  # the writers really raced


def test_writers_in_threads_of_one_process_lose_no_update(shared):
    rounds = 25
    errors: list[BaseException] = []

    def work(writer: int) -> None:
        try:
            for n in range(rounds):
                add_topic(shared, writer, n)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [q.topics for q in load_bank(shared).questions] == [
        [f"w{w}-{r}" for r in range(rounds)] for w in range(WRITERS)
    ]


def test_the_lock_file_is_not_taken_for_a_bank(minimal):
    with bank_lock(minimal):
        assert lock_path_of(minimal).exists()
    assert lock_path_of(minimal).name == ".quiz.yaml.lock"
    assert find_banks([minimal.parent]) == [minimal]


def _hold_lock(path: Path, ready) -> None:
    with bank_lock(path):
        ready.set()
        time.sleep(60)


def test_a_save_waits_for_the_lock_then_says_the_bank_is_busy(minimal, processes):
    ready = processes.Event()
    holder = processes.Process(target=_hold_lock, args=(minimal, ready), daemon=True)
    holder.start()
    try:
        assert ready.wait(10)
        started = time.monotonic()
        with (
            pytest.raises(BankBusy, match="another save of this bank has not finished after 0.3 s; try again"),
            bank_lock(minimal, timeout=0.3),
        ):
            pass
        assert time.monotonic() - started >= 0.3
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.join()


def test_a_writer_killed_while_holding_the_lock_does_not_block_the_next(minimal, processes):
    ready = processes.Event()
    holder = processes.Process(target=_hold_lock, args=(minimal, ready), daemon=True)
    holder.start()
    assert ready.wait(10)
    os.kill(holder.pid, signal.SIGKILL)
    holder.join()
    opened = open_bank(minimal)
    save_edited(minimal, opened.bank.model_copy(update={"title": "After the crash"}), opened.hash)
    assert load_bank(minimal).title == "After the crash"

"""Add an article generates its questions in the background: it goes on while the teacher opens other pages,
shows how far it is, and reports how it went on the page the teacher is on when it is done."""

from __future__ import annotations

import shutil

from quizgen.corpus import load_catalog
from quizgen.storage import load_bank
from quizgen.storage.locking import bank_lock
from tests.app.student import STARTER, page_text
from tests.app.teacher import UPLOAD, click, generation_bars, go, teacher_app, upload, wait_for_generation
from tests.samples import BANKS, SEEDS

TITLE = "Putin in Harbin (summary)"


def start(at, bank: str = "starter.yaml") -> str:
    """Upload the Harbin summary, name it, choose the bank and press Save; return the form's scope."""
    scope = upload(at, "harbin-summary.txt", UPLOAD.read_bytes())
    at.text_input(key=f"{scope}-id").input("harbin-summary-upload").run()
    at.text_input(key=f"{scope}-title").input(TITLE).run()
    at.selectbox(key="article-bank").set_value(bank).run()
    click(at, f"{scope}-save")
    return scope


def notices(at) -> str:
    return " ".join(e.value for e in (*at.success, *at.warning, *at.error)).replace("\\", "")


def test_generation_goes_on_on_another_page_and_its_result_is_shown_there_once(small_home):
    at = teacher_app("add-article")
    start(at)
    assert generation_bars(at), "no progress bar while the questions are generated"
    go(at, "review")  # the teacher moves on while it runs
    wait_for_generation(at)
    bank = load_bank(small_home / "question_banks" / "starter.yaml")
    added = len(bank.questions) - len(STARTER.questions)
    assert added > 0
    assert f"Saved “{TITLE}” and added {added} draft question" in notices(at)
    assert at.title[0].value.endswith("Review questions")  # shown where the teacher is
    assert "changed on disk since you opened it" not in page_text(at)  # the page shows the bank as saved
    at.run()
    assert "Saved “" not in notices(at)  # once


def test_the_page_says_a_generation_runs_and_does_not_start_a_second_one(small_home):
    at = teacher_app("add-article")
    scope = start(at)
    assert at.button(key=f"{scope}-save").disabled
    assert "The questions of this article are being generated" in page_text(at)
    other = teacher_app("add-article")  # another tab, or another teacher, with the same file
    upload(other, "harbin-summary.txt", UPLOAD.read_bytes())
    assert other.button(key=f"{scope}-save").disabled
    assert "The questions of this article are being generated" in page_text(other)
    assert not generation_bars(other)  # it is not this session's generation
    wait_for_generation(at)
    bank = load_bank(small_home / "question_banks" / "starter.yaml")
    assert len({q.id for q in bank.questions}) == len(bank.questions)
    assert not at.button(key=f"{scope}-save").disabled


def test_a_failure_is_told_in_plain_words_nothing_saved_is_lost_and_a_retry_works(small_home):
    bank_file = small_home / "question_banks" / "starter.yaml"
    broken = "title: Summit\nquestions: [\n"  # a teacher's hand edit, half done
    at = teacher_app("add-article")
    with bank_lock(bank_file):  # the save waits for this one, so the bank is broken before it is read
        start(at)
        bank_file.write_text(broken, encoding="utf-8")
    go(at, "review")
    wait_for_generation(at)
    told = notices(at)
    assert f"“{TITLE}” is saved, but its questions were not added: question_banks/starter.yaml" in told
    assert "press Save again to retry" in told and str(small_home) not in told and "\n" not in told
    assert bank_file.read_text(encoding="utf-8") == broken  # the teacher's file, as they left it
    assert (small_home / "seeds" / "harbin-summary.txt").read_bytes() == UPLOAD.read_bytes()
    entry = load_catalog(small_home / "seeds" / "catalog.yaml").entry("harbin-summary.txt")
    assert entry.id == "harbin-summary-upload"

    shutil.copy(BANKS / "starter.yaml", bank_file)  # the bank is fixed; the same file sent again
    go(at, "add-article")
    start(at)
    wait_for_generation(at)
    assert f"Saved “{TITLE}” and added" in notices(at)
    assert len(load_bank(bank_file).questions) > len(STARTER.questions)


def test_the_progress_bar_moves_forward_to_the_end(small_home):
    at = teacher_app("add-article")
    start(at, bank="new-bank")
    seen = wait_for_generation(at, pause=0.05)
    assert seen == sorted(seen), f"the bar went back: {seen}"
    assert len(set(seen)) >= 2 and seen[-1] > seen[0] and all(0 <= v <= 100 for v in seen)
    assert "put" in notices(at) and "in a new bank" in notices(at)


def test_two_teachers_adding_two_articles_at_once_are_each_told_of_their_own(small_home):
    first, second = teacher_app("add-article"), teacher_app("add-article")
    start(first)
    other = SEEDS / "002_010da7dde90b5f93.txt"  # not in the small project
    scope = upload(second, "joint-statement.txt", other.read_bytes())
    second.text_input(key=f"{scope}-title").input("The joint statement").run()
    click(second, f"{scope}-save")
    go(first, "history")
    go(second, "export")
    wait_for_generation(first)
    wait_for_generation(second)
    assert f"Saved “{TITLE}” and added" in notices(first) and "joint statement" not in notices(first)
    assert "Saved “The joint statement”" in notices(second) and TITLE not in notices(second)
    banks = small_home / "question_banks"
    assert len(load_bank(banks / "starter.yaml").questions) > len(STARTER.questions)
    assert load_bank(banks / "the-joint-statement.yaml").questions

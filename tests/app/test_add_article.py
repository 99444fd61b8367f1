"""Adding an article: upload, confirm its catalog entry, save it into seeds/, generate its questions into a bank."""

from __future__ import annotations

import shutil

import pytest

from quizgen.app.teacher.article_intake import NEW_BANK
from quizgen.corpus import load_catalog
from quizgen.storage import load_bank
from tests.app.student import STARTER, page_text
from tests.app.teacher import UPLOAD, click, teacher_app, upload, wait_for_generation


def test_an_uploaded_article_is_saved_catalogued_and_its_questions_added_as_drafts(small_home):
    at = teacher_app("add-article")
    scope = upload(at, "harbin-summary.txt", UPLOAD.read_bytes())
    assert at.text_input(key=f"{scope}-file").value == "harbin-summary.txt"
    assert at.text_input(key=f"{scope}-id").value  # inferred from the text
    at.text_input(key=f"{scope}-id").input("harbin-summary-upload").run()
    at.text_input(key=f"{scope}-title").input("Putin in Harbin (summary)").run()
    at.selectbox(key="article-bank").set_value("starter.yaml").run()
    click(at, f"{scope}-save")
    wait_for_generation(at)
    assert not at.exception
    message = " ".join(s.value for s in at.success)
    assert "Saved “Putin in Harbin \\(summary\\)” and added" in message
    assert (small_home / "seeds" / "harbin-summary.txt").read_bytes() == UPLOAD.read_bytes()
    entry = load_catalog(small_home / "seeds" / "catalog.yaml").entry("harbin-summary.txt")
    assert (entry.id, entry.title) == ("harbin-summary-upload", "Putin in Harbin (summary)")
    bank = load_bank(small_home / "question_banks" / "starter.yaml")
    new = bank.questions[len(STARTER.questions) :]
    assert bank.questions[: len(STARTER.questions)] == STARTER.questions  # nothing else touched
    assert new and all(q.status == "draft" for q in new)
    assert all(q.citations[0].source == "harbin-summary-upload" for q in new)
    assert f"added {len(new)} draft question" in message


def test_an_article_s_questions_go_to_a_new_bank_of_its_own_unless_the_teacher_picks_one(small_home):
    banks = small_home / "question_banks"
    banks.joinpath("putin-in-harbin.yaml").write_text("a file a teacher keeps\n", encoding="utf-8")
    at = teacher_app("add-article")
    scope = upload(at, "harbin-summary.txt", UPLOAD.read_bytes())
    at.text_input(key=f"{scope}-title").input("Putin in Harbin").run()
    assert at.selectbox(key="article-bank").value == NEW_BANK
    assert "A new bank of its own (putin-in-harbin-2.yaml)" in at.selectbox(key="article-bank").options
    click(at, f"{scope}-save")
    wait_for_generation(at)
    message = " ".join(s.value for s in at.success)
    assert "put" in message and "in a new bank, putin\\-in\\-harbin\\-2\\.yaml" in message
    new = load_bank(banks / "putin-in-harbin-2.yaml")
    assert new.title == "Putin in Harbin" and new.approved_only
    assert new.questions and all(q.status == "draft" for q in new.questions)
    assert {s.id for s in new.sources} == {c.source for q in new.questions for c in q.citations}
    assert banks.joinpath("putin-in-harbin.yaml").read_text(encoding="utf-8") == "a file a teacher keeps\n"
    assert load_bank(banks / "starter.yaml") == STARTER


def test_a_file_that_is_not_an_article_gets_a_clear_message(small_home):
    at = teacher_app("add-article")
    upload(at, "notes.txt", "Nadège: résumé".encode("latin-1"))
    assert (
        "This file cannot be added: notes.txt:1: is not UTF-8 text (byte 0xe8 at offset 3); save it as UTF-8"
        in page_text(at)
    )
    assert not [b for b in at.button if b.key.endswith("-save")]


def test_a_file_name_or_id_already_in_seeds_is_refused_and_nothing_is_saved(small_home):
    catalog = (small_home / "seeds" / "catalog.yaml").read_bytes()
    existing = small_home / "seeds" / "003_d040585a85b3db4b.txt"
    at = teacher_app("add-article")
    scope = upload(at, existing.name, UPLOAD.read_bytes())
    click(at, f"{scope}-save")
    wait_for_generation(at)
    assert "seeds/003_d040585a85b3db4b.txt already exists; rename the file" in page_text(at)
    at.text_input(key=f"{scope}-file").input("another.txt").run()
    at.text_input(key=f"{scope}-id").input("new-model-of-ties").run()
    click(at, f"{scope}-save")
    wait_for_generation(at)
    assert "the id 'new-model-of-ties' is already the id of seeds/003_d040585a85b3db4b.txt" in page_text(at)
    at.text_input(key=f"{scope}-id").input("Not An Id").run()
    click(at, f"{scope}-save")
    wait_for_generation(at)
    assert "may hold only lowercase letters" in " ".join(e.value for e in at.error)
    assert (small_home / "seeds" / "catalog.yaml").read_bytes() == catalog
    assert not (small_home / "seeds" / "another.txt").exists()
    assert load_bank(small_home / "question_banks" / "starter.yaml") == STARTER


def test_nothing_is_generated_without_the_button(small_home):
    at = teacher_app("add-article")
    upload(at, "harbin-summary.txt", UPLOAD.read_bytes())
    assert not (small_home / "seeds" / "harbin-summary.txt").exists()
    shutil.rmtree(small_home / "seeds")  # the page does not need the folder until the save
    at.run()
    assert not at.exception


def test_the_upload_s_name_is_offered_only_as_a_plain_file_name_in_seeds(small_home):
    at = teacher_app("add-article")
    scope = upload(at, "../../harbin-summary.txt", UPLOAD.read_bytes())
    assert at.text_input(key=f"{scope}-file").value == "harbin-summary.txt"
    long_word = "putin-xi-summit-" + "x" * 250 + ".txt"  # as some news sites name their downloads
    scope = upload(at, long_word, UPLOAD.read_bytes())
    offered = at.text_input(key=f"{scope}-file").value
    assert offered.endswith(".txt") and len(offered) <= 84 and "/" not in offered
    assert len(at.text_input(key=f"{scope}-id").value) <= 80


@pytest.mark.parametrize("name", ["evil.yaml", ".bashrc", "CON.txt", "x.txt:stream"])
def test_a_file_name_that_is_not_a_plain_article_name_is_refused_beside_the_field(small_home, name):
    catalog = (small_home / "seeds" / "catalog.yaml").read_bytes()
    files = sorted(p.name for p in (small_home / "seeds").iterdir())
    at = teacher_app("add-article")
    scope = upload(at, "harbin-summary.txt", UPLOAD.read_bytes())
    at.text_input(key=f"{scope}-file").input(name).run()
    click(at, f"{scope}-save")
    wait_for_generation(at)
    assert not at.exception
    beside = " ".join(e.value for e in at.error).replace("\\", "")  # shown literally: Markdown escaped
    assert "file name of letters, digits" in beside or "Windows keeps for a device" in beside
    assert (small_home / "seeds" / "catalog.yaml").read_bytes() == catalog
    assert sorted(p.name for p in (small_home / "seeds").iterdir()) == files


def test_a_retry_of_the_same_file_with_windows_line_endings_adds_its_questions_once(small_home):
    data = UPLOAD.read_bytes().replace(b"\n", b"\r\n")
    at = teacher_app("add-article")
    scope = upload(at, "harbin-summary.txt", data)
    at.selectbox(key="article-bank").set_value("starter.yaml").run()
    click(at, f"{scope}-save")
    wait_for_generation(at)
    first = load_bank(small_home / "question_banks" / "starter.yaml")
    assert len(first.questions) > len(STARTER.questions)
    at = teacher_app("add-article")  # a new session: the page was left, or the browser closed, and the file sent again
    scope = upload(at, "harbin-summary.txt", data)
    at.selectbox(key="article-bank").set_value("starter.yaml").run()
    click(at, f"{scope}-save")
    wait_for_generation(at)
    assert "already exists" not in page_text(at)
    assert load_bank(small_home / "question_banks" / "starter.yaml") == first  # nothing twice
    assert [p.name for p in (small_home / "seeds").glob("harbin-summary*")] == ["harbin-summary.txt"]
    catalog = load_catalog(small_home / "seeds" / "catalog.yaml")
    assert [entry.file for entry in catalog.articles].count("harbin-summary.txt") == 1

"""Regenerating never loses a teacher's work."""

from __future__ import annotations

import pytest

from quizgen.generator import generate_bank
from quizgen.review import set_status
from quizgen.storage import (
    CURRENT,
    dump_bank,
    editing,
    list_versions,
    load_bank,
    open_bank,
    read_version,
    save_bank,
    save_edited,
)


def test_regenerating_unchanged_articles_gives_a_byte_identical_bank(fresh):
    root, path = fresh
    before = path.read_bytes()
    generate_bank(root / "seeds", path)
    assert path.read_bytes() == before


def test_teacher_work_survives_regeneration_exactly(fresh):
    root, path = fresh
    bank = load_bank(path)
    approved, rejected, edited = bank.questions[0], bank.questions[1], bank.questions[2]
    edited_text = edited.model_copy(update={"prompt": edited.prompt + " (edited)"})
    questions = [
        approved.model_copy(update={"status": "approved"}),
        rejected.model_copy(update={"status": "rejected"}),
        edited_text,
        *bank.questions[3:],
    ]
    save_bank(bank.model_copy(update={"questions": questions, "title": "Class 9B"}), path)
    kept = {q.id: q for q in load_bank(path).questions[:3]}

    report = generate_bank(root / "seeds", path)
    after = {q.id: q for q in load_bank(path).questions}
    for question_id, question in kept.items():
        assert after[question_id] == question
    assert load_bank(path).title == "Class 9B"
    assert report.kept_from_teachers == 3
    assert not any(q.prompt == edited.prompt and q.id != edited.id for q in after.values())


def test_a_moved_sentence_is_followed_and_a_vanished_one_is_flagged(fresh):
    root, path = fresh
    bank = load_bank(path)
    target = next(q for q in bank.questions if q.citations[0].source == "new-model-of-ties")
    other = next(
        q
        for q in bank.questions
        if q.citations[0].source == "new-model-of-ties" and q.citations[0].quote != target.citations[0].quote
    )
    approved = [
        q.model_copy(update={"status": "approved"}) if q.id in (target.id, other.id) else q for q in bank.questions
    ]
    save_bank(bank.model_copy(update={"questions": approved}), path)
    article = root / "seeds" / "003_d040585a85b3db4b.txt"
    text = article.read_text(encoding="utf-8")
    text = "Editor's note: this copy was updated.\n\n" + text.replace(
        target.citations[0].quote, "This sentence was rewritten."
    )
    article.write_text(text, encoding="utf-8")

    generate_bank(root / "seeds", path)
    after = {q.id: q for q in load_bank(path).questions}
    assert "source_changed" in after[target.id].flags
    moved = after[other.id].citations[0]
    assert text[moved.start : moved.end] == moved.quote and moved.start != other.citations[0].start
    assert "source_changed" not in after[other.id].flags


def test_an_invalid_bank_on_disk_is_never_overwritten(fresh):
    root, path = fresh
    path.write_text(path.read_text(encoding="utf-8").replace("status: draft", "status: maybe", 1), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(Exception, match="status"):
        generate_bank(root / "seeds", path)
    assert path.read_bytes() == before


def test_the_saved_bank_round_trips(fresh):
    _, path = fresh
    assert dump_bank(load_bank(path)) == path.read_text(encoding="utf-8")


def test_a_teacher_s_matching_question_is_not_asked_again_one_pair_at_a_time(fresh):
    """A teacher approves 'Match each name with how the article describes it'; regenerating must not add
    'Which city is described as “a Chinese city with a Russian past”?' on one of its pairs."""
    from quizgen.models import Matching, Pair

    root, path = fresh
    bank = load_bank(path)
    singles = [q for q in bank.questions if q.type != "matching" and "described as" in q.prompt][:3]
    assert len(singles) >= 2
    pairs = []
    for question in singles:
        described = question.prompt.split("described as ", 1)[1].rstrip("?.")
        pairs.append(Pair(left=str(question.answer), right=described))
    matching = Matching(
        id="q-teachermatch1",
        prompt="Match each name with how the article describes it.",
        explanation="Each pair is stated in the cited sentences.",
        citations=[q.citations[0] for q in singles],
        pairs=pairs,
        status="approved",
    )
    others = [q for q in bank.questions if q not in singles]
    save_bank(bank.model_copy(update={"questions": [matching, *others]}), path)

    generate_bank(root / "seeds", path)
    after = load_bank(path).questions
    assert any(q.id == "q-teachermatch1" for q in after)
    for question in after:
        if question.type != "matching":
            assert not any(p.right in question.prompt and p.left in str(question.answer) for p in pairs), (
                question.prompt
            )


def test_a_teacher_s_save_made_while_generation_runs_is_kept_and_the_run_is_in_history(fresh):
    root, path = fresh
    opened = open_bank(path)
    target = opened.bank.questions[0]
    seen: list[str] = []

    def teacher_approves_meanwhile(article) -> None:
        if not seen:  # the teacher saves in the app while generate reads the first article
            save_edited(path, set_status(opened.bank, [target.id], "approved"), opened.hash)
        seen.append(article.source.id)

    generate_bank(root / "seeds", path, on_article=teacher_approves_meanwhile, title="Summit, regenerated")
    after = load_bank(path)
    assert next(q for q in after.questions if q.id == target.id).status == "approved"
    assert after.title == "Summit, regenerated"
    saved = [v for v in list_versions(path) if v.id != CURRENT]
    assert read_version(path, saved[0].id) == path.read_text(encoding="utf-8")  # the run itself can be undone
    assert "Summit, regenerated" not in read_version(path, saved[1].id)  # the teacher's save, kept before it


def test_generation_merges_into_what_is_on_disk_when_it_saves_even_if_that_changes_once_more(fresh, monkeypatch):
    root, path = fresh
    real = editing.save_text
    calls: list[int] = []

    def another_save_slips_in_first(*args, **kwargs):
        if not calls:  # a teacher's save lands between generation's read and its write
            opened = open_bank(path)
            real(path, dump_bank(set_status(opened.bank, [opened.bank.questions[1].id], "rejected")), opened.hash)
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(editing, "save_text", another_save_slips_in_first)
    generate_bank(root / "seeds", path, title="Summit, regenerated")
    assert len(calls) == 2  # refused once as a conflict, merged again, saved
    after = load_bank(path)
    assert after.questions[1].status == "rejected" and after.title == "Summit, regenerated"


def test_regenerating_with_nothing_new_adds_nothing_to_the_history(fresh):
    root, path = fresh
    before = list_versions(path)
    generate_bank(root / "seeds", path)
    assert list_versions(path) == before

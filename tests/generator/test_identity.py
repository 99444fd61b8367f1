"""Identity apart from edit detection: the id scheme can change without duplicating questions or
turning a generator's untouched drafts into a teacher's work."""

from __future__ import annotations

from quizgen.generator import assemble as assemble_module
from quizgen.generator import generate_bank, identity
from quizgen.generator.identity import fingerprint, is_teachers, question_id, untouched
from quizgen.ids import content_id
from quizgen.storage import load_bank, save_bank


def test_generated_questions_carry_a_fingerprint_that_an_edit_breaks(seed_generated):
    question = seed_generated.questions[0]
    assert question.fingerprint == fingerprint(question) and untouched(question) and not is_teachers(question)
    edited = question.model_copy(update={"explanation": question.explanation + " Checked in class."})
    assert not untouched(edited) and is_teachers(edited)


def test_a_field_left_at_its_default_does_not_change_the_fingerprint(seed_generated):
    """A field added to the format later, left at its default, must not make drafts look edited."""
    question = seed_generated.questions[0]
    assert question.disagreement is None and question.flags == []
    assert untouched(question.model_copy(update={"disagreement": None, "flags": []}))


def test_a_bank_written_before_fingerprints_is_checked_against_its_ids(seed_generated):
    legacy = seed_generated.questions[0].model_copy(update={"fingerprint": None})
    assert legacy.id == question_id(legacy) and untouched(legacy)
    edited = legacy.model_copy(update={"prompt": legacy.prompt + " Really?"})
    assert is_teachers(edited)


def test_an_unknown_fingerprint_scheme_keeps_the_question_as_it_is(seed_generated):
    question = seed_generated.questions[0].model_copy(update={"fingerprint": "99:0123456789abcdef"})
    assert is_teachers(question)


def test_a_new_id_scheme_neither_duplicates_questions_nor_makes_drafts_teacher_work(fresh, monkeypatch):
    root, path = fresh
    bank = load_bank(path)
    approved = bank.questions[0].model_copy(update={"status": "approved"})
    save_bank(bank.model_copy(update={"questions": [approved, *bank.questions[1:]]}), path)

    def new_scheme(question):
        cites = [(c.source, c.start) for c in question.citations]
        return content_id(
            {"v": 2, "prompt": question.prompt, "type": question.type, "cites": cites}, prefix="q", length=14
        )

    monkeypatch.setattr(identity, "question_id", new_scheme)
    monkeypatch.setattr(assemble_module, "question_id", new_scheme)
    report = generate_bank(root / "seeds", path)
    after = load_bank(path)
    assert report.kept_from_teachers == 1
    assert len(after.questions) == len(bank.questions)
    assert [q for q in after.questions if q.status == "approved"] == [approved]
    drafts = [q for q in after.questions if q.status == "draft"]
    assert drafts and all(q.id == new_scheme(q) and not is_teachers(q) for q in drafts)

"""Editing one question: saved as the teacher's, invalid edits keep what was typed and save nothing, conflicts
never overwrite, a live preview as students see it, the cited sentence, approve/reject, delete with confirmation."""

from __future__ import annotations

from quizgen.markdown_text import literal
from quizgen.storage import list_versions, load_bank, save_bank
from tests.app.student import STARTER, open_app, shown_markdown
from tests.app.teacher import click, said, teacher_app

CHOICE = STARTER.questions[0]  # multiple choice: the $240 billion question
MATCHING = next(q for q in STARTER.questions if q.type == "matching")


def editor(question=CHOICE):
    at = teacher_app("edit")
    at.selectbox(key="edit-question").set_value(question.id).run()
    return at, f"edit-starter.yaml-{question.id}"


def on_disk(home):
    return load_bank(home / "question_banks" / "starter.yaml")


def test_an_edit_is_saved_as_the_teachers_and_students_get_it(quiz_home):
    at, scope = editor()
    at.text_area(key=f"{scope}-prompt").input("What did China's customs data put 2023 trade with Russia at?").run()
    at.text_area(key=f"{scope}-choices").input("$240 billion\n$190 billion\n$120 billion\n$60 billion").run()
    at.text_input(key=f"{scope}-topics").input("trade, economy").run()
    click(at, f"{scope}-save")
    assert "Saved your changes." in said(at)
    saved = on_disk(quiz_home).questions[0]
    assert saved.prompt == "What did China's customs data put 2023 trade with Russia at?"
    assert saved.choices[-1] == "$60 billion" and saved.topics == ["trade", "economy"]
    assert (saved.origin, saved.id, saved.status) == ("teacher", CHOICE.id, "approved")
    assert on_disk(quiz_home).questions[1:] == STARTER.questions[1:]
    assert len(list_versions(quiz_home / "question_banks" / "starter.yaml")) == 2  # before and after
    assert literal(saved.prompt) in [h.value for h in at.subheader]  # the preview shows the saved question


def test_the_preview_follows_the_form_as_a_student_would_see_it(quiz_home):
    at, scope = editor()
    at.text_area(key=f"{scope}-prompt").input("Trade in 2023 was worth how much, by Chinese customs data?").run()
    assert literal("Trade in 2023 was worth how much, by Chinese customs data?") in [h.value for h in at.subheader]
    assert sorted(at.radio(key=_preview_radio(at)).options) == sorted(literal(c) for c in CHOICE.choices)
    assert "The quoted sentence is highlighted" in said(at)
    assert ":orange-background[**" in said(at)  # the cited sentence, marked in its article
    assert on_disk(quiz_home) == STARTER  # previewing saves nothing


def _preview_radio(at):
    return next(r.key for r in at.radio if r.key.startswith("answer-"))


def test_an_invalid_edit_says_what_is_wrong_beside_the_field_keeps_the_typing_and_saves_nothing(quiz_home):
    before = (quiz_home / "question_banks" / "starter.yaml").read_bytes()
    at, scope = editor()
    at.text_area(key=f"{scope}-prompt").input("A new prompt that is kept").run()
    at.text_input(key=f"{scope}-answer").input("$250 billion").run()
    click(at, f"{scope}-save")
    assert "Nothing was saved: fix what is marked beside the fields." in said(at)
    assert literal("'$250 billion' is not one of the choices") in [e.value for e in at.error]
    assert at.text_area(key=f"{scope}-prompt").value == "A new prompt that is kept"
    assert at.text_input(key=f"{scope}-answer").value == "$250 billion"
    assert (quiz_home / "question_banks" / "starter.yaml").read_bytes() == before
    at.text_input(key=f"{scope}-answer").input("$240 billion").run()
    click(at, f"{scope}-save")
    assert on_disk(quiz_home).questions[0].prompt == "A new prompt that is kept"
    assert not [e for e in at.error if "not one of the choices" in e.value]


def test_matching_pairs_can_be_edited(quiz_home):
    at, scope = editor(MATCHING)
    at.text_input(key=f"{scope}-right-0").input(MATCHING.pairs[1].right).run()
    click(at, f"{scope}-save")
    assert "appears in two pairs" in " ".join(e.value for e in at.error)
    at.text_input(key=f"{scope}-right-0").input(MATCHING.pairs[0].right + " (2024)").run()
    click(at, f"{scope}-save")
    saved = next(q for q in on_disk(quiz_home).questions if q.id == MATCHING.id)
    assert saved.pairs[0].right == MATCHING.pairs[0].right + " (2024)" and saved.origin == "teacher"


def test_approve_reject_and_back_to_draft_from_the_editor(quiz_home):
    at, scope = editor()
    click(at, f"{scope}-set-rejected")
    assert on_disk(quiz_home).questions[0].status == "rejected"
    click(at, f"{scope}-set-draft")
    assert on_disk(quiz_home).questions[0].status == "draft"
    click(at, f"{scope}-set-approved")
    assert on_disk(quiz_home).questions[0].status == "approved"


def test_approve_and_next_draft_works_through_the_drafts_in_order_and_skips_approved_ones(quiz_home):
    from quizgen.review import set_status

    first, _, third = (q.id for q in STARTER.questions[:3])
    save_bank(set_status(STARTER, [first, third], "draft"), quiz_home / "question_banks" / "starter.yaml")
    at, scope = editor(STARTER.questions[0])
    click(at, f"{scope}-approve-next")
    assert "Approved: 1 question." in said(at)
    assert at.selectbox(key="edit-question").value == third  # the approved second question is skipped
    statuses = [q.status for q in on_disk(quiz_home).questions[:3]]
    assert statuses == ["approved", "approved", "draft"]
    # the last draft has no next one to go to: Approve alone is offered
    assert not [b for b in at.button if b.key == f"edit-starter.yaml-{third}-approve-next"]
    click(at, f"edit-starter.yaml-{third}-set-approved")
    assert all(q.status == "approved" for q in on_disk(quiz_home).questions)


def test_delete_asks_first_and_cancel_keeps_the_question(quiz_home):
    at, scope = editor()
    click(at, f"{scope}-delete")
    assert "Delete this question? The bank's history keeps a copy you can restore." in said(at)
    click(at, f"{scope}-delete-no")
    assert len(on_disk(quiz_home).questions) == 5
    click(at, f"{scope}-delete")
    click(at, f"{scope}-delete-yes")
    assert "Deleted the question." in said(at)
    assert [q.id for q in on_disk(quiz_home).questions] == [q.id for q in STARTER.questions[1:]]
    assert at.selectbox(key="edit-question").value == STARTER.questions[1].id


def test_a_save_after_someone_else_changed_the_bank_is_refused_then_reapplied_after_a_reload(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    at, scope = editor()
    at.text_area(key=f"{scope}-explanation").input("My explanation.").run()
    theirs = STARTER.model_copy(update={"title": "Renamed by hand"})
    save_bank(theirs, path)  # another teacher, or a hand edit, in the meantime
    click(at, f"{scope}-save")
    assert "Nothing was saved:" in said(at) and "was changed by someone else, or by hand" in said(at)
    assert load_bank(path) == theirs
    assert at.text_area(key=f"{scope}-explanation").value == "My explanation."
    click(at, "teacher-reload-after-conflict")
    click(at, f"{scope}-save")
    assert "Saved your changes." in said(at)
    mine = load_bank(path)
    assert mine.title == "Renamed by hand" and mine.questions[0].explanation == "My explanation."


def test_students_see_the_edit_in_their_next_quiz(quiz_home):
    at, scope = editor()
    at.text_area(key=f"{scope}-prompt").input("Edited: what was 2023 trade worth?").run()
    click(at, f"{scope}-save")
    student = open_app()
    student.multiselect(key="start-types").set_value(["multiple_choice"]).run()
    student.button(key="start-button").click().run()
    assert literal("Edited: what was 2023 trade worth?") in shown_markdown(student)

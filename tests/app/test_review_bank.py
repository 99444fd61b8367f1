"""Reviewing a bank: counts per status, filters and search, flags marked, each question's key and cited sentence
in the list, approve/reject/restore, bulk approve and reject."""

from __future__ import annotations

from quizgen.classes import DATABASE_URL_VARIABLE
from quizgen.markdown_text import literal
from quizgen.review import set_approved_only, set_status
from quizgen.storage import load_bank, save_bank
from tests.app.classroom import answer_item, assignment, join, open_link
from tests.app.student import STARTER, open_app, shown_markdown
from tests.app.teacher import click, said, teacher_app


def bank_on_disk(home):
    return load_bank(home / "question_banks" / "starter.yaml")


def test_counts_per_status_and_every_question_listed(quiz_home):
    at = teacher_app("review")
    assert [(m.label, m.value) for m in at.metric] == [
        (":material/edit_note: Draft", "0"),
        (":material/check_circle: Approved", "5"),
        (":material/block: Rejected", "0"),
    ]
    assert "5 of 5 questions match." in said(at)
    assert len([b for b in at.button if b.key.startswith("review-edit-")]) == 5


def test_filters_and_search_narrow_the_list(quiz_home):
    at = teacher_app("review")
    at.multiselect(key="review-types").set_value(["numeric", "true_false"]).run()
    assert "2 of 5 questions match." in said(at)
    at.text_input(key="review-words").input("guns").run()
    assert "1 of 5 questions match." in said(at)
    assert "How many guns fired the salute" in said(at)
    at.text_input(key="review-words").input("no such words").run()
    assert "0 of 5 questions match." in said(at)


def test_flagged_questions_are_marked_in_words(quiz_home):
    flagged = STARTER.questions[1].model_copy(update={"flags": ["source_changed"]})
    save_bank(
        STARTER.model_copy(update={"questions": [STARTER.questions[0], flagged]}),
        quiz_home / "question_banks" / "starter.yaml",
    )
    at = teacher_app("review")
    assert said(at).count(":orange-badge[:material/warning: Source changed]") == 1
    at.checkbox(key="review-flagged").check().run()
    assert "1 of 2 questions match." in said(at)


def test_approve_reject_and_restore_save_at_once_and_students_see_it(quiz_home):
    first = STARTER.questions[0].id
    at = teacher_app("review")
    click(at, f"review-rejected-{first}")
    assert "Rejected: 1 question." in said(at)
    assert bank_on_disk(quiz_home).questions[0].status == "rejected"
    assert "Only 4 questions match" in shown_markdown(open_app())  # students no longer get it
    click(at, f"review-draft-{first}")
    assert bank_on_disk(quiz_home).questions[0].status == "draft"
    click(at, f"review-approved-{first}")
    assert bank_on_disk(quiz_home) == STARTER


def test_bulk_approve_approves_only_the_drafts_shown(quiz_home):
    drafts = set_status(STARTER, [q.id for q in STARTER.questions], "draft")
    save_bank(drafts, quiz_home / "question_banks" / "starter.yaml")
    at = teacher_app("review")
    at.multiselect(key="review-types").set_value(["numeric", "matching"]).run()
    click(at, "review-approve-shown")
    assert "Approved: 2 questions." in said(at)
    statuses = {q.type: q.status for q in bank_on_disk(quiz_home).questions}
    assert statuses == {
        "multiple_choice": "draft",
        "true_false": "draft",
        "fill_in_blank": "draft",
        "numeric": "approved",
        "matching": "approved",
    }


def test_bulk_reject_rejects_only_the_drafts_shown(quiz_home):
    drafts = set_status(STARTER, [q.id for q in STARTER.questions], "draft")
    save_bank(drafts, quiz_home / "question_banks" / "starter.yaml")
    at = teacher_app("review")
    at.multiselect(key="review-types").set_value(["true_false"]).run()
    click(at, "review-reject-shown")
    assert "Rejected: 1 question." in said(at)
    statuses = {q.type: q.status for q in bank_on_disk(quiz_home).questions}
    assert statuses["true_false"] == "rejected"
    assert [s for t, s in statuses.items() if t != "true_false"] == ["draft"] * 4


def test_each_row_shows_the_choices_with_the_key_marked_the_pairs_and_the_cited_sentence(quiz_home):
    at = teacher_app("review")
    text = said(at)
    choice = STARTER.questions[0]
    assert f":green[:material/check_circle: **{literal(choice.answer)}**] (the answer)" in text
    for wrong in (c for c in choice.choices if c != choice.answer):
        assert f"- {literal(wrong)}" in text
    matching = next(q for q in STARTER.questions if q.type == "matching")
    for pair in matching.pairs:
        assert f"- {literal(pair.left)} → **{literal(pair.right)}**" in text
    for question in STARTER.questions:
        for citation in question.citations:
            title = literal(STARTER.source(citation.source).title)
            assert f"> {literal(citation.quote)}\n>\n> :small[:gray[— {title}]]" in text


def test_approved_only_is_saved_and_students_then_see_only_approved_questions(quiz_home):
    serving_drafts = set_approved_only(set_status(STARTER, [STARTER.questions[0].id], "draft"), False)
    save_bank(serving_drafts, quiz_home / "question_banks" / "starter.yaml")
    at = teacher_app("review")
    assert "Students also see the 1 drafts nobody has reviewed yet." in said(at)
    at.toggle[0].set_value(True).run()
    assert "Students see the 4 approved questions; drafts wait for your review." in said(at)
    assert "Students now see only approved questions." in said(at)
    assert bank_on_disk(quiz_home).approved_only is True
    assert "Only 4 questions match" in shown_markdown(open_app())


def test_a_hand_broken_bank_shows_its_problems_and_is_left_alone(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    broken = path.read_text(encoding="utf-8").replace("answer: $240 billion", "answer: $250 billion")
    path.write_text(broken, encoding="utf-8")
    at = teacher_app("review")
    assert "This bank is not valid" in said(at)
    assert (
        "question_banks/starter.yaml:28: questions[0].answer: '$250 billion' is not one of the choices"
        in at.code[0].value
    )
    assert path.read_text(encoding="utf-8") == broken
    assert "There are no quizzes to take yet" in shown_markdown(open_app())  # students never get a broken bank


def test_hostile_text_is_shown_literally_in_the_list_and_the_editor(quiz_home):
    from quizgen.markdown_text import literal
    from tests.samples import HOSTILE_STRINGS

    prompt = " ".join(s for s in HOSTILE_STRINGS[2:6])
    question = STARTER.questions[0].model_copy(update={"prompt": prompt, "explanation": ":red[x] $1 and $2"})
    save_bank(STARTER.model_copy(update={"questions": [question]}), quiz_home / "question_banks" / "starter.yaml")
    at = teacher_app("review")
    assert literal(prompt) in [m.value for m in at.markdown]
    click(at, f"review-edit-{question.id}")
    assert literal(prompt) in [h.value for h in at.subheader]  # the student preview
    assert at.text_area(key=f"edit-starter.yaml-{question.id}-prompt").value == prompt


def test_a_bank_serves_only_approved_questions_unless_the_teacher_says_otherwise(quiz_home):
    path = quiz_home / "question_banks" / "starter.yaml"
    text = path.read_text(encoding="utf-8").replace("approved_only: true\n", "", 1)
    path.write_text(text.replace("status: approved", "status: draft", 1), encoding="utf-8")
    assert load_bank(path).approved_only is True
    assert "Only 4 questions match" in shown_markdown(open_app())
    assert teacher_app("review").toggle[0].value is True


def test_drafts_from_the_generator_show_its_score_and_sort_by_it(quiz_home):
    from quizgen.generator import generate_bank

    path = quiz_home / "question_banks" / "starter.yaml"
    generate_bank(quiz_home / "seeds", path, title="Summit")  # the starter's teacher's questions are kept
    bank = load_bank(path)
    scored = [q for q in bank.questions if q.generator_score is not None]
    assert len(scored) > 10 and all(q.status == "draft" and q.origin == "generated" for q in scored)
    assert all(q.generator_score is None for q in bank.questions if q.id in {s.id for s in STARTER.questions})
    at = teacher_app("review")
    at.selectbox(key="review-order").set_value("score-high").run()
    listed = [b.key.removeprefix("review-edit-") for b in at.button if b.key.startswith("review-edit-")]
    by_id = {q.id: q for q in bank.questions}
    scores = [by_id[i].generator_score for i in listed]
    best_first = sorted((q for q in scored), key=lambda q: -(q.generator_score or 0))[: len(listed)]
    assert scores == [q.generator_score for q in best_first]  # one page of the list, best first
    assert f"generator's score {best_first[0].generator_score:.2f}" in said(at)
    at.selectbox(key="review-order").set_value("score-low").run()
    listed = [b.key.removeprefix("review-edit-") for b in at.button if b.key.startswith("review-edit-")]
    assert by_id[listed[0]].generator_score == min(q.generator_score or 0 for q in scored)


def test_each_question_shows_its_results_in_class(quiz_home):
    made = assignment()
    ana = join(open_link(join=made.join_code), "Ana")
    answer_item(ana, 0, right=True)
    ana.button(key="class-submit").click().run()
    at = teacher_app("review")
    lines = [c.value for c in at.caption if "In class:" in c.value]
    assert len(lines) == len(STARTER.questions)
    # One student is both the upper and the lower group, so nothing tells students apart yet.
    assert lines[0] == (
        ":material/groups: In class: 1 student in 1 assignment · facility 100% · discrimination 0.00"
        " · **very easy** · **weak discrimination**"
    )
    assert lines[1].startswith(":material/groups: In class: 1 student in 1 assignment · facility 0%")


def test_no_results_line_when_no_assignment_served_it_and_no_database_is_made(quiz_home):
    at = teacher_app("review")
    assert "In class:" not in said(at)
    assert not (quiz_home / ".quizgen" / "classes.sqlite3").exists()


def test_the_page_works_without_the_class_database(quiz_home, monkeypatch):
    folder = quiz_home / "not-a-database"
    folder.mkdir()
    monkeypatch.setenv(DATABASE_URL_VARIABLE, f"sqlite:///{folder}")
    at = teacher_app("review")
    assert not at.error
    assert said(at).count("the class database did not answer") == 1
    assert len([b for b in at.button if b.key.startswith("review-edit-")]) == 5


def test_an_assignment_nobody_has_finished_is_named_without_figures(quiz_home):
    made = assignment()
    answer_item(join(open_link(join=made.join_code), "Ben"), 0, right=True)
    lines = [c.value for c in teacher_app("review").caption if "In class:" in c.value]
    assert lines == [":material/groups: In class: in 1 assignment, with no finished attempt yet"] * 5

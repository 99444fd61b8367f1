"""A registered extra type (tests/question_types/ordering.py) in the app: a student answers it, a teacher writes it."""

from __future__ import annotations

from quizgen.app.views.answer_input import widget_key
from quizgen.attempt import new_attempt
from quizgen.quiz import QuizItem
from quizgen.storage import load_bank, save_bank
from tests.app.student import STARTER, app_link, attempt_of, button, open_app_with, page_text
from tests.app.teacher import click, said, teacher_app
from tests.question_types.ordering import Ordering

MC = STARTER.questions[0]  # cites "…record bilateral trade of $240 billion between China and Russia in 2023…"
ITEMS = ["China", "Russia", "2023"]


def ordering_question() -> Ordering:
    shared = MC.model_dump(exclude={"type", "choices", "answer"})
    return Ordering(
        **{**shared, "id": "q-ordering", "prompt": "Put these in the order the sentence names them."}, items=ITEMS
    )


def test_a_student_answers_it_and_is_told_the_right_order(quiz_home, ordering_type):
    question = ordering_question()
    save_bank(STARTER.model_copy(update={"questions": [question]}), quiz_home / "question_banks" / "starter.yaml")
    attempt = new_attempt([QuizItem("starter.yaml", question)], seed=9, mode="practice", started=0)
    at = open_app_with(app_link(attempt))
    assert f"Put in order · {MC.difficulty}" in page_text(at)
    box = at.multiselect(key=widget_key(attempt_of(at), 0))
    assert sorted(box.options) == sorted(ITEMS)
    box.set_value(ITEMS).run()
    assert attempt_of(at).responses[0] == ITEMS
    button(at, "Check my answer").click().run()
    assert not at.exception, at.exception
    text = page_text(at)
    assert "Right!" in text and "The right order: China → Russia → 2023" in text


def test_a_wrong_order_is_marked_wrong(quiz_home, ordering_type):
    question = ordering_question()
    save_bank(STARTER.model_copy(update={"questions": [question]}), quiz_home / "question_banks" / "starter.yaml")
    attempt = new_attempt([QuizItem("starter.yaml", question)], seed=9, mode="practice", started=0)
    at = open_app_with(app_link(attempt.answer(0, ["Russia", "China", "2023"])))
    button(at, "Check my answer").click().run()
    assert "Not quite." in page_text(at)


def test_a_teacher_writes_one_with_the_types_own_fields(quiz_home, ordering_type):
    at = teacher_app("write")
    at.selectbox(key="write-type").set_value("ordering").run()
    scope = "write-starter.yaml-ordering"
    assert at.text_area(key=f"{scope}-prompt").help == "Say what the order is of (earliest first, say)."
    at.text_area(key=f"{scope}-prompt").input("Put these in the order the sentence names them.").run()
    at.text_area(key=f"{scope}-items").input("Only one").run()
    click(at, f"{scope}-add")
    assert "at least 2 items" in said(at)  # the model's rule, shown beside the type's own field
    at.text_area(key=f"{scope}-items").input("Putin\nXi").run()
    click(at, f"{scope}-add")
    assert "Added the question as a draft." in said(at)
    added = load_bank(quiz_home / "question_banks" / "starter.yaml").questions[-1]
    assert isinstance(added, Ordering) and added.items == ["Putin", "Xi"] and added.origin == "teacher"

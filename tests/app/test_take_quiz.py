"""The student's journey through AppTest: start, answer right and wrong, feedback with sources, results, retry."""

from __future__ import annotations

import pytest

from quizgen.attempt import new_attempt
from quizgen.quiz import QuizItem
from quizgen.storage import save_bank
from tests.app.student import (
    STARTER,
    answer,
    app_link,
    attempt_of,
    button,
    current_question,
    open_app,
    open_app_with,
    page_text,
    shown_markdown,
    start_quiz,
)


def test_start_page_offers_the_banks_and_a_default_of_ten_questions(quiz_home):
    at = open_app()
    assert at.title[0].value.endswith("Take a quiz")
    assert at.multiselect(key="start-banks").value == ["starter.yaml"]
    assert at.number_input(key="start-count").value == 10
    assert at.radio(key="start-mode").value == "practice"
    assert "Only 5 questions match, so the quiz will have 5." in shown_markdown(at)


def test_an_empty_selection_explains_itself(quiz_home):
    at = open_app()
    at.multiselect(key="start-topics").set_value(["trade"])
    at.multiselect(key="start-difficulty").set_value(["hard"]).run()
    assert "No questions match: widen the topics, question types or difficulty." in shown_markdown(at)
    assert at.button(key="start-button").disabled
    at.multiselect(key="start-banks").set_value([]).run()
    assert "Choose at least one quiz" in shown_markdown(at)


def test_filters_choose_which_questions_are_drawn(quiz_home):
    at = open_app()
    at.multiselect(key="start-types").set_value(["numeric", "true_false"]).run()
    start_quiz(at)
    assert {q.type for q in (item_question(at, i) for i in range(2))} == {"numeric", "true_false"}
    assert len(attempt_of(at).items) == 2


def item_question(at, index):
    _, question_id = attempt_of(at).items[index]
    return next(q for q in STARTER.questions if q.id == question_id)


def test_practice_journey_right_and_wrong_feedback_results_and_retry(quiz_home):
    at = open_app()
    start_quiz(at, name="Ana")
    total = len(STARTER.questions)
    wrong_ids = set()
    for index in range(total):
        question = current_question(at)
        assert f"Question {index + 1} of {total}" == at.get("progress")[0].proto.text
        assert all(r.value is None for r in at.radio), "no option may be preselected"
        right = index % 2 == 0
        if not right:
            wrong_ids.add(question.id)
        answer(at, index, question, right=right)
        button(at, "Check my answer").click().run()
        page = shown_markdown(at)
        assert ("**Right!**" in page) is right and ("**Not quite.**" in page) is not right
        assert f"“{question.citations[0].quote}”" in page_text(at), "the quoted sentence is shown"
        assert "The New York Times" in page
        button(at, "See my results" if index == total - 1 else "Next question").click().run()
        assert not at.exception

    assert at.title[0].value.endswith("Your results, Ana")
    score = at.metric[0]
    assert score.label == "Score" and score.value == f"3 / {total}"
    assert [e.label.startswith("**Wrong**") for e in at.expander].count(True) == 2
    assert "$240 billion" in "".join(m.value for m in at.markdown).replace("\\", "")

    button(at, "Retry the 2 I missed").click().run()
    retry = attempt_of(at)
    assert {question_id for _, question_id in retry.items} == wrong_ids
    assert current_question(at).id in wrong_ids
    assert retry.name == "Ana" and retry.responses == [None, None]


def test_test_mode_shows_every_question_and_feedback_at_the_end(quiz_home):
    at = open_app()
    start_quiz(at, mode="test")
    attempt = attempt_of(at)
    assert len(at.subheader) == len(attempt.items)
    assert not at.success and not at.error, "no feedback before the end"
    for index in range(len(attempt.items)):
        answer(at, index, item_question(at, index), right=True)
    at.run()
    assert at.get("progress")[0].proto.text == "5 of 5 answered"
    button(at, "Finish and see my results").click().run()
    assert at.metric[0].value == "5 / 5"
    assert "You got every question right" in shown_markdown(at)
    assert all(e.label.startswith("**Right**") for e in at.expander)
    assert not [b for b in at.button if b.label.startswith("Retry")]


def test_unanswered_questions_count_as_wrong_and_can_be_retried(quiz_home):
    at = open_app()
    start_quiz(at, mode="test", count=3)
    button(at, "Finish and see my results").click().run()
    assert at.metric[0].value == "0 / 3"
    assert all(e.label.startswith("**Not answered**") for e in at.expander)
    button(at, "Retry the 3 I missed").click().run()
    assert len(attempt_of(at).items) == 3


def test_new_quiz_returns_to_the_start(quiz_home):
    at = open_app()
    start_quiz(at, mode="test", count=1)
    button(at, "Finish and see my results").click().run()
    button(at, "New quiz").click().run()
    assert at.title[0].value.endswith("Take a quiz")
    assert "attempt" not in at.query_params


def test_a_refresh_keeps_the_answers_so_far(quiz_home):
    at = open_app()
    start_quiz(at, mode="test")
    first = item_question(at, 0)
    answer(at, 0, first, right=True)
    at.run()
    token = at.query_params["attempt"]
    token = token[0] if isinstance(token, list) else token

    refreshed = open_app_with(token)
    attempt = attempt_of(refreshed)
    assert attempt.responses[0] is not None
    assert attempt.items == attempt_of(at).items
    button(refreshed, "Finish and see my results").click().run()
    assert refreshed.metric[0].value == "1 / 5"


def test_a_refreshed_practice_question_shows_the_saved_answer_in_its_widget(quiz_home):
    items = [QuizItem("starter.yaml", q) for q in STARTER.questions]
    attempt = new_attempt(items, seed=5, mode="practice", started=0).answer(0, "$190 billion")
    at = open_app_with(app_link(attempt))
    assert at.radio[0].value == "$190 billion"
    button(at, "Check my answer").click().run()
    assert "**Not quite.**" in shown_markdown(at)


GONE = new_attempt([QuizItem("gone.yaml", STARTER.questions[0])], seed=1, mode="test", started=0)


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (
            "garbage",
            "That quiz link could not be opened (the quiz link was changed or was not made by this app), "
            "so here is a new quiz.",
        ),
        (GONE, "its questions changed (one of its questions is no longer served from gone.yaml)"),
    ],
    ids=["damaged", "outdated"],
)
def test_a_broken_or_outdated_quiz_link_starts_afresh_with_a_note(quiz_home, token, message):
    at = open_app_with(token if isinstance(token, str) else app_link(token))
    assert at.title[0].value.endswith("Take a quiz")
    assert message in page_text(at)
    assert "attempt" not in at.query_params


@pytest.mark.parametrize(
    ("change", "status"),
    [({"approved_only": False}, "rejected"), ({"approved_only": True}, "draft")],
    ids=["rejected", "draft-of-an-approved-only-bank"],
)
def test_a_link_never_serves_a_question_students_may_not_see(quiz_home, change, status):
    bank_path = quiz_home / "question_banks" / "starter.yaml"
    hidden = STARTER.questions[0].model_copy(update={"status": status})
    others = [q.model_copy(update={"status": "approved"}) for q in STARTER.questions[1:]]
    save_bank(STARTER.model_copy(update={**change, "questions": [hidden, *others]}), bank_path)
    crafted = new_attempt([QuizItem("starter.yaml", hidden)], seed=1, mode="practice", started=0)

    at = open_app_with(app_link(crafted))
    assert "its questions changed (one of its questions is no longer served from starter.yaml)" in page_text(at)
    assert hidden.prompt not in page_text(at)
    assert "attempt" not in at.query_params


def test_a_numeric_question_names_its_unit_only_when_the_prompt_does_not(quiz_home):
    from quizgen.app.question_types.numeric import _unit_unsaid

    guns = next(q for q in STARTER.questions if q.type == "numeric")
    assert guns.unit == "guns" and "How many guns" in guns.prompt
    at = open_app()
    at.multiselect(key="start-types").set_value(["numeric"]).run()
    start_quiz(at)
    assert current_question(at).id == guns.id
    assert not [c.value for c in at.caption if c.value.startswith("Give the answer in")]
    value = guns.model_copy(
        update={"prompt": "What was the value of bilateral trade in 2023?", "unit": "billion US dollars"}
    )
    assert _unit_unsaid(value)
    assert not _unit_unsaid(value.model_copy(update={"prompt": "Trade was worth _____ billion US dollars."}))

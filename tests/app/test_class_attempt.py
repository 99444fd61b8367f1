"""A student joins a class assignment by its code or link, answers (each answer stored at once), resumes
after a reload, and submits for good; a wrong code or a closed assignment says so in one line."""

from __future__ import annotations

import datetime as dt

from quizgen.classes import AttemptView, attempt_view, close_assignment
from quizgen.classes.database import utc_now
from tests.app.classroom import answer_item, assignment, attempt_id, errors, join, open_link, store
from tests.app.student import open_app, shown_markdown


def view_of(at) -> AttemptView:
    return attempt_view(store(), attempt_id(at))


def test_joining_by_code_on_the_start_page_starts_an_attempt_in_the_address(quiz_home):
    made = assignment("Trade week 3")
    at = join(open_app(), "Ana", code=made.join_code.lower())
    view = view_of(at)
    assert view.attempt.display_name == "Ana" and view.attempt.status == "in_progress"
    assert "attempt" not in at.query_params  # practice's signed token is not used
    assert at.title[0].value.endswith("Trade week 3")
    assert len(view.items) == 5


def test_answers_are_stored_as_given_and_a_reload_resumes_them(quiz_home):
    made = assignment()
    at = join(open_link(join=made.join_code), "Ben")
    answer_item(at, 0, right=True)
    answer_item(at, 1, right=False)
    view = view_of(at)
    assert [item.answered for item in view.items] == [True, True, False, False, False]
    assert "Saved" in shown_markdown(at)

    reloaded = open_link(class_attempt=view.attempt.id)  # a new session: a refresh, or another device
    assert reloaded.title[0].value.endswith("Monday quiz")
    first = view.items[0]
    assert reloaded.radio[0].value == first.response
    answer_item(reloaded, 2, right=True)
    assert sum(item.answered for item in view_of(reloaded).items) == 3


def test_a_submitted_attempt_is_final(quiz_home):
    made = assignment(show_answers="after_submitting")
    at = join(open_link(join=made.join_code), "Cleo")
    answer_item(at, 0, right=True)
    at.button(key="class-submit").click().run()
    assert not at.exception
    view = view_of(at)
    assert view.attempt.status == "submitted"
    assert "Your answers are submitted." in shown_markdown(at)
    assert at.metric[0].value == "1 / 5"
    reloaded = open_link(class_attempt=view.attempt.id)
    assert "Your answers are submitted." in shown_markdown(reloaded)
    assert not [b for b in reloaded.button if b.key == "class-submit"]
    assert not reloaded.radio or all(r.disabled for r in reloaded.radio)


def test_a_test_that_hides_answers_shows_no_score_after_submitting(quiz_home):
    made = assignment(show_answers="never")
    at = join(open_link(join=made.join_code), "Dev")
    at.button(key="class-submit").click().run()
    assert "Your teacher will show you the results." in shown_markdown(at)
    assert not at.metric


def test_a_practice_shows_each_answer_right_away_and_locks_it(quiz_home):
    made = assignment(mode="practice", show_answers="right_away")
    at = join(open_link(join=made.join_code), "Eli")
    answer_item(at, 0, right=True)
    assert "**Right!**" in shown_markdown(at)
    assert at.radio[0].disabled


def test_a_wrong_code_says_so_in_one_line(quiz_home):
    at = open_link(join="ZZZZZZ")
    assert errors(at) == ["No assignment has this join code; check the code on the board and type it again."]
    join(at, "Fay", code="QQQQQQ")
    assert "No assignment has this join code" in errors(at)[-1]
    assert "class_attempt" not in at.query_params


def test_a_closed_assignment_says_so_in_one_line(quiz_home):
    made = assignment()
    close_assignment(store(), made.id)
    at = open_link(join=made.join_code)
    assert errors(at) == ["This assignment is closed; ask your teacher to reopen it or extend its closing time."]
    join(at, "Gus")
    assert "class_attempt" not in at.query_params
    assert errors(at)[-1].startswith("This assignment is closed")


def test_an_unknown_attempt_id_offers_the_join_form(quiz_home):
    at = open_link(class_attempt="not-an-attempt")
    assert errors(at) == ["This attempt cannot be found; open the assignment again with its join code."]
    assert at.text_input(key="join-code")


def test_a_time_limit_shows_a_timer(quiz_home):
    made = assignment(time_limit_minutes=10)
    at = join(open_link(join=made.join_code), "Hal")
    assert any(
        box.value.startswith("**Time left:** 9 min") or box.value.startswith("**Time left:** 10 min") for box in at.info
    )


def test_at_the_time_limit_the_attempt_is_submitted_with_what_was_answered(quiz_home):
    made = assignment(time_limit_minutes=10)
    at = join(open_link(join=made.join_code), "Ida")
    answer_item(at, 0, right=True)
    shared = store()  # the app's own store: its clock is what "now" is for the pages
    later = shared.now() + dt.timedelta(minutes=11)
    shared.clock = lambda: later
    try:
        at.run()
        assert "Time ran out, so your answers were submitted as they were." in shown_markdown(at)
        view = view_of(at)
        assert view.attempt.status == "timed_out" and view.items[0].answered
    finally:
        shared.clock = utc_now


def test_a_second_attempt_when_the_assignment_allows_it(quiz_home):
    made = assignment(attempts_allowed=2)
    at = join(open_link(join=made.join_code), "Jo")
    first = attempt_id(at)
    at.button(key="class-submit").click().run()
    at.button(key="class-again").click().run()
    assert not at.exception, at.exception
    second = view_of(at)
    assert second.attempt.id != first and second.attempt.number == 2 and second.attempt.status == "in_progress"
    at.button(key="class-submit").click().run()
    assert not [b for b in at.button if b.key == "class-again"]  # both attempts used

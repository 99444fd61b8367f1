# ruff: noqa: F811 (pytest fixtures imported from other modules are named as parameters)
"""A curious student and a careless teacher, talking to the real app server over its own websocket: forged
widget values, names and addresses no browser would send, answers after the end, two tabs on one attempt,
and teacher actions from a session that is not logged in. Each test reads back the real class database."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
from sqlalchemy import update

from quizgen.classes import (
    Assignment,
    AssignmentSettings,
    assignment_results,
    attempt_view,
    close_assignment,
    create_assignment,
    delete_assignment,
    get_assignment,
)
from quizgen.classes.tables import AnswerRow, AttemptRow
from quizgen.grading import answer_text
from quizgen.markdown_text import literal
from tests.app.stream_client import Page, StreamClient, number, text, trigger
from tests.app.student import STARTER
from tests.app.teacher_browser import printed_token
from tests.app.test_browser import app_url, quiz_home  # noqa: F401 (fixtures)
from tests.app.test_class_browser import store  # noqa: F401 (fixture)

FILL_IN = 2  # the starter bank's fill-in-the-blank question
GENERIC_ERROR = "This app has encountered an error"


@pytest.fixture
def tab(app_url):  # noqa: F811 (fixtures)
    """A session of its own on the app's websocket; `tab()` opens another."""
    opened: list[StreamClient] = []

    def new() -> StreamClient:
        opened.append(StreamClient(app_url))
        return opened[-1]

    yield new
    for client in opened:
        client.close()


def _assignment(store, title: str = "Monday quiz", **settings) -> Assignment:
    return create_assignment(store, STARTER.questions, AssignmentSettings(title=title, **settings))


def _join(client: StreamClient, assignment: Assignment, name: str) -> Page:
    page = client.open(f"join={assignment.join_code}")
    return client.rerun(
        text(page.widget("join-code"), assignment.join_code),
        text(page.widget("join-name"), name),
        trigger(page.widget("FormSubmitter:join-form-Join")),
    )


def _attempt_id(page: Page) -> str:
    assert page.query_string.startswith("class_attempt="), page.query_string
    return page.query_string.split("=", 1)[1]


def _answer_widget(page: Page, position: int) -> str:
    return page.widget(page.keys("answer-")[position])


def _stored(store, attempt_id: str) -> list[object]:
    return [item.response for item in attempt_view(store, attempt_id).items]


def test_a_forged_answer_is_refused_on_the_page_and_nothing_is_stored(store, tab):
    page = _join(tab(), made := _assignment(store), "Ana")
    attempt = _attempt_id(page)
    choice, typed = _answer_widget(page, 0), _answer_widget(page, FILL_IN)
    for forged, refusal in [
        (text(choice, "A choice the question does not offer"), "does not fit this question"),
        (text(typed, "Carnegie\x1b[31m\x00"), "control or invisible character"),
        (text(typed, "Carnegie\u202eretneC"), "control or invisible character"),
    ]:
        client = tab()
        client.open(page.query_string)
        shown = client.rerun(forged)
        assert not shown.exceptions
        assert "was not saved" in shown.text and refusal in shown.text
    assert _stored(store, attempt) == [None] * len(STARTER.questions)
    # Past the box's limit, the server cuts the text to it (as a browser does); a student gets no further.
    client = tab()
    client.open(page.query_string)
    shown = client.rerun(text(typed, "x" * 100_000))
    assert "was not saved" not in shown.text and "Saved" in shown.text
    assert _stored(store, attempt)[FILL_IN] == "x" * 300
    assert assignment_results(store, made.id)[0].answered == 1


def test_a_value_of_the_wrong_kind_shows_a_plain_error_and_the_session_recovers(store, tab):
    client = tab()
    attempt = _attempt_id(page := _join(client, _assignment(store), "Ana"))
    choice = _answer_widget(page, 0)
    shown = client.rerun(number(choice, 99))  # a radio sends text; Streamlit itself fails on a number
    assert shown.exceptions and all(GENERIC_ERROR in e for e in shown.exceptions)
    assert "Traceback" not in shown.text and ".py" not in "".join(shown.exceptions)
    assert _stored(store, attempt) == [None] * len(STARTER.questions)
    # The browser sends every widget's value again with the next click; the page draws as before.
    right = answer_text(STARTER.questions[0])
    shown = client.rerun(text(choice, _formatted(right)))
    assert not shown.exceptions and "Saved" in shown.text
    assert _stored(store, attempt)[0] == right


def _formatted(option: str) -> str:
    """An option as the radio sends it: the text it shows, which is the option escaped as Markdown."""
    return literal(option)


@pytest.mark.parametrize("name", ["", "     ", "Ana\x00", "Ana\u202e", "\t\n"])
def test_a_blank_or_unprintable_name_is_refused_in_one_line(store, tab, name):
    made = _assignment(store, f"Names {len(name)}")
    shown = _join(tab(), made, name)
    assert shown.query_string.startswith("join=")
    assert "Type your name as the teacher will see it" in shown.text
    assert not shown.exceptions
    assert assignment_results(store, made.id) == []


def test_a_name_past_the_box_s_limit_or_holding_markup_is_kept_short_and_shown_as_typed(store, tab):
    made = _assignment(store)
    long = _join(tab(), made, "x" * 10_000)
    markup = _join(tab(), made, "<b>Bob</b> **bold** [link](http://example.com)")
    assert not long.exceptions and not markup.exceptions
    names = sorted(r.attempt.display_name for r in assignment_results(store, made.id))
    assert names == sorted(["x" * 60, "<b>Bob</b> **bold** [link](http://example.com)"])
    caption = next(t for t in markup.texts if t.startswith("Answering as"))
    assert r"\<b\>Bob\<\/b\> \*\*bold\*\* \[link\]" in caption  # escaped: drawn as the characters typed


def test_an_answer_after_submitting_or_after_the_time_limit_is_refused(store, tab):
    client = tab()
    attempt = _attempt_id(page := _join(client, _assignment(store), "Ana"))
    typed = _answer_widget(page, FILL_IN)
    client.rerun(text(typed, "first"))
    client.rerun(trigger(page.widget("class-submit")))
    shown = client.rerun(text(typed, "changed after submitting"))  # the widget's callback outlives the widget
    assert "already submitted" in shown.text and "Your answers are submitted." in shown.text
    assert _stored(store, attempt)[FILL_IN] == "first"

    timed = tab()
    attempt = _attempt_id(page := _join(timed, _assignment(store, time_limit_minutes=5), "Ben"))
    with store.session() as session:  # five minutes pass
        session.execute(
            update(AttemptRow).where(AttemptRow.id == attempt).values(deadline=store.now() - dt.timedelta(seconds=1))
        )
    shown = timed.rerun(text(_answer_widget(page, FILL_IN), "too late"))
    assert "was not saved" in shown.text and "Time ran out" in shown.text
    assert attempt_view(store, attempt).attempt.status == "timed_out"
    assert _stored(store, attempt)[FILL_IN] is None


def test_two_tabs_on_one_attempt_store_one_answer_and_submit_once(store, tab):
    first = tab()
    attempt = _attempt_id(page := _join(first, made := _assignment(store), "Ana"))
    second = tab()
    other = second.open(page.query_string)
    typed = page.keys("answer-")[FILL_IN]
    both = [
        threading.Thread(target=first.rerun, args=(text(page.widget(typed), "one"),)),
        threading.Thread(target=second.rerun, args=(text(other.widget(typed), "two"),)),
    ]
    for thread in both:
        thread.start()
    for thread in both:
        thread.join()
    with store.session() as session:
        rows = session.query(AnswerRow).filter(AnswerRow.attempt_id == attempt).all()
        assert len(rows) == 1 and json.loads(rows[0].response) in ("one", "two")
    submits = [
        threading.Thread(target=client.rerun, args=(trigger(shown.widget("class-submit")),))
        for client, shown in ((first, page), (second, other))
    ]
    for thread in submits:
        thread.start()
    for thread in submits:
        thread.join()
    finished = attempt_view(store, attempt).attempt
    assert finished.status == "submitted"
    later = first.rerun(trigger(page.widget("class-submit")))  # pressed once more, a moment later
    assert "Your answers are submitted." in later.text
    assert [r.attempt.finished_at for r in assignment_results(store, made.id)] == [finished.finished_at]


def test_in_practice_a_second_tab_cannot_change_an_answer_whose_feedback_was_shown(store, tab):
    first = tab()
    practice = _assignment(store, mode="practice", show_answers="right_away")
    attempt = _attempt_id(page := _join(first, practice, "Ana"))
    second = tab()
    stale = second.open(page.query_string)  # drawn before the answer: its box is still open
    typed = page.keys("answer-")[FILL_IN]
    guess = "<img src=x onerror=alert(1)> **a wrong guess**"
    shown = first.rerun(text(page.widget(typed), guess))
    assert "The right answer" in shown.text
    assert f"**Your answer:** {literal(guess)}" in shown.texts  # drawn as the characters typed
    shown = second.rerun(text(stale.widget(typed), "Carnegie Russia Eurasia Center"))
    assert "already answered and its feedback shown" in shown.text
    assert _stored(store, attempt)[FILL_IN] == guess


def test_a_closed_or_deleted_assignment_and_a_guessed_attempt_say_so_in_one_line(store, tab):
    closed = _assignment(store, "Closed quiz")
    close_assignment(store, closed.id)
    client = tab()
    shown = client.open(f"join={closed.join_code}")
    assert "This assignment is closed" in shown.text
    shown = _join(client, closed, "Ana")
    assert shown.query_string.startswith("join=") and "This assignment is closed" in shown.text

    client = tab()
    page = _join(client, gone := _assignment(store, "Deleted quiz"), "Ben")
    delete_assignment(store, gone.id)
    shown = client.rerun(text(_answer_widget(page, FILL_IN), "anything"))
    assert "This attempt cannot be found" in shown.text
    assert "class_attempt" not in shown.query_string
    shown = client.open(f"join={gone.join_code}")
    assert "No assignment has this join code" in shown.text

    for guess in [_attempt_id(page)[:-1] + "A", "1", "' OR 1=1 --", "A" * 10_000]:
        shown = tab().open(f"class_attempt={guess}")
        assert "This attempt cannot be found" in shown.text and not shown.exceptions


def test_an_unanswered_test_page_carries_no_key_explanation_or_source(store, tab):
    page = _join(tab(), _assignment(store, "Sealed"), "Ana")
    sent = page.raw.decode("utf-8", errors="replace")
    for question in STARTER.questions:
        if question.type in ("fill_in_blank", "numeric", "matching"):
            assert answer_text(question) not in sent
        assert question.explanation[:40] not in sent
        assert all(citation.quote[:40] not in sent for citation in question.citations)


def _log_in(client: StreamClient, quiz_home, page: str) -> Page:  # noqa: F811 (fixture name)
    shown = client.open(page=page)
    return client.rerun(
        text(shown.widget("login-secret"), printed_token(quiz_home)),
        trigger(shown.widget("FormSubmitter:teacher-login-form-Log in")),
        page=page,
    )


def test_teacher_pages_and_actions_do_nothing_for_a_session_that_is_not_logged_in(store, tab, quiz_home):  # noqa: F811
    made = _assignment(store, "Teacher's own")
    for name in ("assignments", "results"):
        shown = tab().open(page=name)
        assert "Teacher login" in shown.text and made.join_code not in shown.text
    teacher = tab()
    _log_in(teacher, quiz_home, "assignments")
    buttons = teacher.rerun(page="assignments")
    close = buttons.widget(f"assignment-close-{made.id}")
    delete = buttons.widget(f"assignment-delete-{made.id}")
    # A student who learnt the buttons' ids (they are the same in every session) presses them.
    student = tab()
    student.open(page="assignments")
    for pressed in (close, delete):
        shown = student.rerun(trigger(pressed), page="assignments")
        assert "Teacher login" in shown.text
    # So does the teacher's own tab after logging out.
    teacher.rerun(trigger(buttons.widget("teacher-log-out")), page="assignments")
    teacher.rerun(trigger(close), page="assignments")
    assert not get_assignment(store, made.id).closed
    # The same press from a logged-in teacher does close it: the ids were the real buttons'.
    _log_in(teacher, quiz_home, "assignments")
    teacher.rerun(page="assignments")
    teacher.rerun(trigger(close), page="assignments")
    assert get_assignment(store, made.id).closed


def test_a_control_character_stored_in_an_answer_leaves_the_results_page_whole(store, tab, quiz_home):  # noqa: F811
    made = _assignment(store, "Stored before the check")
    attempt = _attempt_id(_join(tab(), made, "Ana"))
    with store.session() as session:  # as an older quizgen stored it, before answers were checked for this
        session.execute(update(AttemptRow).where(AttemptRow.id == attempt).values(finished_at=store.now()))
        session.add(
            AnswerRow(
                attempt_id=attempt,
                question_row_id=_question_row(session, attempt, FILL_IN),
                response=json.dumps("Carnegie\x1b[31m"),
                correct=False,
                answered_at=store.now(),
                seconds=1.0,
            )
        )
    teacher = tab()
    _log_in(teacher, quiz_home, "results")
    assignments = teacher.rerun(page="results")
    shown = teacher.rerun(text(assignments.widget("gradebook-assignment"), _choice(made)), page="results")
    assert not shown.exceptions, shown.exceptions
    assert "Excel workbook" in shown.text and "Questions" in shown.text


def _question_row(session, attempt_id: str, position: int) -> int:
    row = session.get(AttemptRow, attempt_id)
    return next(item.question_row_id for item in row.items if item.position == position)


def _choice(assignment: Assignment) -> str:
    """The assignment as the Results page's select box sends it: the text the box shows."""
    return f"{assignment.settings.title} ({assignment.join_code})"


def test_join_or_start_another_pressed_twice_starts_one_attempt(store, tab):
    # The second press arrives after the first one's page was drawn: a double click, or a click resent.
    made = _assignment(store, "Three tries", attempts_allowed=3)
    client = tab()
    page = client.open(f"join={made.join_code}")
    join = page.widget("FormSubmitter:join-form-Join")
    first = client.rerun(
        text(page.widget("join-code"), made.join_code), text(page.widget("join-name"), "Dee"), trigger(join)
    )
    again = client.rerun(trigger(join))
    assert again.query_string == first.query_string
    assert [r.attempt.number for r in assignment_results(store, made.id)] == [1]

    done = client.rerun(trigger(first.widget("class-submit")))
    second = client.rerun(trigger(done.widget("class-again")))
    repeated = client.rerun(trigger(done.widget("class-again")))
    assert repeated.query_string == second.query_string != first.query_string
    attempts = [(r.attempt.number, r.attempt.status) for r in assignment_results(store, made.id)]
    assert attempts == [(1, "submitted"), (2, "in_progress")]

    # Opening the link again in this tab and joining under the same name goes back to it too.
    back = _join(client, made, "dee")
    assert back.query_string == second.query_string
    assert len(assignment_results(store, made.id)) == 2

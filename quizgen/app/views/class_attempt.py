"""A student's attempt at a class assignment, kept on the server: every question on one page, each answer
stored as it is given, a timer when there is a limit, and a final submit."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import streamlit as st

from ...attempt import Attempt
from ...classes import (
    AttemptItem,
    AttemptView,
    answer_question,
    attempt_view,
    get_assignment,
    submit_attempt,
)
from ...errors import ClassStoreError
from ...grading import grade, is_answered
from ...markdown_text import literal
from ...models import Bank, Question
from ...question_types import widgets_of
from ..class_store import STORE_ERRORS, class_store, sentence
from ..shelf import Shelf
from .answer_input import answer_input
from .class_join import CLASS_ATTEMPT, begin_attempt, join_form, leave_attempt
from .feedback import feedback, verdict
from .questions import question_heading

__all__ = ["class_attempt", "item_attempt"]

_MESSAGE = "class-attempt-message"


def class_attempt(attempt_id: str, shelf: Shelf, root: Path) -> None:
    """The attempt with this id as its student has it now: answering, or submitted."""
    store = class_store()
    try:
        view = attempt_view(store, attempt_id)
        assignment = get_assignment(store, view.attempt.assignment_id)
    except ClassStoreError as error:
        st.title(":material/group: Join an assignment", anchor=False)
        st.error(sentence(error), icon=":material/error:")
        st.query_params.pop(CLASS_ATTEMPT, None)
        join_form()
        return
    st.title(f":material/assignment: {literal(assignment.settings.title)}", anchor=False)
    st.caption(f"Answering as **{literal(view.attempt.display_name)}**")
    message = st.session_state.pop(_MESSAGE, None)
    if message:
        st.error(message, icon=":material/error:")
    sources = _sources(shelf)
    if view.attempt.status != "in_progress":
        _finished(view, sources, root)
        if view.attempt.number < assignment.settings.attempts_allowed and assignment.is_open(store.now()):
            st.button(
                "Start another attempt",
                key="class-again",
                icon=":material/replay:",
                on_click=_start_again,
                args=(assignment.id, view.attempt.display_name),
            )
        st.button("Done", key="class-done", icon=":material/home:", on_click=leave_attempt)
        return
    if view.attempt.deadline is not None:
        _timer(view.attempt.deadline)
    for item in view.items:
        with st.container(border=True):
            _question(attempt_id, item, sources, root)
    _submit_button(view)


def item_attempt(attempt_id: str, item: AttemptItem) -> Attempt:
    """The one-question attempt the answer widgets of `item` are drawn from (their keys and shuffle come
    from its seed, made from the attempt id and the position)."""
    digest = hashlib.sha256(f"{attempt_id}:{item.position}".encode()).digest()
    return Attempt(
        banks=["assignment"],
        items=[(0, item.question.id)],
        seed=int.from_bytes(digest[:4], "big") >> 1,
        mode="test",
        responses=[item.response],
        checked=[item.correct is not None],
        started=0,
    )


def _question(attempt_id: str, item: AttemptItem, sources: Bank, root: Path) -> None:
    widgets = item_attempt(attempt_id, item)
    st.markdown(f"**Question {item.position + 1}**")
    locked = item.correct is not None  # its answer was shown, so it cannot change
    question_heading(item.question)
    save = (_store_answer, (attempt_id, item.position, widgets, item.question))
    answer_input(item.question, 0, widgets, locked=locked, save=save)
    if locked:
        feedback(item.question, item.response, sources, root, f"class-{widgets.seed}")
    elif item.answered:
        st.caption(":material/cloud_done: Saved")


def _store_answer(attempt_id: str, position: int, widgets: Attempt, question: Question) -> None:
    response = widgets_of(question).read(question, widgets, 0)
    if not is_answered(question, response):
        return  # a matching with items left to match, or a blanked box: nothing to store yet
    try:
        answer_question(class_store(), attempt_id, position, response)
    except STORE_ERRORS as error:
        st.session_state[_MESSAGE] = f"Your answer to question {position + 1} was not saved. {sentence(error)}"


def _submit_button(view: AttemptView) -> None:
    missing = sum(not item.answered for item in view.items)
    if missing:
        st.caption(
            f"{missing} question{'s are' if missing > 1 else ' is'} not answered yet; unanswered questions count as wrong."
        )
    st.caption("Submitting is final: your answers cannot change after it.")
    st.button(
        "Submit my answers",
        type="primary",
        key="class-submit",
        icon=":material/send:",
        on_click=_submit,
        args=(view.attempt.id,),
    )


def _submit(attempt_id: str) -> None:
    try:
        submit_attempt(class_store(), attempt_id)
    except STORE_ERRORS as error:
        st.session_state[_MESSAGE] = sentence(error)


@st.fragment(run_every=dt.timedelta(seconds=5))
def _timer(deadline: dt.datetime) -> None:
    left = (deadline - class_store().now()).total_seconds()
    if left <= 0:
        st.rerun(scope="app")  # the attempt is submitted at its deadline; the page shows it so
    minutes, seconds = divmod(int(left), 60)
    st.info(f"**Time left:** {minutes} min {seconds:02d} s", icon=":material/timer:")


def _finished(view: AttemptView, sources: Bank, root: Path) -> None:
    if view.attempt.status == "timed_out":
        st.warning("Time ran out, so your answers were submitted as they were.", icon=":material/timer_off:")
    else:
        st.success("Your answers are submitted.", icon=":material/check_circle:")
    if not view.answers_shown:
        st.markdown("Your teacher will show you the results.")
    else:
        right = sum(bool(item.correct) for item in view.items)
        st.metric("Score", f"{right} / {len(view.items)}")
        for item in view.items:
            icon, word = verdict(grade(item.question, item.response))
            with st.expander(f"**{word}** · {item.position + 1}. {literal(item.question.prompt)}", icon=icon):
                feedback(item.question, item.response, sources, root, f"class-review-{item.position}")


def _start_again(assignment_id: int, display_name: str) -> None:
    try:
        attempt_id = begin_attempt(assignment_id, display_name)
    except STORE_ERRORS as error:
        st.session_state[_MESSAGE] = sentence(error)
        return
    st.query_params[CLASS_ATTEMPT] = attempt_id


def _sources(shelf: Shelf) -> Bank:
    """Every article the banks cite, so feedback can show each answer's sources (an assignment keeps its
    questions but not the banks they came from)."""
    found = {source.id: source for shelved in shelf.banks.values() for source in shelved.bank.sources}
    return Bank(title="Sources", sources=list(found.values()))

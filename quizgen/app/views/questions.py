"""Answering: one question at a time with feedback (practice), or every question on one page (test)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from ...attempt import Attempt
from ...grading import is_answered
from ...markdown_text import literal
from ...models import Question
from ...question_types import widgets_of
from ...quiz import QUESTION_TYPE_NAMES, QuizItem
from ..session import save_attempt, stored_attempt
from ..shelf import Shelf
from .answer_input import answer_input, save_answer
from .feedback import feedback

__all__ = ["answer_sheet", "practice", "question_heading", "show_question"]


def practice(attempt: Attempt, items: list[QuizItem], shelf: Shelf, root: Path) -> None:
    """The current question; after "Check my answer", its feedback and the way on."""
    index = attempt.position
    item = items[index]
    total = len(items)
    st.progress(index / total, text=f"Question {index + 1} of {total}")
    if not attempt.checked[index] and widgets_of(item.question).typed:
        # One text box: Enter in it checks the answer, as the button does.
        with st.form(f"answer-{attempt.seed}-{index}", border=False, enter_to_submit=True):
            show_question(item.question, index, attempt, locked=False, in_form=True)
            st.form_submit_button(
                "Check my answer",
                type="primary",
                key=f"check-{attempt.seed}-{index}",
                on_click=_save_and_check,
                args=(index, item.question, attempt.seed),
            )
        return
    show_question(item.question, index, attempt, locked=attempt.checked[index])
    if not attempt.checked[index]:
        st.button(
            "Check my answer", type="primary", key=f"check-{attempt.seed}-{index}", on_click=_check, args=(index,)
        )
        return
    feedback(item.question, attempt.responses[index], shelf.banks[item.bank].bank, root, f"{attempt.seed}-{index}")
    if index + 1 < total:
        st.button(
            "Next question",
            type="primary",
            key=f"next-{attempt.seed}-{index}",
            icon=":material/arrow_forward:",
            on_click=_next,
            args=(index,),
        )
    else:
        st.button(
            "See my results", type="primary", key=f"finish-{attempt.seed}", icon=":material/flag:", on_click=_finish
        )


def answer_sheet(attempt: Attempt, items: list[QuizItem]) -> None:
    """Every question on one page; results and feedback come at the end."""
    total = len(items)
    st.title(":material/quiz: Test", anchor=False)
    answered = sum(
        is_answered(item.question, response) for item, response in zip(items, attempt.responses, strict=True)
    )
    st.progress(answered / total, text=f"{answered} of {total} answered")
    for index, item in enumerate(items):
        with st.container(border=True):
            st.markdown(f"**Question {index + 1} of {total}**")
            show_question(item.question, index, attempt, locked=False)
    missing = total - answered
    if missing:
        st.caption(
            f"{missing} question{'s are' if missing > 1 else ' is'} not answered yet; unanswered questions count as wrong."
        )
    st.button(
        "Finish and see my results",
        type="primary",
        key=f"finish-{attempt.seed}",
        icon=":material/flag:",
        on_click=_finish,
    )


def show_question(question: Question, index: int, attempt: Attempt, *, locked: bool, in_form: bool = False) -> None:
    """A question as the student sees it: the prompt, its type and difficulty, and the answer widget."""
    question_heading(question)
    answer_input(question, index, attempt, locked=locked, in_form=in_form)


def question_heading(question: Question) -> None:
    """The prompt, and the question's type and difficulty."""
    st.subheader(literal(question.prompt), anchor=False)
    st.caption(f"{QUESTION_TYPE_NAMES[question.type]} · {question.difficulty}")


def _check(index: int) -> None:
    _update(lambda attempt: attempt.check(index))


def _save_and_check(index: int, question: Question, seed: int) -> None:
    save_answer(index, question, seed)
    _check(index)


def _next(index: int) -> None:
    _update(lambda attempt: attempt.move_to(index + 1))


def _finish() -> None:
    _update(lambda attempt: attempt.finish(time.time()))


def _update(change: Callable[[Attempt], Attempt]) -> None:
    attempt = stored_attempt()
    if attempt is not None:
        save_attempt(change(attempt))

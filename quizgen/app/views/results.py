"""The end of a quiz: score, time taken, a review of every question with its sources, and what next."""

from __future__ import annotations

import random
import time
from pathlib import Path

import streamlit as st

from ...attempt import Attempt, new_attempt
from ...grading import grade
from ...markdown_text import literal
from ...quiz import QuizItem, missed, score
from ..session import clear_attempt, save_attempt
from ..shelf import Shelf
from .feedback import feedback, verdict

__all__ = ["duration", "results"]


def results(attempt: Attempt, items: list[QuizItem], shelf: Shelf, root: Path) -> None:
    """Score, time and review; buttons to retry the missed questions or start a new quiz."""
    outcome = score(items, attempt.responses)
    who = f", {literal(attempt.name)}" if attempt.name else ""
    st.title(f":material/flag: Your results{who}", anchor=False)
    right, percent, taken, answered = st.columns(4)
    right.metric("Score", f"{outcome.right} / {outcome.total}")
    percent.metric("Percent right", f"{outcome.percent}%")
    taken.metric("Time taken", duration(attempt.seconds_taken or 0.0))
    answered.metric("Answered", f"{outcome.answered} / {outcome.total}")
    wrong = missed(items, attempt.responses)
    if not wrong:
        st.success("**You got every question right.** Well done!", icon=":material/celebration:")

    actions = st.container(horizontal=True)
    if wrong:
        actions.button(
            f"Retry the {len(wrong)} I missed",
            type="primary",
            key=f"retry-{attempt.seed}",
            icon=":material/replay:",
            on_click=_retry,
            args=(attempt, wrong),
        )
    actions.button("New quiz", key=f"new-{attempt.seed}", icon=":material/add:", on_click=clear_attempt)

    st.subheader("Review")
    for index, (item, response) in enumerate(zip(items, attempt.responses, strict=True)):
        result = grade(item.question, response)
        icon, word = verdict(result)
        label = f"**{word}** · {index + 1}. {literal(item.question.prompt)}"
        with st.expander(label, expanded=not result.correct, icon=icon):
            feedback(item.question, response, shelf.banks[item.bank].bank, root, f"review-{attempt.seed}-{index}")


def _retry(attempt: Attempt, wrong: list[QuizItem]) -> None:
    seed = random.SystemRandom().randrange(2**31)
    save_attempt(new_attempt(wrong, seed=seed, mode=attempt.mode, started=time.time(), name=attempt.name))


def duration(seconds: float) -> str:
    """A time taken, in minutes and seconds ("3 min 5 s", "42 s")."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"

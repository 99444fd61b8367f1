"""The start of a quiz: which banks, topics, question types and difficulty, how many, and how to get feedback."""

from __future__ import annotations

import random
import time

import streamlit as st

from ...attempt import new_attempt
from ...config import QUIZ
from ...markdown_text import literal
from ...quiz import QUESTION_TYPE_NAMES, QuizMode, Selection, draw, matching_items, topics_of
from ..session import save_attempt
from ..shelf import Shelf
from .class_join import join_form

__all__ = ["start"]

_DIFFICULTIES = {"easy": "Easy", "medium": "Medium", "hard": "Hard"}
_MODES: dict[QuizMode, str] = {
    "practice": "Practice: see if I was right after each question",
    "test": "Test: all questions on one page, results at the end",
}


def start(shelf: Shelf) -> None:
    """The start form; starting saves a new attempt and reruns into the first question."""
    st.title(":material/quiz: Take a quiz", anchor=False)
    st.markdown("Questions come from news articles. After each answer you see where it comes from.")
    with st.expander("Join your class's assignment with a code", icon=":material/group:"):
        join_form()
    for note in shelf.notes:
        st.info(f"One question bank could not be opened. {literal(note)}", icon=":material/info:")
    if not shelf.banks:
        st.warning(
            "There are no quizzes to take yet. Ask your teacher to add a question bank.", icon=":material/inbox:"
        )
        st.stop()

    names = list(shelf.banks)
    banks = st.multiselect(
        "Quizzes",
        names,
        default=names[:1] if len(names) > 3 else names,
        key="start-banks",
        format_func=lambda name: shelf.banks[name].bank.title,
        placeholder="Choose at least one quiz",
    )
    questions = {name: shelf.banks[name].servable for name in banks}
    topics = st.multiselect(
        "Topics",
        topics_of(q for name in banks for q in questions[name]),
        key="start-topics",
        placeholder="All topics",
    )
    left, right = st.columns(2)
    types = left.multiselect(
        "Question types",
        list(QUESTION_TYPE_NAMES),
        key="start-types",
        format_func=lambda t: QUESTION_TYPE_NAMES[t],
        placeholder="All types",
    )
    difficulties = right.multiselect(
        "Difficulty",
        list(_DIFFICULTIES),
        key="start-difficulty",
        format_func=lambda d: _DIFFICULTIES[d],
        placeholder="Any difficulty",
    )
    count = left.number_input(
        "Number of questions",
        min_value=1,
        max_value=QUIZ.max_questions,
        value=QUIZ.default_questions,
        step=1,
        key="start-count",
    )
    name = right.text_input("Your name (optional)", key="start-name", max_chars=QUIZ.name_max_chars)
    mode: QuizMode = st.radio("Feedback", list(_MODES), format_func=lambda m: _MODES[m], key="start-mode") or "practice"

    selection = Selection(tuple(banks), frozenset(topics), frozenset(types), frozenset(difficulties))
    pool = matching_items(questions, selection)
    if not banks:
        st.warning("Choose at least one quiz to draw questions from.", icon=":material/arrow_upward:")
    elif not pool:
        st.warning("No questions match: widen the topics, question types or difficulty.", icon=":material/search_off:")
    elif len(pool) < count:
        st.caption(f"Only {len(pool)} questions match, so the quiz will have {len(pool)}.")
    else:
        st.caption(f"{len(pool)} questions match; {int(count)} will be drawn at random.")
    if st.button("Start the quiz", type="primary", disabled=not pool, key="start-button", icon=":material/play_arrow:"):
        seed = random.SystemRandom().randrange(2**31)
        items = draw(pool, int(count), seed)
        save_attempt(new_attempt(items, seed=seed, mode=mode, started=time.time(), name=name))
        st.rerun()

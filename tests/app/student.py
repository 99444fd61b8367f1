"""Driving the app through AppTest the way a student would: read the question, answer, press buttons."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from quizgen.app.views.answer_input import widget_key
from quizgen.markdown_text import literal
from quizgen.models import FillInBlank, Matching, MultipleChoice, Numeric, Question, TrueFalse
from quizgen.storage import load_bank
from tests.samples import BANKS, PROJECT

STARTER = load_bank(BANKS / "starter.yaml")
APP = str(PROJECT / "app.py")


def open_app() -> AppTest:
    """The app, run once (it shows the start of a quiz)."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    return at


def app_link(attempt) -> str:
    """The quiz-link token the app would make for `attempt`, signed with the project's key (at $QUIZGEN_HOME)."""
    from quizgen.app.shelf import project_root
    from quizgen.attempt import encode_attempt
    from quizgen.storage import link_key

    return encode_attempt(attempt, link_key(project_root()))


def open_app_with(token: str) -> AppTest:
    """The app opened on a quiz link (as after a refresh): `?attempt=<token>`."""
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["attempt"] = token
    at.run()
    assert not at.exception, at.exception
    return at


def shown_markdown(at: AppTest) -> str:
    """Every Markdown source on the page, plus alert bodies, as one string."""
    parts = [h.value for h in (*at.title, *at.subheader)] + [m.value for m in at.markdown]
    parts += [e.value for e in (*at.success, *at.error, *at.warning, *at.info)]
    parts += [c.value for c in at.caption]
    return "\n".join(parts)


def page_text(at: AppTest) -> str:
    """Roughly what a reader sees: the page's Markdown with highlights, bold and escapes taken out."""
    text = re.sub(r":[a-z]+-background\[\*\*|\*\*\]|\*\*", "", shown_markdown(at))
    return re.sub(r"\\(.)", r"\1", text).replace("\u2060", "")


def current_question(at: AppTest, bank=STARTER) -> Question:
    """The question whose prompt is on the page (practice mode shows one)."""
    prompts = {literal(q.prompt): q for q in bank.questions}
    found = [prompts[h.value] for h in at.subheader if h.value in prompts]
    assert len(found) == 1, f"expected one question on the page, found {len(found)}"
    return found[0]


def button(at: AppTest, label: str):
    """The one button with this label."""
    matches = [b for b in at.button if b.label == label]
    assert len(matches) == 1, f"no single button {label!r} among {[b.label for b in at.button]}"
    return matches[0]


def attempt_of(at: AppTest):
    """The attempt the app holds for this session."""
    return at.session_state["attempt"]


def answer(at: AppTest, index: int, question: Question, *, right: bool, attempt=None) -> None:
    """Give a right or wrong answer to question `index` of the attempt (default: the session's), through its widget."""
    attempt = attempt or attempt_of(at)
    key = widget_key(attempt, index)
    if isinstance(question, MultipleChoice):
        wrong = next(c for c in question.choices if c != question.answer)
        at.radio(key=key).set_value(question.answer if right else wrong)
    elif isinstance(question, TrueFalse):
        at.radio(key=key).set_value(question.answer if right else not question.answer)
    elif isinstance(question, FillInBlank):
        at.text_input(key=key).input(f"  the {question.answer.lower()}." if right else "Kremlin")
    elif isinstance(question, Numeric):
        at.text_input(key=key).input(f"{question.answer:g} {question.unit}" if right else "1000")
    elif isinstance(question, Matching):
        rights = [p.right for p in question.pairs]
        chosen = rights if right else rights[1:] + rights[:1]
        for part, value in enumerate(chosen):
            at.selectbox(key=widget_key(attempt, index, part)).set_value(value)


def start_quiz(at: AppTest, *, mode: str = "practice", count: int | None = None, name: str = "") -> None:
    """Fill the start form and press Start."""
    at.radio(key="start-mode").set_value(mode)
    if count is not None:
        at.number_input(key="start-count").set_value(count)
    if name:
        at.text_input(key="start-name").input(name)
    at.button(key="start-button").click().run()
    assert not at.exception, at.exception

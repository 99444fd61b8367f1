"""A small question type that is not built in, defined the way a new type module would be: put items in order.

Tests register it (with the `ordering_type` fixture) to see that a type added in one
module is validated, graded, shown to a student and edited by a teacher.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import pytest
import streamlit as st
from pydantic import Field

from quizgen.app.question_types.widgets import ShowProblems, TypeWidgets, lines, restore, widget_key
from quizgen.markdown_text import literal
from quizgen.question_types import NO_ANSWER, Grade, QuestionBase, QuestionKind, SourceGap, register, unregister
from quizgen.question_types.base import Text
from quizgen.question_types.evidence import contains, similar_prompts
from quizgen.question_types.kind import word_pattern
from quizgen.quiz import presented_options
from quizgen.textnorm import fold


class Ordering(QuestionBase):
    """Put the items in order; `items` is the right order."""

    type: Literal["ordering"] = "ordering"
    items: list[Text] = Field(min_length=2, max_length=6)


class OrderingKind(QuestionKind):
    name = "ordering"
    label = "Put in order"
    model = Ordering
    widgets = __name__
    exporters = {}
    reported_forms = ()
    corroborated = False

    def is_answered(self, question, response):
        return isinstance(response, list) and len(response) == len(question.items) and all(response)

    def grade(self, question, response):
        answered = self.is_answered(question, response)
        return Grade(answered and response == question.items, answered)

    def answer_text(self, question):
        return " → ".join(question.items)

    def response_text(self, question, response):
        return " → ".join(str(item) for item in response) if isinstance(response, list) and any(response) else NO_ANSWER

    def right_response(self, question):
        return list(question.items)

    def options(self, question):
        return list(question.items)

    def answer_terms(self, question):
        return list(question.items)

    def term_pattern(self, term):
        return word_pattern(term)

    def searchable(self, question):
        return list(question.items)

    def answer_key(self, question):
        return fold(" ".join(question.items))

    def near_duplicate(self, a, b):
        return similar_prompts(a.prompt, b.prompt)

    def supported(self, question, quotes):
        return all(contains(quotes, item) for item in question.items)

    def source_gap(self, question, quotes):
        missing = [item for item in question.items if not contains(quotes, item)]
        return SourceGap("items", f"the cited sentence does not name {missing[0]!r}") if missing else None

    def prompt_failures(self, question):
        return []

    def asked(self, question):
        return " ".join(question.items)

    def sheet_lines(self, question):
        return [f"  A: {self.answer_text(question)}"]

    def id_fields(self, question):
        return {"answer": list(question.items), "choices": [], "pairs": []}

    def from_draft(self, draft, common):
        return Ordering(items=list(draft.choices), **common)

    def draft_answer_text(self, draft):
        return " ".join(draft.choices)

    def draft_level(self, draft):
        return 2

    def explained(self, draft, statement):
        return statement


class OrderingWidgets(TypeWidgets):
    def answer_input(self, question, attempt, index, common: dict[str, Any]) -> None:
        key = widget_key(attempt, index)
        saved = attempt.responses[index]
        restore(key, saved if isinstance(saved, list) else None)
        st.multiselect("Pick the items in order", presented_options(question, attempt.seed), key=key, **common)

    def read(self, question, attempt, index):
        return list(st.session_state.get(widget_key(attempt, index)) or []) or None

    def feedback(self, question, response, result: Grade) -> None:
        st.markdown(f"**The right order:** {literal(OrderingKind().answer_text(question))}")

    def prompt_help(self):
        return "Say what the order is of (earliest first, say)."

    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        st.text_area("Items in the right order, one per line", key=f"{scope}-items", height=100)
        problems("items")

    def form_values(self, question):
        return {"items": "\n".join(question.items) if question is not None else ""}

    def form_data(self, scope: str) -> dict[str, Any]:
        return {"items": lines(st.session_state.get(f"{scope}-items", ""))}


WIDGETS = OrderingWidgets()


@pytest.fixture
def ordering_type() -> Iterator[OrderingKind]:
    """The ordering type, registered for one test and removed after it."""
    kind = OrderingKind()
    register(kind)
    try:
        yield kind
    finally:
        unregister(kind.name)

"""Matching in the app: a choice of right-hand item beside each left one; the teacher fills rows of pairs."""

from __future__ import annotations

from typing import Any

import streamlit as st

from ...attempt import Attempt
from ...grading import Grade, Response
from ...markdown_text import literal
from ...models import Matching
from ...quiz import presented_options
from .widgets import ShowProblems, TypeWidgets, restore, widget_key

__all__ = ["MAX_PAIRS", "WIDGETS"]

MAX_PAIRS = 8


class MatchingWidgets(TypeWidgets):
    """A choice of right-hand item beside each left-hand one; the teacher fills up to 8 rows."""

    def answer_input(self, question: Matching, attempt: Attempt, index: int, common: dict[str, Any]) -> None:
        options = presented_options(question, attempt.seed)
        response = attempt.responses[index]
        saved = response if isinstance(response, list) else []
        st.markdown("Match each item on the left with one on the right.")
        for part, pair in enumerate(question.pairs):
            key = widget_key(attempt, index, part)
            choice = saved[part] if part < len(saved) else None
            restore(key, choice if choice in options else None)
            item, choice_column = st.columns(2, vertical_alignment="center")
            item.markdown(f"**{literal(pair.left)}**")
            # Options are shown as plain text. The label is Markdown when visible, but screen readers
            # read it raw, so it stays hidden and raw; the item is shown beside it instead.
            choice_column.selectbox(
                pair.left,
                options,
                index=None,
                placeholder="Choose its match…",
                key=key,
                label_visibility="collapsed",
                **common,
            )

    def read(self, question: Matching, attempt: Attempt, index: int) -> Response:
        return [st.session_state.get(widget_key(attempt, index, part)) for part in range(len(question.pairs))]

    def feedback(self, question: Matching, response: Response, result: Grade) -> None:
        chosen = response if isinstance(response, list) else []
        shown = []
        for number, pair in enumerate(question.pairs):
            given = chosen[number] if number < len(chosen) else None
            if number < len(result.pairs_right) and result.pairs_right[number]:
                shown.append(f"- :green[:material/check:] {literal(pair.left)} → **{literal(pair.right)}** (right)")
            else:
                mistake = f"you chose {literal(given)}" if given else "not matched"
                shown.append(f"- :red[:material/close:] {literal(pair.left)} → **{literal(pair.right)}** ({mistake})")
        st.markdown("**The right matches:**\n" + "\n".join(shown))

    def review_key(self, question: Matching) -> str:
        return "\n".join(f"- {literal(pair.left)} → **{literal(pair.right)}**" for pair in question.pairs)

    def prompt_help(self) -> str | None:
        return None

    def form_fields(self, scope: str, problems: ShowProblems) -> None:
        st.markdown("**Pairs** (2 to 8; leave the rows you do not need empty)")
        for index in range(MAX_PAIRS):
            left, right = st.columns(2)
            left.text_input(f"Left item {index + 1}", key=f"{scope}-left-{index}", max_chars=5000)
            right.text_input(f"Its match {index + 1}", key=f"{scope}-right-{index}", max_chars=5000)
        problems("pairs")

    def form_values(self, question: Matching | None) -> dict[str, Any]:
        pairs = question.pairs if question is not None else []
        values: dict[str, Any] = {}
        for index in range(MAX_PAIRS):
            values[f"left-{index}"] = pairs[index].left if index < len(pairs) else ""
            values[f"right-{index}"] = pairs[index].right if index < len(pairs) else ""
        return values

    def form_data(self, scope: str) -> dict[str, Any]:
        state = st.session_state
        rows = [(state.get(f"{scope}-left-{i}", ""), state.get(f"{scope}-right-{i}", "")) for i in range(MAX_PAIRS)]
        return {"pairs": [{"left": a.strip(), "right": b.strip()} for a, b in rows if a.strip() or b.strip()]}


WIDGETS = MatchingWidgets()

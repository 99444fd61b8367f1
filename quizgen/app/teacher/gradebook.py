"""An assignment's gradebook: each student's score, time, status and answers; charts of the questions and
of the topics; the item analysis with its flags and each flagged question's cited sentence; the results as CSV
and Excel files."""

from __future__ import annotations

import re

import altair as alt
import streamlit as st

from ...classes import (
    FLAG_TEXT,
    Assignment,
    AttemptResult,
    ItemStats,
    answers_csv,
    assignment_item_analysis,
    assignment_questions,
    assignment_results,
    item_chart,
    results_xlsx,
    sittings_of,
    students_csv,
    topic_chart,
    topic_mastery,
)
from ...classes.export import STATUS_WORDS
from ...markdown_text import literal
from ...models import Question
from ..class_store import class_store
from ..navigation import teacher_page
from ..shelf import load_shelf, project_root
from ..views.results import duration
from .actions import CHOSEN_QUESTION
from .workspace import choose

__all__ = ["gradebook"]


def gradebook(assignment: Assignment) -> None:
    """Everything the teacher reads about one assignment's results, as they stand now."""
    store = class_store()
    results = assignment_results(store, assignment.id)
    if not results:
        st.info(
            f"No student has joined yet. They join with the code **{assignment.join_code}**.", icon=":material/group:"
        )
        return
    _summary(results)
    _students(results)
    _downloads(assignment, results)
    questions = {question.id: question for question in assignment_questions(store, assignment.id)}
    stats = assignment_item_analysis(store, assignment.id)
    _charts(stats, questions, results)
    _item_analysis(stats, questions)


def _summary(results: list[AttemptResult]) -> None:
    finished = [r for r in results if r.attempt.status != "in_progress"]
    students, done, mean = st.columns(3)
    students.metric("Attempts", len(results))
    done.metric("Submitted", len(finished))
    average = round(sum(r.percent for r in finished) / len(finished)) if finished else None
    mean.metric("Mean score", f"{average}%" if average is not None else "none yet")
    if finished:
        chart = (
            alt.Chart(alt.Data(values=[{"percent": r.percent} for r in finished]))
            .mark_bar()
            .encode(
                alt.X("percent:Q", bin=alt.Bin(extent=[0, 100], step=10), title="Percent right"),
                alt.Y("count():Q", title="Students"),
            )
            .properties(title="Scores of submitted attempts", height=220)
        )
        st.altair_chart(chart, use_container_width=True)


def _charts(stats: list[ItemStats], questions: dict[str, Question], results: list[AttemptResult]) -> None:
    """Facility against discrimination, and mastery per topic, once an attempt has been finished."""
    sittings = sittings_of(results)
    if not sittings:
        return
    st.altair_chart(
        item_chart(stats, {key: question.prompt for key, question in questions.items()}),
        width="stretch",
        key="gradebook-items-chart",
        alt="Each question's facility against its discrimination; the table under Questions gives the same figures.",
    )
    mastery = topic_mastery({key: question.topics for key, question in questions.items()}, sittings)
    st.altair_chart(
        topic_chart(mastery),
        width="stretch",
        key="gradebook-topics-chart",
        alt="The share of answers right on each topic: " + "; ".join(f"{m.topic} {m.share:.0%}" for m in mastery),
    )


def _students(results: list[AttemptResult]) -> None:
    st.subheader("Students", anchor=False)
    st.dataframe(
        [
            {
                "Name": r.attempt.display_name,
                "Attempt": r.attempt.number,
                "Status": STATUS_WORDS[r.attempt.status],
                "Score": f"{r.right} / {r.total}",
                "Percent": r.percent,
                "Answered": r.answered,
                "Time": duration(r.seconds_taken),
            }
            for r in results
        ],
        hide_index=True,
        use_container_width=True,
        key="gradebook-students",
    )
    for r in results:
        label = f"{literal(r.attempt.display_name)} (attempt {r.attempt.number}): {r.right} / {r.total}"
        with st.expander(label, icon=":material/person:"):
            st.dataframe(
                [
                    {
                        "Question": a.position + 1,
                        "Prompt": a.prompt,
                        "Answer": a.response_text if a.answered else "",
                        "Right": "yes" if a.correct else "no",
                        "Seconds": round(a.seconds) if a.seconds is not None else None,
                    }
                    for a in r.answers
                ],
                hide_index=True,
                use_container_width=True,
            )


def _downloads(assignment: Assignment, results: list[AttemptResult]) -> None:
    name = re.sub(r"[^A-Za-z0-9]+", "-", assignment.settings.title).strip("-").lower() or "assignment"
    row = st.container(horizontal=True)
    for label, data, suffix, mime, key in (
        ("Students (CSV)", students_csv(results), "students.csv", "text/csv", "gradebook-students-csv"),
        ("Answers (CSV)", answers_csv(results), "answers.csv", "text/csv", "gradebook-answers-csv"),
        (
            "Excel workbook",
            results_xlsx(results),
            "results.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "gradebook-xlsx",
        ),
    ):
        row.download_button(
            label,
            data=data,
            file_name=f"{name}-{suffix}",
            mime=mime,
            key=key,
            icon=":material/download:",
            on_click="ignore",
        )


def _item_analysis(stats: list[ItemStats], questions: dict[str, Question]) -> None:
    st.subheader("Questions", anchor=False)
    st.caption(
        "Over each student's first submitted attempt. Facility is the share who got it right; discrimination "
        "compares the strongest and the weakest students (docs/item-analysis.md says how)."
    )
    st.dataframe(
        [
            {
                "Question": questions[s.question].prompt if s.question in questions else s.question,
                "Students": s.students,
                "Facility": f"{s.facility:.0%}" if s.facility is not None else "",
                "Discrimination": round(s.discrimination, 2) if s.discrimination is not None else None,
                "Point-biserial": round(s.point_biserial, 2) if s.point_biserial is not None else None,
                "Mean seconds": round(s.mean_seconds) if s.mean_seconds is not None else None,
                "Chosen": "; ".join(f"{option}: {count}" for option, count in s.choices.items()),
                "Flags": "; ".join(FLAG_TEXT[flag] for flag in s.flags),
            }
            for s in stats
        ],
        hide_index=True,
        use_container_width=True,
        key="gradebook-items",
    )
    for s in (s for s in stats if s.flags and s.question in questions):
        question = questions[s.question]
        with st.container(border=True):
            st.markdown(f":material/flag: **{literal(question.prompt)}**")
            st.markdown("\n".join(f"- {literal(FLAG_TEXT[flag])}" for flag in s.flags))
            for citation in question.citations:
                st.markdown(f"Cited sentence: “{literal(citation.quote)}”")
            _editor_button(question)


def _editor_button(question: Question) -> None:
    """Open the question in the editor, in the bank that holds it now (if one still does)."""
    shelf = load_shelf(project_root())
    name = next((name for name, shelved in shelf.banks.items() if question.id in shelved.by_id), None)
    if name is None:
        st.caption("No bank holds this question any more.")
        return
    if st.button("Open in the editor", key=f"gradebook-edit-{question.id}", icon=":material/edit:"):
        choose(name)
        st.session_state[CHOSEN_QUESTION] = question.id
        st.switch_page(teacher_page("edit"))

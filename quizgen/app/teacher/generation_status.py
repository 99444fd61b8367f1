"""What this session's background generations are doing, on whichever teacher page is open.

While a job runs, a fragment redraws its progress bar every `ARTICLES.progress_seconds`; when it is over,
the fragment reruns the whole page, which shows the outcome once at its top (`finished_notices`).
"""

from __future__ import annotations

import streamlit as st

from ...config import ARTICLES
from ...markdown_text import literal
from . import generation
from .workspace import alert, reopen

__all__ = ["finished_notices", "generation_progress", "has_generations", "watch"]

_MINE = "teacher-generations"  # the keys of the jobs this session started and has not yet reported
_FINISHED = "teacher-generations-finished"  # outcomes to show at the top of the next run of the page


def watch(job: generation.Job) -> None:
    """Follow `job` in this session: its progress on every teacher page, then its outcome."""
    mine: list[tuple[str, str]] = st.session_state.setdefault(_MINE, [])
    if job.key not in mine:
        mine.append(job.key)


def has_generations() -> bool:
    """Whether this session has a generation running or not yet reported."""
    return bool(st.session_state.get(_MINE))


def finished_notices() -> None:
    """The outcome of each generation that ended since the last run, shown this once."""
    for kind, message in st.session_state.pop(_FINISHED, []):
        alert(kind, message)


@st.fragment(run_every=ARTICLES.progress_seconds)
def generation_progress() -> None:
    """A progress bar for each running generation of this session; the page is rerun as soon as one is over."""
    mine: list[tuple[str, str]] = st.session_state.get(_MINE, [])
    over = False
    for key in list(mine):
        job = generation.job_for(key)
        outcome = job.outcome() if job else None
        if job is None or outcome is not None:
            mine.remove(key)
            if job is not None and outcome is not None:
                st.session_state.setdefault(_FINISHED, []).append((outcome.kind, outcome.message))
                reopen(job.bank_name)  # this session's copy of the bank is older than the save
                generation.take(job)
            over = True
            continue
        fraction, step = job.progress()
        st.progress(fraction, text=f"Generating questions from “{literal(job.title)}” ({fraction:.0%}): {step}")
    if over:
        st.rerun()

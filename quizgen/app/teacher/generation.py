"""Generating an added article's questions in the background: one job per article, shared by the server process.

A job runs in a thread of its own, so it goes on while the teacher opens other pages (or closes the
browser). It never touches Streamlit: the session that started it reads its progress and, once it is
over, its outcome (`quizgen.app.teacher.generation_status`). The article is saved before a job starts;
a job that fails says so in one line and leaves the article and every bank as they were, so pressing
Save again retries it.
"""

from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...config import ARTICLES
from ...corpus import Article, load_corpus
from ...errors import QuizgenError
from ...markdown_text import literal
from ...models import Bank
from ...storage import dump_bank, save_merged, save_text
from ..shelf import BANKS_FOLDER
from .article_bank import NEW_BANK, new_bank_for

if TYPE_CHECKING:
    from ...generator import Generated

__all__ = ["Job", "Outcome", "job_for", "running_for_scope", "start", "take"]

_LOG = logging.getLogger(__name__)
_JOBS: dict[tuple[str, str], Job] = {}
_JOBS_LOCK = threading.Lock()
# One generation at a time: NLTK reads its data on first use without a lock, and each run keeps a core busy.
_GENERATING = threading.Lock()


@dataclass(frozen=True)
class Outcome:
    """How a job ended: "success", "warning" or "error", and what to tell the teacher (Markdown, one paragraph)."""

    kind: str
    message: str


class Job:
    """One article's generation: how far it is (0 to 1, with what it is doing) and, once over, its outcome."""

    def __init__(self, root: Path, source_id: str, title: str, bank_name: str, scope: str):
        self.root, self.source_id, self.title, self.bank_name, self.scope = root, source_id, title, bank_name, scope
        self._lock = threading.Lock()
        self._fraction, self._step = 0.0, "reading the word lists"
        self._outcome: Outcome | None = None

    @property
    def key(self) -> tuple[str, str]:
        """The job's place in the registry: its project and article."""
        return str(self.root), self.source_id

    def progress(self) -> tuple[float, str]:
        """How far the job is, from 0 to 1, and what it is doing."""
        with self._lock:
            return self._fraction, self._step

    def outcome(self) -> Outcome | None:
        """How the job ended, or None while it runs."""
        with self._lock:
            return self._outcome

    def advance(self, fraction: float, step: str) -> None:
        """Move the job on (never back)."""
        with self._lock:
            self._fraction, self._step = max(self._fraction, min(fraction, 1.0)), step

    def finish(self, outcome: Outcome) -> None:
        """Record how the job ended."""
        with self._lock:
            self._fraction, self._outcome = 1.0, outcome


def start(root: Path, source_id: str, title: str, bank_name: str, scope: str) -> Job | None:
    """Start generating the questions of the saved article `source_id` into `bank_name` (or a new bank when it
    is NEW_BANK); None if a job for that article is already running."""
    job = Job(root.resolve(), source_id, title, bank_name, scope)
    with _JOBS_LOCK:
        current = _JOBS.get(job.key)
        if current is not None and current.outcome() is None:
            return None
        _JOBS[job.key] = job
    threading.Thread(target=_run, args=(job,), name=f"generate-{source_id}", daemon=True).start()
    return job


def job_for(key: tuple[str, str]) -> Job | None:
    """The job with this key, running or over and not yet taken."""
    with _JOBS_LOCK:
        return _JOBS.get(key)


def running_for_scope(root: Path, scope: str) -> Job | None:
    """The running job started from the upload `scope` in the project at `root`, if there is one."""
    root = root.resolve()
    with _JOBS_LOCK:
        jobs = list(_JOBS.values())
    return next((j for j in jobs if j.root == root and j.scope == scope and j.outcome() is None), None)


def take(job: Job) -> None:
    """Forget a job that is over, once its outcome has been shown."""
    with _JOBS_LOCK:
        if _JOBS.get(job.key) is job and job.outcome() is not None:
            del _JOBS[job.key]


def _run(job: Job) -> None:
    try:
        outcome = _generate(job)
    except QuizgenError as error:
        outcome = _failed(job, str(error))
    except Exception as error:  # noqa: BLE001 - a thread's failure must reach the teacher, not vanish
        _LOG.exception("generating the questions of %s failed", job.source_id)
        outcome = _failed(job, f"something went wrong while they were made ({type(error).__name__})")
    job.finish(outcome)


def _failed(job: Job, reason: str) -> Outcome:
    reason = " ".join(reason.replace(f"{job.root}/", "").split()).rstrip(".")  # one line, no server paths
    return Outcome(
        "error",
        f"“{literal(job.title)}” is saved, but its questions were not added: {literal(reason)}. "
        "Nothing else was changed; press Save again to retry.",
    )


def _generate(job: Job) -> Outcome:
    from ...generator import add_questions  # NLTK: loaded only when generating

    article, generated = _questions(job)
    if job.bank_name == NEW_BANK:
        return _into_new_bank(job, article, add_questions(new_bank_for(job.root, article)[1], generated))
    return _into_bank(job, generated)


def _questions(job: Job) -> tuple[Article, Generated]:
    """The saved article and its questions, generated with every article in seeds/ in view, reporting progress."""
    from ...generator import STAGES, questions_for_source

    corpus = load_corpus(job.root / ARTICLES.folder, root=job.root)
    article = next((a for a in corpus.articles if a.source.id == job.source_id), None)
    if article is None:
        raise QuizgenError(f"the article {job.source_id} could not be read again from {ARTICLES.folder}/")
    total = len(corpus.articles)
    done = itertools.count(1)
    read = itertools.count(1)

    def step(what: str) -> None:
        job.advance(next(done) / (total + len(STAGES)), what)

    if not _GENERATING.acquire(blocking=False):
        job.advance(0.0, "waiting for another article's questions to be done")
        _GENERATING.acquire()
    try:
        generated = questions_for_source(
            corpus.articles,
            job.source_id,
            on_article=lambda _: step(f"read {next(read)} of {total} articles"),
            on_stage=lambda stage: step(f"{stage}: done"),
        )
    finally:
        _GENERATING.release()
    return article, generated


def _into_bank(job: Job, generated: Generated) -> Outcome:
    """Add the questions to the bank as it is on disk now (a teacher may have saved it meanwhile)."""
    from ...generator import add_questions

    added: list[int] = []
    titles: list[str] = []

    def change(existing: Bank | None) -> Bank:
        if existing is None:
            raise QuizgenError(f"the bank {job.bank_name} is no longer in question_banks/")
        bank = add_questions(existing, generated)
        added[:], titles[:] = [len(bank.questions) - len(existing.questions)], [existing.title]
        return bank

    save_merged(job.root / BANKS_FOLDER / job.bank_name, change, root=job.root)
    return Outcome(
        "success",
        f"Saved “{literal(job.title)}” and added {_drafts(added[0])} from it to {literal(titles[0])}. "
        "Review them before students see them in a bank that serves only approved questions.",
    )


def _into_new_bank(job: Job, article: Article, bank: Bank) -> Outcome:
    if not bank.questions:
        return Outcome(
            "warning", f"Saved “{literal(job.title)}”, but no questions could be made from it, so no bank was created."
        )
    path, _ = new_bank_for(job.root, article)  # named now: a bank may have taken the name while it ran
    save_text(path, dump_bank(bank), None, root=job.root)
    return Outcome(
        "success",
        f"Saved “{literal(job.title)}” and put {_drafts(len(bank.questions))} from it in a new bank, "
        f"{literal(path.name)}: choose it as the question bank in Review questions to approve them. "
        "Students see none of them until you do.",
    )


def _drafts(count: int) -> str:
    return f"{count} draft question{'s' if count != 1 else ''}"

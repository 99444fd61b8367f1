"""The banks the app serves: found under the project root, parsed once per file content, cached."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from ..errors import FileRejected, QuizgenError
from ..models import Bank, Question, article_path_problem
from ..quiz import servable
from ..storage import find_banks, load_bank, project_root, read_article_file

__all__ = ["BANKS_FOLDER", "Shelf", "ShelvedBank", "article_text", "load_shelf", "project_root"]

BANKS_FOLDER = "question_banks"


@dataclass(frozen=True)
class ShelvedBank:
    """A valid bank with its questions indexed by id and the ones students may see."""

    name: str
    bank: Bank
    by_id: dict[str, Question]
    servable: tuple[Question, ...]


@dataclass(frozen=True)
class Shelf:
    """Every bank that loaded, by file name, and one short note per bank that did not (naming only the file)."""

    banks: dict[str, ShelvedBank]
    notes: tuple[str, ...]

    @property
    def questions(self) -> dict[str, dict[str, Question]]:
        """The questions students may be served, by bank file name and question id: a quiz link resolves
        only among these, so no link reaches a rejected question, or a draft of a bank serving approved ones."""
        return {name: {q.id: q for q in shelved.servable} for name, shelved in self.banks.items()}


def load_shelf(root: Path) -> Shelf:
    """Every bank in `<root>/question_banks`; each file is parsed only when its content changes."""
    banks: dict[str, ShelvedBank] = {}
    notes: list[str] = []
    folder = root / BANKS_FOLDER
    for path in find_banks([folder]) if folder.is_dir() else []:
        try:
            stat = path.stat()
        except OSError:
            continue
        shelved = _parse(str(path), _digest(str(path), stat.st_mtime_ns, stat.st_size), str(root))
        if shelved is not None:
            banks[path.name] = shelved
        else:
            # Students see only that the bank is unavailable: its problems may quote its files.
            notes.append(f"{path.name} is left out until a teacher repairs it (`python -m quizgen validate` says how).")
    return Shelf(banks, tuple(notes))


@st.cache_data(show_spinner=False, max_entries=256)
def _digest(path: str, mtime_ns: int, size: int) -> str:
    """A hash of the file's bytes; (mtime, size) in the key means a file is only re-read when it changes."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as error:
        return f"unreadable:{error.strerror}"


# A resource, not data: banks are frozen models, so every session can share one copy
# instead of unpickling thousands of questions on every rerun.
@st.cache_resource(show_spinner="Opening the question banks…", max_entries=64)
def _parse(path: str, digest: str, root: str) -> ShelvedBank | None:
    try:
        bank = load_bank(path, root=root)
    except QuizgenError:
        return None
    by_id = {question.id: question for question in bank.questions}
    return ShelvedBank(Path(path).name, bank, by_id, tuple(servable(bank)))


def article_text(root: Path, path: str) -> str | None:
    """The text of the article a source cites as `path`, or None if that is no readable article in seeds/."""
    if article_path_problem(path):
        return None
    try:
        mtime = os.lstat(root / path).st_mtime_ns
    except OSError:
        return None
    return _article_text(str(root), path, mtime)


@st.cache_data(show_spinner=False, max_entries=64)
def _article_text(root: str, path: str, mtime_ns: int) -> str | None:
    try:
        return read_article_file(root, path)
    except FileRejected:
        return None

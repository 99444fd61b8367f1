"""Adding an uploaded article: its catalog entry (checked, problems beside the fields), then its questions
(generated in the background: `quizgen.app.teacher.generation`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath
from typing import Any

import streamlit as st

from ...config import ARTICLES
from ...corpus import Article, add_article
from ...errors import Problem, QuizgenError, YamlInvalid
from ...markdown_text import literal
from ...models import CatalogEntry, article_name_problem
from ...review.edits import field_name
from ...storage import parse_model
from . import generation
from .access import teacher_only
from .article_bank import NEW_BANK, new_bank_name
from .generation_status import watch
from .workspace import notify

__all__ = [
    "ENTRY_FIELDS",
    "NEW_BANK",
    "entry_defaults",
    "entry_problems",
    "new_bank_name",
    "save_article",
]

SEEDS = ARTICLES.folder
_BUSY = "The questions of this article are already being generated; wait for them to finish."
ENTRY_FIELDS = ("file", "id", "title", "outlet", "published", "url", "notes")


def entry_problems(scope: str, field: str) -> None:
    """What was wrong with this catalog field at the last try, beside it."""
    for problem in st.session_state.get(f"{scope}-problems", []):
        if field_name(problem) == field:
            st.error(literal(problem.message), icon=":material/error:")


@teacher_only
def save_article(root: Path, article: Article, scope: str, bank_name: str) -> None:
    """Check the entry, save the article and its entry into seeds/, and start generating its questions."""
    state = st.session_state
    data: dict[str, Any] = {field: state.get(f"{scope}-{field}") for field in ENTRY_FIELDS}
    data = {k: (v.strip() if isinstance(v, str) else v) for k, v in data.items()}
    data["url"] = data["url"] or None
    if generation.running_for_scope(root, scope):  # a second press while the first one runs
        notify("warning", _BUSY)
        return
    try:
        entry = parse_model(CatalogEntry, data, "", "catalog entry")
        if not entry.id:
            raise YamlInvalid([Problem("catalog entry", None, "id", "is needed: questions cite the article by it")])
        _add_once(root / SEEDS, article.text, entry)
    except YamlInvalid as error:
        state[f"{scope}-problems"] = error.problems
        notify("error", "Nothing was saved: fix what is marked beside the fields.")
        return
    except QuizgenError as error:
        state[f"{scope}-problems"] = []
        notify("error", f"Nothing was saved: {literal(str(error))}")
        return
    state[f"{scope}-problems"] = []
    job = generation.start(root, entry.id, entry.title or entry.file, bank_name, scope)
    if job is None:
        notify("warning", _BUSY)
        return
    watch(job)


def _add_once(seeds: Path, text: str, entry: CatalogEntry) -> None:
    """Add the article, unless this very text is already saved under this name (a retry after a refused merge)."""
    if article_name_problem(entry.file) is None:  # a name add_article refuses is never opened
        try:
            if (seeds / entry.file).read_bytes().decode("utf-8") == text:  # as saved: \r\n kept
                return
        except (OSError, UnicodeDecodeError):
            pass
    add_article(seeds, text, entry)


def entry_defaults(article: Article) -> dict[str, Any]:
    """The catalog fields as inferred from the article text, and the file name it would be saved as."""
    source = article.source
    published: dt.date | None = source.published
    return {
        "file": PurePosixPath(source.path).name,
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "published": published,
        "url": "",
        "notes": "",
    }

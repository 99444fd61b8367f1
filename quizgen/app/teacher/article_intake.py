"""Adding an uploaded article: its catalog entry (checked, problems beside the fields), then its questions."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path, PurePosixPath
from typing import Any

import streamlit as st

from ...config import ARTICLES
from ...corpus import Article, add_article, load_corpus
from ...errors import Problem, QuizgenError, YamlInvalid
from ...markdown_text import literal
from ...models import Bank, CatalogEntry, article_name_problem
from ...review import bank_file_name
from ...review.edits import field_name
from ...storage import Opened, parse_model
from ..shelf import BANKS_FOLDER
from .access import teacher_only
from .workspace import bank_path, notify, opened_bank, save_bank_edit, save_new_bank

__all__ = [
    "ENTRY_FIELDS",
    "NEW_BANK",
    "entry_defaults",
    "entry_problems",
    "generate_into",
    "new_bank_name",
    "save_article",
]

SEEDS = ARTICLES.folder
PENDING = "teacher-article-pending"
ENTRY_FIELDS = ("file", "id", "title", "outlet", "published", "url", "notes")
NEW_BANK = "new-bank"  # the bank choice "a new bank of its own" (bank files end in .yaml, so no bank is named so)


def new_bank_name(root: Path, title: str) -> str:
    """A file name in question_banks/ for a new bank titled `title` that no file there has yet."""
    stem = bank_file_name(title or "article").removesuffix(".yaml")
    taken = {path.name.lower() for path in (root / BANKS_FOLDER).glob("*")}
    numbered = (f"{stem}.yaml" if n == 1 else f"{stem}-{n}.yaml" for n in itertools.count(1))
    return next(name for name in numbered if name.lower() not in taken)


def entry_problems(scope: str, field: str) -> None:
    """What was wrong with this catalog field at the last try, beside it."""
    for problem in st.session_state.get(f"{scope}-problems", []):
        if field_name(problem) == field:
            st.error(literal(problem.message), icon=":material/error:")


@teacher_only
def save_article(root: Path, article: Article, scope: str, bank_name: str) -> None:
    """Check the entry, save the article and its entry into seeds/, and ask for its questions to be generated."""
    state = st.session_state
    data: dict[str, Any] = {field: state.get(f"{scope}-{field}") for field in ENTRY_FIELDS}
    data = {k: (v.strip() if isinstance(v, str) else v) for k, v in data.items()}
    data["url"] = data["url"] or None
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
    state[PENDING] = (entry.id, bank_name)


def _add_once(seeds: Path, text: str, entry: CatalogEntry) -> None:
    """Add the article, unless this very text is already saved under this name (a retry after a refused merge)."""
    if article_name_problem(entry.file) is None:  # a name add_article refuses is never opened
        try:
            if (seeds / entry.file).read_bytes().decode("utf-8") == text:  # as saved: \r\n kept
                return
        except (OSError, UnicodeDecodeError):
            pass
    add_article(seeds, text, entry)


def generate_into(root: Path) -> None:
    """If an article was just added, generate its questions (with progress) and add them to the chosen bank as drafts."""
    pending = st.session_state.pop(PENDING, None)
    if pending is None:
        return
    source_id, bank_name = pending
    from ...generator import add_questions, questions_for_source  # NLTK: loaded only when generating

    corpus = load_corpus(root / SEEDS, root=root)
    article = next((a for a in corpus.articles if a.source.id == source_id), None)
    if article is None:
        opened = None
    elif bank_name == NEW_BANK:
        opened = _new_bank(root, article)
    else:
        opened = opened_bank(root, bank_name)
    if article is None or opened is None or opened.bank is None:
        notify(
            "error", "The article was saved, but it or the bank could not be read again, so no questions were added."
        )
        return
    progress = st.progress(0.0, text="Reading the articles…")
    done: list[Article] = []

    def advance(current: Article) -> None:
        done.append(current)
        progress.progress(len(done) / len(corpus.articles), text=f"Read {len(done)} of {len(corpus.articles)} articles")

    try:
        generated = questions_for_source(corpus.articles, source_id, on_article=advance)
    except QuizgenError as error:
        notify("error", f"The article was saved, but no questions could be made: {literal(str(error))}")
        return
    progress.empty()
    bank = add_questions(opened.bank, generated)
    added = len(bank.questions) - len(opened.bank.questions)
    title = literal(article.source.title)
    drafts = f"{added} draft question{'s' if added != 1 else ''}"
    if opened.hash is not None:
        save_bank_edit(
            root,
            opened,
            bank,
            f"Saved “{title}” and added {drafts} from it to {literal(opened.bank.title)}. "
            "Review them before students see them in a bank that serves only approved questions.",
        )
    elif not added:
        notify("warning", f"Saved “{title}”, but no questions could be made from it, so no bank was created.")
    else:
        save_new_bank(
            root,
            opened.path,
            bank,
            f"Saved “{title}” and put {drafts} from it in a new bank, {literal(opened.path.name)}: choose it as "
            "the question bank in Review questions to approve them. Students see none of them until you do.",
        )


def _new_bank(root: Path, article: Article) -> Opened:
    """A bank of the article's own, not yet saved (no hash), under a file name no bank has."""
    title = article.source.title[:200]
    bank = Bank(title=title, description=f"Questions from {article.source.outlet}." if article.source.outlet else "")
    return Opened(bank_path(root, new_bank_name(root, title)), "", None, bank)


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

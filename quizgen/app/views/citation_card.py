"""Where an answer comes from: outlet, article, date and the quoted sentence, with the article to read."""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import streamlit as st

from ...highlight import answer_spans
from ...markdown_text import literal, literal_marked, paragraph_starts
from ...models import Bank, Citation, Question, Source
from ..shelf import article_text

_NOTE_END = re.compile(r"(?<=[.;])\s+")

__all__ = ["article_excerpt", "citation_cards"]


def citation_cards(question: Question, bank: Bank, root: Path, scope: str) -> None:
    """One card per citation, with notes when sources corroborate or disagree; `scope` keeps keys unique."""
    if question.disagreement or "sources_disagree" in question.flags:
        said = f" {literal(question.disagreement)}" if question.disagreement else ""
        st.warning(f"**The sources disagree.**{said}", icon=":material/warning:")
    count = len(question.citations)
    if count > 1:
        st.markdown(f":material/library_books: **Corroborated by {count} sources:**")
    for number, citation in enumerate(question.citations):
        _card(question, citation, bank.source(citation.source), root, f"{scope}-{number}")


def _card(question: Question, citation: Citation, source: Source | None, root: Path, key: str) -> None:
    with st.container(border=True):
        if source is None:
            st.markdown(":material/newspaper: **Source:** this bank no longer lists the article this answer came from.")
        else:
            st.markdown(f":material/newspaper: **{_masthead(source)}**  \n{literal(source.title)}")
        st.markdown(f"“{literal_marked(citation.quote, answer_spans(question, citation.quote))}”")
        if "source_changed" in question.flags:
            st.caption(":material/warning: This sentence has changed in the article since the question was written.")
        more = _notes(source)[1] if source is not None else ""
        if more:
            st.caption(literal(more))
        if source is not None and st.toggle(":material/menu_book: Read the article", key=f"article-{key}"):
            article_excerpt(source, citation, root, key)


def _masthead(source: Source) -> str:
    """Outlet and date; for a copy that names no outlet, what its catalog entry says it is."""
    outlet = source.outlet.strip() or _notes(source)[0] or "A copy that does not name its outlet"
    when = f"{source.published.day} {source.published:%B %Y}" if source.published else "date not given"
    return f"{literal(outlet)} · {when}"


def _notes(source: Source) -> tuple[str, str]:
    """The catalog's notes as (what the masthead shows in place of a missing outlet, the rest below it): a copy
    with no outlet is described by the notes' first sentence, without its stop."""
    notes = source.notes.strip()
    if source.outlet.strip() or not notes:
        return "", notes
    first, *rest = _NOTE_END.split(notes, maxsplit=1)
    return first.rstrip(".").strip(), "".join(rest).strip()


def article_excerpt(source: Source, citation: Citation, root: Path, key: str) -> None:
    """The article with the quoted sentence highlighted, opened one paragraph before it; `key` keeps keys unique."""
    text = article_text(root, source.path)
    if text is None:
        st.info("Sorry, the article's text is not available here, so it cannot be shown.", icon=":material/article:")
        return
    starts = paragraph_starts(text)
    if text[citation.start : citation.end] != citation.quote:
        st.caption("The quoted sentence is no longer at its place in this copy of the article.")
        with st.expander(f"The article ({_paragraphs(len(starts))})"):
            st.markdown(literal(text))
        return
    number = bisect.bisect_right(starts, citation.start)
    # Show the quote's paragraph with one paragraph either side, so the marked sentence is in view at once;
    # the rest opens on a click (a box that scrolls would take no keyboard focus).
    first, last = max(0, number - 2), bisect.bisect_right(starts, citation.end - 1) + 1
    cut, end = starts[first], starts[last] if last < len(starts) else len(text)
    st.caption(f"The quoted sentence is highlighted, in paragraph {number} of {len(starts)}.")
    if cut:
        with st.expander(f"The beginning of the article ({_paragraphs(first)})"):
            st.markdown(literal(text[:cut]))
    with st.container(border=True, key=f"{key}-text"):
        st.markdown(literal_marked(text[cut:end], [(citation.start - cut, citation.end - cut)]))
    if end < len(text):
        with st.expander(f"The rest of the article ({_paragraphs(len(starts) - last)})"):
            st.markdown(literal(text[end:]))


def _paragraphs(count: int) -> str:
    return f"{count} paragraph{'' if count == 1 else 's'}"

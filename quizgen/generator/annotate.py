"""Stage 7: what a teacher needs around a question: an explanation, topics, a difficulty."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon
from ..models import Source
from ..question_types import kind_of
from .draft import Draft
from .stems import word_count

__all__ = ["difficulty", "explanation", "topics"]

_KIND_TOPICS = {"PERSON": "people", "ORGANIZATION": "organizations", "PLACE": "places"}


@lru_cache(maxsize=1)
def _topic_patterns() -> dict[str, re.Pattern[str]]:
    return {
        topic: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
        for topic, words in lexicon().topics.items()
    }


def topics(draft: Draft) -> list[str]:
    """Topics whose words occur in the question or its sentences, plus what kind of thing the answer is."""
    text = " ".join([draft.prompt, draft.statement, *(item.text for item in draft.cited)])
    found = [topic for topic, pattern in _topic_patterns().items() if pattern.search(text)]
    primary = draft.facts[0]
    if draft.form in ("role", "quote_attribution") or primary.answer_kind == "PERSON":
        found.append("people")
    elif primary.kind == "quantity" and primary.quantity and primary.quantity.kind in ("year", "date", "weekday"):
        found.append("dates")
    elif primary.kind == "quantity":
        found.append("numbers")
    elif primary.answer_kind in _KIND_TOPICS:
        found.append(_KIND_TOPICS[primary.answer_kind])
    return sorted(dict.fromkeys(found))[:5]


def difficulty(draft: Draft) -> str:
    """Recognising is easier than recalling; long stems and matching are harder."""
    level = kind_of(draft.type).draft_level(draft)
    if word_count(draft.prompt) > 30:
        level += 1
    return ("easy", "easy", "medium", "hard", "hard")[max(0, min(level + 1, 4))]


def explanation(draft: Draft, sources: dict[str, Source]) -> str:
    """The true statement, and where it comes from."""
    primary = draft.facts[0].item
    source = sources.get(primary.source_id)
    where = _where(source)
    statement = kind_of(draft.type).explained(draft, draft.statement.strip())
    extra = ""
    if draft.also_in:
        others = {item.source_id for item in draft.also_in} - {primary.source_id}
        names = sorted({_name(sources.get(s)) for s in others})
        extra = f" {', '.join(names)} reports the same." if len(names) == 1 else f" {', '.join(names)} report the same."
    return f"{statement} ({where}){extra}".strip()


def _where(source: Source | None) -> str:
    if source is None:
        return "source article"
    date = source.published.strftime("%-d %B %Y") if source.published else "date not stated"
    return f"{_name(source)}, {date}"


def _name(source: Source | None) -> str:
    if source is None:
        return "another source"
    return source.outlet or f"“{source.title}”"

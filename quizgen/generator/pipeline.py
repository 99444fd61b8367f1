"""The generator, stage by stage: articles -> sentences -> facts -> questions -> ranked, annotated questions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..config import GENERATION, Generation
from ..corpus import Article
from ..models import Source
from ..models.question import Question
from ..nlp.analysis import analyze
from ..nlp.resources import ensure_resources, load_word_lists
from .assemble import assemble
from .candidates import candidates
from .context import Corpus
from .corroborate import corroborate
from .gate import gate
from .ranking import rank, rank_and_keep

__all__ = ["STAGES", "Generated", "generate"]

# What `generate` reports to `on_stage`, in order: a progress bar counts these and the articles.
STAGES = (
    "word lists",
    "sentences, tags, names and numbers",
    "facts and candidate questions",
    "corroboration across sources",
    "refusing what a teacher would refuse",
    "ranking and selection",
    "explanations, topics and ids",
)


@dataclass(frozen=True)
class Generated:
    """The questions generated from a set of articles, with the sources they cite."""

    questions: tuple[Question, ...]
    sources: tuple[Source, ...]
    candidates: int


def generate(
    articles: Sequence[Article],
    *,
    on_article: Callable[[Article], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
    config: Generation = GENERATION,
) -> Generated:
    """Generate questions from `articles`; the same articles always give the same questions.

    `on_article` is called after each article is tagged, `on_stage` after each of `STAGES` with its name; `config`
    holds the generator's knobs and scores.
    """
    done = on_stage or (lambda stage: None)
    ensure_resources()
    load_word_lists()  # once per process, and long: a stage of its own, so that progress can say so
    done(STAGES[0])
    items = analyze(articles, on_article=on_article)
    done(STAGES[1])
    corpus = Corpus.of(articles, items, config)
    drafts, facts = candidates(corpus)
    done(STAGES[2])
    corroborated = corroborate(drafts, facts, corpus)
    done(STAGES[3])
    admitted = gate(corroborated, corpus)
    done(STAGES[4])
    kept = rank_and_keep(admitted, corpus)
    done(STAGES[5])
    order = {a.source.id: i for i, a in enumerate(articles)}
    questions = sorted(
        (assemble(d, corpus.sources, rank(d, corpus)) for d in kept),
        key=lambda q: (order.get(q.citations[0].source, len(order)), q.citations[0].start, q.type, q.id),
    )
    done(STAGES[6])
    return Generated(tuple(questions), tuple(a.source for a in articles), len(drafts))

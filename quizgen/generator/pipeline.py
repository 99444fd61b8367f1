"""The generator, stage by stage: articles -> sentences -> facts -> questions -> ranked, annotated questions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..config import GENERATION, Generation
from ..corpus import Article
from ..models import Source
from ..models.question import Question
from ..nlp.analysis import analyze
from ..nlp.resources import ensure_resources
from .assemble import assemble
from .candidates import candidates
from .context import Corpus
from .corroborate import corroborate
from .gate import gate
from .ranking import rank, rank_and_keep

__all__ = ["Generated", "generate"]


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

    `on_article` is called after each article is tagged, `on_stage` after each stage with its name; `config`
    holds the generator's knobs and scores.
    """
    done = on_stage or (lambda stage: None)
    ensure_resources()
    items = analyze(articles, on_article=on_article)
    done("sentences, tags, names and numbers")
    corpus = Corpus.of(articles, items, config)
    drafts, facts = candidates(corpus)
    done("facts and candidate questions")
    corroborated = corroborate(drafts, facts, corpus)
    done("corroboration across sources")
    admitted = gate(corroborated, corpus)
    done("refusing what a teacher would refuse")
    kept = rank_and_keep(admitted, corpus)
    done("ranking and selection")
    order = {a.source.id: i for i, a in enumerate(articles)}
    questions = sorted(
        (assemble(d, corpus.sources, rank(d, corpus)) for d in kept),
        key=lambda q: (order.get(q.citations[0].source, len(order)), q.citations[0].start, q.type, q.id),
    )
    done("explanations, topics and ids")
    return Generated(tuple(questions), tuple(a.source for a in articles), len(drafts))

"""The evaluation report: counts, automated checks, gold coverage, sampled acceptability, against targets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from ..models import Bank
from ..question_types import kinds, type_names
from .checks import Failure, check_bank
from .gold import Coverage, GoldSet, coverage
from .ratings import Acceptability, RatingSet, acceptability

__all__ = ["Evaluation", "TARGETS", "evaluate"]

# The targets the generator is held to (on the five seed articles).
TARGETS = {"questions": 150, "per_article": 15, "per_type": 10, "checks": 1.0, "coverage": 0.9, "acceptable": 0.9}


def reported_kinds() -> tuple[str, ...]:
    """What the per-type target counts: every question type, then the forms a type reports on their own."""
    return (*type_names(), *_reported_forms())


def _reported_forms() -> tuple[str, ...]:
    return tuple(form for kind in kinds() for form in kind.reported_forms)


@dataclass(frozen=True)
class Evaluation:
    total: int
    per_type: dict[str, int]
    per_article: dict[str, int]
    failures: tuple[Failure, ...]
    coverage: Coverage | None
    acceptability: Acceptability | None
    statuses: dict[str, int]
    reviewed_coverage: Coverage | None = None

    @property
    def passed_checks(self) -> float:
        failed = {f.question_id for f in self.failures}
        return (self.total - len(failed)) / self.total if self.total else 0.0

    def lines(self) -> list[str]:
        """The report as plain lines, each target marked met or missed."""

        def mark(ok: bool) -> str:
            return "met" if ok else "MISSED"

        out = [
            f"questions: {self.total} ({mark(self.total >= TARGETS['questions'])}, target {TARGETS['questions']}); "
            "by status: " + ", ".join(f"{k} {self.statuses.get(k, 0)}" for k in ("approved", "draft", "rejected"))
        ]
        reported = reported_kinds()
        out.append(
            "per type: "
            + ", ".join(f"{k} {self.per_type.get(k, 0)}" for k in reported)
            + f" ({mark(min(self.per_type.get(k, 0) for k in reported) >= TARGETS['per_type'])}, target {TARGETS['per_type']} each)"
        )
        out.append(
            "per article: "
            + ", ".join(f"{k} {v}" for k, v in self.per_article.items())
            + f" ({mark(min(self.per_article.values(), default=0) >= TARGETS['per_article'])}, target {TARGETS['per_article']} each)"
        )
        out.append(
            f"automated checks: {self.passed_checks:.1%} of questions pass all "
            f"({mark(self.passed_checks >= TARGETS['checks'])}, target 100%)"
        )
        out.extend(f"  failed {f.check}: {f.question_id}: {f.detail}" for f in self.failures)
        if self.coverage:
            c = self.coverage
            out.append(
                f"gold-fact coverage: {len(c.covered)}/{c.total} = {c.share:.1%} "
                f"({mark(c.share >= TARGETS['coverage'])}, target 90%)"
            )
            out.extend(f"  not covered: {f.id}: {f.fact}" for f in c.missing)
            r = self.reviewed_coverage
            if r and self.statuses.get("rejected"):
                out.append(f"  without the rejected questions: {len(r.covered)}/{r.total} = {r.share:.1%}")
        if self.acceptability:
            a = self.acceptability
            out.append(
                f"teacher-rated sample: {a.accepted}/{a.rated} acceptable = {a.share:.1%} "
                f"({mark(a.share >= TARGETS['acceptable'] and not a.unrated)}, target 90%)"
            )
            out.append("  mean scores (1-3): " + ", ".join(f"{k} {v:.2f}" for k, v in a.means.items()))
            if a.unrated:
                out.append(f"  {len(a.unrated)} sampled question(s) not yet rated: " + ", ".join(a.unrated))
        return out


def evaluate(
    bank: Bank, texts: Mapping[str, str], gold: GoldSet | None = None, ratings: RatingSet | None = None
) -> Evaluation:
    """Evaluate a bank: `texts` maps its source ids to the article text.

    Counts, checks, coverage and the rated sample take every question, whatever its status, so a
    teacher's review does not change what is measured about the generator; the coverage that is left
    once rejected questions are set aside is reported beside it.
    """
    questions = bank.questions
    per_type: Counter[str] = Counter(q.type for q in questions)
    for form in _reported_forms():
        per_type[form] = sum(q.form == form for q in questions)
    per_article = Counter(s for q in questions for s in {c.source for c in q.citations})
    return Evaluation(
        total=len(questions),
        per_type=dict(per_type),
        per_article={s.id: per_article.get(s.id, 0) for s in bank.sources},
        failures=tuple(check_bank(bank, texts)),
        coverage=coverage(bank, gold, reviewed=False) if gold else None,
        acceptability=acceptability(bank, ratings) if ratings else None,
        statuses=dict(Counter(q.status for q in questions)),
        reviewed_coverage=coverage(bank, gold) if gold else None,
    )

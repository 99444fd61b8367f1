"""How the generator does on news it was not built from: every story of NLTK's `abc` corpus.

The ABC rural and science stories are read as articles and generated in banks of
200 stories (about the size of a term's reading), one bank after another, and every
question goes through the same automated checks as the seed bank (`check_bank`:
the quote is the source span, the cited sentences state the answer, one keyed
answer among unique options, no answer in its own prompt, no near-duplicates).
The figures replace the "## Questions from other news" section of
docs/benchmarks.md; every failure is printed.

    python benchmarks/other_news.py [--bank-size 200] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.abc_corpus import abc_articles  # noqa: E402
from benchmarks.sections import write_section  # noqa: E402
from quizgen.evaluation import check_bank  # noqa: E402
from quizgen.generator import generate  # noqa: E402
from quizgen.models import Bank  # noqa: E402

SECTION = "## Questions from other news"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bank-size", type=int, default=200, help="stories per generated bank")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N stories (for a quick look)")
    options = parser.parse_args()
    articles = abc_articles(limit=options.limit)
    words = sum(
        len(a.text[b.start : b.end].split()) for a in articles for b in a.body
    )  # body words, as in generator_speed
    types: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    failed_questions = 0
    examples: list[str] = []
    seconds = 0.0
    for first in range(0, len(articles), options.bank_size):
        batch = articles[first : first + options.bank_size]
        started = time.perf_counter()
        generated = generate(batch)
        seconds += time.perf_counter() - started
        bank = Bank(title="ABC", sources=list(generated.sources), questions=list(generated.questions))
        found = check_bank(bank, {a.source.id: a.text for a in batch})
        types.update(q.form if q.form == "quote_attribution" else q.type for q in generated.questions)
        failures.update(f.check for f in found)
        failed_questions += len({f.question_id for f in found})
        by_id = {q.id: q for q in generated.questions}
        for failure in found:
            question = by_id[failure.question_id]
            line = f"{failure.check}: {question.type} “{question.prompt[:160]}” -> {getattr(question, 'answer', '')}"
            print(line)
            examples.append(line)
        print(
            f"stories {first + 1}-{first + len(batch)}: {len(generated.questions)} questions, {len(found)} failed checks",
            file=sys.stderr,
        )
    total = sum(types.values())
    share = 100 * (total - failed_questions) / total if total else 0.0
    lines = [
        SECTION,
        "",
        f"Measured by `python benchmarks/other_news.py` on {time.strftime('%Y-%m-%d')}: the generator on all "
        f"{len(articles):,} stories of NLTK's `abc` corpus (ABC rural and science news, {words:,} words of article body), "
        f"{options.bank_size} stories to a bank, every question through the automated checks of "
        "`python -m quizgen evaluate` (quote is the source span, answer stated by the cited sentences, one keyed "
        "answer among unique options, answer not in its prompt, no near-duplicates).",
        "",
        "| questions | per story | pass every check | generation seconds |",
        "|---|---|---|---|",
        f"| {total:,} | {total / max(len(articles), 1):.1f} | {total - failed_questions:,} ({share:.2f}%) | {seconds:.1f} |",
        "",
        "By type: " + ", ".join(f"{kind} {count:,}" for kind, count in sorted(types.items())) + ".",
        "",
    ]
    if failures:
        lines += [
            "Failed checks: " + ", ".join(f"{check} {count}" for check, count in sorted(failures.items())) + ".",
            "",
        ]
        lines += [f"- {example}" for example in examples[:10]] + [""]
    else:
        lines += ["No question failed a check.", ""]
    write_section(SECTION, "\n".join(lines))
    print(f"{total} questions, {failed_questions} failing; written to docs/benchmarks.md", file=sys.stderr)


if __name__ == "__main__":
    main()

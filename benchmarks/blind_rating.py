"""Blind rating of the generator's raw output: draw a sample, make the sheet raters see, score their ratings.

    python benchmarks/blind_rating.py draw --corpus treebank --articles 8 --questions 48 --seed 7 --out benchmarks/ratings/2026-12-01-heldout
    python benchmarks/blind_rating.py score benchmarks/ratings/2026-12-01-heldout

`draw` generates from the chosen articles together (as a teacher's folder of articles is generated), picks
questions at random spread over the articles, and writes into the folder:
  sheet.md      what each rater sees (with the rubric, nothing else): question, options, key, cited sentences
  key.yaml      which question each number is (id, type, form, article), for scoring; raters never see it
  bank.yaml     the whole generated bank, for the record
  manifest.yaml corpus, seed, date, articles, words and questions per article
Held-out articles (`--corpus treebank` or `abc`) already drawn for an earlier measurement are never drawn
again (benchmarks/ratings/heldout_used.txt lists them); ABC stories the generator was developed on (earlier
rated samples, the tests' stories) are never drawn either. Raters write `rater-<name>.csv` into the folder;
`score` prints each rater's figures, their agreement and the mean, and writes figures.md.

A bank's own blind review (every question of it on one sheet, then its statuses set from the ratings):

    python benchmarks/blind_rating.py sheet question_banks/generated.yaml --out benchmarks/ratings/2026-12-01-shipped-bank
    python benchmarks/blind_rating.py review question_banks/generated.yaml benchmarks/ratings/2026-12-01-shipped-bank

`review` approves a question only where every rater accepts it, rejects it where none does, and leaves
it a draft where they differ; `--approved-sheet DIR` then writes a fresh sheet of the approved questions
only, for a second pair of raters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.abc_corpus import abc_articles  # noqa: E402
from benchmarks.treebank_corpus import treebank_articles  # noqa: E402
from quizgen.corpus import Article, load_corpus  # noqa: E402
from quizgen.evaluation.blind import CRITERIA, agreement, blind_sheet, figures, parse_ratings_csv  # noqa: E402
from quizgen.generator import generate  # noqa: E402
from quizgen.models import Bank  # noqa: E402
from quizgen.storage import load_bank, save_bank  # noqa: E402
from quizgen.storage.banks import dump_bank  # noqa: E402

USED = ROOT / "benchmarks" / "ratings" / "heldout_used.txt"
# ABC stories that tests of the generator read by name (tests/generator/test_gate.py, test_hard_cases.py).
_TEST_STORIES = frozenset({"science-00117"})


def _words(article: Article) -> int:
    return sum(len(article.text[b.start : b.end].split()) for b in article.body)


def _pool(corpus: str) -> list[Article]:
    if corpus == "seeds":
        return list(load_corpus(ROOT / "seeds", root=ROOT).articles)
    used = set(USED.read_text(encoding="utf-8").split()) if USED.exists() else set()
    if corpus == "abc":
        seen = used | _abc_development()
        return [a for a in abc_articles() if _words(a) >= 150 and a.source.id not in seen]
    return [a for a in treebank_articles(min_words=400) if a.source.id not in used]


def _abc_development() -> set[str]:
    """ABC stories the generator was developed on: every story of an earlier rated sample, the first 25 of
    each file (the tests' other news) and the stories tests name."""
    seen = set(_TEST_STORIES)
    for manifest in (ROOT / "benchmarks" / "ratings").glob("*/manifest.yaml"):
        seen |= {a["id"] for a in yaml.safe_load(manifest.read_text(encoding="utf-8")).get("articles", [])}
    for fileid in ("rural.txt", "science.txt"):
        seen |= {a.source.id for a in abc_articles((fileid,), limit=25)}
    return seen


def draw(options: argparse.Namespace) -> None:
    out = Path(options.out)
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} is not empty; choose a new folder")
    out.mkdir(parents=True, exist_ok=True)
    pool = _pool(options.corpus)
    rng = random.Random(options.seed)
    articles = pool if options.corpus == "seeds" else rng.sample(pool, min(options.articles, len(pool)))
    generated = generate(articles)
    bank = Bank(title=f"{options.corpus} sample", sources=list(generated.sources), questions=list(generated.questions))
    by_article: dict[str, list] = defaultdict(list)
    for question in generated.questions:
        by_article[question.citations[0].source].append(question)
    if options.corpus == "seeds":
        sample = rng.sample(
            sorted(generated.questions, key=lambda q: q.id), min(options.questions, len(generated.questions))
        )
    else:
        per = max(1, -(-options.questions // max(1, len(articles))))
        sample = []
        for article in articles:
            mine = sorted(by_article.get(article.source.id, []), key=lambda q: q.id)
            sample += rng.sample(mine, min(per, len(mine)))
        rng.shuffle(sample)
    _write_sheet(sample, bank, out, options.seed)
    (out / "bank.yaml").write_text(dump_bank(bank), encoding="utf-8")
    words = {a.source.id: _words(a) for a in articles}
    counts = Counter(q.citations[0].source for q in generated.questions)
    manifest = {
        "corpus": options.corpus,
        "seed": options.seed,
        "drawn": dt.date.today().isoformat(),
        "articles": [
            {"id": a.source.id, "words": words[a.source.id], "questions": counts.get(a.source.id, 0)} for a in articles
        ],
        "questions_generated": len(generated.questions),
        "questions_per_1000_words": round(1000 * len(generated.questions) / max(1, sum(words.values())), 2),
        "sample": len(sample),
    }
    (out / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False), encoding="utf-8")
    if options.corpus in ("treebank", "abc"):
        with USED.open("a", encoding="utf-8") as handle:
            handle.write("".join(f"{a.source.id}\n" for a in articles))
    print(f"{out}: {len(sample)} questions from {len(articles)} articles ({len(generated.questions)} generated)")


def _write_sheet(questions, bank, out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "sheet.md").write_text(blind_sheet(questions, bank, seed=seed), encoding="utf-8")
    key = [
        {"q": n, "id": q.id, "type": q.type, "form": q.form, "article": q.citations[0].source}
        for n, q in enumerate(questions, start=1)
    ]
    (out / "key.yaml").write_text(yaml.safe_dump(key, sort_keys=False, allow_unicode=True), encoding="utf-8")


def sheet(options: argparse.Namespace) -> None:
    bank = load_bank(options.bank)
    _write_sheet(list(bank.questions), bank, Path(options.out), options.seed)
    print(f"{options.out}: {len(bank.questions)} questions")


def review(options: argparse.Namespace) -> None:
    folder = Path(options.folder)
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    ids = {row["q"]: row["id"] for row in key}
    verdicts: dict[str, list[bool]] = defaultdict(list)
    for path in sorted(folder.glob("rater-*.csv")):
        for rating in parse_ratings_csv(path.read_text(encoding="utf-8"), str(path)):
            verdicts[ids[rating.q]].append(rating.accept)
    bank = load_bank(options.bank)
    status = {qid: "approved" if all(v) else "rejected" if not any(v) else "draft" for qid, v in verdicts.items()}
    questions = [q.model_copy(update={"status": status.get(q.id, q.status)}) for q in bank.questions]
    reviewed = bank.model_copy(update={"questions": questions})
    save_bank(reviewed, options.bank)
    print(Counter(q.status for q in questions))
    if options.approved_sheet:
        approved = [q for q in questions if q.status == "approved"]
        _write_sheet(approved, reviewed, Path(options.approved_sheet), options.seed + 1)
        print(f"{options.approved_sheet}: {len(approved)} approved questions")


def score(options: argparse.Namespace) -> None:
    folder = Path(options.folder)
    key = yaml.safe_load((folder / "key.yaml").read_text(encoding="utf-8"))
    kinds = {row["q"]: (row["form"] if row["form"] == "quote_attribution" else row["type"]) for row in key}
    raters = {
        path.stem.removeprefix("rater-"): parse_ratings_csv(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(folder.glob("rater-*.csv"))
    }
    lines = [f"# Blind ratings: {folder.name}", "", f"{len(key)} questions; raters: {', '.join(raters)}", ""]
    lines += ["| rater | rated | accepted | share | " + " | ".join(CRITERIA) + " |", "|---" * (4 + len(CRITERIA)) + "|"]
    shares = []
    for name, ratings in raters.items():
        f = figures(ratings)
        shares.append(f.share)
        means = " | ".join("n/a" if math.isnan(f.means[c]) else f"{f.means[c]:.2f}" for c in CRITERIA)
        lines.append(f"| {name} | {f.rated} | {f.accepted} | {100 * f.share:.1f}% | {means} |")
    if shares:
        lines += ["", f"Mean acceptance over raters: {100 * sum(shares) / len(shares):.1f}%"]
    names = list(raters)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            agreed = agreement({r.q: r.accept for r in raters[a]}, {r.q: r.accept for r in raters[b]})
            lines.append(
                f"Agreement {a}/{b}: {agreed.agreed}/{agreed.compared} ({100 * agreed.share:.0f}%), "
                f"Cohen's kappa {agreed.kappa:.2f}; both accept {agreed.both_accept}"
            )
    lines += [
        "",
        "| kind | questions | " + " | ".join(f"{n} accepts" for n in names) + " |",
        "|---" * (2 + len(names)) + "|",
    ]
    for kind in sorted(set(kinds.values())):
        numbers = {q for q, k in kinds.items() if k == kind}
        accepted = [str(figures(raters[n], numbers).accepted) for n in names]
        lines.append(f"| {kind} | {len(numbers)} | " + " | ".join(accepted) + " |")
    text = "\n".join(lines) + "\n"
    (folder / "figures.md").write_text(text, encoding="utf-8")
    print(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("draw", help="draw a sample and write the sheet")
    d.add_argument("--corpus", choices=("seeds", "abc", "treebank"), required=True)
    d.add_argument("--articles", type=int, default=8, help="articles to draw (all five for seeds)")
    d.add_argument("--questions", type=int, default=48, help="questions in the sample")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--out", required=True)
    d.set_defaults(run=draw)
    b = commands.add_parser("sheet", help="a sheet of every question of a bank")
    b.add_argument("bank")
    b.add_argument("--out", required=True)
    b.add_argument("--seed", type=int, default=7)
    b.set_defaults(run=sheet)
    r = commands.add_parser("review", help="set a bank's statuses from its raters' CSVs")
    r.add_argument("bank")
    r.add_argument("folder")
    r.add_argument("--approved-sheet", default=None)
    r.add_argument("--seed", type=int, default=7)
    r.set_defaults(run=review)
    s = commands.add_parser("score", help="score the raters' CSVs in a folder")
    s.add_argument("folder")
    s.set_defaults(run=score)
    options = parser.parse_args()
    options.run(options)


if __name__ == "__main__":
    main()

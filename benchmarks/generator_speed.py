"""How fast the generator is on the whole ABC corpus, against NLTK's own floor.

The floor is NLTK doing only what every pipeline on this text must do: split
each paragraph into sentences (Punkt, with the generator's abbreviations),
tokenize them (NLTKWordTokenizer) and POS-tag them (the averaged perceptron,
whole article at a time). The full run is `quizgen.generator.generate` on the
same articles: sentences, tags, chunks, entities, facts, questions,
distractors, corroboration, ranking and annotation.

Each measurement runs in its own process, so its peak resident memory
(`ru_maxrss`) is its own; reading the corpus into articles happens before the
clock starts in both. The full pipeline also runs on every fourth and every
second article (a quarter and a half of the corpus, spread over both files) to
show how its cost grows with the text. The figures replace
the "## Generator speed" section of docs/benchmarks.md.

    python benchmarks/generator_speed.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.abc_corpus import abc_articles  # noqa: E402
from benchmarks.sections import write_section  # noqa: E402

SECTION = "## Generator speed"
TARGET_RATIO = 1.5
TARGET_MB = 500


def floor(articles) -> tuple[int, dict[str, float]]:
    """Sentences, tokens and tags of every article with NLTK alone; returns the number of tokens tagged."""
    from nltk.tag import PerceptronTagger
    from nltk.tokenize import NLTKWordTokenizer

    from quizgen.nlp.sentences import sentence_spans

    tokenizer, tagger = NLTKWordTokenizer(), PerceptronTagger()
    tokens = 0
    for article in articles:
        words = []
        for block in article.body:
            paragraph = article.text[block.start : block.end]
            words.extend(tokenizer.tokenize(paragraph[a:b]) for a, b in sentence_spans(paragraph))
        tokens += sum(len(sentence) for sentence in tagger.tag_sents(words))
    return tokens, {}


def full(articles) -> tuple[int, dict[str, float]]:
    """The whole generator; returns the number of questions and the seconds each stage took."""
    from quizgen.generator import generate

    stages: dict[str, float] = {}
    clock = [time.perf_counter()]

    def lap(stage: str) -> None:
        now = time.perf_counter()
        stages[stage] = now - clock[0]
        clock[0] = now

    return len(generate(articles, on_stage=lap).questions), stages


def loaded(articles) -> tuple[int, dict[str, float]]:
    """Only what the generator loads before it reads any text: its modules, WordNet and the tagger."""
    from nltk.corpus import wordnet

    from quizgen.generator import generate
    from quizgen.nlp.resources import ensure_resources
    from quizgen.nlp.tagging import tag_text

    ensure_resources()
    wordnet.synsets("summit")
    tag_text("The leaders met in Beijing.")
    assert generate is not None
    return int("scipy" in sys.modules), {}


def measure(phase: str, count: int, step: int) -> dict[str, float]:
    """Run one phase on every `step`-th of the first `count` articles, in this process (a child process)."""
    articles = abc_articles()[:count][::step]
    words = sum(len(article.text[block.start : block.end].split()) for article in articles for block in article.body)
    start = time.perf_counter()
    result, stages = {"floor": floor, "full": full, "loaded": loaded}[phase](articles)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "articles": len(articles),
        "words": words,
        "seconds": seconds,
        "peak_mb": peak_mb,
        "result": result,
        "stages": stages,
    }


def run(phase: str, count: int, step: int = 1) -> dict[str, float]:
    """Measure one phase in a fresh process."""
    output = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--articles", str(count), "--step", str(step)],
        check=True,
        capture_output=True,
        text=True,
        env=os.environ,
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    print(
        f"{phase:5} {figures['articles']:5} articles: {figures['seconds']:.1f} s, {figures['peak_mb']:.0f} MB",
        file=sys.stderr,
    )
    return figures


def report(idle: dict[str, float], base: dict[str, float], runs: list[dict[str, float]]) -> str:
    whole = runs[-1]
    ratio = whole["seconds"] / base["seconds"]
    rows = [
        f"| full pipeline, {r['articles']:,} articles | {r['words']:,} | {r['seconds']:.1f} | "
        f"{r['seconds'] / r['words'] * 1e6:.0f} | {r['peak_mb']:.0f} | {r['result']:,} questions |"
        for r in runs
    ]
    per_word = [r["seconds"] / r["words"] for r in runs]
    growth = max(per_word) / min(per_word)
    verdict_ratio = "met" if ratio <= TARGET_RATIO else f"missed by {ratio - TARGET_RATIO:.2f}x"
    verdict_memory = "met" if whole["peak_mb"] < TARGET_MB else f"missed by {whole['peak_mb'] - TARGET_MB:.0f} MB"
    return "\n".join(
        [
            SECTION,
            "",
            f"Measured by `python benchmarks/generator_speed.py` on {platform.machine()} with Python "
            f"{platform.python_version()} ({os.cpu_count()} cores), {time.strftime('%Y-%m-%d')}, on the stories of "
            "NLTK's `abc` corpus (ABC rural and science news) read as articles. Each row is one process: wall time "
            "from the articles in memory to the result, and that process's peak resident memory. The floor is NLTK "
            "alone splitting sentences (Punkt), tokenizing and POS-tagging the same paragraphs.",
            "",
            "| run | words | seconds | µs per word | peak MB | result |",
            "|---|---|---|---|---|---|",
            f"| floor: sentences, tokens, tags | {base['words']:,} | {base['seconds']:.1f} | "
            f"{base['seconds'] / base['words'] * 1e6:.0f} | {base['peak_mb']:.0f} | {base['result']:,} tokens |",
            *rows,
            "",
            f"- Full pipeline against the floor: {ratio:.2f}x (target at most {TARGET_RATIO}x: {verdict_ratio}).",
            f"- Peak memory: {whole['peak_mb']:.0f} MB (target under {TARGET_MB} MB: {verdict_memory}); "
            f"{idle['peak_mb']:.0f} MB of it is the generator's modules, WordNet and the tagger loaded before any "
            "text is read"
            + (" (NLTK also imports SciPy when it is installed, as it is here)." if idle["result"] else "."),
            f"- Growth: time per word varies by {growth:.2f}x between the smallest and the whole run "
            "(1.00x would be perfectly linear).",
            "",
            "Where the whole run's time goes:",
            "",
            "| stage | seconds | share |",
            "|---|---|---|",
            *(
                f"| {stage} | {seconds:.1f} | {seconds / whole['seconds']:.0%} |"
                for stage, seconds in whole["stages"].items()
            ),
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="use only the first N stories (default: all)")
    parser.add_argument("--phase", choices=("floor", "full", "loaded"), help=argparse.SUPPRESS)
    parser.add_argument("--step", type=int, default=1, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.phase:
        print(json.dumps(measure(options.phase, options.articles or 10**9, options.step)))
        return
    total = options.articles or len(abc_articles())
    idle = run("loaded", 0)
    base = run("floor", total)
    runs = [run("full", total, step) for step in (4, 2, 1)]
    text = report(idle, base, runs)
    write_section(SECTION, text)
    print(text)


if __name__ == "__main__":
    main()

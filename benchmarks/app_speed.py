"""How fast the quiz app answers with a bank of 10,000 questions.

Builds a throwaway project (the seed articles and one synthetic bank made by
varying the starter bank's questions), then drives the app with Streamlit's
AppTest: the first page load (which parses and caches the bank), the start page
again, starting a quiz, and every answer round-trip (answer + "Check my answer",
then "Next question"). Each figure is the wall time of one script run in this
process, which is the server's share of a click. The figures replace the
"## App speed" section of docs/benchmarks.md.

    python benchmarks/app_speed.py [--questions 10000] [--rounds 10]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sections import write_section  # noqa: E402
from quizgen.storage import load_bank, save_bank  # noqa: E402

SECTION = "## App speed"


def synthetic_bank(size: int):
    """`size` questions: the starter bank's five, repeated with new ids, topics and difficulties."""
    starter = load_bank(ROOT / "question_banks" / "starter.yaml")
    levels = ("easy", "medium", "hard")
    questions = [
        template.model_copy(
            update={
                "id": f"bench-{n:05d}",
                "topics": [f"topic-{n % 40}"],
                "difficulty": levels[n % 3],
                "status": "approved",
            }
        )
        for n in range(size)
        for template in [starter.questions[n % len(starter.questions)]]
    ]
    return starter.model_copy(update={"title": f"Benchmark bank ({size:,} questions)", "questions": questions})


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(size: int, rounds: int) -> dict[str, object]:
    from streamlit.testing.v1 import AppTest

    from tests.app.student import answer, attempt_of, button, current_question

    home = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    try:
        shutil.copytree(ROOT / "seeds", home / "seeds")
        bank = synthetic_bank(size)
        path = home / "question_banks" / "bench.yaml"
        path.parent.mkdir()
        save_bank(bank, path)
        os.environ["QUIZGEN_HOME"] = str(home)

        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        cold = timed(at.run)
        warm = [timed(at.run) for _ in range(5)]
        at.number_input(key="start-count").set_value(rounds)
        start = timed(at.button(key="start-button").click().run)
        checks, nexts = [], []
        for index in range(rounds):
            question = current_question(at, bank)
            answer(at, index, question, right=index % 2 == 0)
            checks.append(timed(button(at, "Check my answer").click().run))
            label = "See my results" if index == rounds - 1 else "Next question"
            nexts.append(timed(button(at, label).click().run))
        assert at.metric[0].label == "Score", "the quiz did not reach the results"
        # Test mode: every question on one page, so each answer reruns the whole sheet.
        button(at, "New quiz").click().run()
        at.radio(key="start-mode").set_value("test")
        at.button(key="start-button").click().run()
        sheet = []
        for index, (_, question_id) in enumerate(attempt_of(at).items):
            answer(at, index, next(q for q in bank.questions if q.id == question_id), right=True)
            sheet.append(timed(at.run))
        finish = timed(button(at, "Finish and see my results").click().run)
        assert at.metric[0].value == f"{rounds} / {rounds}", "the test did not score every answer"
        return {
            "sheet": sheet,
            "finish": finish,
            "size": size,
            "bank_mb": path.stat().st_size / 1e6,
            "cold": cold,
            "warm": warm,
            "start": start,
            "checks": checks,
            "nexts": nexts,
        }
    finally:
        shutil.rmtree(home, ignore_errors=True)


def report(figures: dict[str, object]) -> str:
    def row(name: str, values: list[float]) -> str:
        return f"| {name} | {statistics.median(values):.0f} | {max(values):.0f} | {len(values)} |"

    checks, nexts, warm = figures["checks"], figures["nexts"], figures["warm"]
    return "\n".join(
        [
            SECTION,
            "",
            f"Measured by `python benchmarks/app_speed.py` on {platform.machine()} with Python "
            f"{platform.python_version()} ({os.cpu_count()} cores), {time.strftime('%Y-%m-%d')}. "
            f"The bank holds {figures['size']:,} questions ({figures['bank_mb']:.1f} MB of YAML) citing the seed "
            "articles. Each figure is the wall time of one run of the app's script under Streamlit's AppTest, "
            "in milliseconds: the server's share of a click, without the browser's rendering or the network.",
            "",
            "| step | median ms | max ms | runs |",
            "|---|---|---|---|",
            f"| first page load: parse, validate and cache the bank | {figures['cold']:.0f} | {figures['cold']:.0f} | 1 |",
            row("start page again (bank cached)", warm),
            f"| start a quiz (filter and draw from 10,000) | {figures['start']:.0f} | {figures['start']:.0f} | 1 |",
            row("answer round-trip: answer + Check my answer (feedback, citation)", checks),
            row("next question", nexts),
            row(f"test mode: answer one question on a page of {len(figures['sheet'])}", figures["sheet"]),
            f"| test mode: finish and show results with every citation | {figures['finish']:.0f} | "
            f"{figures['finish']:.0f} | 1 |",
            "",
            "The bank is parsed once per file content (the file is hashed when its size or modification time "
            "changes) and shared between sessions; every later run only looks it up. Target: starting a quiz and "
            "each answer round-trip under 200 ms.",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=10)
    options = parser.parse_args()
    figures = measure(options.questions, options.rounds)
    text = report(figures)
    write_section(SECTION, text)
    print(text)


if __name__ == "__main__":
    main()

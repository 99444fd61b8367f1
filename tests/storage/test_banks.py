"""Bank files: the shipped banks are valid, broken copies fail with file:line messages, saving is safe."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quizgen.errors import FileRejected, YamlInvalid
from quizgen.storage import dump_bank, find_banks, load_bank, parse_bank, save_bank
from tests.samples import BANKS, HOSTILE_SOURCES, MINIMAL_ARTICLE, MINIMAL_BANK, PROJECT, SECRET, add_private_files

SHIPPED = find_banks([BANKS])


def test_there_are_shipped_banks():
    assert SHIPPED, "question_banks/ should hold at least one bank"


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_banks_are_valid_including_every_citation(path):
    bank = load_bank(path)
    assert bank.questions
    assert load_bank(path) == parse_bank(dump_bank(bank), str(path), root=PROJECT)


def test_minimal_bank_is_valid(minimal):
    bank = load_bank(minimal)
    assert bank.questions[0].answer == "Harbin"


BROKEN = [
    # (what a hand edit did, old text, new text, the line it must point at, "field: message")
    (
        "answer not a choice",
        "  answer: Harbin",
        "  answer: Beijing",
        "answer: Beijing",
        "questions[0].answer: 'Beijing' is not one of the choices",
    ),
    (
        "typo in a key",
        "  explanation:",
        "  explanaton:",
        "explanaton:",
        "questions[0].explanaton: unknown key 'explanaton' (did you mean 'explanation'?)",
    ),
    (
        "duplicate choice",
        "  - Shanghai",
        "  - harbin ",
        "- harbin",
        "questions[0].choices[1]: 'harbin' is the same choice as choices[0]",
    ),
    (
        "unknown type",
        "type: multiple_choice",
        "type: essay",
        "- id: q-1",
        "questions[0]: 'essay' is not a question type",
    ),
    (
        "bad status",
        "status: draft",
        "status: done",
        "status: done",
        "questions[0].status: must be 'draft', 'approved' or 'rejected'",
    ),
    (
        "unknown source",
        "  - source: art",
        "  - source: other",
        "source: other",
        "questions[0].citations[0].source: 'other' is not the id of any source",
    ),
    (
        "span moved",
        "    start: 0\n    end: 31",
        "    start: 1\n    end: 32",
        "quote: Putin",
        "questions[0].citations[0].quote: does not match the article text at 1-32",
    ),
    (
        "span too short",
        "    end: 31",
        "    end: 30",
        "end: 30",
        "questions[0].citations[0].end: the span 0-30 is 30 characters but the quote is 31",
    ),
    (
        "missing prompt",
        "  prompt: Which city did Putin visit on Friday?\n",
        "",
        "- id: q-1",
        "questions[0].prompt: is missing",
    ),
    (
        "wrong date",
        "published: 2024-05-17",
        "published: last May",
        "published:",
        "sources[0].published: must be a date such as 2024-05-17",
    ),
    (
        "missing article",
        "path: seeds/article.txt",
        "path: seeds/gone.txt",
        "path: seeds/gone.txt",
        "sources[0].path: the article file not found",
    ),
    (
        "escape from project",
        "path: seeds/article.txt",
        "path: ../../etc/passwd",
        "path: ../",
        "sources[0].path: must be a path relative to the project root",
    ),
    (
        "duplicate id",
        "questions:\n",
        "questions:\n" + MINIMAL_BANK.split("questions:\n")[1],
        "- id: q-1\n  type: multiple_choice\n  status: draft\n  prompt: Which city did Putin visit on Friday?\n  choices:\n  - Harbin\n  - Shanghai\n  answer: Harbin\n  explanation: He visited Harbin.\n  citations:\n  - source: art\n    quote: Putin visited Harbin on Friday.\n    start: 0\n    end: 31\n  topics:\n  - places\n  difficulty: easy\n  origin: generated\n- id: q-1",
        "questions[1].id: 'q-1' is already the id of questions[0]",
    ),
    (
        "list expected",
        "  topics:\n  - places",
        "  topics: places",
        "topics: places",
        "questions[0].topics: must be a list",
    ),
    (
        "bad difficulty",
        "difficulty: easy",
        "difficulty: 3",
        "difficulty: 3",
        "questions[0].difficulty: must be 'easy', 'medium' or 'hard'",
    ),
]


def _line_of(text: str, anchor: str) -> int:
    """1-based line on which `anchor` ends (the last line of a multi-line anchor)."""
    return text[: text.index(anchor) + len(anchor)].count("\n") + 1


@pytest.mark.parametrize("case,old,new,anchor,expected", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_copies_fail_with_file_line_field_and_message(minimal, case, old, new, anchor, expected):
    assert old in MINIMAL_BANK
    text = MINIMAL_BANK.replace(old, new, 1)
    minimal.write_text(text, encoding="utf-8")
    with pytest.raises(YamlInvalid) as caught:
        load_bank(minimal)
    lines = [str(p) for p in caught.value.problems]
    wanted = f"{minimal}:{_line_of(text, anchor)}: {expected}"
    assert any(line.startswith(wanted) for line in lines), (wanted, lines)


def flagged_bank_citing(path: str) -> str:
    """The minimal bank with its source at `path` and its question flagged, so no quote is checked."""
    text = MINIMAL_BANK.replace("path: seeds/article.txt", f"path: {path}")
    return text.replace("  origin: generated", "  flags:\n  - source_changed\n  origin: generated")


@pytest.mark.timeout(20)
@pytest.mark.parametrize("path,message", HOSTILE_SOURCES, ids=[h[0] for h in HOSTILE_SOURCES])
def test_a_source_that_is_not_an_article_in_seeds_is_a_problem_on_its_line(minimal, path, message):
    add_private_files(minimal.parent.parent)
    text = flagged_bank_citing(path)
    minimal.write_text(text, encoding="utf-8")
    with pytest.raises(YamlInvalid) as caught:
        load_bank(minimal)
    line = _line_of(text, f"path: {path}")
    assert [str(p) for p in caught.value.problems] == [f"{minimal}:{line}: sources[0].path: {message}"]
    assert SECRET not in str(caught.value) and "root:" not in str(caught.value)


def test_numeric_answer_must_be_a_number(minimal):
    text = MINIMAL_BANK.replace("type: multiple_choice", "type: numeric").replace(
        "  choices:\n  - Harbin\n  - Shanghai\n  answer: Harbin", "  answer: 240 billion"
    )
    minimal.write_text(text, encoding="utf-8")
    with pytest.raises(YamlInvalid) as caught:
        load_bank(minimal)
    line = _line_of(text, "answer: 240")
    assert [str(p) for p in caught.value.problems] == [
        f"{minimal}:{line}: questions[0].answer: must be a number such as 240 or 2.5, not '240 billion'"
    ]


@pytest.mark.parametrize(
    "new,words",
    [
        ("published: 2024-02-30", "'2024-02-30' is not a real date"),
        ("published: 2024-13-01", "'2024-13-01' is not a real date"),
        ("published: " + "2" * 5000, "is a number 5,000 characters long"),
    ],
    ids=["30 February", "month 13", "5,000 digits"],
)
def test_a_value_yaml_cannot_build_fails_with_file_and_line(minimal, new, words):
    text = MINIMAL_BANK.replace("published: 2024-05-17", new)
    minimal.write_text(text, encoding="utf-8")
    with pytest.raises(FileRejected) as caught:
        load_bank(minimal)
    assert str(caught.value).startswith(f"{minimal}:{_line_of(text, new)}: ")
    assert words in str(caught.value)


@pytest.mark.parametrize(
    "field,value",
    [("answer", ".nan"), ("answer", ".inf"), ("answer", "-.inf"), ("tolerance", ".inf"), ("tolerance", ".NaN")],
)
def test_a_numeric_answer_and_tolerance_must_be_ordinary_numbers(minimal, field, value):
    text = MINIMAL_BANK.replace("type: multiple_choice", "type: numeric").replace(
        "  choices:\n  - Harbin\n  - Shanghai\n  answer: Harbin", "  answer: 240\n  tolerance: 5"
    )
    text = text.replace(f"  {field}: {'240' if field == 'answer' else '5'}\n", f"  {field}: {value}\n")
    minimal.write_text(text, encoding="utf-8")
    with pytest.raises(YamlInvalid) as caught:
        load_bank(minimal)
    line = _line_of(text, f"{field}: {value}")
    assert [str(p) for p in caught.value.problems] == [
        f"{minimal}:{line}: questions[0].{field}: must be an ordinary number, not .nan or .inf"
    ]


def test_a_bank_that_is_not_a_mapping_is_refused(minimal):
    minimal.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(FileRejected, match="is not a question bank"):
        load_bank(minimal)


@pytest.mark.parametrize(
    "data,words",
    [(b"\xff\xfe\x00binary", "binary"), (b"title: caf\xe9\n", "not UTF-8"), (b"", "is not a question bank")],
)
def test_unreadable_bank_files_are_refused(minimal, data, words):
    minimal.write_bytes(data)
    with pytest.raises(FileRejected, match=words):
        load_bank(minimal)


def test_save_is_atomic_when_the_rename_fails(minimal, monkeypatch):
    before = minimal.read_bytes()
    bank = load_bank(minimal)
    changed = bank.model_copy(update={"title": "Changed"})

    def crash(*_args, **_kwargs):
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        save_bank(changed, minimal)
    assert minimal.read_bytes() == before
    assert sorted(p.name for p in minimal.parent.iterdir()) == ["quiz.yaml"]


def test_save_writes_utf8_block_yaml_without_tags_or_aliases(minimal):
    bank = load_bank(minimal)
    question = bank.questions[0].model_copy(update={"explanation": "Line one\nLine two — Zhōngnánhǎi", "topics": ["x"]})
    bank = bank.model_copy(update={"questions": [question]})
    save_bank(bank, minimal)
    text = minimal.read_text(encoding="utf-8")
    assert "explanation: |-\n    Line one\n    Line two — Zhōngnánhǎi" in text
    assert "!!" not in text and "&" not in text and "{" not in text
    assert load_bank(minimal) == bank


def test_a_bank_of_100000_questions_loads_in_seconds_within_bounded_memory(tmp_path):
    question = MINIMAL_BANK.split("questions:\n")[1]
    body = "".join(question.replace("id: q-1", f"id: q-{n}") for n in range(100_000))
    path = tmp_path / "question_banks" / "big.yaml"
    path.parent.mkdir()
    path.write_text(MINIMAL_BANK.split("questions:\n")[0] + "questions:\n" + body, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "article.txt").write_text(MINIMAL_ARTICLE, encoding="utf-8")
    script = (
        "import resource, sys, time; from quizgen.storage import load_bank; t = time.perf_counter(); "
        f"bank = load_bank({str(path)!r}); "
        "print(len(bank.questions), time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=PROJECT, timeout=120)
    assert out.returncode == 0, out.stderr
    count, seconds, max_rss_kb = out.stdout.split()
    assert int(count) == 100_000
    assert float(seconds) < 60
    assert int(max_rss_kb) < 1_500_000


def test_banks_are_found_in_folders_in_name_order(tmp_path):
    for name in ("b.yaml", "a.yml", "notes.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in find_banks([tmp_path])] == ["a.yml", "b.yaml"]

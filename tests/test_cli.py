"""The command line: exit codes, one-line errors, and help with an example on every command."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from quizgen.access import parse_password_hash, verify_password
from quizgen.cli import main
from tests.samples import (
    HOSTILE_SOURCES,
    MINIMAL_ARTICLE,
    MINIMAL_BANK,
    PROJECT,
    SECRET,
    SEED_FILES,
    add_private_files,
)


def run(*args: str, cwd=PROJECT):
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def all_commands(group: click.Group):
    yield from group.commands.items()


@pytest.mark.parametrize("name,command", list(all_commands(main)))
def test_every_command_has_help_with_an_example(name, command):
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"python -m quizgen {name}" in result.output


def test_top_level_help_has_an_example():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_validate_passes_on_the_shipped_banks():
    result = run("validate")
    assert result.exit_code == 0, result.output
    assert "ok: question_banks/" in result.output


def test_validate_exits_1_with_file_line_messages_on_a_broken_copy(project):
    bank = sorted((project / "question_banks").glob("*.yaml"))[0]
    text = bank.read_text(encoding="utf-8")
    bank.write_text(text.replace("  explanation:", "  explaination:", 1), encoding="utf-8")
    result = run("validate", str(bank), cwd=project)
    assert result.exit_code == 1
    first = result.output.splitlines()[0]
    assert first.startswith(f"{bank}:") and "unknown key 'explaination' (did you mean 'explanation'?)" in first


def test_validate_reports_every_source_that_is_not_an_article_in_seeds_and_never_hangs(tmp_path):
    add_private_files(tmp_path)
    (tmp_path / "seeds" / "article.txt").write_text(MINIMAL_ARTICLE, encoding="utf-8")
    for number, (path, _) in enumerate(HOSTILE_SOURCES):
        text = MINIMAL_BANK.replace("path: seeds/article.txt", f"path: {path}")
        text = text.replace("  origin: generated", "  flags:\n  - source_changed\n  origin: generated")
        (tmp_path / "question_banks" / f"bank-{number}.yaml").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", "validate", "question_banks"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"question_banks/bank-{number}.yaml:8: sources[0].path: {message}"
        for number, (_, message) in enumerate(HOSTILE_SOURCES)
    ]
    assert SECRET not in done.stdout + done.stderr and "root:" not in done.stdout


def test_validate_reports_unreadable_files_in_one_line(project):
    bad = project / "question_banks" / "zz.yaml"
    bad.write_bytes(b"title: \xff\xfe")
    result = run("validate", cwd=project)
    assert result.exit_code == 1
    assert "question_banks/zz.yaml:1: is not UTF-8 text" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "old,new,words",
    [
        ("published: 2024-05-17", "published: 2024-02-30", "'2024-02-30' is not a real date"),
        ("start: 6971", "start: " + "6" * 5000, "is a number 5,000 characters long"),
    ],
    ids=["30 February", "5,000 digits"],
)
def test_validate_reports_a_value_yaml_cannot_build_as_file_line(project, old, new, words):
    bank = project / "question_banks" / "starter.yaml"
    text = bank.read_text(encoding="utf-8").replace(old, new, 1)
    bank.write_text(text, encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    result = run("validate", cwd=project)
    assert result.exit_code == 1
    reported = [row for row in result.output.splitlines() if row.startswith("question_banks/starter.yaml:")]
    assert len(reported) == 1 and reported[0].startswith(f"question_banks/starter.yaml:{line}: ")
    assert words in reported[0]
    assert "ok: question_banks/generated.yaml" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "command", [["sources"], ["generate", "--quiet", "--bank", "question_banks/new.yaml"]], ids=["sources", "generate"]
)
def test_an_impossible_date_in_the_catalog_is_one_file_line_error(project, command):
    catalog = project / "seeds" / "catalog.yaml"
    text = catalog.read_text(encoding="utf-8").replace("published: 2024-05-17", "published: 2024-02-30", 1)
    catalog.write_text(text, encoding="utf-8")
    line = text[: text.index("2024-02-30")].count("\n") + 1
    result = run(*command, cwd=project)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: seeds/catalog.yaml:{line}: '2024-02-30' is not a real date; check the month and the day "
        "(and the time, if there is one), or put it in quotes if it is text"
    ]
    assert not (project / "question_banks" / "new.yaml").exists()


def test_validate_with_no_banks_says_what_to_do(tmp_path):
    result = run("validate", str(tmp_path), cwd=tmp_path)
    assert result.exit_code == 1
    assert "no bank files" in result.output


def test_sources_lists_the_five_articles_with_title_outlet_and_date():
    result = run("sources")
    assert result.exit_code == 0
    assert "5 article(s)" in result.output
    assert "Putin and Xi Hail ‘New Model’ of Ties Between Powers in Show of Unity" in result.output
    assert "The New York Times · 2024-05-16 · seeds/003_d040585a85b3db4b.txt" in result.output


def test_sources_skips_a_bad_article_and_says_why(project):
    (project / "seeds" / "broken.txt").write_bytes(b"\x00\x01\x02")
    result = run("sources", cwd=project)
    assert result.exit_code == 0
    assert "Skipped: " in result.output and "broken.txt" in result.output and "binary" in result.output
    assert "5 article(s), 1 skipped" in result.output


def _hash_in(stdout: str) -> str:
    header, line = stdout.splitlines()
    assert header == "[teacher]" and line.startswith('password_hash = "scrypt$') and line.endswith('"')
    return line.split('"')[1]


def test_hash_password_asks_twice_without_showing_it_and_prints_the_secrets_lines():
    result = CliRunner().invoke(main, ["hash-password"], input="a long password\na long password\n")
    assert result.exit_code == 0, result.output
    assert verify_password("a long password", parse_password_hash(_hash_in(result.stdout)))
    assert "a long password" not in result.output
    assert "Put these lines in .streamlit/secrets.toml (or set QUIZGEN_TEACHER_PASSWORD_HASH=" in result.stderr


def test_hash_password_asks_again_when_the_two_entries_differ():
    result = CliRunner().invoke(
        main, ["hash-password"], input="a long password\na lung password\nsecond try at it\nsecond try at it\n"
    )
    assert result.exit_code == 0
    assert "do not match" in result.output
    assert verify_password("second try at it", parse_password_hash(_hash_in(result.stdout)))


def test_hash_password_reads_stdin_keeping_spaces_inside_the_line():
    result = CliRunner().invoke(main, ["hash-password", "--stdin"], input="  spaced out  \nignored\n")
    assert result.exit_code == 0
    assert verify_password("  spaced out  ", parse_password_hash(_hash_in(result.stdout)))


@pytest.mark.parametrize(
    "given,words",
    [
        ("short\n", "the password is 5 characters; use at least 12"),
        ("", "the password is empty"),
        ("password1234\n", "the password is too easy to guess (this is a very common password)"),
    ],
)
def test_hash_password_refuses_a_weak_password_in_one_line(given, words):
    result = CliRunner().invoke(main, ["hash-password", "--stdin"], input=given)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {words}") and result.stderr.endswith("; no hash was made\n")
    assert len(result.stderr.splitlines()) == 1


def test_generate_writes_a_valid_bank_with_a_progress_bar(project):
    bank = project / "question_banks" / "summit.yaml"
    result = CliRunner().invoke(
        main,
        ["generate", "--seeds", str(project / "seeds"), "--bank", str(bank), "--title", "Summit"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "Reading articles" in result.stderr and "5/5" in result.stderr
    assert f"{bank}: " in result.stdout and "questions from 5 article(s)" in result.stdout
    with contextlib.chdir(project):
        assert run("validate", str(bank)).exit_code == 0


def test_regenerating_the_shipped_bank_changes_nothing_and_keeps_the_review(project):
    """A fresh clone's `python -m quizgen generate` leaves the reviewed bank exactly as shipped."""
    bank = project / "question_banks" / "generated.yaml"
    shipped = bank.read_bytes()
    with contextlib.chdir(project):
        result = CliRunner().invoke(main, ["generate", "--quiet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert not re.search(r"\b0 generated", result.output) and "kept from teachers" in result.output
    assert bank.read_bytes() == shipped


def test_generate_quiet_prints_only_the_summary(project):
    bank = project / "question_banks" / "summit.yaml"
    result = CliRunner().invoke(main, ["generate", "--seeds", str(project / "seeds"), "--bank", str(bank), "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == "" and len(result.stdout.splitlines()) == 1


def test_generate_without_articles_says_what_is_wrong(tmp_path):
    (tmp_path / "seeds").mkdir()
    result = run("generate", "--seeds", str(tmp_path / "seeds"), "--bank", str(tmp_path / "b.yaml"), cwd=tmp_path)
    assert result.exit_code == 1 and "no articles to generate from" in result.output


def test_generate_from_a_folder_banks_cannot_cite_says_where_the_articles_go(tmp_path):
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED_FILES[0], tmp_path / "articles")
    bank = tmp_path / "question_banks" / "b.yaml"
    result = run("generate", "--seeds", "articles", "--bank", str(bank), "--quiet", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: articles: banks in {bank.parent} cite only the articles in {tmp_path / 'seeds'}; move them there"
    )
    assert not bank.exists()


def test_evaluate_reports_against_the_targets():
    result = run("evaluate")
    assert result.exit_code == 0, result.output
    assert "automated checks: 100.0%" in result.output and "gold-fact coverage" in result.output


def test_evaluate_prints_a_sample_with_everything_a_rater_needs():
    result = run("evaluate", "--sample", "3", "--seed", "7")
    assert result.exit_code == 0, result.output
    blocks = [b for b in result.output.split("\n\n") if b.strip()]
    assert len(blocks) == 3
    for block in blocks:
        assert "  Q: " in block and "  Why: " in block and "  Source (" in block


@pytest.mark.parametrize(
    "command",
    [
        ["generate", "--quiet", "--bank", "question_banks/" + "b" * 300 + ".yaml"],
        ["validate", "question_banks/" + "b" * 300 + ".yaml"],
        ["sources", "--seeds", "s" * 300],
    ],
    ids=["generate", "validate", "sources"],
)
def test_a_file_the_system_refuses_is_one_line_that_says_what_to_check(project, command):
    result = run(*command, cwd=project)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    assert "File name too long" in lines[0]
    assert "check the path" in lines[0] or "cannot be read" in lines[0]

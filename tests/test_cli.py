"""The command line: exit codes, one-line errors, and help with an example on every command."""

from __future__ import annotations

import contextlib

import click
import pytest
from click.testing import CliRunner

from quizgen.cli import main
from tests.samples import PROJECT


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


def test_validate_reports_unreadable_files_in_one_line(project):
    bad = project / "question_banks" / "zz.yaml"
    bad.write_bytes(b"title: \xff\xfe")
    result = run("validate", cwd=project)
    assert result.exit_code == 1
    assert "question_banks/zz.yaml:1: is not UTF-8 text" in result.output
    assert "Traceback" not in result.output


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

"""`quizgen export`: the file written, the one-line report, and no file lost to a careless command."""

from __future__ import annotations

import contextlib

import pytest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.export.run import FORMATS
from tests.samples import PROJECT


def run(*args: str, cwd):
    with contextlib.chdir(cwd):
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_export_writes_the_file_named_after_the_bank_and_reports_in_one_line(project):
    result = run(
        "export", "question_banks/generated.yaml", "--format", "moodle-xml", "--status", "approved", cwd=project
    )
    assert result.exit_code == 0, result.output
    written = project / "questions-from-the-articles.xml"
    assert written.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    assert result.output.startswith("questions-from-the-articles.xml: ")
    assert "questions exported to Moodle XML" in result.output


def test_export_never_replaces_a_file_unless_told_and_never_writes_over_a_bank(project):
    bank = project / "question_banks" / "generated.yaml"
    before = bank.read_bytes()
    result = run("export", str(bank), "--format", "json", "-o", str(bank), cwd=project)
    assert result.exit_code == 1 and "is a bank's file name; choose a file ending in .json" in result.output
    assert bank.read_bytes() == before
    target = project / "out.csv"
    target.write_text("a teacher's own spreadsheet")
    result = run("export", str(bank), "--format", "csv", "-o", str(target), cwd=project)
    assert result.exit_code == 1 and "add --force to replace it" in result.output
    assert target.read_text() == "a teacher's own spreadsheet"
    result = run("export", str(bank), "--format", "csv", "-o", str(target), "--force", cwd=project)
    assert result.exit_code == 0 and target.read_text(encoding="utf-8-sig").startswith("id,type,status")


def test_export_to_stdout_and_the_questions_left_out(project):
    result = run("export", "question_banks/generated.yaml", "--format", "gift", "-o", "-", cwd=project)
    assert result.exit_code == 0
    assert result.stdout.startswith("$CATEGORY: $course$/top/Questions from the articles")
    assert "exported to GIFT" in result.stderr


def test_export_with_nothing_chosen_or_a_missing_bank_is_one_line(project):
    result = run("export", "question_banks/generated.yaml", "--format", "csv", "--topic", "volcanoes", cwd=project)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: no question of “Questions from the articles” matches status approved or draft and topic volcanoes, "
        "so there is nothing to export"
    ]
    result = run("export", "question_banks/missing.yaml", "--format", "csv", cwd=project)
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    result = run("export", "question_banks/generated.yaml", "--format", "docx", cwd=project)
    assert result.exit_code == 2 and "'docx' is not one of" in result.output


def test_schema_prints_the_published_json_schema(project):
    result = run("schema", cwd=project)
    assert result.exit_code == 0
    assert result.output == (PROJECT / "docs" / "bank.schema.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_exports_the_shipped_bank_from_the_command_line(project, fmt):
    out = project / f"out{FORMATS[fmt].suffix}"
    result = run("export", "question_banks/generated.yaml", "--format", fmt, "-o", str(out), cwd=project)
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 500
    assert f"questions exported to {FORMATS[fmt].label}" in result.output

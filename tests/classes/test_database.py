"""Opening the store: a fresh database gets the whole schema, opening it again changes nothing."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from quizgen.classes import AssignmentSettings, create_assignment, database_url, list_assignments, open_store
from quizgen.classes.tables import Base

TABLES = {"alembic_version", "assignments", "assignment_questions", "attempts", "attempt_items", "answers"}
MIGRATIONS = Path(__file__).resolve().parents[2] / "quizgen" / "classes" / "migrations"


def _head() -> str | None:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def _revision(url: str) -> str | None:
    engine = create_engine(url)
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return current


def test_a_fresh_database_gets_the_schema_at_the_latest_revision(database_url):
    open_store(database_url).close()
    engine = create_engine(database_url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    with engine.connect() as connection:
        # The migration builds exactly what the models declare: no table, column or constraint differs.
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()
    assert _revision(database_url) == _head()


def test_opening_again_keeps_the_data_and_the_revision(database_url, starter_questions):
    first = open_store(database_url)
    made = create_assignment(first, starter_questions, AssignmentSettings(title="Summit"))
    first.close()
    again = open_store(database_url)
    assert [a.id for a in list_assignments(again)] == [made.id]
    again.close()
    assert _revision(database_url) == _head()


def test_the_default_is_sqlite_in_wal_mode_in_the_data_folder_of_quizgen_home(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_HOME", str(tmp_path))
    monkeypatch.delenv("QUIZGEN_DATABASE_URL", raising=False)
    expected = tmp_path.resolve() / ".quizgen" / "classes.sqlite3"
    assert database_url() == f"sqlite:///{expected}"
    store = open_store()
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    store.close()
    assert expected.is_file()


def test_quizgen_database_url_chooses_another_database(tmp_path, monkeypatch):
    chosen = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    monkeypatch.setenv("QUIZGEN_DATABASE_URL", chosen)
    assert database_url() == chosen
    open_store().close()
    assert (tmp_path / "elsewhere.db").is_file()

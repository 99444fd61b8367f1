"""The class store's tests run on real databases: a SQLite file in a temporary folder, and PostgreSQL.

PostgreSQL is $QUIZGEN_TEST_POSTGRES_URL when set (its user must be allowed to create databases); otherwise,
when Debian's `initdb` is installed, a throwaway cluster this session starts on 127.0.0.1 and removes at the
end. Without either the PostgreSQL runs are skipped, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from quizgen.classes import Store, open_store
from quizgen.models import Question
from quizgen.storage import load_bank
from tests.samples import BANKS

POSTGRES_URL_VARIABLE = "QUIZGEN_TEST_POSTGRES_URL"
START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Clock:
    """A clock a test moves by hand."""

    def __init__(self, now: dt.datetime = START):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def _initdb() -> str | None:
    found = shutil.which("initdb") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)), None
    )
    return found


def _as_postgres(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is required in CI but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A URL of a PostgreSQL server on which the tests may create and drop databases."""
    given = os.environ.get(POSTGRES_URL_VARIABLE)
    if given:
        yield given
        return
    initdb = _initdb()
    if initdb is None:
        _unavailable(f"initdb is not installed (apt-get install postgresql) and {POSTGRES_URL_VARIABLE} is not set")
    assert initdb is not None
    pg_ctl = str(Path(initdb).with_name("pg_ctl"))
    folder = Path(tempfile.mkdtemp(prefix="quizgen-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    try:
        subprocess.run(
            _as_postgres([initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]),
            check=True,
            capture_output=True,
        )
        subprocess.run(
            _as_postgres([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]),
            check=True,
            capture_output=True,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(folder, ignore_errors=True)
        _unavailable(f"a throwaway PostgreSQL cluster did not start: {error}")
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(_as_postgres([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fresh_postgres(postgres_admin_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the PostgreSQL server, dropped after the test."""
    name = f"quizgen_test_{secrets.token_hex(6)}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(postgres_admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'classes.sqlite3'}"
    return str(request.getfixturevalue("fresh_postgres"))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(database_url: str, clock: Clock) -> Iterator[Store]:
    """An open store on each kind of database, on a clock the test moves."""
    opened = open_store(database_url, clock=clock)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def bank_questions() -> list[Question]:
    """Every question of the shipped banks, starter first (one of each type)."""
    return [question for name in ("starter.yaml", "generated.yaml") for question in load_bank(BANKS / name).questions]


@pytest.fixture(scope="session")
def starter_questions() -> list[Question]:
    return list(load_bank(BANKS / "starter.yaml").questions)

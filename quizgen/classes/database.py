"""Opening the class database: which one, its engine, and its schema brought up to date on every open."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from ..config import CLASSES
from ..storage import DATA_FOLDER, project_root

__all__ = ["DATABASE_URL_VARIABLE", "Clock", "Store", "database_url", "open_store", "store_made", "utc_now"]

DATABASE_URL_VARIABLE = "QUIZGEN_DATABASE_URL"
_MIGRATIONS = Path(__file__).parent / "migrations"
# Alembic keeps the running migration's context in module globals, so one process migrates one database at a time.
_MIGRATING = threading.Lock()
# Any fixed number: app processes opening one PostgreSQL database at once take turns migrating it.
_MIGRATION_LOCK_KEY = 0x71756967

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time, in UTC (the store's default clock)."""
    return dt.datetime.now(dt.UTC)


@dataclass
class Store:
    """An open class database: `session()` gives a transaction; `clock` is what "now" is (tests set it)."""

    engine: Engine
    clock: Clock = utc_now
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def now(self) -> dt.datetime:
        """The store clock's time, which must carry its time zone."""
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the store's clock must give aware times (with a time zone)")
        return moment

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def database_url(root: Path | None = None) -> str:
    """$QUIZGEN_DATABASE_URL, or the SQLite file in the data folder of the project at `root` ($QUIZGEN_HOME)."""
    chosen = os.environ.get(DATABASE_URL_VARIABLE, "").strip()
    if chosen:
        return chosen
    folder = (root or project_root()) / DATA_FOLDER
    return f"sqlite:///{folder / CLASSES.sqlite_file}"


def store_made(url: str) -> bool:
    """Whether the database at `url` may hold assignments: False only for an SQLite file not made yet, so a
    page that only reads results need not create one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return True
    return Path(parsed.database).exists()


def open_store(url: str | None = None, *, clock: Clock = utc_now) -> Store:
    """Open (creating on first use) the class database at `url` (default: `database_url()`), migrated to the latest schema."""
    engine = _engine(url or database_url())
    upgrade(engine)
    return Store(engine, clock)


def upgrade(engine: Engine) -> None:
    """Apply every migration the database lacks; a database already at the latest revision is left as it is."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    with _MIGRATING, engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"timeout": CLASSES.sqlite_busy_seconds})
    event.listen(engine, "connect", _sqlite_connected)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connected(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    # Python's sqlite3 opens transactions lazily, at the first write, too late to wait for another
    # writer; turning that off lets `_sqlite_begin` take the write lock at the start instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(CLASSES.sqlite_busy_seconds * 1000)}")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # A write lock from the start: two writers queue (up to the busy timeout) instead of one failing when
    # its read snapshot turns out stale at its first write.
    connection.exec_driver_sql("BEGIN IMMEDIATE")

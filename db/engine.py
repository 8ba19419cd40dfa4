"""Engine factory: the SQLite settings that keep data safe through power cuts.

* WAL journal and ``synchronous=FULL``: a committed transaction survives a power cut.
* ``foreign_keys=ON``: SQLite leaves it off by default.
* a busy timeout, so a reader and the writer wait for each other instead of failing at once.
* explicit ``BEGIN`` (``BEGIN IMMEDIATE`` for writes): the sqlite3 module's implicit transactions
  would otherwise start late and let two writers interleave.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTIONS = {"sqlite_begin": "BEGIN IMMEDIATE"}


class DatabaseDamagedError(Exception):
    """The file is not a usable SQLite database, or its integrity check failed."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"The database {path} is damaged: {detail}")
        self.path = path
        self.detail = detail


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    if read_only:
        return f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
    return f"sqlite:///{path.as_posix()}"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine for the database file at ``path`` with the pragmas above applied to every connection."""
    engine = create_engine(
        sqlite_url(path, read_only=read_only),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        # Connections are cheap to open; not pooling them means dispose() really closes the file,
        # which restore and the crash test rely on.
        poolclass=NullPool,
    )
    _install_pragmas(engine, read_only=read_only)
    return engine


CACHE_KIB = 65536


def _install_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Autocommit at the driver level; transactions are begun explicitly in _on_begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            # A ceiling, not an allocation: 64 MB of pages keeps a million-row import's index
            # inserts in memory (the 2 MB default made them spill; about 30% slower).
            cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        begin = connection.get_execution_options().get("sqlite_begin", "BEGIN")
        connection.exec_driver_sql(begin)


def quick_check(path: Path) -> None:
    """Run ``PRAGMA quick_check`` on the file; raise :class:`DatabaseDamagedError` unless it is ``ok``."""
    run_check(path, "quick_check")


def integrity_check(path: Path) -> None:
    """The thorough check (``PRAGMA integrity_check``), used on backups."""
    run_check(path, "integrity_check")


def run_check(path: Path, pragma: str) -> None:
    try:
        connection = sqlite3.connect(
            f"file:{path.as_posix()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise DatabaseDamagedError(path, str(exc)) from exc
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(path, str(exc)) from exc
    finally:
        connection.close()
    messages = [row[0] for row in rows]
    if messages != ["ok"]:
        raise DatabaseDamagedError(path, "; ".join(messages[:5]))

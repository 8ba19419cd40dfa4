"""One writer per database: a second window gets a read-only view, and no error path keeps the lock."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from db.engine import DatabaseDamagedError
from db.lock import InstanceLock, lock_path_for
from db.models import District
from db.schema import NotOurDatabaseError, SchemaTooNewError
from desktop.services.database import READ_ONLY_BECAUSE_IN_USE, Database
from desktop.services.errors import ReadOnlyError
from desktop.services.opening import CannotOpenError, open_database


def _lock_is_free(path: Path) -> bool:
    lock = InstanceLock(path)
    try:
        return lock.acquire()
    finally:
        lock.release()


def _add_district(db: Database) -> None:
    with db.transaction() as session:
        session.add(District(name="Belagavi", state_name="Karnataka", udise_code="2901"))


def _districts(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(District)) or 0


def test_lock_file_sits_beside_the_database(db: Database, db_path: Path) -> None:
    assert lock_path_for(db_path) == db_path.with_name("district.db.lock")
    assert lock_path_for(db_path).exists()
    assert db.lock is not None and db.lock.held
    assert not _lock_is_free(db_path)


def test_second_window_is_read_only(db: Database, db_path: Path) -> None:
    _add_district(db)
    second, report = open_database(db_path, operator="second window")
    try:
        assert second.read_only
        assert not report.created and report.migrated_from is None
        assert second.read_only_reason == READ_ONLY_BECAUSE_IN_USE
        refused = pytest.raises(ReadOnlyError, match=r"Another .* window is already using this database")
        with refused, second.transaction():
            pytest.fail("a read-only window must not start a write transaction")
        assert _districts(second) == 1  # but it can read
        with db.transaction() as session:  # the first window keeps writing,
            session.add(District(name="Bagalkot", state_name="Karnataka", udise_code="2902"))
        assert _districts(second) == 2  # and the second sees it
    finally:
        second.close()
    # Closing the read-only window leaves the writer's lock alone.
    assert not _lock_is_free(db_path)
    assert _districts(db) == 2


def test_read_only_window_cannot_write_even_with_raw_sql(db: Database, db_path: Path) -> None:
    second, _ = open_database(db_path, operator="second window")
    try:
        with second.reading() as session, pytest.raises(OperationalError, match="readonly"):
            session.connection().exec_driver_sql(
                "INSERT INTO district (name, state_name, udise_code) VALUES ('X', 'Y', '2999')"
            )
    finally:
        second.close()
    assert _districts(db) == 0


def test_after_the_writer_closes_a_new_open_is_writable(db_path: Path) -> None:
    first, _ = open_database(db_path, operator="first")
    second, _ = open_database(db_path, operator="second")
    assert not first.read_only and second.read_only
    first.close()
    second.close()
    third, _ = open_database(db_path, operator="third")
    try:
        assert not third.read_only
        _add_district(third)
        assert _districts(third) == 1
    finally:
        third.close()
    assert _lock_is_free(db_path)


def test_read_only_window_needs_an_existing_file(db_path: Path) -> None:
    """Another window holds the lock of a file that was never created: nothing to show read-only."""
    db_path.parent.mkdir(parents=True)
    holder = InstanceLock(db_path)
    assert holder.acquire()
    try:
        with pytest.raises(CannotOpenError, match="does not exist yet"):
            open_database(db_path, operator="second")
        assert not db_path.exists()
    finally:
        holder.release()


def _too_new(path: Path) -> None:
    database, _ = open_database(path, operator="tester")
    database.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    finally:
        connection.close()


def _foreign(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE members (id INTEGER PRIMARY KEY)")
        connection.commit()
    finally:
        connection.close()


def _garbage(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"This is a spreadsheet, not a database.\n" * 200)


@pytest.mark.parametrize(
    ("prepare", "error"),
    [
        (_too_new, SchemaTooNewError),
        (_foreign, NotOurDatabaseError),
        (_garbage, DatabaseDamagedError),
    ],
    ids=["too-new", "not-ours", "damaged"],
)
def test_every_failed_open_releases_the_lock(
    db_path: Path, prepare: Callable[[Path], None], error: type[Exception]
) -> None:
    prepare(db_path)
    for _ in range(2):  # a second attempt fails the same way, not with "in use elsewhere"
        with pytest.raises(error):
            open_database(db_path, operator="tester")
        assert _lock_is_free(db_path)


def test_too_new_file_is_refused_by_a_read_only_window_too(db_path: Path) -> None:
    """Even without the lock, a newer release's file is refused rather than shown."""
    _too_new(db_path)
    holder = InstanceLock(db_path)
    assert holder.acquire()
    try:
        with pytest.raises(SchemaTooNewError):
            open_database(db_path, operator="second")
        assert not _lock_is_free(db_path)  # the holder's lock was not touched
    finally:
        holder.release()
    assert _lock_is_free(db_path)

"""The SQLite settings every connection runs with, and how write transactions begin."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db.engine import BUSY_TIMEOUT_MS, make_engine
from db.models import Block, District
from desktop.services.database import Database

THREAD_TIMEOUT_S = 20


def _pragmas(session: Session) -> dict[str, Any]:
    return {
        name: session.execute(text(f"PRAGMA {name}")).scalar_one()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


def _add_district(db: Database, name: str = "Belagavi", code: str = "2901") -> int:
    with db.transaction() as session:
        district = District(name=name, state_name="Karnataka", udise_code=code)
        session.add(district)
        session.flush()
        return district.id


@pytest.mark.parametrize("mode", ["transaction", "reading"])
def test_pragmas_are_in_force(db: Database, mode: str) -> None:
    """WAL, synchronous=FULL, foreign keys on and a busy timeout, for writers and readers alike."""
    block = db.transaction() if mode == "transaction" else db.reading()
    with block as session:
        pragmas = _pragmas(session)
    assert pragmas["journal_mode"] == "wal"
    assert pragmas["synchronous"] == 2  # FULL
    assert pragmas["foreign_keys"] == 1
    assert pragmas["busy_timeout"] == BUSY_TIMEOUT_MS
    assert pragmas["busy_timeout"] > 0


def test_read_only_engine_keeps_the_safety_pragmas(db: Database, db_path: Path) -> None:
    """The engine of a read-only window still enforces foreign keys and waits when busy."""
    engine = make_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


def test_foreign_key_violation_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.transaction() as session:
        session.add(Block(district_id=999, name="Nowhere"))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Block)) == 0


def test_deleting_a_referenced_row_is_refused(db: Database) -> None:
    district_id = _add_district(db)
    with db.transaction() as session:
        session.add(Block(district_id=district_id, name="Athani"))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.transaction() as session:
        session.execute(text("DELETE FROM district WHERE id = :id"), {"id": district_id})
    with db.reading() as session:
        assert session.get(District, district_id) is not None


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    """Every SQL statement sent through ``db.engine`` while the test runs, and commits / rollbacks."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement.strip().upper())

    def commit(_conn: Any) -> None:
        seen.append("<commit>")

    def rollback(_conn: Any) -> None:
        seen.append("<rollback>")

    hooks = {"before_cursor_execute": record, "commit": commit, "rollback": rollback}
    for name, hook in hooks.items():
        event.listen(db.engine, name, hook)
    try:
        yield seen
    finally:
        for name, hook in hooks.items():
            event.remove(db.engine, name, hook)


def test_write_transactions_begin_immediate(db: Database, statements: list[str]) -> None:
    _add_district(db)
    assert statements[0] == "BEGIN IMMEDIATE"
    assert statements.count("BEGIN IMMEDIATE") == 1
    assert statements[-1] == "<commit>"


def test_reading_begins_deferred_and_never_commits(db: Database, statements: list[str]) -> None:
    with db.reading() as session:
        session.execute(select(District)).all()
    assert statements[0] == "BEGIN"
    assert statements[-1] == "<rollback>"
    assert "<commit>" not in statements


def _second_handle(path: Path) -> Database:
    """Another handle on the same file, as a second thread or process would have (no instance lock)."""
    return Database(path, make_engine(path), operator="second")


def test_second_writer_waits_for_the_first(db: Database, db_path: Path) -> None:
    """A read-then-write transaction in another handle waits at BEGIN instead of failing later.

    Thread A starts a transaction and reads; thread B then starts its own. Because writes begin
    with BEGIN IMMEDIATE, B blocks until A commits, then sees A's change and writes on top of it.
    """
    district_id = _add_district(db)
    other = _second_handle(db_path)
    a_holds = threading.Event()
    b_starting = threading.Event()
    hold_s = 0.3
    results: dict[str, Any] = {}
    errors: list[BaseException] = []

    def writer_a() -> None:
        try:
            with db.transaction() as session:
                district = session.get(District, district_id)
                assert district is not None
                a_holds.set()
                assert b_starting.wait(THREAD_TIMEOUT_S)
                time.sleep(hold_s)  # B is now blocked in BEGIN IMMEDIATE
                district.name_local = "ಬೆಳಗಾವಿ"
            results["a_committed"] = time.monotonic()
        except BaseException as exc:
            errors.append(exc)

    def writer_b() -> None:
        try:
            assert a_holds.wait(THREAD_TIMEOUT_S)
            started = time.monotonic()
            b_starting.set()
            with other.transaction() as session:
                district = session.get(District, district_id)
                assert district is not None
                results["b_waited"] = time.monotonic() - started
                results["b_saw"] = district.name_local
                district.name = "Belagavi (Belgaum)"
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer_a), threading.Thread(target=writer_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(THREAD_TIMEOUT_S)
    other.close()
    assert not errors, errors
    assert results["b_waited"] >= hold_s
    assert results["b_saw"] == "ಬೆಳಗಾವಿ"
    with db.reading() as session:
        district = session.get(District, district_id)
        assert district is not None
        assert (district.name, district.name_local) == ("Belagavi (Belgaum)", "ಬೆಳಗಾವಿ")


def test_deferred_begin_would_fail_the_second_writer(db: Database, db_path: Path) -> None:
    """The control for the test above: with plain BEGIN the same interleaving fails outright.

    Both transactions read first; A then writes and commits; B's snapshot is stale, so its write
    cannot be upgraded and SQLite refuses at once (the busy timeout cannot help). This is why
    Database.transaction() begins with BEGIN IMMEDIATE.
    """
    district_id = _add_district(db)
    engine_a, engine_b = make_engine(db_path), make_engine(db_path)
    session_a, session_b = Session(bind=engine_a), Session(bind=engine_b)  # plain, deferred BEGIN
    update = text("UPDATE district SET name_local = :value WHERE id = :id")
    try:
        assert session_a.get(District, district_id) is not None
        assert session_b.get(District, district_id) is not None
        session_a.execute(update, {"value": "A", "id": district_id})
        session_a.commit()
        started = time.monotonic()
        with pytest.raises(OperationalError, match="locked"):
            session_b.execute(update, {"value": "B", "id": district_id})
        assert time.monotonic() - started < BUSY_TIMEOUT_MS / 1000 / 2
    finally:
        session_a.close()
        session_b.close()
        engine_a.dispose()
        engine_b.dispose()

"""Migration 0009: the exchange log accepts return templates, and stays append-only.

The log is rebuilt (SQLite cannot change a CHECK constraint in place); the rebuild drops the
table's triggers, which the migration makes again. Checked on a database at 0008 with log rows
and an erasure pointing at one, on the committed 0.1.0 database, and back down to 0008.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine

from db.engine import make_engine
from db.schema import alembic_config, head_revision, upgrade
from desktop.services.opening import open_database

RELEASE_0_1_0 = Path(__file__).resolve().parent / "fixtures" / "release-0.1.0.db"
APPEND_ONLY = "exchange_log is append-only: entries cannot be changed or deleted"
COLUMNS = (
    "event, package_id, format_version, mou_reference, partner_names, organisation_ids, purpose, "
    "categories, fields, counts, school_codes, package_name, package_sha256, package_size, "
    "signer_fingerprint, keep_until, batch_ids, note, operator, occurred_at"
)


def log_row(event: str, package_id: str, fingerprint: str = "3F2A 9C1B") -> str:
    """An exchange_log INSERT naming only columns revision 0008 has."""
    return (
        f"INSERT INTO exchange_log ({COLUMNS}) VALUES ('{event}', '{package_id}', 1, "
        "'DDPI/SNR/MOU/2026/01', '[\"Akshara\"]', '[1]', 'Plan the FLN programme', "
        "'[\"school_directory\"]', '{}', '{\"schools\": 2}', '[\"29310100101\"]', "
        f"'{package_id}.xlsx', '{'ab' * 32}', 4096, '{fingerprint}', '2027-05-23', '[]', '', "
        "'tester', '2026-11-23 06:00:00.000000')"
    )


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


def schema_of(path: Path) -> dict[str, str]:
    """Every index and trigger of the log and the erasures, by name, and the log's own SQL."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('exchange_log', 'exchange_erasure') "
            "AND sql IS NOT NULL"
        ).fetchall()
    return dict(rows)


def assert_append_only(connection: sqlite3.Connection, log_id: int) -> None:
    for statement in (
        f"UPDATE exchange_log SET note = 'changed' WHERE id = {log_id}",
        f"DELETE FROM exchange_log WHERE id = {log_id}",
    ):
        with pytest.raises(sqlite3.IntegrityError, match=APPEND_ONLY):
            connection.execute(statement)


def downgrade_to(engine: Engine, revision: str) -> None:
    """Alembic's downgrade as db.schema.upgrade runs upgrades: one transaction, foreign keys off."""
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.downgrade(config, revision)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


@pytest.fixture
def at_0008(tmp_path: Path) -> Iterator[Path]:
    """A database at revision 0008 whose log has an export with its erasure and an import."""
    path = tmp_path / "office" / "district.db"
    path.parent.mkdir()
    engine = make_engine(path)
    try:
        upgrade(engine, "0008")
    finally:
        engine.dispose()
    connection = connect(path)
    try:
        connection.execute(log_row("export", "sent"))
        connection.execute(log_row("import", "back"))
        connection.execute(
            "INSERT INTO exchange_erasure (log_id, confirmed_on, confirmed_by, note, recorded_by, "
            "recorded_at) VALUES (1, '2027-06-01', 'Ramesh Rao', '', 'tester', '2027-06-02 06:00:00')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="ck_exchange_log_known_event"):
            connection.execute(log_row("template", "not-yet"))
    finally:
        connection.close()
    yield path


def test_the_upgrade_accepts_templates_keeps_rows_indexes_and_the_append_only_triggers(at_0008: Path):
    before = schema_of(at_0008)
    database, report = open_database(at_0008, operator="tester")
    database.close()
    assert report.migrated_from == "0008" and head_revision() == "0009"
    after = schema_of(at_0008)
    # The same indexes and triggers, word for word; only the log's CHECK constraint changed.
    assert set(after) == set(before)
    assert {name: sql for name, sql in after.items() if name != "exchange_log"} == {
        name: sql for name, sql in before.items() if name != "exchange_log"
    }
    assert "'import_undone', 'template')" in after["exchange_log"]

    connection = connect(at_0008)
    try:
        rows = connection.execute("SELECT id, event, package_id FROM exchange_log ORDER BY id").fetchall()
        assert rows == [(1, "export", "sent"), (2, "import", "back")]
        assert connection.execute("SELECT log_id FROM exchange_erasure").fetchall() == [(1,)]
        connection.execute(log_row("template", "template-1", fingerprint=""))
        with pytest.raises(sqlite3.IntegrityError, match="ck_exchange_log_known_event"):
            connection.execute(log_row("templates", "misspelt"))
        for log_id in (1, 3):
            assert_append_only(connection, log_id)
        # The erasure still points at the log, and the log at itself.
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            connection.execute(
                "INSERT INTO exchange_erasure (log_id, confirmed_on, confirmed_by, note, recorded_by, "
                "recorded_at) VALUES (99, '2027-06-01', 'x', '', 'tester', '2027-06-02 06:00:00')"
            )
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()


def test_the_release_0_1_0_database_upgrades_to_a_log_taking_templates(tmp_path: Path):
    path = tmp_path / "office" / "district-desk.db"
    path.parent.mkdir()
    shutil.copyfile(RELEASE_0_1_0, path)
    database, report = open_database(path, operator="tester")
    database.close()
    assert report.migrated_from == "0001"
    connection = connect(path)
    try:
        connection.execute(log_row("template", "template-1", fingerprint=""))
        assert_append_only(connection, 1)
    finally:
        connection.close()


def test_the_downgrade_restores_0008s_constraint_and_triggers(at_0008: Path):
    before = schema_of(at_0008)
    database, _report = open_database(at_0008, operator="tester")
    database.close()
    engine = make_engine(at_0008)
    try:
        downgrade_to(engine, "0008")
    finally:
        engine.dispose()
    restored = schema_of(at_0008)
    assert set(restored) == set(before)
    assert "'import_undone')" in restored["exchange_log"]
    assert "'template'" not in restored["exchange_log"]
    connection = connect(at_0008)
    try:
        assert_append_only(connection, 1)
        assert connection.execute("SELECT count(*) FROM exchange_log").fetchone() == (2,)
    finally:
        connection.close()


def test_the_downgrade_is_refused_while_the_log_holds_templates(at_0008: Path):
    database, _report = open_database(at_0008, operator="tester")
    database.close()
    connection = connect(at_0008)
    try:
        connection.execute(log_row("template", "template-1", fingerprint=""))
    finally:
        connection.close()
    engine = make_engine(at_0008)
    try:
        with pytest.raises(RuntimeError, match="records return templates"):
            downgrade_to(engine, "0008")
    finally:
        engine.dispose()
    connection = connect(at_0008)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
        assert connection.execute("SELECT count(*) FROM exchange_log").fetchone() == (3,)
        assert_append_only(connection, 3)
    finally:
        connection.close()

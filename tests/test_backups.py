"""Backups: verified copies, naming and pruning, cancelling, restoring, and damaged databases."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select

from db.engine import DatabaseDamagedError, integrity_check
from db.lock import InstanceLock
from db.models import Block, District, School
from desktop.services import backups
from desktop.services.backups import (
    KEEP,
    PAGES_PER_STEP,
    BackupError,
    create_backup,
    ensure_daily_backup,
    list_backups,
    restore_backup,
)
from desktop.services.database import Database
from desktop.services.opening import open_database, set_aside_damaged
from desktop.services.progress import CancelledError, Progress

MORNING = datetime(2026, 1, 15, 9, 30, 0)
BIG_SCHOOLS = 3000  # enough rows for a file of more than two backup steps


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, sql: str) -> list[tuple]:
    """Rows of a query on the file, opened read-only."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _contents(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table: what must be equal between a database and its copy."""
    tables = sorted(row[0] for row in _rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'"))
    return {table: _rows(path, f"SELECT * FROM {table} ORDER BY 1") for table in tables}


def _school_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(School.name).order_by(School.udise_code)))


def _seed(db: Database, schools: int = 3) -> None:
    """A district, a block and a few schools written through the audited unit of work."""
    with db.transaction() as session:
        district = District(name="Belagavi", name_local="ಬೆಳಗಾವಿ", state_name="Karnataka", udise_code="2901")
        block = Block(district=district, name="Athani", name_local="ಅಥಣಿ")
        session.add_all([district, block])
        for number in range(1, schools + 1):
            session.add(
                School(
                    udise_code=f"290101{number:05d}", name=f"GHPS {number}", district=district, block=block
                )
            )


def _add_school(db: Database, code: str, name: str) -> None:
    with db.transaction() as session:
        session.add(School(udise_code=code, name=name, district_id=1, block_id=1))


def _files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


# --- making backups ----------------------------------------------------------------------------------


def test_backup_is_verified_and_holds_the_same_rows(db: Database, db_path: Path) -> None:
    _seed(db)
    info = create_backup(db_path, "manual", now=MORNING)

    assert info.path == db_path.parent / "backups" / "district-20260115-093000-manual.db"
    assert (info.kind, info.created, info.size) == ("manual", MORNING, info.path.stat().st_size)
    integrity_check(info.path)  # raises if damaged
    assert _rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert _contents(info.path) == _contents(db_path)
    assert len(_rows(info.path, "SELECT * FROM school")) == 3
    # One self-contained file: no WAL flag, nothing (-wal, -shm, .partial) left beside it.
    assert _rows(info.path, "PRAGMA journal_mode") == [("delete",)]
    assert _files_in(info.path.parent) == [info.path.name]
    assert list_backups(db_path) == [info]


def test_unknown_kind_is_refused(db: Database, db_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown backup kind"):
        create_backup(db_path, "weekly")


def test_names_and_newest_first_order(db: Database, db_path: Path) -> None:
    made = [
        create_backup(db_path, "manual", now=MORNING + timedelta(hours=2)),
        create_backup(db_path, "daily", now=MORNING),
        create_backup(db_path, "pre-bulk", now=MORNING + timedelta(days=1)),
        create_backup(db_path, "manual", now=MORNING + timedelta(hours=2)),  # same second as the first
    ]
    assert made[3].created == MORNING + timedelta(hours=2, seconds=1)
    assert made[3].path.name == "district-20260115-113001-manual.db"
    assert [info.path.name for info in list_backups(db_path)] == [
        "district-20260116-093000-pre-bulk.db",
        "district-20260115-113001-manual.db",
        "district-20260115-113000-manual.db",
        "district-20260115-093000-daily.db",
    ]
    assert sorted(list_backups(db_path), key=lambda i: i.path.name) == sorted(made, key=lambda i: i.path.name)


def test_other_files_in_the_folder_are_ignored(db: Database, db_path: Path) -> None:
    """The demo database shares the backups folder; its backups and stray files are not ours."""
    ours = create_backup(db_path, "daily", now=MORNING)
    folder = ours.path.parent
    shutil.copyfile(ours.path, folder / "district-demo-20260120-093000-daily.db")
    (folder / "district-notes.db").write_bytes(b"")
    (folder / "readme.txt").write_text("not a backup")
    assert list_backups(db_path) == [ours]
    assert [info.path.name for info in list_backups(db_path.with_name("district-demo.db"))] == [
        "district-demo-20260120-093000-daily.db"
    ]


@pytest.mark.parametrize("kind", ["daily", "pre-migration", "manual"])
def test_pruning_keeps_the_newest_of_each_kind(db: Database, db_path: Path, kind: str) -> None:
    other = create_backup(db_path, "pre-bulk" if kind != "pre-bulk" else "manual", now=MORNING)
    made = [create_backup(db_path, kind, now=MORNING + timedelta(days=n)) for n in range(KEEP[kind] + 3)]
    kept = [info for info in list_backups(db_path) if info.kind == kind]
    assert [info.path for info in kept] == [info.path for info in reversed(made[-KEEP[kind] :])]
    for gone in made[: -KEEP[kind]]:
        assert not gone.path.exists()
    assert other.path.exists()  # another kind's backups are not pruned with these


def test_prune_reports_what_it_deleted(db: Database, db_path: Path) -> None:
    made = [create_backup(db_path, "pre-restore", now=MORNING + timedelta(minutes=n)) for n in range(3)]
    for extra in range(KEEP["pre-restore"]):
        # Copies under later names, as if made by create_backup on a later run.
        name = f"district-{MORNING + timedelta(days=1, minutes=extra):%Y%m%d-%H%M%S}-pre-restore.db"
        shutil.copyfile(made[0].path, made[0].path.with_name(name))
    assert backups.prune(db_path, "pre-restore") == [info.path for info in reversed(made)]


def test_daily_backup_is_made_once_a_day(db: Database, db_path: Path) -> None:
    first = ensure_daily_backup(db_path, now=MORNING)
    assert first is not None and first.kind == "daily" and first.created == MORNING
    assert ensure_daily_backup(db_path, now=MORNING + timedelta(hours=8)) is None
    assert ensure_daily_backup(db_path, now=MORNING.replace(hour=23, minute=59, second=59)) is None
    second = ensure_daily_backup(db_path, now=MORNING.replace(hour=0) + timedelta(days=1))
    assert second is not None and second.created.date() == MORNING.date() + timedelta(days=1)
    # A manual backup does not count as the day's daily backup.
    create_backup(db_path, "manual", now=MORNING + timedelta(days=2))
    third = ensure_daily_backup(db_path, now=MORNING + timedelta(days=2, hours=1))
    assert third is not None
    assert [info.kind for info in list_backups(db_path)] == ["daily", "manual", "daily", "daily"]


def test_daily_backup_of_a_missing_database_does_nothing(tmp_path: Path) -> None:
    assert ensure_daily_backup(tmp_path / "absent.db", now=MORNING) is None
    assert not (tmp_path / "backups").exists()


def test_backup_while_a_writer_has_an_open_transaction(db: Database, db_path: Path) -> None:
    """The backup proceeds beside an open write transaction and holds only committed rows."""
    _seed(db)
    with db.transaction() as session:
        session.add(School(udise_code="29010199999", name="Uncommitted", district_id=1, block_id=1))
        session.flush()  # BEGIN IMMEDIATE has run: this handle holds the write lock
        info = create_backup(db_path, "manual", now=MORNING)
    assert _rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert [row[0] for row in _rows(info.path, "SELECT name FROM school ORDER BY udise_code")] == [
        "GHPS 1",
        "GHPS 2",
        "GHPS 3",
    ]
    assert "Uncommitted" in _school_names(db)  # and the writer committed afterwards


# --- a database of several backup steps ---------------------------------------------------------------


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file of more than two backup steps, built once and copied by each test."""
    path = tmp_path_factory.mktemp("big") / "district.db"
    database, _ = open_database(path, operator="tester")
    try:
        _seed(database, schools=1)
        with database.transaction() as session:
            session.execute(
                insert(School),
                [
                    {
                        "udise_code": f"2901{number:07d}",
                        "name": f"Government Lower Primary School {number}",
                        "district_id": 1,
                        "block_id": 1,
                        "search_text": f"school {number} " * 60,
                    }
                    for number in range(100, 100 + BIG_SCHOOLS)
                ],
            )
    finally:
        database.close()
    (pages,) = _rows(path, "PRAGMA page_count")[0]
    assert pages > 2 * PAGES_PER_STEP + 10
    return path


@pytest.fixture
def big_db(big_template: Path, db_path: Path) -> Iterator[Database]:
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(big_template, db_path)
    database, _ = open_database(db_path, operator="tester")
    try:
        yield database
    finally:
        database.close()


def _cancel_on_first_report() -> tuple[Progress, list[tuple[int, int]]]:
    """A Progress whose listener asks to cancel as soon as it hears anything (as a Cancel click would)."""
    cancel = threading.Event()
    calls: list[tuple[int, int]] = []

    def listener(done: int, total: int, _message: str) -> None:
        calls.append((done, total))
        cancel.set()

    return Progress(listener, cancel), calls


def test_cancelled_backup_leaves_no_file(big_db: Database, db_path: Path) -> None:
    progress, calls = _cancel_on_first_report()
    with pytest.raises(CancelledError):
        create_backup(db_path, "manual", progress=progress, now=MORNING)
    assert len(calls) == 1 and calls[0][0] < calls[0][1]  # stopped part way through
    assert _files_in(db_path.parent / "backups") == []
    assert list_backups(db_path) == []


def test_progress_reaches_the_total(big_db: Database, db_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    create_backup(db_path, "manual", progress=Progress(lambda d, t, _m: calls.append((d, t))), now=MORNING)
    assert len(calls) >= 3
    assert calls[-1][0] == calls[-1][1] > 2 * PAGES_PER_STEP
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_write_committed_during_a_backup_is_in_the_copy(big_db: Database, db_path: Path) -> None:
    """Another connection commits between two backup steps: SQLite restarts the copy, so the backup
    is a consistent picture that includes the new row."""
    written: list[int] = []

    def write_once(_done: int, _total: int, _message: str) -> None:
        if not written:
            _add_school(big_db, "29019999999", "Written mid-backup")
            written.append(1)

    info = create_backup(db_path, "manual", progress=Progress(write_once), now=MORNING)
    assert written
    assert _rows(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(info.path, "SELECT name FROM school WHERE udise_code = '29019999999'") == [
        ("Written mid-backup",)
    ]
    assert _contents(info.path) == _contents(db_path)


# --- restoring --------------------------------------------------------------------------------------------


def _reopen(db_path: Path) -> Database:
    database, _ = open_database(db_path, operator="tester")
    return database


def test_restore_round_trip(db: Database, db_path: Path) -> None:
    _seed(db)
    saved = create_backup(db_path, "manual", now=MORNING)
    _add_school(db, "29010100099", "Added after the backup")
    with db.transaction() as session:
        session.execute(delete(School).where(School.udise_code == "29010100001"))
    changed = _school_names(db)
    db.close()

    lock = InstanceLock(db_path)
    assert lock.acquire()
    try:
        safety = restore_backup(db_path, saved.path)
    finally:
        lock.release()

    database = _reopen(db_path)
    try:
        assert _school_names(database) == ["GHPS 1", "GHPS 2", "GHPS 3"]
        _add_school(database, "29010100100", "Written after the restore")  # writable as usual
    finally:
        database.close()
    # The state before the restore was kept, so the restore itself can be undone.
    assert safety is not None and safety.kind == "pre-restore" and safety.path.exists()
    assert [row[0] for row in _rows(safety.path, "SELECT name FROM school ORDER BY udise_code")] == changed
    assert saved.path.exists()


def test_damaged_backup_is_refused_and_database_untouched(db: Database, db_path: Path) -> None:
    _seed(db)
    saved = create_backup(db_path, "manual", now=MORNING)
    db.close()
    with saved.path.open("r+b") as handle:
        handle.write(random.Random(7).randbytes(100))  # the header
    before = _digest(db_path)

    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(db_path, saved.path)

    assert _digest(db_path) == before
    assert [info.kind for info in list_backups(db_path)] == ["manual"]  # no pre-restore was made


def test_cancelled_restore_changes_nothing(big_db: Database, db_path: Path) -> None:
    saved = create_backup(db_path, "manual", now=MORNING)
    with big_db.transaction() as session:
        session.execute(delete(School).where(School.udise_code != "29010100001"))
    big_db.close()
    progress, calls = _cancel_on_first_report()

    with pytest.raises(CancelledError):
        restore_backup(db_path, saved.path, progress=progress)

    assert len(calls) == 1 and calls[0][0] < calls[0][1]
    assert _rows(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(db_path, "SELECT udise_code FROM school") == [("29010100001",)]


def test_cancel_during_the_last_restore_step_is_reported_truthfully(big_db: Database, db_path: Path) -> None:
    """Cancel pressed while the last step runs: either the restore is undone and says so, or it
    finished and says nothing; never "cancelled" over a completed restore."""
    saved = create_backup(db_path, "manual", now=MORNING)
    with big_db.transaction() as session:
        session.execute(delete(School).where(School.udise_code != "29010100001"))
    big_db.close()
    cancel = threading.Event()

    def listener(done: int, total: int, _message: str) -> None:
        if total - done <= PAGES_PER_STEP:  # one step to go
            cancel.set()

    try:
        restore_backup(db_path, saved.path, progress=Progress(listener, cancel))
    except CancelledError:
        cancelled = True
    else:
        cancelled = False
    (schools,) = _rows(db_path, "SELECT count(*) FROM school")[0]
    assert schools == (1 if cancelled else BIG_SCHOOLS + 1)


# --- damaged databases --------------------------------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    rng = random.Random(how)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    if how == "header":
        data[:100] = rng.randbytes(100)
    elif how == "school-root-page":
        (root,) = _rows(path, "SELECT rootpage FROM sqlite_master WHERE name = 'school'")[0]
        data[(root - 1) * page_size : root * page_size] = rng.randbytes(page_size)
    elif how == "middle":
        middle = len(data) // 2 // page_size * page_size
        data[middle : middle + 4 * page_size] = rng.randbytes(4 * page_size)
    elif how == "truncated":
        del data[len(data) // 2 :]
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["header", "school-root-page", "middle", "truncated"])
def test_damaged_database_is_set_aside_and_restored(big_db: Database, db_path: Path, how: str) -> None:
    create_backup(db_path, "daily", now=MORNING - timedelta(days=1))
    latest = create_backup(db_path, "daily", now=MORNING)
    expected = _contents(latest.path)
    big_db.close()
    _damage(db_path, how)
    damaged = db_path.read_bytes()

    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(db_path, operator="tester")
    assert caught.value.path == db_path
    probe = InstanceLock(db_path)
    assert probe.acquire()  # the failed open let go of the lock
    probe.release()

    companions = {}
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{db_path}{suffix}")
        if not companion.exists():
            companion.write_bytes(f"journal {suffix}".encode())
        companions[suffix] = companion.read_bytes()
    aside = set_aside_damaged(db_path, now=MORNING)

    assert aside == db_path.with_name("district.damaged-20260115-093000.db")
    assert aside.read_bytes() == damaged  # moved, never deleted or changed
    for suffix, content in companions.items():
        assert Path(f"{aside}{suffix}").read_bytes() == content
        assert not Path(f"{db_path}{suffix}").exists()
    assert not db_path.exists()

    [newest, *_] = list_backups(db_path)
    assert newest == latest
    assert restore_backup(db_path, newest.path) is None  # nothing healthy to keep a pre-restore copy of
    database = _reopen(db_path)
    try:
        assert not database.read_only
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(School)) == BIG_SCHOOLS + 1
        _add_school(database, "29019999998", "After the rescue")
    finally:
        database.close()
    restored = _contents(db_path)
    assert restored["school"][: len(expected["school"])] == expected["school"]
    assert aside.exists()

"""Rotating backups made with SQLite's online backup API, each one integrity-checked.

Backups live in a ``backups`` folder beside the database, named
``<database stem>-<YYYYmmdd-HHMMSS>-<kind>.db``. A backup is first written under a temporary name
and only renamed once its integrity check passes, so a file with the final name is always good.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db.engine import BUSY_TIMEOUT_MS, DatabaseDamagedError, integrity_check
from db.schema import NotOurDatabaseError, SchemaStatus, refuse_foreign, schema_state_of_file
from desktop.services.errors import DomainError
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, CancelledError, Progress

# How many of each kind to keep; older ones are deleted after a new one is made.
KEEP = {"daily": 7, "pre-migration": 5, "manual": 10, "pre-restore": 5, "pre-bulk": 10, "pre-import": 10}
PAGES_PER_STEP = 256
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z-]+)\.db$")


class BackupError(DomainError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    kind: str
    size: int


def backup_dir_for(database: Path) -> Path:
    return database.parent / "backups"


def list_backups(database: Path) -> list[BackupInfo]:
    """This database's backups, newest first."""
    folder = backup_dir_for(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        match = _NAME.match(path.name)
        if not match or match["stem"] != database.stem:
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, created, match["kind"], path.stat().st_size))
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)


def _copy(source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if remaining == 0 and progress.cancelled:
            return  # the last step has already committed the copy: too late to cancel it
        # Raising here makes sqlite3 abort the backup: that is how Cancel stops it.
        progress.report(total - remaining, total, translate("Backups", "Copying"))

    source.backup(target, pages=PAGES_PER_STEP, progress=step)


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    uri = f"file:{path.as_posix()}" + ("?mode=ro" if read_only else "")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def create_backup(
    database: Path, kind: str, *, progress: Progress = NO_PROGRESS, now: datetime | None = None
) -> BackupInfo:
    """Copy the live database to a new, verified backup file and prune old backups of ``kind``."""
    if kind not in KEEP:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = backup_dir_for(database)
    folder.mkdir(parents=True, exist_ok=True)
    moment = now or datetime.now()
    final = folder / f"{database.stem}-{moment:%Y%m%d-%H%M%S}-{kind}.db"
    while final.exists():  # two backups within one second: take the next free second
        moment += timedelta(seconds=1)
        final = folder / f"{database.stem}-{moment:%Y%m%d-%H%M%S}-{kind}.db"
    partial = final.with_name(final.name + ".partial")
    source = _connect(database, read_only=True)
    target = sqlite3.connect(partial)
    try:
        _copy(source, target, progress)
        # The copy carries the live file's WAL flag; a backup is one self-contained file, and a WAL
        # flag would make every read-only check leave -wal and -shm files beside it.
        target.execute("PRAGMA journal_mode = DELETE")
    except CancelledError:
        target.close()
        partial.unlink(missing_ok=True)
        raise
    except sqlite3.Error as exc:
        target.close()
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate("Backups", "Could not back up {database}: {reason}").format(
                database=database.name, reason=exc
            )
        ) from exc
    finally:
        source.close()
    target.close()
    try:
        integrity_check(partial)
    except DatabaseDamagedError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            translate(
                "Backups",
                "The backup copy failed its integrity check ({detail}); the database itself may be damaged.",
            ).format(detail=exc.detail)
        ) from exc
    _fsync(partial)
    os.replace(partial, final)
    prune(database, kind)
    return BackupInfo(final, moment.replace(microsecond=0), kind, final.stat().st_size)


def prune(database: Path, kind: str) -> list[Path]:
    """Delete the oldest backups of ``kind`` beyond the number kept; returns what was deleted."""
    of_kind = [info for info in list_backups(database) if info.kind == kind]
    removed = []
    for info in of_kind[KEEP[kind] :]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def has_backup_on(database: Path, day: datetime, kind: str = "daily") -> bool:
    return any(info.kind == kind and info.created.date() == day.date() for info in list_backups(database))


def ensure_daily_backup(
    database: Path, *, progress: Progress = NO_PROGRESS, now: datetime | None = None
) -> BackupInfo | None:
    """Make today's backup unless one exists; returns it, or None when there was nothing to do."""
    now = now or datetime.now()
    if not database.exists() or has_backup_on(database, now):
        return None
    return create_backup(database, "daily", progress=progress, now=now)


def set_aside_damaged(path: Path, *, now: datetime | None = None) -> Path:
    """Move a damaged database (and its journal files) aside; it is never deleted."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        companion = Path(str(path) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(aside) + suffix))
    return aside


@dataclass(frozen=True)
class RestoreOutcome:
    safety: BackupInfo | None  # the current database's pre-restore backup, if it was healthy
    set_aside: Path | None  # where the current database went, if it was damaged


def restore(database: Path, backup: Path, *, progress: Progress = NO_PROGRESS) -> RestoreOutcome:
    """Replace the database's contents with ``backup``, checking each file once.

    The backup must pass its integrity check and be a database of this release or an earlier one.
    The current database, if healthy, is backed up as ``pre-restore`` so the restore can itself be
    undone; if damaged, it is set aside, never overwritten. The caller must have closed its own
    connections (and hold the instance lock).
    """
    try:
        integrity_check(backup)
    except DatabaseDamagedError as exc:
        raise BackupError(
            translate("Backups", "{backup} cannot be restored: it is damaged ({detail}).").format(
                backup=backup.name, detail=exc.detail
            )
        ) from exc
    state = schema_state_of_file(backup)
    refuse_foreign(state, backup)
    if state.status is SchemaStatus.EMPTY:
        raise NotOurDatabaseError(str(backup))
    safety = set_aside = None
    if database.exists() and database.stat().st_size > 0:
        try:
            integrity_check(database)
        except DatabaseDamagedError:
            set_aside = set_aside_damaged(database)
        else:
            safety = create_backup(database, "pre-restore")
    database.parent.mkdir(parents=True, exist_ok=True)
    source = _connect(backup, read_only=True)
    target = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        _copy(source, target, progress)
    except sqlite3.Error as exc:
        raise BackupError(
            translate("Backups", "Could not restore from {backup}: {reason}").format(
                backup=backup.name, reason=exc
            )
        ) from exc
    finally:
        source.close()
        target.close()
    integrity_check(database)
    return RestoreOutcome(safety, set_aside)


def restore_backup(database: Path, backup: Path, *, progress: Progress = NO_PROGRESS) -> BackupInfo | None:
    """:func:`restore`, returning the pre-restore backup (None when there was nothing healthy to keep)."""
    return restore(database, backup, progress=progress).safety

"""Opening a database file safely: lock, check, back up, migrate, or refuse with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from db.engine import DatabaseDamagedError, make_engine, quick_check
from db.lock import InstanceLock
from db.schema import (
    NotOurDatabaseError,
    SchemaStatus,
    SchemaTooNewError,
    refuse_foreign,
    schema_state,
    schema_state_of_file,
    upgrade,
)
from desktop import APP_NAME, ORGANISATION_NAME
from desktop.services import backups
from desktop.services.backups import set_aside_damaged
from desktop.services.database import READ_ONLY_BECAUSE_IN_USE, Database
from desktop.services.errors import DomainError
from desktop.services.i18n import translate
from desktop.services.operator import default_operator
from desktop.services.progress import NO_PROGRESS, Progress

DEFAULT_FILE_NAME = "district-desk.db"
DEMO_FILE_NAME = "district-desk-demo.db"


class CannotOpenError(DomainError):
    pass


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening, for the status bar and the log."""

    created: bool = False
    migrated_from: str | None = None
    backup: backups.BackupInfo | None = None


def data_dir() -> Path:
    """The per-user folder for databases and backups (``%LOCALAPPDATA%`` on Windows)."""
    return Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION_NAME))


def default_database_path(*, demo: bool = False) -> Path:
    return data_dir() / (DEMO_FILE_NAME if demo else DEFAULT_FILE_NAME)


def _has_content(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


def open_database(path: Path, *, operator: str | None = None) -> tuple[Database, OpenReport]:
    """Open (creating or upgrading as needed) the database at ``path``.

    Raises :class:`DatabaseDamagedError` when the file fails ``quick_check`` (see
    :func:`set_aside_damaged`), :class:`SchemaTooNewError` for a file from a later release and
    :class:`CannotOpenError` when the file cannot be used at all.
    """
    path = path.expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotOpenError(
            translate("Database", "Cannot create the folder {folder}: {reason}").format(
                folder=path.parent, reason=exc.strerror
            )
        ) from exc
    operator = operator or default_operator()
    lock = InstanceLock(path)
    try:
        writer = lock.acquire()
    except OSError as exc:
        raise CannotOpenError(
            translate("Database", "Cannot use {path}: {reason}").format(path=path, reason=exc.strerror or exc)
        ) from exc
    try:
        if _has_content(path):
            quick_check(path)
        if not writer:
            return _open_read_only(path, operator), OpenReport()
        return _open_writable(path, operator, lock)
    except BaseException:
        lock.release()
        raise


def _open_read_only(path: Path, operator: str) -> Database:
    if not path.exists():
        raise CannotOpenError(
            translate(
                "Database", "{path} does not exist yet and another window holds it for writing."
            ).format(path=path)
        )
    engine = make_engine(path, read_only=True)
    state = schema_state(engine)
    if state.status is not SchemaStatus.CURRENT:
        engine.dispose()
        if state.status is SchemaStatus.TOO_NEW:
            raise SchemaTooNewError(state.current or "?")
        raise CannotOpenError(
            translate(
                "Database",
                "This database is being upgraded or used by another window; try again once it is closed.",
            )
        )
    return Database(
        path,
        engine,
        read_only=True,
        read_only_reason=translate("Database", READ_ONLY_BECAUSE_IN_USE),
        operator=operator,
    )


def _open_writable(path: Path, operator: str, lock: InstanceLock) -> tuple[Database, OpenReport]:
    created = not _has_content(path)
    if not created:
        # Look before touching: the writable engine switches the file to WAL.
        refuse_foreign(schema_state_of_file(path), path)
    engine = make_engine(path)
    try:
        state = schema_state(engine)
        report = OpenReport(created=created)
        if state.status is SchemaStatus.EMPTY:
            upgrade(engine)
        elif state.status is SchemaStatus.OUTDATED:
            safety = backups.create_backup(path, "pre-migration")
            upgrade(engine)
            report = OpenReport(migrated_from=state.current, backup=safety)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, operator=operator, lock=lock), report


def restore_into(path: Path, backup: Path, *, progress: Progress = NO_PROGRESS) -> Path | None:
    """Restore ``backup`` over the database at ``path``; returns where a damaged database was set aside.

    Refuses while another window has the database open, and refuses a backup made by a newer
    release. The current database, when healthy, is itself backed up first (``pre-restore``).
    """
    path = path.expanduser().resolve()
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise CannotOpenError(
            translate("Database", "There is no backup file at {backup}.").format(backup=backup)
        )
    lock = InstanceLock(path)
    if not lock.acquire():
        raise CannotOpenError(
            translate(
                "Database",
                "Close every District Collective Desk window that has this database open, then restore "
                "again.",
            )
        )
    try:
        return backups.restore(path, backup, progress=progress).set_aside
    finally:
        lock.release()


__all__ = [
    "CannotOpenError",
    "DatabaseDamagedError",
    "NotOurDatabaseError",
    "OpenReport",
    "SchemaTooNewError",
    "default_database_path",
    "open_database",
    "restore_into",
    "set_aside_damaged",
]

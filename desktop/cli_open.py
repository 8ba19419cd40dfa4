"""Opening the database for a command: a file the app cannot use ends the command with the
reason in one line, never a traceback (a newer release's database, not ours, damaged, an upgrade
refused, the folder not writable)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def open_for_command(database_path: Path, *, writing: bool) -> Any:
    """The open :class:`Database`; raises SystemExit with the reason when it cannot be used, or
    when ``writing`` and the app has it open (the command then gets a read-only copy)."""
    from db.engine import DatabaseDamagedError
    from db.schema import MigrationError, NotOurDatabaseError, SchemaTooNewError
    from desktop.services.database_errors import error_message
    from desktop.services.errors import DomainError
    from desktop.services.opening import open_database

    try:
        db, _report = open_database(database_path)
    except (DomainError, DatabaseDamagedError, MigrationError, NotOurDatabaseError, SchemaTooNewError) as exc:
        raise SystemExit(error_message(exc)) from None
    if writing and db.read_only:
        db.close()
        raise SystemExit(f"{database_path} is open in the app; close it there first.")
    return db

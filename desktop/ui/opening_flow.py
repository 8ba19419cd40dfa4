"""Opening a database from the GUI, with a way out of every failure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services import backups
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.opening import (
    CannotOpenError,
    DatabaseDamagedError,
    NotOurDatabaseError,
    SchemaTooNewError,
    open_database,
    restore_into,
    set_aside_damaged,
)


def open_interactively(parent: QWidget | None, path: Path, operator: str) -> Database | None:
    """Open ``path``; on failure explain, offer what can be done, and return None if nothing could."""
    try:
        database, _report = open_database(path, operator=operator)
        return database
    except DatabaseDamagedError as exc:
        return _recover_damaged(parent, path, operator, exc)
    except (SchemaTooNewError, NotOurDatabaseError, CannotOpenError) as exc:
        QMessageBox.critical(parent, _tr("Cannot open the database"), str(exc))
        return None


def _recover_damaged(
    parent: QWidget | None, path: Path, operator: str, error: DatabaseDamagedError
) -> Database | None:
    aside = set_aside_damaged(path)
    found = backups.list_backups(path)
    text = _tr("The database %s is damaged (%s).\n\nIt has been kept aside as %s; nothing was deleted.") % (
        path,
        error.detail,
        aside.name,
    )
    if not found:
        QMessageBox.warning(
            parent,
            _tr("Damaged database"),
            text + "\n\n" + _tr("There is no backup to restore, so a new empty database is started."),
        )
        return open_interactively(parent, path, operator)
    newest = found[0]
    answer = QMessageBox.question(
        parent,
        _tr("Damaged database"),
        text
        + "\n\n"
        + _tr("Restore the newest backup, from %s?") % newest.created.strftime("%d/%m/%Y %H:%M"),
    )
    if answer == QMessageBox.StandardButton.Yes:
        try:
            restore_into(path, newest.path)
        except DomainError as exc:
            QMessageBox.critical(parent, _tr("Restore failed"), exc.message)
            return None
    return open_interactively(parent, path, operator)


def _tr(text: str) -> str:

    return QCoreApplication.translate("OpeningFlow", text)

"""Opening a database from the GUI in the background, with a way out of every failure.

The data layer (SQLAlchemy, the models, Alembic) takes longer to import than Qt itself, and
opening may run an integrity check, a backup and a migration. All of that happens in a
background task, so the main window is on screen at once and never freezes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.progress import Progress
from desktop.ui.tasks import BackgroundTask, run_with_progress


def _open(path: Path, operator: str, _progress: Progress) -> Any:
    # The pages import the data layer too; importing them here keeps that off the GUI thread.
    import desktop.ui.pages.dashboard_page
    import desktop.ui.pages.directory_pages
    import desktop.ui.pages.geography_page  # noqa: F401
    from desktop.services.opening import open_database

    database, _report = open_database(path, operator=operator)
    return database


class DatabaseLoader(QObject):
    """Opens ``path``; emits ``opened(Database)``, or ``gave_up()`` once the user has been told why
    it could not be opened and nothing more can be done."""

    opened = Signal(object)
    gave_up = Signal()

    def __init__(self, parent: QWidget, path: Path, operator: str) -> None:
        super().__init__(parent)
        self._parent = parent
        self.path = path
        self._operator = operator
        self.task: BackgroundTask | None = None

    def start(self) -> BackgroundTask:
        self.task = BackgroundTask(lambda progress: _open(self.path, self._operator, progress), self)
        self.task.succeeded.connect(self.opened)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self.gave_up)
        self.task.start()
        return self.task

    def _failed(self, error: BaseException) -> None:
        from desktop.services.database_errors import error_message
        from desktop.services.opening import DatabaseDamagedError

        if isinstance(error, DatabaseDamagedError):
            self._recover(error)
            return
        QMessageBox.critical(
            self._parent,
            QCoreApplication.translate("OpeningFlow", "Cannot open the database"),
            error_message(error),
        )
        self.gave_up.emit()

    def _recover(self, error: Any) -> None:
        from desktop.services import backups
        from desktop.services.opening import restore_into, set_aside_damaged

        aside = set_aside_damaged(self.path)
        found = backups.list_backups(self.path)
        text = QCoreApplication.translate(
            "OpeningFlow",
            "The database %(path)s is damaged (%(detail)s).\n\nIt has been kept aside as %(aside)s; nothing was deleted.",
        ) % {"path": self.path, "detail": error.detail, "aside": aside.name}
        if not found:
            QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("OpeningFlow", "Damaged database"),
                text
                + "\n\n"
                + QCoreApplication.translate(
                    "OpeningFlow", "There is no backup to restore, so a new empty database is started."
                ),
            )
            self.start()
            return
        newest = found[0]
        question = QCoreApplication.translate(
            "OpeningFlow", "Restore the newest backup, from %s? (No starts a new empty database.)"
        )
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("OpeningFlow", "Damaged database"),
            text + "\n\n" + question % newest.created.strftime("%d/%m/%Y %H:%M"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.start()
            return
        restore = run_with_progress(
            self._parent,
            QCoreApplication.translate("OpeningFlow", "Restoring"),
            lambda progress: restore_into(self.path, newest.path, progress=progress),
        )
        restore.succeeded.connect(lambda _aside: self.start())
        restore.failed.connect(self._restore_failed)
        restore.cancelled.connect(self.gave_up)

    def _restore_failed(self, error: BaseException) -> None:
        from desktop.services.database_errors import error_message

        QMessageBox.critical(
            self._parent, QCoreApplication.translate("OpeningFlow", "Restore failed"), error_message(error)
        )
        self.gave_up.emit()

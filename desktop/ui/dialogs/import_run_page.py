"""The wizard's last page: the import in the background, then what it did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.errors import DomainError
from desktop.services.imports.pipeline import ImportOutcome, ImportRefusedError, run_import
from desktop.services.imports.problems import problems_text
from desktop.ui.dialogs.import_check_page import CANCELLED
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import notice_label


class RunPage(QWizardPage):
    imported = Signal(int)

    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Import"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.already = notice_label()
        self.already.hide()
        self.failure = problem_notice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(running)
        layout.addWidget(self.already)
        layout.addWidget(self.failure)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.stop)
        self.task: BackgroundTask | None = None
        self.result: ImportOutcome | None = None

    def initializePage(self) -> None:
        self.start_import()

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def stop(self) -> None:
        if self.busy():
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.task.cancel()  # type: ignore[union-attr]

    def start_import(self) -> BackgroundTask:
        state = self.state
        request, valid_only, db = state.request(), state.valid_rows_only, state.db
        self.result = None
        self.task = BackgroundTask(
            lambda progress: run_import(db, request, valid_rows_only=valid_only, progress=progress), self
        )
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        self.setSubTitle(
            self.tr("Importing %s; a backup is taken first.") % (state.info.file_name if state.info else "")
        )
        self.status.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()
        self.task.start()
        return self.task

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if message and self.cancel_button.isEnabled():
            self.status.setText(message)

    def _finished(self) -> None:
        self.setSubTitle(self.state.info.file_name if self.state.info else "")
        self.progress.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.status.setText(QCoreApplication.translate("ImportWizard", CANCELLED))

    def _failed(self, error: object) -> None:
        self.status.setText(self.tr("Nothing was imported."))
        if isinstance(error, ImportRefusedError):
            text = problems_text(error.message.split("\n")[0], error.problems)
        elif isinstance(error, DomainError):
            text = "\n".join(getattr(error, "field_errors", {}).values()) or error.message
        else:
            text = self.tr("The import stopped on an unexpected error and was rolled back: %s") % error
        self.failure.setText(text)
        self.failure.show()

    def _done(self, outcome: ImportOutcome) -> None:
        self.result = outcome
        if outcome.already_imported:
            self.status.setText(self.tr("Nothing was imported."))
            self.already.setText(outcome.already_imported)
            self.already.show()
            return
        counts = outcome.counts
        if outcome.batch_id is None:
            self.status.setText(
                self.tr("Nothing needed storing: every valid row is already in the database.")
            )
        else:
            self.status.setText(self.tr("Imported as batch %s.") % outcome.batch_id)
        lines = [
            self.tr("New: %s") % thousands(counts.create),
            self.tr("Updated: %s") % thousands(counts.update),
            self.tr("Unchanged: %s") % thousands(counts.unchanged),
        ]
        if counts.repaired:
            lines.append(self.tr("UDISE codes repaired: %s") % thousands(counts.repaired))
        if outcome.problems:
            lines.append(self.tr("Rows left out with problems: %s") % thousands(counts.error_rows))
        if outcome.notes:
            lines.extend(("", self.tr("The check found:"), *outcome.notes))
        if outcome.backup is not None:
            lines.append("")
            lines.append(self.tr("The database was backed up first to %s") % outcome.backup)
        self.outcome.setText("\n".join(lines))
        if outcome.batch_id is not None:
            self.imported.emit(outcome.batch_id)

    def isComplete(self) -> bool:
        return not self.busy()

"""The wizard's third page: the dry run in the background, then what the import would do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services.errors import DomainError
from desktop.services.imports.pipeline import ImportCheck, check_import
from desktop.ui.dialogs.import_check_tables import PreviewPanel, ProblemsPanel, RepairsPanel
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import notice_label, show_lines

CANCELLED = QT_TRANSLATE_NOOP("ImportWizard", "Cancelled; nothing was changed.")


class CheckPage(QWizardPage):
    def __init__(self, state, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Every row is checked against the database; nothing is saved yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.again_button = QPushButton(self.tr("Check again"))
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        running.addWidget(self.again_button)
        self.failure = problem_notice()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.already = notice_label()
        self.already.hide()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.hide()

        self.preview = PreviewPanel()
        self.repairs = RepairsPanel()
        self.problems = ProblemsPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(self.repairs, "")
        self.tabs.addTab(self.preview, self.tr("Preview"))

        self.all_rows = QRadioButton(self.tr("Import only if every row is valid"))
        self.valid_rows = QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.all_rows)
        self.choice.addButton(self.valid_rows)
        self.all_rows.setChecked(True)
        choice = QVBoxLayout()
        choice.addWidget(self.all_rows)
        choice.addWidget(self.valid_rows)

        self.results = QWidget()
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.summary)
        results.addWidget(self.already)
        results.addWidget(self.notes)
        results.addWidget(self.tabs, 1)
        results.addLayout(choice)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(running)
        layout.addWidget(self.failure)
        layout.addWidget(self.results, 1)

        self.cancel_button.clicked.connect(self.stop)
        self.again_button.clicked.connect(self.start_check)
        self.repairs.apply.toggled.connect(self._repairs_toggled)
        self.choice.buttonToggled.connect(self._choice_changed)
        self.task: BackgroundTask | None = None
        self._show_running(False)
        self.results.hide()
        self.again_button.hide()

    # --- running the check --------------------------------------------------------------------

    def initializePage(self) -> None:
        self.start_check()

    def cleanupPage(self) -> None:
        """Going back stops a check still running; its result would be for the old choices."""
        self.stop()

    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def stop(self) -> None:
        if self.busy():
            self.task.cancel()  # type: ignore[union-attr]

    def start_check(self) -> BackgroundTask:
        if self.task is not None:
            self.task.cancel()
        self.state.check = None
        request = self.state.request()
        db = self.state.db
        task = BackgroundTask(lambda progress: check_import(db, request, progress), self)
        task.progress.connect(lambda done, total, message: self._progress(task, done, total, message))
        task.succeeded.connect(lambda check: self._checked(task, check))
        task.failed.connect(lambda error: self._failed(task, error))
        task.cancelled.connect(lambda: self._cancelled(task))
        self.task = task
        self.failure.hide()
        self.results.setEnabled(False)
        self.again_button.hide()
        self.status.setText(self.tr("Checking %s…") % (self.state.info.file_name if self.state.info else ""))
        self.progress.setRange(0, 0)
        self._show_running(True)
        self.completeChanged.emit()
        task.start()
        return task

    def _show_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)

    def _progress(self, task: BackgroundTask, done: int, total: int, message: str) -> None:
        if task is not self.task:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        if message:
            self.status.setText(message)

    def _finished(self, task: BackgroundTask) -> bool:
        """Whether ``task`` is the current check (a replaced one's result is dropped)."""
        if task is not self.task:
            return False
        self._show_running(False)
        self.results.setEnabled(True)
        return True

    def _cancelled(self, task: BackgroundTask) -> None:
        if self._finished(task):
            self.status.setText(QCoreApplication.translate("ImportWizard", CANCELLED))
            self.results.hide()
            self.again_button.show()
            self.completeChanged.emit()

    def _failed(self, task: BackgroundTask, error: object) -> None:
        if not self._finished(task):
            return
        if isinstance(error, DomainError):
            text = "\n".join(getattr(error, "field_errors", {}).values()) or error.message
        else:
            text = self.tr("The check stopped on an unexpected error: %s") % error
        self.status.setText(self.tr("The file could not be checked."))
        self.failure.setText(text)
        self.failure.show()
        self.results.hide()
        self.again_button.show()
        self.completeChanged.emit()

    def _checked(self, task: BackgroundTask, check: ImportCheck) -> None:
        if not self._finished(task):
            return
        self.state.check = check
        self.status.setText(self.tr("Checked %s.") % check.info.file_name)
        self._show(check)
        self.completeChanged.emit()

    # --- showing the verdict ------------------------------------------------------------------

    def summary_text(self, check: ImportCheck) -> str:
        counts = check.counts
        total = counts.create + counts.update + counts.unchanged + counts.error_rows
        new = {
            "schools": self.tr("%s new schools"),
            "indicators": self.tr("%s new schools' indicators"),
            "assessment": self.tr("%s new results"),
        }.get(self.state.target, self.tr("%s new"))
        parts = [
            new % thousands(counts.create),
            self.tr("%s updated") % thousands(counts.update),
            self.tr("%s unchanged") % thousands(counts.unchanged),
            self.tr("%s with problems") % thousands(counts.error_rows),
        ]
        if counts.repaired:
            parts.append(self.tr("%s with a repaired UDISE code") % thousands(counts.repaired))
        if counts.normalised:
            parts.append(self.tr("%s codes read without spaces or as text") % thousands(counts.normalised))
        rows = self.tr("1 row") if total == 1 else self.tr("%s rows") % thousands(total)
        return f"{rows}: {', '.join(parts)}"

    def _show(self, check: ImportCheck) -> None:
        self.results.show()
        self.summary.setText(self.summary_text(check))
        self.already.setText(check.already_imported or "")
        self.already.setVisible(bool(check.already_imported))
        show_lines(self.notes, check.notes)
        self.preview.show_rows(check.preview)
        stem = self.state.paths[0].stem if self.state.paths else "import"
        self.problems.show_problems(check.problems, check.repairs, stem)
        self.repairs.show_repairs(check.repairs, self.state.accept_repairs)
        has_repairs = bool(check.repairs) or self.state.accept_repairs
        self.tabs.setTabVisible(self.tabs.indexOf(self.repairs), has_repairs)
        self.tabs.setTabVisible(self.tabs.indexOf(self.problems), bool(check.problems))
        self.tabs.setTabText(
            self.tabs.indexOf(self.problems), self.tr("Problems (%s)") % thousands(len(check.problems))
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.repairs), self.tr("Proposed repairs (%s)") % thousands(len(check.repairs))
        )
        first = self.problems if check.problems else self.repairs if check.repairs else self.preview
        self.tabs.setCurrentWidget(first)
        errors = check.counts.error_rows
        valid = check.counts.create + check.counts.update + check.counts.unchanged
        self.all_rows.setEnabled(errors == 0)
        self.valid_rows.setText(
            self.tr("Import the %(valid)s valid rows and leave out the %(errors)s with problems")
            % {"valid": thousands(valid), "errors": thousands(errors)}
        )
        self.valid_rows.setVisible(errors > 0)
        self.valid_rows.setEnabled(check.rows_to_store > 0)
        if errors and self.state.valid_rows_only:
            self.valid_rows.setChecked(True)
        elif errors:
            # Neither is chosen: the user decides to leave rows out, it is never a default.
            self.choice.setExclusive(False)
            self.all_rows.setChecked(False)
            self.valid_rows.setChecked(False)
            self.choice.setExclusive(True)
        else:
            self.all_rows.setChecked(True)
        self._choice_changed()

    def _repairs_toggled(self, on: bool) -> None:
        self.state.accept_repairs = on
        self.start_check()

    def _choice_changed(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self.state.valid_rows_only = self.valid_rows.isChecked() and self.valid_rows.isVisibleTo(self)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        check = self.state.check
        if self.busy() or check is None:
            return False
        return check.counts.error_rows == 0 or self.state.valid_rows_only

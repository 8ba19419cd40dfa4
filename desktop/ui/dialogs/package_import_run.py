"""The package import wizard's last page: what will be stored, the import in the background after a
backup, and what it did."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.errors import DomainError
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.inbound import InboundOutcome
from desktop.services.imports.problems import FileProblemsError, problems_text
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.dialogs.package_import_state import PackageImportState, bold_label, selectable
from desktop.ui.dialogs.wizard_task import TaskPageMixin
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import notice_label

NOTHING_STORED = QT_TRANSLATE_NOOP("ImportPage", "Nothing was imported; the database is as it was.")
UNDO_HINT = QT_TRANSLATE_NOOP(
    "ImportPage",
    "The import can be undone as a whole: on the Exchange page, select it in the exchange log and "
    "choose Undo import.",
)


class ImportPage(TaskPageMixin, QWizardPage):
    """The summary, the Import button, progress with Cancel, and the outcome: what each table
    stored, the conflicts kept, the backup taken first, and how to undo it."""

    imported = Signal(int)  # the exchange log entry's id

    def __init__(self, state: PackageImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr(
                "Everything is checked again and stored in one go, after a backup of the database: all of "
                "it or nothing."
            )
        )
        self.summary = selectable()
        self.summary_box = QGroupBox(self.tr("What will be imported"))
        QVBoxLayout(self.summary_box).addWidget(self.summary)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cance&l import"))
        running = QHBoxLayout()
        running.addWidget(self.import_button)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        running.addStretch(0)  # takes the width the hidden progress bar leaves
        self.status = bold_label()
        self.failure = problem_notice()
        self.already = notice_label()
        self.already.hide()
        self.outcome = QGroupBox(self.tr("Imported"))
        form = QFormLayout(self.outcome)
        self.outcome_values = {
            name: selectable() for name in ("stored", "conflicts", "backup", "log", "undo")
        }
        for name, label in (
            ("stored", self.tr("Stored:")),
            ("conflicts", self.tr("Conflicts:")),
            ("backup", self.tr("Backup taken first:")),
            ("log", self.tr("Exchange log:")),
            ("undo", self.tr("To undo:")),
        ):
            form.addRow(label, self.outcome_values[name])
        self.notes = notice_label()
        self.notes.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_box)
        layout.addLayout(running)
        layout.addWidget(self.status)
        layout.addWidget(self.failure)
        layout.addWidget(self.already)
        layout.addWidget(self.outcome)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.stop)
        self.task: BackgroundTask | None = None
        self._show_idle()

    def initializePage(self) -> None:
        self.summary.setText(self._summary())
        self.failure.hide()
        self.status.clear()
        self._show_idle()

    def _summary(self) -> str:
        check = self.state.check
        assert check is not None
        signer = (
            self.tr("signed by %s") % check.organisation_name
            if check.signer_fingerprint
            else self.tr("not signed, filled in for %s") % check.organisation_name
        )
        lines = [
            self.tr("%(package)s (%(signer)s)") % {"package": check.path.name, "signer": signer},
            self.tr("MoU %(mou)s; round %(round)s") % {"mou": check.mou_reference, "round": check.round_name},
            "",
        ]
        for table in check.tables:
            lines.append(
                self.tr("• %(table)s: %(created)s to add, %(updated)s to update, %(unchanged)s unchanged")
                % {
                    "table": QCoreApplication.translate("MoUs", table.label),
                    "created": thousands(table.counts.create),
                    "updated": thousands(table.counts.update),
                    "unchanged": thousands(table.counts.unchanged),
                }
            )
        if check.conflicts:
            taken = len(self.state.taken)
            lines += [
                "",
                self.tr(
                    "Conflicts with newer office data: the office's value kept in %(kept)s, the package's "
                    "taken in %(taken)s."
                )
                % {"kept": thousands(len(check.conflicts) - taken), "taken": thousands(taken)},
            ]
        return "\n".join(lines)

    # --- importing ----------------------------------------------------------------------------

    def start_import(self) -> BackgroundTask:
        self.task = BackgroundTask(self.state.import_work(), self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(
            lambda: self.status.setText(self.tr("Cancelled. ") + self.tr(NOTHING_STORED))
        )
        self.task.finished.connect(self._finished)
        self.failure.hide()
        self.status.setText(self.tr("Importing…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.import_button.setEnabled(False)
        self._allow_back(False)
        self.completeChanged.emit()
        self.task.start()
        return self.task

    def _show_idle(self) -> None:
        done = self.state.outcome is not None
        self.progress.hide()
        self.cancel_button.hide()
        self.import_button.setVisible(not done)
        self.import_button.setEnabled(not done)
        self.outcome.setVisible(done and self.state.outcome.log_id is not None)  # type: ignore[union-attr]

    def _finished(self) -> None:
        self._show_idle()
        self.completeChanged.emit()  # the wizard sets its buttons again, Back included

    def _failed(self, error: object) -> None:
        self.status.setText(self.tr(NOTHING_STORED))
        if isinstance(error, FileProblemsError):
            text = problems_text(error.message.split("\n")[0], error.problems)
        elif isinstance(error, DomainError):  # a package refused, changed since the check, …
            text = error.message
        elif isinstance(error, OSError):
            text = self.tr("The import stopped: %s. It was rolled back.") % (error.strerror or error)
        else:
            text = self.tr("The import stopped on an unexpected error and was rolled back: %s") % error
        self.failure.setText(text)
        self.failure.show()

    def _done(self, outcome: InboundOutcome) -> None:
        self.state.outcome = outcome
        self.state.passphrase = ""
        if outcome.log_id is None:  # imported meanwhile, from another window
            self.status.setText(self.tr("Nothing to do."))
            self.already.setText(outcome.already_imported or "")
            self.already.show()
            self._finished()
            return
        self.status.setText(self.tr("Imported, and recorded in the exchange log."))
        self.summary_box.setTitle(self.tr("What was checked and imported"))
        values = self.outcome_values
        values["stored"].setText(
            "\n".join(
                self.tr("%(category)s: %(created)s added, %(updated)s updated")
                % {
                    "category": QCoreApplication.translate("MoUs", CATEGORIES[code].label)
                    if code in CATEGORIES
                    else code,
                    "created": thousands(counts.create),
                    "updated": thousands(counts.update),
                }
                for code, counts in outcome.counts.items()
            )
        )
        check = self.state.check
        conflicts = len(check.conflicts) if check is not None else 0
        values["conflicts"].setText(
            self.tr("%(kept)s kept as the office had them; %(replaced)s replaced by the package's values.")
            % {
                "kept": thousands(outcome.skipped_conflicts),
                "replaced": thousands(max(conflicts - outcome.skipped_conflicts, 0)),
            }
            if conflicts
            else self.tr("none")
        )
        values["backup"].setText(str(outcome.backup) if outcome.backup else "")
        values["log"].setText(self.tr("entry %d") % outcome.log_id)
        values["undo"].setText(self.tr(UNDO_HINT))
        self.notes.setText("\n".join(outcome.notes))
        self.notes.setVisible(bool(outcome.notes))
        self._show_idle()
        self.imported.emit(outcome.log_id)
        self.completeChanged.emit()  # after ``imported``: the wizard has made the way back a commit

    def isComplete(self) -> bool:
        return self.state.outcome is not None and not self.busy()

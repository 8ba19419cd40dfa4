"""The package import wizard's check: the dry run in the background, then who signed, what would
change table by table, and the problems that stop the import."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.services.errors import DomainError, ValidationError
from desktop.services.exchange.inbound import InboundCheck, TableCheck
from desktop.services.exchange.package import PackageRefusedError
from desktop.services.imports.problems import FileProblemsError, ImportProblem, problems_text
from desktop.ui.dialogs.import_wizard_parts import problem_notice, thousands
from desktop.ui.dialogs.package_import_problems import PackageProblemsPanel
from desktop.ui.dialogs.package_import_state import (
    PackageImportState,
    PageId,
    bold_label,
    day_and_time,
    selectable,
)
from desktop.ui.dialogs.partner_key_dialog import fingerprint_font
from desktop.ui.dialogs.wizard_task import TaskPageMixin
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import notice_label, record_table, show_lines

CANCELLED = QT_TRANSLATE_NOOP("CheckPage", "Cancelled; nothing was read into the database.")
# What a refusal of the package means, said first and large; the service's message follows.
REFUSALS = {
    "wrong_passphrase": QT_TRANSLATE_NOOP("CheckPage", "Wrong passphrase"),
    "changed": QT_TRANSLATE_NOOP("CheckPage", "The package was changed after it was signed"),
    "damaged": QT_TRANSLATE_NOOP("CheckPage", "The package is damaged or incomplete"),
    "bad_signature": QT_TRANSLATE_NOOP("CheckPage", "The signature does not match the package"),
    "unknown_signer": QT_TRANSLATE_NOOP("CheckPage", "Signed by a key this office has not registered"),
    "not_a_package": QT_TRANSLATE_NOOP("CheckPage", "Not an exchange package"),
    "unsupported_version": QT_TRANSLATE_NOOP("CheckPage", "A package format this version cannot read"),
    "kdf_too_costly": QT_TRANSLATE_NOOP("CheckPage", "The package's lock is costlier than allowed"),
}
WHAT_NEXT = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "CheckPage", "Go Back and type the passphrase again, exactly as the partner gave it."
    ),
    "unknown_signer": QT_TRANSLATE_NOOP(
        "CheckPage", "Go Back to the first page and register the partner's key from their receipt."
    ),
}
ROUND_WHAT_NEXT = QT_TRANSLATE_NOOP("CheckPage", "Go Back and choose the round these data belong to.")


class CheckPage(TaskPageMixin, QWizardPage):
    """The dry run starts when the page opens; Cancel stops it, Check again repeats it. A refused
    package says why and how to go on; a checked one shows everything the import would do."""

    def __init__(self, state: PackageImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Check"))
        self.setSubTitle(self.tr("Verified and checked row by row, as a dry run: nothing is stored yet."))
        self.status = bold_label()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cance&l check"))
        self.again_button = QPushButton(self.tr("Check &again"))
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        running.addWidget(self.again_button)
        running.addStretch(0)  # takes the width the hidden progress bar leaves
        self.refusal_heading = QLabel()
        heading_font = self.refusal_heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.4)
        self.refusal_heading.setFont(heading_font)
        self.refusal_heading.setStyleSheet("color: #7f1d1d;")
        self.refusal_heading.setWordWrap(True)
        self.refusal = problem_notice()

        self.results = QWidget()
        self._build_results()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(running)
        layout.addWidget(self.refusal_heading)
        layout.addWidget(self.refusal)
        layout.addWidget(self.results, 1)
        self.stretch = QWidget()  # takes the height the results do not use
        layout.addWidget(self.stretch, 1)

        self.cancel_button.clicked.connect(self.stop)
        self.again_button.clicked.connect(self.start_check)
        self.task: BackgroundTask | None = None
        self._show_idle()

    def _build_results(self) -> None:
        self.verified_box = QGroupBox(self.tr("Verified"))
        form = QFormLayout(self.verified_box)
        self.verified = {name: selectable() for name in ("signer", "mou", "round", "created", "file")}
        self.signer_fingerprint = selectable()
        self.signer_fingerprint.setFont(fingerprint_font(12))
        for name, label in (
            ("signer", self.tr("Signed by:")),
            ("mou", self.tr("MoU:")),
            ("round", self.tr("Round:")),
            ("created", self.tr("Created:")),
            ("file", self.tr("File:")),
        ):
            form.addRow(label, self.verified[name])
        form.addRow(self.tr("Key fingerprint:"), self.signer_fingerprint)
        self.verified_form = form
        self.notes = notice_label()
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.counts_model = ListTableModel(
            [
                Column(self.tr("Table"), lambda t: QCoreApplication.translate("MoUs", t.label)),
                Column(self.tr("File"), lambda t: t.file_name),
                Column(
                    self.tr("Rows"), lambda t: thousands(t.rows), order_by=lambda t: t.rows, align_right=True
                ),
                Column(self.tr("To add"), lambda t: thousands(t.counts.create), align_right=True),
                Column(self.tr("To update"), lambda t: thousands(t.counts.update), align_right=True),
                Column(self.tr("Unchanged"), lambda t: thousands(t.counts.unchanged), align_right=True),
                Column(self.tr("With problems"), lambda t: thousands(t.counts.error_rows), align_right=True),
            ],
            self,
        )
        self.counts_table = record_table(self.counts_model)
        self.counts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.counts_table.setAccessibleName(self.tr("What the import would do, table by table"))
        self.verdict = bold_label()
        self.already = notice_label()
        self.impossible = problem_notice()

        self.problems_panel = PackageProblemsPanel()

        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.addWidget(self.verified_box)
        results.addWidget(self.notes)
        results.addWidget(self.counts_table)
        results.addWidget(self.verdict)
        results.addWidget(self.already)
        results.addWidget(self.impossible)
        results.addWidget(self.problems_panel, 1)

    # --- running the check --------------------------------------------------------------------

    def initializePage(self) -> None:
        self.start_check()

    def cleanupPage(self) -> None:
        """Going back: the choices may change, so what was checked is forgotten."""
        self.stop()
        self.state.forget_check()
        self._show_check(None)
        self._show_refusal("", "")

    def start_check(self) -> BackgroundTask:
        self.state.forget_check()
        self._show_check(None)
        self._show_refusal("", "")
        self.task = BackgroundTask(self.state.check_work(), self)
        self.task.progress.connect(self._progress)
        self.task.succeeded.connect(self._checked)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(lambda: self.status.setText(self.tr(CANCELLED)))
        self.task.finished.connect(self._show_idle)
        self.status.setText(self.tr("Checking %s…") % (self.state.path.name if self.state.path else ""))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.again_button.hide()
        self._allow_back(False)
        self.completeChanged.emit()
        self.task.start()
        return self.task

    def _show_idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.again_button.setVisible(self.state.check is None)
        self.completeChanged.emit()  # the wizard sets its buttons again, Back included

    def _failed(self, error: object) -> None:
        self.status.setText(self.tr("Not checked: nothing was read into the database."))
        if isinstance(error, PackageRefusedError):
            heading = self.tr(REFUSALS[error.reason])
            text = error.message
            if error.reason in WHAT_NEXT:
                text += "\n\n" + self.tr(WHAT_NEXT[error.reason])
        elif isinstance(error, FileProblemsError):
            heading = self.tr("This file cannot be imported")
            text = problems_text(error.message.split("\n")[0], error.problems)
        elif isinstance(error, ValidationError) and "round" in error.field_errors:
            heading = self.tr("Which round?")
            text = error.field_errors["round"] + "\n\n" + self.tr(ROUND_WHAT_NEXT)
        elif isinstance(error, DomainError):
            heading = self.tr("This package cannot be imported")
            text = error.message
        else:
            heading = self.tr("The check stopped on an unexpected error")
            text = str(error)
        self._show_refusal(heading, text)

    def _show_refusal(self, heading: str, text: str) -> None:
        self.refusal_heading.setText(heading)
        self.refusal_heading.setVisible(bool(heading))
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))

    # --- showing what was found ---------------------------------------------------------------

    def _checked(self, check: InboundCheck) -> None:
        self.state.check = check
        self.status.setText(self.tr("Checked."))
        self._show_check(check)
        self._show_idle()

    def _show_check(self, check: InboundCheck | None) -> None:
        self.results.setVisible(check is not None)
        self.stretch.setVisible(check is None)
        if check is None:
            self.counts_model.set_rows([])
            self.problems_panel.show_problems([], "")
            return
        signed = check.signer_fingerprint is not None
        self.verified_box.setTitle(self.tr("Verified") if signed else self.tr("Read (not signed)"))
        self.verified["signer"].setText(
            check.organisation_name
            if signed
            else self.tr("Not signed — the return template filled in for %s") % check.organisation_name
        )
        self.signer_fingerprint.setText(check.signer_fingerprint or "")
        self.verified_form.setRowVisible(self.signer_fingerprint, signed)
        self.verified["mou"].setText(check.mou_reference)
        self.verified["round"].setText(check.round_name)
        self.verified["created"].setText(
            day_and_time(check.created_at) if check.created_at else self.tr("not said")
        )
        self.verified["file"].setText(str(check.path))
        notes = [*check.notes, *(note for table in check.tables for note in table.notes)]
        show_lines(self.notes, notes)
        self.counts_model.set_rows(check.tables)
        self._fit_counts(check.tables)
        problems = check.problems
        self.problems_panel.show_problems(problems, check.path.stem)
        self.problems_panel.setVisible(bool(problems))
        self.stretch.setVisible(not problems)
        self.already.setText(
            check.already_imported + "\n" + self.tr("There is nothing more to do: close the wizard.")
            if check.already_imported
            else ""
        )
        self.already.setVisible(bool(check.already_imported))
        self.impossible.setText(self._impossible(problems) if problems and not check.already_imported else "")
        self.impossible.setVisible(bool(problems) and not check.already_imported)
        self.verdict.setText(self._verdict(check))
        self.verdict.setVisible(check.importable and not check.already_imported)

    def _fit_counts(self, tables: list[TableCheck]) -> None:
        self.counts_table.resizeRowsToContents()
        header = self.counts_table.horizontalHeader().height()
        rows = sum(self.counts_table.rowHeight(row) for row in range(len(tables)))
        self.counts_table.setFixedHeight(header + rows + 2 * self.counts_table.frameWidth() + 2)

    def _impossible(self, problems: list[ImportProblem]) -> str:
        rows = len({(p.file_name, p.sheet, p.row) for p in problems})
        return self.tr(
            "Problems found: %(problems)s, in %(rows)s of the package's rows. This package cannot be imported, and nothing "
            "was stored: the partner must correct them and send it again (save the list below for them)."
        ) % {"problems": thousands(len(problems)), "rows": thousands(rows)}

    def _verdict(self, check: InboundCheck) -> str:
        text = self.tr("Ready to import. Rows to store: %s.") % thousands(check.rows_to_store)
        if check.conflicts:
            text += " " + self.tr(
                "Rows that would overwrite the office's newer data: %s; choose on the next page which to take."
            ) % thousands(len(check.conflicts))
        return text

    # --- the way on ---------------------------------------------------------------------------

    def nextId(self) -> int:
        check = self.state.check
        return int(PageId.CONFLICTS if check is not None and check.conflicts else PageId.IMPORT)

    def isComplete(self) -> bool:
        check = self.state.check
        return not self.busy() and check is not None and check.importable and not check.already_imported

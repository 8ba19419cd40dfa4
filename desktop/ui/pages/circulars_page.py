"""The Circulars page: the dispatch register, and writing, reprinting and cancelling circulars."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import circulars, dispatch, reprints, templates
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import DomainError
from desktop.services.recognition import certificates, invitations
from desktop.services.text import search_terms
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.dialogs.template_manager import TemplateManager
from desktop.ui.pdf_pages import print_pdf
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import open_dialog, record_table

STATUS = {
    "issued": QT_TRANSLATE_NOOP("CircularsPage", "Issued"),
    "cancelled": QT_TRANSLATE_NOOP("CircularsPage", "Cancelled"),
    "superseded": QT_TRANSLATE_NOOP("CircularsPage", "Superseded"),
}


class IssuedDialog(QDialog):
    """Shown once a circular is issued: print the original, or save it as a PDF."""

    def __init__(self, issued: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issued = issued
        self.setWindowTitle(self.tr("Circular issued"))
        text = QLabel(self.tr("Issued as <b>%s</b>. Print it now, or save it as a PDF.") % issued.number)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self.print_original())
        self.save_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)

    def print_original(self, printer: QPrinter | None = None) -> None:
        """Print through Qt's print dialog (or straight to ``printer``, already set up)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not QPrintDialog(printer, self).exec():
                return
        print_pdf(self.issued.pdf, printer)

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the issued circular"),
            f"{self.issued.number.replace('/', '-')}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            write_file(Path(path), self.issued.pdf)


class CircularsPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[dispatch.RegisterRow] = []
        self._templates_for: Database | None = None
        self.editor: CircularEditor | None = None
        self.issued_dialog: IssuedDialog | None = None
        self.template_manager: TemplateManager | None = None
        self.task: BackgroundTask | None = None
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by number or subject"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New circular…"))
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.reprint_button = QPushButton(self.tr("Print duplicate…"))
        self.copies_button = QPushButton(self.tr("Save copies…"))
        self.cancel_button = QPushButton(self.tr("Cancel circular…"))
        self.supersede_button = QPushButton(self.tr("Supersede…"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        buttons = (
            self.new_button,
            self.templates_button,
            self.reprint_button,
            self.copies_button,
            self.supersede_button,
            self.cancel_button,
        )
        for button in buttons:
            bar.addWidget(button)
        self.model = ListTableModel(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Date"), lambda r: f"{r.issued_on:%d/%m/%Y}"),
                Column(self.tr("Subject"), lambda r: r.subject),
                Column(self.tr("Language"), lambda r: r.language),
                Column(self.tr("Recipients"), lambda r: r.recipients, align_right=True),
                Column(self.tr("Status"), self._status),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Circulars"))))
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.new_button.clicked.connect(self.new_circular)
        self.templates_button.clicked.connect(self.manage_templates)
        self.reprint_button.clicked.connect(self.print_duplicate)
        self.copies_button.clicked.connect(self.save_copies)
        self.cancel_button.clicked.connect(self.cancel_circular)
        self.supersede_button.clicked.connect(self.supersede)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def reload(self) -> None:
        self.rows = dispatch.list_register(self.db)
        if not self.db.read_only and self._templates_for is not self.db:
            templates.ensure_builtin_templates(self.db)  # once per database: new built-ins after an upgrade
            self._templates_for = self.db
        self._filter()

    def _filter(self) -> None:
        terms = search_terms(self.search.text())
        shown = [r for r in self.rows if all(t in f"{r.number} {r.subject}".casefold() for t in terms)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("%s in the register") % f"{len(shown):,}")
        self._update_buttons()

    def selected(self) -> dispatch.RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = not self.db.read_only
        self.new_button.setEnabled(writable)
        self.reprint_button.setEnabled(row is not None)
        self.copies_button.setEnabled(row is not None)
        self.cancel_button.setEnabled(writable and row is not None and row.status == "issued")
        certificate = row is not None and row.kind == certificates.KIND
        self.supersede_button.setEnabled(
            writable and row is not None and row.status == "issued" and not certificate
        )
        self.supersede_button.setToolTip(
            self.tr(
                "A certificate batch is replaced by cancelling it and issuing the certificates again "
                "from the Recognition page."
            )
            if certificate
            else self.tr("Write a new circular that replaces the selected one.")
        )

    # --- actions ------------------------------------------------------------------------------

    def _status(self, row: dispatch.RegisterRow) -> str:
        if row.superseded_by:
            return self.tr("Superseded by %s") % row.superseded_by
        if row.status == "cancelled" and row.cancel_reason:
            return self.tr("Cancelled: %s") % row.cancel_reason
        return self.tr(STATUS.get(row.status, row.status))

    def supersede(self) -> CircularEditor | None:
        """A new circular, started from the selected one, that replaces it when issued."""
        row = self.selected()
        if row is None or not self.supersede_button.isEnabled():
            return None
        try:
            basis = circulars.basis_of(self.db, row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot supersede"), exc.message)
            return None
        editor = CircularEditor(self.db, self, basis=basis, supersedes=row.id)
        self.editor = open_dialog(editor, lambda done: self._issued(done.saved))
        return self.editor

    def new_circular(self) -> CircularEditor:
        self.editor = open_dialog(CircularEditor(self.db, self), lambda editor: self._issued(editor.saved))
        return self.editor

    def manage_templates(self) -> TemplateManager:
        # Read-only windows may look at the templates too; the manager disables changing them.
        self.template_manager = open_dialog(TemplateManager(self.db, self), lambda _dialog: None)
        return self.template_manager

    def _issued(self, issued: Any) -> None:
        self.reload()
        for position in range(self.model.rowCount()):
            if self.model.row_at(position).id == issued.entry_id:
                self.table.selectRow(position)
        self.changed.emit()
        self.issued_dialog = open_dialog(IssuedDialog(issued, self), lambda _dialog: None)

    def print_duplicate(self) -> None:
        row = self.selected()
        if row is None:
            return
        db = self.db
        task = run_with_progress(
            self, self.tr("Preparing the duplicate"), lambda p: reprints.reprint(db, row.id, progress=p)
        )
        task.succeeded.connect(lambda pdf: self._print(pdf))
        task.failed.connect(self._failed)
        self.task = task

    def _print(self, pdf: bytes) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec():
            print_pdf(pdf, printer)

    def save_copies(self) -> None:
        row = self.selected()
        if row is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for one PDF per recipient"))
        if not folder:
            return
        db = self.db
        work = lambda p: reprints.save_copies(db, row.id, Path(folder), progress=p)  # noqa: E731
        task = run_with_progress(self, self.tr("Saving one PDF per recipient"), work)
        task.succeeded.connect(
            lambda files: QMessageBox.information(
                self,
                self.tr("Saved"),
                self.tr("%(count)s files saved in %(folder)s") % {"count": len(files), "folder": folder},
            )
        )
        task.failed.connect(self._failed)
        self.task = task

    def cancel_circular(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Why is %s cancelled? The register keeps the reason.") % row.number
        # Cancelling a recognition letter or batch moves its nominees back a step: say so first.
        undone = {
            invitations.KIND: self.tr("Its invitees go back to selected, to be invited again."),
            certificates.KIND: self.tr(
                "Its nominees go back to attended; issue their certificates again from the Recognition page."
            ),
        }.get(row.kind)
        if undone:
            question += "\n" + undone
        reason, ok = QInputDialog.getText(self, self.tr("Cancel circular"), question)
        if not ok:
            return
        try:
            reprints.cancel(self.db, row.id, reason)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot cancel"), exc.message)
            return
        self.reload()
        self.changed.emit()

    def _failed(self, error: object) -> None:
        QMessageBox.critical(self, self.tr("Circulars"), getattr(error, "message", str(error)))

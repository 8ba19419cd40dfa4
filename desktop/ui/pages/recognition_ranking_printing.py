"""Printing from the Ranking and selection tab: invitations and certificates issued in the
background with progress and Cancel, then saved, opened or printed; a certificate's draft
previewed; the cycle's publicity summary saved. The tab's buttons call these with the tab."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.disk import write_file
from desktop.services.dispatch import IssuedDocument
from desktop.services.recognition import certificates, invitations, publicity
from desktop.ui.dialogs.selection_reason_dialog import IssueDialog
from desktop.ui.pdf_pages import page_images, print_pdf
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import open_dialog

if TYPE_CHECKING:
    from desktop.ui.pages.recognition_ranking import RankingTab


def issue_invitations(tab: RankingTab) -> IssueDialog | None:
    """One invitation letter, a copy per selected nominee (those chosen, or all of them),
    numbered and printed in the background; they are marked invited."""
    db, cycle_id = tab.db, tab.cycle_id

    def check(ids: list[int], on: date, section: str) -> None:
        assert cycle_id is not None
        invitations.invitation_draft(db, cycle_id, ids, on, section)

    return _issue(
        tab,
        "selected",
        QCoreApplication.translate("RankingTab", "Issue invitations"),
        QCoreApplication.translate("RankingTab", "Issue"),
        invitations.issue_invitations,
        check,
    )


def issue_certificates(tab: RankingTab) -> IssueDialog | None:
    """Numbered certificates for the nominees who attended (those chosen, or all of them),
    printed in the background; they are marked recognised."""
    return _issue(
        tab,
        "attended",
        QCoreApplication.translate("RankingTab", "Issue certificates"),
        QCoreApplication.translate("RankingTab", "Issue"),
        certificates.issue_certificates,
        None,
    )


def preview_certificate(tab: RankingTab) -> BackgroundTask | None:
    """The chosen nominee's certificate as it would print, rendered in the background."""
    lines = tab.selected_lines()
    if len(lines) != 1 or tab.cycle_id is None:
        return None
    db, cycle_id, line = tab.db, tab.cycle_id, lines[0]
    title = QCoreApplication.translate("RankingTab", "Certificate preview")
    tab.task = run_with_progress(
        tab, QCoreApplication.translate("RankingTab", "Preparing the certificate"),
        lambda _progress: certificates.certificate_preview(db, cycle_id, line.id), cancellable=False,
    )  # fmt: skip

    def show(pdf: bytes) -> None:
        tab.dialog = open_dialog(
            CertificatePreviewDialog(pdf, line.row.nominee_name, title, tab), lambda _d: None
        )

    tab.task.succeeded.connect(show)
    tab.task.failed.connect(_failed(tab, title))
    return tab.task


def save_publicity_summary(tab: RankingTab) -> BackgroundTask | None:
    """The press note of the cycle, saved as a PDF in the background."""
    if tab.cycle_id is None or tab.cycle is None:
        return None
    title = QCoreApplication.translate("RankingTab", "Save the publicity summary")
    suggested = _file_name(f"{tab.cycle.label} - publicity summary") + ".pdf"
    name, _filter = QFileDialog.getSaveFileName(
        tab, title, suggested, QCoreApplication.translate("RankingTab", "PDF files (*.pdf)")
    )
    if not name:
        return None
    db, cycle_id, path = tab.db, tab.cycle_id, Path(name).with_suffix(".pdf")
    tab.task = run_with_progress(
        tab, QCoreApplication.translate("RankingTab", "Preparing the publicity summary"),
        lambda _progress: publicity.save_publicity_summary(db, cycle_id, path),
    )  # fmt: skip
    tab.task.succeeded.connect(
        lambda saved: tab.show_status(QCoreApplication.translate("RankingTab", "Saved %s") % saved)
    )
    tab.task.failed.connect(_failed(tab, title))
    return tab.task


def _failed(tab: RankingTab, title: str) -> Callable[[object], None]:
    return lambda error: QMessageBox.warning(tab, title, getattr(error, "message", str(error)))


def _issue(
    tab: RankingTab,
    status: str,
    title: str,
    button_text: str,
    issue: Callable[..., IssuedDocument],
    check: Callable[[list[int], date, str], Any] | None,
) -> IssueDialog | None:
    """Ask the date and section of a batch (``check`` refuses a wrong one before any number is
    taken), then issue it in the background with progress and Cancel."""
    lines = tab.chosen_or_all(status)
    if not lines or tab.cycle_id is None:
        return None
    cycle_id, db, ids = tab.cycle_id, tab.db, [line.id for line in lines]
    dialog = IssueDialog(
        title, tab.nominee_names(lines), tab.today(), tab, button_text=button_text,
        check=(lambda on, section: check(ids, on, section)) if check is not None else None,
    )  # fmt: skip

    def start(chosen: IssueDialog) -> None:
        choice = chosen.saved
        work = lambda progress: issue(  # noqa: E731
            db, cycle_id, ids, choice.issued_on, section=choice.section, progress=progress
        )
        tab.task = run_with_progress(tab, title, work)
        tab.task.succeeded.connect(lambda issued: _issued(tab, issued, ids, title))
        tab.task.failed.connect(_failed(tab, title))
        tab.task.cancelled.connect(
            lambda: tab.show_status(
                QCoreApplication.translate("RankingTab", "Cancelled: nothing was issued.")
            )
        )

    tab.dialog = open_dialog(dialog, start)
    return dialog


def _issued(tab: RankingTab, issued: IssuedDocument, ids: Sequence[int], title: str) -> None:
    tab.after_change(ids, QCoreApplication.translate("RankingTab", "Issued as %s.") % issued.number)
    tab.dialog = open_dialog(IssuedPdfDialog(issued, title, tab), lambda _dialog: None)


def _file_name(text: str) -> str:
    kept = "".join(char if char.isalnum() or char in " -_()" else "-" for char in text)
    return " ".join(kept.split())[:80]


class IssuedPdfDialog(QDialog):
    """Shown once a batch is issued: save its PDF, open it in the system's viewer, or print it."""

    def __init__(self, issued: IssuedDocument, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issued = issued
        self.setWindowTitle(title)
        text = QLabel(self.tr("Issued as <b>%s</b>. Save the PDF, open it, or print it.") % issued.number)
        text.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = buttons.addButton(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button.clicked.connect(lambda: self.print_copy())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def file_name(self) -> str:
        return f"{self.issued.number.replace('/', '-')}.pdf"

    def save_pdf(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.file_name(), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name).with_suffix(".pdf")
        write_file(path, self.issued.pdf)
        self.error.setText(self.tr("Saved %s") % path)
        return path

    def open_pdf(self) -> Path:
        """Write the PDF to a temporary folder and hand it to the system's viewer."""
        path = Path(tempfile.mkdtemp(prefix="district-desk-")) / self.file_name()
        write_file(path, self.issued.pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.error.setText(self.tr("No program on this computer opens PDF files; save it instead."))
        return path

    def print_copy(self, printer: QPrinter | None = None) -> None:
        """Print through Qt's print dialog (or straight to ``printer``, already set up)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if not QPrintDialog(printer, self).exec():
                return
        print_pdf(self.issued.pdf, printer)


class CertificatePreviewDialog(QDialog):
    """A certificate's first page as an image, and the PDF to save."""

    def __init__(self, pdf: bytes, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.name = pdf, name
        self.setWindowTitle(f"{title}: {name}")
        self.page = QLabel()
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        images = page_images(pdf, dpi=72, first_pages=1)
        if images:
            self.page.setPixmap(QPixmap.fromImage(images[0]))
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)

    def save_pdf(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.windowTitle(),
            f"{_file_name(self.name)} - certificate draft.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name).with_suffix(".pdf")
        write_file(path, self.pdf)
        return path

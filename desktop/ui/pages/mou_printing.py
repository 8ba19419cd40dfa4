"""Printing from the MoU page: the MoU itself, its authorisation letter, and the register report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.documents.circular import Signatory
from desktop.services import templates
from desktop.services.errors import DomainError
from desktop.services.mous import printing, register, reports
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.pages.circulars_page import IssuedDialog
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import open_dialog

if TYPE_CHECKING:
    from desktop.ui.pages.mous_page import MousPage

# The languages the built-in authorisation letter is written in.
LETTER_LANGUAGES = ("en", "kn", "hi")
REPORT_FILTERS = {"PDF (*.pdf)": ".pdf", "Excel workbook (*.xlsx)": ".xlsx"}


def _failed(page: MousPage, title: str) -> Any:
    return lambda error: QMessageBox.warning(page, title, getattr(error, "message", str(error)))


def _run(page: MousPage, title: str, work: Any, done_text: str) -> BackgroundTask:
    task = run_with_progress(page, title, work)
    task.succeeded.connect(lambda path: page.show_status(done_text % path))
    task.failed.connect(_failed(page, title))
    page.task = task
    return task


def save_mou_pdf(page: MousPage) -> BackgroundTask | None:
    """The selected MoU as a PDF, in the background."""
    row = page.selected()
    if row is None:
        return None
    name, _filter = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("MousPage", "Save the MoU"),
        f"{row.reference.replace('/', '-')}.pdf",
        QCoreApplication.translate("MousPage", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    db, mou_id, path = page.db, row.id, Path(name).with_suffix(".pdf")
    return _run(
        page,
        QCoreApplication.translate("MousPage", "Printing the MoU"),
        lambda _p: printing.save_mou_pdf(db, mou_id, path),
        QCoreApplication.translate("MousPage", "Saved %s"),
    )


def save_register_report(page: MousPage) -> BackgroundTask | None:
    """The register as the page shows it (its filters applied), as PDF or Excel."""
    name, chosen = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("MousPage", "Save the MoU register"),
        "MoU-register.pdf",
        ";;".join(REPORT_FILTERS),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in REPORT_FILTERS.values():
        path = path.with_suffix(REPORT_FILTERS.get(chosen, ".pdf"))
    db, wanted, today = page.db, page.current_filter(), page.today()
    work = lambda _p: reports.save_register(db, path, wanted, today=today)  # noqa: E731
    return _run(
        page,
        QCoreApplication.translate("MousPage", "Preparing the register"),
        work,
        QCoreApplication.translate("MousPage", "Saved %s"),
    )


def authorisation_letter(page: MousPage) -> CircularEditor | None:
    """A circular to the schools the MoU covers, prepared in the circular editor to check, sign
    and issue (which gives it a dispatch number)."""
    row = page.selected()
    if row is None:
        return None
    detail = register.get_mou(page.db, row.id)
    language = detail.data.language if detail.data.language in LETTER_LANGUAGES else "en"
    try:
        draft = printing.authorisation_draft(
            page.db, row.id, language=language, signatory=Signatory("", ""), issued_on=page.today()
        )
    except DomainError as exc:
        QMessageBox.warning(page, QCoreApplication.translate("MousPage", "Authorisation letter"), exc.message)
        return None
    # The letter's template is a built-in; a database not yet opened on the Circulars page lacks it.
    templates.ensure_builtin_templates(page.db)
    editor = CircularEditor(page.db, page)
    editor.prefill(draft, printing.authorisation_selection(page.db, row.id))

    def issued(done: CircularEditor) -> None:
        page.changed.emit()
        page.issued_dialog = open_dialog(IssuedDialog(done.saved, page), lambda _dialog: None)

    page.dialog = open_dialog(editor, issued)
    return editor

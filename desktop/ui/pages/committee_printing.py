"""Printing from the Committees page: the members' contact sheet, and the order constituting a body
prepared in the circular editor, whose number is recorded on the body once issued."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.documents.circular import Signatory
from desktop.services.committees import printing
from desktop.services.errors import DomainError
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.pages.circulars_page import IssuedDialog
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import open_dialog

if TYPE_CHECKING:
    from desktop.ui.pages.committees_page import CommitteesPage


def _file_name(text: str) -> str:
    kept = "".join(char if char.isalnum() or char in " -_()" else "-" for char in text)
    return " ".join(kept.split())[:80]


def save_contact_sheet(page: CommitteesPage) -> BackgroundTask | None:
    """The selected body's members on the panel's "as on" date, saved as a PDF in the background."""
    row = page.selected()
    if row is None:
        return None
    on = page.members.as_on_date()
    suggested = f"{_file_name(row.name)} - members {on:%d-%m-%Y}.pdf"
    name, _filter = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("CommitteesPage", "Save the contact sheet"),
        suggested,
        QCoreApplication.translate("CommitteesPage", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    db, body_id, path = page.db, row.id, Path(name).with_suffix(".pdf")
    title = QCoreApplication.translate("CommitteesPage", "Contact sheet")
    task = run_with_progress(
        page,
        QCoreApplication.translate("CommitteesPage", "Preparing the contact sheet"),
        lambda _p: printing.save_contact_sheet(db, body_id, on, path),
    )
    task.succeeded.connect(
        lambda saved: page.show_status(QCoreApplication.translate("CommitteesPage", "Saved %s") % saved)
    )
    task.failed.connect(lambda error: QMessageBox.warning(page, title, getattr(error, "message", str(error))))
    page.task = task
    return task


def constitution_order(page: CommitteesPage) -> CircularEditor | None:
    """The order constituting (or reconstituting) the selected body, with its members on the
    panel's date, prepared in the circular editor to sign and issue; once issued its number is
    recorded as the body's constituting order."""
    row = page.selected()
    if row is None:
        return None
    try:
        draft, person_ids = printing.constitution_order_draft(
            page.db, row.id, on=page.members.as_on_date(), signatory=Signatory("", ""), issued_on=page.today()
        )
    except DomainError as exc:
        QMessageBox.warning(
            page, QCoreApplication.translate("CommitteesPage", "Constitution order"), exc.message
        )
        return None
    editor = CircularEditor(page.db, page)
    editor.prefill(draft, person_ids=person_ids)
    body_id = row.id

    def issued(done: CircularEditor) -> None:
        try:
            printing.record_constituting_order(page.db, body_id, done.saved.entry_id)
        except DomainError as exc:  # issued all the same; the number can be typed in with Edit
            QMessageBox.warning(
                page, QCoreApplication.translate("CommitteesPage", "Constitution order"), exc.message
            )
        page.after_change(body_id)
        page.issued_dialog = open_dialog(IssuedDialog(done.saved, page), lambda _dialog: None)

    page.dialog = open_dialog(editor, issued)
    return editor

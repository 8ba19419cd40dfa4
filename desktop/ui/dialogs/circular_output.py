"""The circular editor's output: the draft read from its form, the live preview rendered in the
background, and issuing. Mixed into :class:`~desktop.ui.dialogs.circular_editor.CircularEditor`,
whose translation context its words keep."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QListWidget

from desktop.documents.circular import Signatory
from desktop.services import circulars
from desktop.services.circulars import CircularDraft
from desktop.services.errors import DomainError, ValidationError
from desktop.services.recipients import office_recipients, person_recipients, school_recipients
from desktop.ui.pdf_pages import page_images
from desktop.ui.tasks import BackgroundTask, run_with_progress


def checked(widget: QListWidget) -> tuple[int, ...]:
    """The data of the ticked items of a checkable list."""
    return tuple(
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


class CircularOutputMixin:
    """Drafting, previewing and issuing for the circular editor, a :class:`FormDialog` that builds
    the widgets used here: the form's fields, ``body``, ``language``, ``template``,
    ``recipient_kind`` with the ``schools``, ``offices`` and ``people`` pickers, ``field_edits``,
    ``preview_label`` with its ``_preview_timer`` and the ``preview_ready`` signal."""

    def draft(self) -> CircularDraft:
        """The draft as the form stands; raises ValidationError for what the form itself lacks."""
        kind = self.recipient_kind.currentData()
        if kind == "school":
            recipients = tuple(school_recipients(self._db, self.schools.selection()))
        elif kind == "office":
            recipients = tuple(office_recipients(self._db, checked(self.offices)))
        else:
            recipients = tuple(person_recipients(self._db, self.people.person_ids()))
        errors: dict[str, str] = {}
        if self.value("office_id") is None:
            errors["office_id"] = QCoreApplication.translate(
                "CircularEditor", "Add the issuing office under Offices first."
            )
        if not self.value("signatory_name").strip() or not self.value("signatory_designation").strip():
            errors["signatory_name"] = QCoreApplication.translate(
                "CircularEditor", "Name and designation of the officer who signs are both needed."
            )
        if errors:
            raise ValidationError(errors)
        issued_on = self.widget("issued_on").date().toPython()  # type: ignore[attr-defined]
        lines = lambda name: tuple(line.strip() for line in self.value(name).splitlines() if line.strip())  # noqa: E731
        return CircularDraft(
            office_id=self.value("office_id"),
            issued_on=issued_on if isinstance(issued_on, date) else date.today(),
            language=self.language.currentData(),
            subject=self.value("subject"),
            body=self.value("body"),
            recipients=recipients,
            signatory=Signatory(
                self.value("signatory_name").strip(), self.value("signatory_designation").strip()
            ),
            section=self.value("section"),
            references=lines("references"),
            copy_to=lines("copy_to"),
            fields={name: edit.text().strip() for name, edit in self.field_edits.items()},
            template_name=self.template.currentText() if self.template.currentData() else None,
            supersedes=self.supersedes,
        )

    def refresh_preview(self) -> None:
        """Render the first copy as a draft, in the background; problems show next to the fields."""
        self._preview_timer.stop()
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return
        if self._preview_task is not None and self._preview_task.running:
            self._preview_timer.start()  # one preview at a time; try again shortly
            return
        db = self._db
        task = BackgroundTask(
            lambda _progress: page_images(circulars.preview(db, draft), dpi=60, first_pages=1), self
        )
        task.succeeded.connect(self._show_preview)
        task.failed.connect(self._preview_failed)
        self._preview_task = task
        task.start()

    def _show_preview(self, images: Any) -> None:
        for name in ("subject", "body", "recipients", "fields"):
            self.clear_error(name)
        self.preview_label.setPixmap(QPixmap.fromImage(images[0]))
        self.preview_ready.emit()

    def _preview_failed(self, error: object) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error.field_errors)
        else:
            self.preview_label.setText(getattr(error, "message", str(error)))
        self.preview_ready.emit()

    # --- issuing ------------------------------------------------------------------------------

    def _save(self) -> None:
        """Issue in the background: numbering and printing many copies can take a while."""
        try:
            draft = self.draft()
        except ValidationError as exc:
            self.show_errors(exc.field_errors)
            return
        db = self._db
        task = run_with_progress(
            self,
            QCoreApplication.translate("CircularEditor", "Issuing the circular"),
            lambda progress: circulars.issue_circular(db, draft, progress),
        )
        task.succeeded.connect(self._issued)
        task.failed.connect(self._issue_failed)
        self._issue_task = task

    def _issued(self, issued: Any) -> None:
        self.saved = issued
        self.accept()

    def _issue_failed(self, error: object) -> None:
        if isinstance(error, ValidationError):
            self.show_errors(error.field_errors)
        elif isinstance(error, DomainError):
            self.general_error.setText(error.message)
            self.general_error.show()
        else:
            self.general_error.setText(str(error))
            self.general_error.show()

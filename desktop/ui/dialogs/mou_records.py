"""The Attachments and Timeline tabs of a saved MoU: files kept with it, and its history."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.mous import attachments, timeline
from desktop.services.mous.attachments import AttachmentRow
from desktop.services.mous.timeline import TimelineEntry
from desktop.services.mous.vocabulary import ATTACHMENT_KINDS
from desktop.services.stored_files import size_text
from desktop.ui.dialogs.mou_widgets import error_label, hint_label
from desktop.ui.table_model import Column, Index, ListTableModel
from desktop.ui.widgets import open_copy, record_table

# Opened files are written here for the system's viewer; a fresh name each time, never the
# user's own folders.
EXPORT_FOLDER = Path(tempfile.gettempdir()) / "district-desk-attachments"


def local_time(moment: datetime) -> str:
    """A stored moment (UTC) in the office's own time, DD/MM/YYYY HH:MM."""
    if moment.tzinfo is None:  # SQLite gives it back without its zone
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class TextTableModel(ListTableModel):
    """A :class:`ListTableModel` whose cells show their whole text as a tooltip (long details)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            role = Qt.ItemDataRole.DisplayRole
        return super().data(index, role)


class AttachmentsTab(QWidget):
    """Scanned signed copies and annexures: kept in the database as soon as they are attached."""

    changed = Signal()  # a file was attached or removed (the timeline has a new entry)

    def __init__(self, db: Database, mou_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._mou_id = mou_id
        self.export_folder = EXPORT_FOLDER
        self.error = error_label()
        self.model = TextTableModel(
            [
                Column(self.tr("Kind"), lambda a: QCoreApplication.translate("MoUs", a.kind_label)),
                Column(self.tr("Title"), lambda a: a.title),
                Column(self.tr("File"), lambda a: a.file_name),
                Column(self.tr("Size"), lambda a: size_text(a.size), align_right=True),
                Column(self.tr("Added"), lambda a: local_time(a.added_at)),
            ],
            self,
        )
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.kind = QComboBox()
        for kind, label in ATTACHMENT_KINDS.items():
            self.kind.addItem(QCoreApplication.translate("MoUs", label), kind)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Title (the file's name if left empty)"))
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.remove_button = QPushButton(self.tr("Remove"))
        adding = QHBoxLayout()
        self.kind_label = QLabel(self.tr("Attach as"))
        adding.addWidget(self.kind_label)
        adding.addWidget(self.kind)
        adding.addWidget(self.title, 1)
        adding.addWidget(self.attach_button)
        acting = QHBoxLayout()
        acting.addWidget(self.open_button)
        acting.addWidget(self.remove_button)
        acting.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Scanned signed copies and annexures, as PDF, PNG or JPEG. A file is kept as soon as "
                    "it is attached, without pressing Save."
                )
            )
        )
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addLayout(acting)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def set_read_only(self) -> None:
        """Files can still be opened, but none attached or removed."""
        for widget in (self.kind_label, self.kind, self.title, self.attach_button, self.remove_button):
            widget.hide()

    def refresh(self) -> None:
        self.model.set_rows(attachments.list_attachments(self._db, self._mou_id))
        self._selection_changed()

    def selected(self) -> AttachmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def attach(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a scanned copy or annexure"),
            "",
            self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg);;All files (*)"),
        )
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> None:
        self.error.hide()
        try:
            attachments.add_attachment(
                self._db, self._mou_id, path, self.kind.currentData(), self.title.text()
            )
        except ValidationError as exc:
            self._show_error("\n".join(exc.field_errors.values()))
            return
        except DomainError as exc:
            self._show_error(exc.message)
            return
        self.title.clear()
        self.refresh()
        self.table.selectRow(self.model.rowCount() - 1)
        self.changed.emit()

    def open_selected(self) -> None:
        """Write the file to a temporary folder and hand it to the system's viewer."""
        row = self.selected()
        if row is None:
            return
        self.error.hide()
        problem = open_copy(
            self, lambda: attachments.export_attachment(self._db, row.id, self.export_folder), row.file_name
        )
        if problem:
            self._show_error(problem)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove “%(title)s” (%(file_name)s) from this MoU? The history keeps a record of it.")
            % {"title": row.title, "file_name": row.file_name},
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.hide()
        try:
            attachments.remove_attachment(self._db, row.id)
        except DomainError as exc:
            self._show_error(exc.message)
            return
        self.refresh()
        self.changed.emit()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)


class TimelineTab(QWidget):
    """Every change to the MoU and its parts, from the audit log, oldest first."""

    def __init__(self, db: Database, mou_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._mou_id = mou_id
        self.model = TextTableModel(
            [
                Column(self.tr("When"), lambda e: local_time(e.at)),
                Column(self.tr("Who"), lambda e: e.operator),
                Column(self.tr("What"), lambda e: e.what),
                Column(self.tr("Details"), lambda e: e.details),
            ],
            self,
        )
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(timeline.timeline(self._db, self._mou_id))

    def entries(self) -> list[TimelineEntry]:
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

"""A nomination's evidence: photos and PDFs kept with it as soon as they are added, opened in the
system's viewer, removed again."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.recognition import evidence
from desktop.services.recognition.evidence import EvidenceRow
from desktop.services.recognition.vocabulary import (
    MAX_EVIDENCE_BYTES,
    MAX_EVIDENCE_FILES,
    MAX_EVIDENCE_TOTAL_BYTES,
)
from desktop.services.stored_files import size_text
from desktop.ui.dialogs.mou_records import TextTableModel, local_time
from desktop.ui.dialogs.mou_widgets import error_label, hint_label
from desktop.ui.table_model import Column
from desktop.ui.widgets import open_copy, record_table, selected_row

# Opened files are written here for the system's viewer, never into the user's own folders.
EXPORT_FOLDER = Path(tempfile.gettempdir()) / "district-desk-evidence"


class EvidencePanel(QWidget):
    """The files of one nomination; until the nomination is saved there is nothing to attach to."""

    changed = Signal()  # a file was added or removed

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.nomination_id: int | None = None
        self.export_folder = EXPORT_FOLDER
        self.read_only = db.read_only
        self.model = TextTableModel(
            [
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("File"), lambda r: r.file_name),
                Column(
                    self.tr("Size"), lambda r: size_text(r.size), align_right=True, order_by=lambda r: r.size
                ),
                Column(self.tr("Added"), lambda r: local_time(r.added_at), order_by=lambda r: r.added_at),
            ],
            self,
        )
        self.table = record_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.open_button = QPushButton(self.tr("Op&en"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setAutoDefault(False)  # Enter saves the form
        self.hint = hint_label("")
        self.error = error_label()
        self.error.setObjectName("error_file")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Evidence"))))
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.set_nomination(None)

    def set_nomination(self, nomination_id: int | None) -> None:
        self.nomination_id = nomination_id
        limits = self.tr(
            "PDF, PNG or JPEG, up to %(file_size)s each, %(files)d files and %(total_size)s in all."
        ) % {
            "file_size": size_text(MAX_EVIDENCE_BYTES),
            "files": MAX_EVIDENCE_FILES,
            "total_size": size_text(MAX_EVIDENCE_TOTAL_BYTES),
        }
        if nomination_id is None:
            self.hint.setText(self.tr("Photos and PDFs can be added once the nomination is saved. ") + limits)
        else:
            self.hint.setText(self.tr("Kept as soon as added, without Save. ") + limits)
        self.refresh()

    def rows(self) -> list[EvidenceRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def refresh(self) -> None:
        rows = evidence.list_evidence(self.db, self.nomination_id) if self.nomination_id is not None else []
        self.model.set_rows(rows)
        self._update_buttons()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add evidence"),
            "",
            self.tr("PDF or image (*.pdf *.png *.jpg *.jpeg)"),
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> EvidenceRow | None:
        """Attach ``path``; a refusal (kind, size, limits, the same file twice) is shown below."""
        if self.nomination_id is None:
            return None
        self.error.hide()
        try:
            row = evidence.add_evidence(self.db, self.nomination_id, path)
        except ValidationError as exc:
            return self._show_error("\n".join(exc.field_errors.values()))
        except DomainError as exc:
            return self._show_error(exc.message)
        self.refresh()
        self.table.selectRow(self.model.rowCount() - 1)
        self.changed.emit()
        return row

    def selected(self) -> EvidenceRow | None:
        return selected_row(self.table)

    def open_selected(self) -> None:
        """Write the file to a temporary folder and hand it to the system's viewer."""
        row = self.selected()
        if row is None:
            return
        self.error.hide()
        problem = open_copy(
            self, lambda: evidence.export_evidence(self.db, row.id, self.export_folder), row.file_name
        )
        if problem:
            self._show_error(problem)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove evidence"),
            self.tr(
                "Remove “%(title)s” (%(file_name)s) from the nomination? The history keeps a record of it."
            )
            % {"title": row.title, "file_name": row.file_name},
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.hide()
        try:
            evidence.remove_evidence(self.db, row.id)
        except DomainError as exc:
            self._show_error(exc.message)
            return
        self.refresh()
        self.changed.emit()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        return None

    def _update_buttons(self) -> None:
        saved = self.nomination_id is not None
        chosen = self.selected() is not None
        self.table.setEnabled(saved)
        self.add_button.setEnabled(saved and not self.read_only)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.read_only)

"""Choose a backup to restore: the database's own backups, newest first, or any file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import backups
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import record_table

KIND_LABELS = {
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "Daily"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Made by hand"),
    "pre-migration": QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
    "pre-bulk": QT_TRANSLATE_NOOP("RestoreDialog", "Before a bulk change"),
    "pre-import": QT_TRANSLATE_NOOP("RestoreDialog", "Before an import"),
}


class RestoreDialog(QDialog):
    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 380)
        self.chosen: Path | None = None
        self.model = ListTableModel(
            [
                Column(self.tr("Made on"), lambda b: b.created.strftime("%d/%m/%Y %H:%M:%S")),
                Column(self.tr("Why"), lambda b: self.tr(KIND_LABELS.get(b.kind, b.kind))),
                Column(self.tr("Size"), lambda b: f"{b.size / 1024:,.0f} KB", align_right=True),
                Column(self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.model.set_rows(backups.list_backups(database))
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _i: self._accept_selected())
        note = QLabel(
            self.tr(
                "The database is replaced by the backup you choose. The current database is backed up "
                "first, so this can be undone by restoring that backup."
            )
        )
        note.setWordWrap(True)
        other = QPushButton(self.tr("Other file…"))
        other.clicked.connect(self._choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.chosen = self.model.row_at(rows[0].row()).path
            self.accept()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), "", self.tr("Database files (*.db);;All files (*)")
        )
        if name:
            self.chosen = Path(name)
            self.accept()

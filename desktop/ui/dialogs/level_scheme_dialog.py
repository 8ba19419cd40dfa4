"""Competency level schemes: the form for one (levels one a line, lowest first) and a small
manager listing them all with New / Edit / Delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import rounds
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.rounds import SchemeInput, SchemeRow
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import button_bar, open_dialog, record_table, select_row, selected_row


def typed_levels(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class LevelSchemeDialog(FormDialog):
    """Add a scheme (``row`` None) or edit one; ``saved`` is the SchemeRow after Save."""

    def __init__(self, db: Database, row: SchemeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New level scheme") if row is None else self.tr("Edit level scheme"), parent)
        self.db = db
        self.row = row
        self.line("name", self.tr("Name"), row.name if row else "", self.tr("e.g. FLN reading levels"))
        levels = QPlainTextEdit("\n".join(row.levels) if row else "")
        levels.setPlaceholderText(self.tr("One level a line, lowest first:\nBeginner\nLetter\nWord"))
        levels.setTabChangesFocus(True)
        levels.setMinimumHeight(130)
        levels.textChanged.connect(self._levels_changed)
        self.add_field("levels", self.tr("Levels (lowest first)"), levels)
        self.achieving: QComboBox = self.combo("achieving_from", self.tr("Meets the goal from"), [])
        self.text_area("notes", self.tr("Notes"), row.notes if row else None)
        self._levels_changed()
        if row is not None:
            self.achieving.setCurrentIndex(row.achieving_from)

    def _levels_changed(self) -> None:
        """Offer the typed levels as the goal's lowest level, keeping the one chosen if still there."""
        self.clear_error("levels")
        levels = typed_levels(self.widget("levels").toPlainText())  # type: ignore[attr-defined]
        chosen = self.achieving.currentText()
        self.achieving.blockSignals(True)
        self.achieving.clear()
        for position, level in enumerate(levels):
            self.achieving.addItem(level, position)
        found = self.achieving.findText(chosen)
        self.achieving.setCurrentIndex(found if found >= 0 else len(levels) - 1)
        self.achieving.blockSignals(False)

    def input(self) -> SchemeInput:
        chosen = self.achieving.currentData()
        return SchemeInput(
            name=self.value("name"),
            levels=tuple(typed_levels(self.widget("levels").toPlainText())),  # type: ignore[attr-defined]
            achieving_from=chosen if isinstance(chosen, int) else -1,
            notes=self.value("notes"),
        )

    def value(self, name: str) -> Any:
        if name == "levels":
            return self.widget("levels").toPlainText()  # type: ignore[attr-defined]
        return super().value(name)

    def submit(self) -> Any:
        if self.row is None:
            return rounds.create_scheme(self.db, self.input())
        return rounds.update_scheme(self.db, self.row.id, self.input())


class LevelSchemesDialog(QDialog):
    """Every level scheme, with New / Edit / Delete; ``changed`` after each saved change."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Level schemes"))
        self.setMinimumSize(720, 360)
        self.db = db
        self.dialog: Any = None
        self.model = ListTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Levels, lowest first"), lambda r: " → ".join(r.levels)),
                Column(self.tr("Meets the goal from"), lambda r: r.achieving_label),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        bar, self.actions = button_bar(
            ("new", self.tr("New…"), self.new_scheme),
            ("edit", self.tr("Edit…"), self.edit_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
        )
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(rounds.list_schemes(self.db))
        self._update_buttons()

    def selected(self) -> SchemeRow | None:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        row = self.selected()
        self.actions["new"].setEnabled(writable)
        self.actions["edit"].setEnabled(writable and row is not None)
        self.actions["delete"].setEnabled(writable and row is not None)

    def _saved(self, dialog: LevelSchemeDialog) -> None:
        self.reload()
        select_row(self.table, dialog.saved.id)
        self.changed.emit()

    def new_scheme(self) -> LevelSchemeDialog:
        self.dialog = open_dialog(LevelSchemeDialog(self.db, None, self), self._saved)
        return self.dialog

    def edit_selected(self) -> LevelSchemeDialog | None:
        row = self.selected()
        if row is None:
            return None
        self.dialog = open_dialog(LevelSchemeDialog(self.db, row, self), self._saved)
        return self.dialog

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete level scheme"), self.tr("Delete the level scheme %s?") % row.name
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            rounds.delete_scheme(self.db, row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Level scheme %s") % row.name, exc.message)
            return
        self.reload()
        self.changed.emit()

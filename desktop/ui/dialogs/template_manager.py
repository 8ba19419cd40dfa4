"""Circular templates: the built-in ones to copy, and the office's own copies to edit or delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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

from desktop.services import templates
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.templates import TemplateRow
from desktop.ui.dialogs.template_dialog import HINT_STYLE, TemplateDialog, recipient_kind_names
from desktop.ui.i18n import LANGUAGE_NAMES
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import open_dialog, record_table


class TemplateManager(QDialog):
    """Lists every template, filtered by language; ``changed`` is emitted after each save or delete."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Circular templates"))
        self.resize(880, 500)
        self.db = db
        self.active_dialog: TemplateDialog | None = None
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("All languages"), None)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.count = QLabel()
        kinds = recipient_kind_names(self)
        self.model = ListTableModel(
            [
                Column(self.tr("Name"), lambda t: t.name),
                Column(self.tr("Language"), lambda t: LANGUAGE_NAMES.get(t.language, t.language)),
                Column(self.tr("Sent to"), lambda t: kinds.get(t.recipient_kind, t.recipient_kind)),
                Column(self.tr("Kind"), lambda t: self.tr("Built-in") if t.builtin else self.tr("Own copy")),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.copy_button = QPushButton(self.tr("Make a copy to edit…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.new_button = QPushButton(self.tr("New…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        close_button = QPushButton(self.tr("Close"))
        hint = QLabel(
            self.tr(
                "Built-in templates come with the app and are kept up to date by it, so they cannot "
                "be changed: make a copy and edit the copy."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language")))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.edit_button, self.new_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(actions)

        self.language.currentIndexChanged.connect(lambda _i: self.reload())
        self.copy_button.clicked.connect(self.copy)
        self.edit_button.clicked.connect(self.edit)
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        close_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # --- the list -----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(templates.list_templates(self.db, self.language.currentData()))
        self.count.setText(self.tr("%s templates") % self.model.rowCount())
        if select_id is not None:
            self.select_id(select_id)
        self._update_buttons()

    def rows(self) -> list[TemplateRow]:
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    def selected(self) -> TemplateRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, template_id: int) -> None:
        for position, row in enumerate(self.rows()):
            if row.id == template_id:
                index = self.model.index(position, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().select(index, flags)
                self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = not self.db.read_only
        own = writable and row is not None and not row.builtin
        self.new_button.setEnabled(writable)
        self.copy_button.setEnabled(writable and row is not None)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        # A disabled button still shows its tooltip: say why, and what to do instead.
        builtin = row is not None and row.builtin
        self.edit_button.setToolTip(
            self.tr("A built-in template cannot be changed: make a copy to edit.") if builtin else ""
        )
        self.delete_button.setToolTip(self.tr("Built-in templates cannot be deleted.") if builtin else "")

    # --- actions ------------------------------------------------------------------------------

    def copy(self) -> TemplateDialog | None:
        """Copy the selected template under a name the user gives, then open the copy to edit."""
        row = self.selected()
        if row is None or self.db.read_only:
            return None
        name, ok = QInputDialog.getText(
            self,
            self.tr("Make a copy"),
            self.tr("Name of the copy"),
            QLineEdit.EchoMode.Normal,
            self.tr("%s (our copy)") % row.name,
        )
        if not ok:
            return None
        try:
            copy = templates.copy_template(self.db, row.id, name)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Cannot copy"), "\n".join(exc.field_errors.values()))
            return None
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot copy"), exc.message)
            return None
        self._saved(copy)
        return self.edit()

    def edit(self) -> TemplateDialog | None:
        row = self.selected()
        if row is None or row.builtin or self.db.read_only:
            return None
        try:
            current = templates.get_template(self.db, row.id)
        except DomainError as exc:  # deleted meanwhile, in another window
            QMessageBox.warning(self, self.tr("Cannot edit"), exc.message)
            self.reload()
            return None
        return self._open(TemplateDialog(self.db, current, self))

    def new(self) -> TemplateDialog | None:
        if self.db.read_only:
            return None
        return self._open(TemplateDialog(self.db, None, self, language=self.language.currentData()))

    def _open(self, dialog: TemplateDialog) -> TemplateDialog:
        self.active_dialog = open_dialog(dialog, lambda done: self._saved(done.saved))
        return self.active_dialog

    def _saved(self, row: TemplateRow) -> None:
        if self.language.currentData() not in (None, row.language):
            self.language.blockSignals(True)  # reloaded just below, once
            self.language.setCurrentIndex(0)
            self.language.blockSignals(False)
        self.reload(select_id=row.id)
        self.changed.emit()

    def delete(self) -> None:
        row = self.selected()
        if row is None or row.builtin or self.db.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template %s? Circulars already issued from it keep their text.") % row.name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            templates.delete_template(self.db, row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            self.reload()
            return
        self.reload()
        self.changed.emit()

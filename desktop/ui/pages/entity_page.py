"""A searchable, sortable table of one kind of record, with add / edit / delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
from desktop.services.errors import DomainError
from desktop.services.listing_index import ListingIndex
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.table_model import Column, IndexSource, LazyTableModel, RowSource
from desktop.ui.widgets import open_dialog, record_table

SEARCH_DELAY_MS = 150


class EntityPage(QWidget):
    """Subclasses set the columns, the service calls and the dialog through the constructor."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        *,
        title: str,
        columns: Sequence[Column],
        listing: Callable[[Database], ListingIndex],
        rows: Callable[[Database, Sequence[int]], dict[int, Any]],
        dialog: Callable[[Database, Any, QWidget], FormDialog],
        get: Callable[[Database, int], Any],
        delete: Callable[[Database, int], None],
        describe: Callable[[Any], str],
        count_label: Callable[[int], str],
        search_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._dialog = dialog
        self._get = get
        self._delete = delete
        self._describe = describe
        self._count_label = count_label
        # The sources read self.db at call time, so switching databases needs no new model.
        index_source: IndexSource = lambda: listing(self.db)  # noqa: E731
        row_source: RowSource = lambda record_ids: rows(self.db, record_ids)  # noqa: E731
        self.model = LazyTableModel(columns, index_source, row_source, self)
        self.active_dialog: FormDialog | None = None

        heading = QLabel(f"<h2>{title}</h2>")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(search_hint)
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)

        self.table = record_table(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_count)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._update_count()
        self._update_buttons()

    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def apply_search(self) -> None:
        """Run the typed search now (the search box waits a moment after each key)."""
        self._search_timer.stop()
        self.model.set_query(self.search.text())

    def reload(self) -> None:
        self.model.refresh()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(index, flags)
            self.table.scrollTo(index)

    def add(self) -> None:
        self._run_dialog(None)

    def edit(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        try:
            record = self._get(self.db, record_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot edit"), exc.message)
            self.reload()
            return
        self._run_dialog(record)

    def _run_dialog(self, record: Any) -> FormDialog:
        # Window-modal and non-blocking: no nested event loop, and tests can drive the dialog.
        dialog = open_dialog(self._dialog(self.db, record, self), lambda done: self._saved(done.saved))
        self.active_dialog = dialog
        return dialog

    def _saved(self, record: Any) -> None:
        self.reload()
        if record is not None:
            self.select_id(record.id)
        self.changed.emit()

    def delete(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.db.read_only:
            return
        record = self.model.row_at(self.model.row_of(record_id))
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete %s? This cannot be undone.") % self._describe(record)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._delete(self.db, record_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            return
        self.reload()
        self.changed.emit()

    def _update_count(self) -> None:
        self.count.setText(self._count_label(self.model.rowCount()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        has_selection = self.selected_id() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and has_selection)
        self.delete_button.setEnabled(writable and has_selection)

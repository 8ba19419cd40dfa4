"""The editable table behind each list of an MoU's parts: rows whose cells hold text, combo boxes,
check boxes and dates, each row keeping the id it was read with, and a read-only mode.
:mod:`mou_tables` builds the signatories and obligations tabs on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.mou_widgets import OptionalDate, error_label, hint_label

ID_ROLE = Qt.ItemDataRole.UserRole


class PartsGrid(QTableWidget):
    """The table of a :class:`PartsTable`."""

    def commit_open_editor(self) -> None:
        """Keep what is being typed in a cell: Save may be pressed before the cell is left."""
        index = self.currentIndex()
        # Only text cells have items; the cells holding combo boxes and dates have none.
        editing = self.state() == QAbstractItemView.State.EditingState
        if editing and self.item(index.row(), index.column()) is not None:
            editor = self.indexWidget(index)
            if editor is not None:
                self.commitData(editor)


class PartsTable(QWidget):
    """A tab holding one list of parts: what is wrong with it, the table, Add and Remove."""

    def __init__(
        self, headers: Sequence[str], hint: str, add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.error = error_label()
        self.table = PartsGrid(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        # Rows are as tall as the combo boxes and date fields in them.
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(hint_label(hint))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._read_only = False
        # Long texts are cut in their cell; the tooltip shows them whole.
        self.table.itemChanged.connect(lambda item: item.setToolTip(item.text()))

    def add_row(self) -> int:
        """A new empty row, its first text cell ready for typing."""
        raise NotImplementedError

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)

    def set_read_only(self) -> None:
        """Rows shown as they are: no typing, no Add or Remove (one way: nothing unlocks them)."""
        self._read_only = True
        self.add_button.hide()
        self.remove_button.hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    _freeze_cell(widget)

    # --- cells --------------------------------------------------------------------------------

    def _date_column(self, column: int) -> None:
        """As wide as a ticked date: ResizeToContents would size it for the unticked words."""
        sample = OptionalDate("", date.today())
        sample.set_value(date.today())
        self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(column, max(sample.sizeHint().width(), 150))

    def _new_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def _edit_first(self, row: int, column: int) -> None:
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column))

    def _text_item(self, row: int, column: int, text: str | None, record_id: int | None = None) -> None:
        item = QTableWidgetItem(text or "")
        item.setToolTip(text or "")
        if record_id is not None:
            item.setData(ID_ROLE, record_id)
        self.table.setItem(row, column, item)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _record_id(self, row: int, column: int) -> int | None:
        item = self.table.item(row, column)
        return item.data(ID_ROLE) if item is not None else None

    def _place(self, row: int, column: int, widget: QWidget) -> QWidget:
        """Put ``widget`` in a cell; focusing it selects its row, so Remove acts on that row."""
        for part in (widget, *widget.findChildren(QWidget)):
            part.installEventFilter(self)
        self.table.setCellWidget(row, column, widget)
        if self._read_only:
            _freeze_cell(widget)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self.table.rowAt(watched.mapTo(self.table.viewport(), QPoint(1, 1)).y())
            if row >= 0 and row not in {i.row() for i in self.table.selectionModel().selectedRows()}:
                self.table.selectRow(row)
        return False

    def _cell(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def _row_of(self, widget: QWidget, column: int) -> int:
        """The row a cell widget is in now (rows above it may have been removed)."""
        return next(r for r in range(self.table.rowCount()) if self.table.cellWidget(r, column) is widget)


def _freeze_cell(widget: QWidget) -> None:
    if isinstance(widget, OptionalDate):
        widget.set_read_only()
    else:
        widget.setEnabled(False)


def combo(items: Sequence[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


def held(widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> QWidget:
    """``widget`` inside a plain holder: the view shows the holder, so the widget itself can be
    hidden (the view would show a hidden cell widget again) or centred."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    if alignment is None:
        row.addWidget(widget)
    else:
        row.addWidget(widget, 0, alignment)
    return holder


def centred_check(checked: bool) -> QWidget:
    box = QCheckBox()
    box.setChecked(checked)
    return held(box, Qt.AlignmentFlag.AlignCenter)

"""Pieces the import wizard's pages share: the red notice, the raw-rows table, the new-round form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget

PROBLEM_STYLE = "background: #fdecea; border: 1px solid #e57373; color: #7f1d1d; padding: 8px;"
HEADER_ROW_COLOUR = "#dbeafe"

Index = QModelIndex | QPersistentModelIndex


def problem_notice() -> QLabel:
    """A pale red box for what stops the wizard going on (a file it cannot read)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def thousands(number: int) -> str:
    return f"{number:,}"


class RawRowsModel(QAbstractTableModel):
    """The file's first rows as they are, numbered as a spreadsheet numbers them, with the header
    row shaded so the user can see whether the right one was found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._width = 0
        self.header_row = 1

    def set_rows(self, rows: list[list[str]], header_row: int) -> None:
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self._width = max((len(row) for row in self._rows), default=0)
        self.header_row = header_row
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._width

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        is_header = index.row() + 1 == self.header_row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and is_header:
            return QBrush(QColor(HEADER_ROW_COLOUR))
        if role == Qt.ItemDataRole.FontRole and is_header:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        return _column_letters(section) if 0 <= section < self._width else None


def _column_letters(position: int) -> str:
    """A, B, … Z, AA: the column names a spreadsheet shows."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters

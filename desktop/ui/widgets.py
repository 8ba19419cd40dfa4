"""Small building blocks the pages share."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.services.errors import DomainError

D = TypeVar("D", bound=QDialog)

NOTICE_STYLE = "background: #fff6d5; border: 1px solid #e0c96b; padding: 8px;"


def notice_label(text: str = "") -> QLabel:
    """A pale yellow box for what needs the user's attention (first steps, alerts, why a form is
    read-only)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTICE_STYLE)
    return label


def show_lines(label: QLabel, lines: Sequence[str]) -> None:
    """Plain-text lines in a rich-text label, one a line; the label is hidden when there are none."""
    label.setText("<br>".join(html.escape(line) for line in lines))
    label.setVisible(bool(lines))


def record_table(model: QAbstractItemModel, *, stretch: QHeaderView.ResizeMode | None = None) -> QTableView:
    """A read-only table of records: whole rows selected, one at a time, no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch)
    return table


def open_dialog(dialog: D, on_accepted: Callable[[D], None]) -> D:
    """Show ``dialog`` window-modal without blocking (no nested event loop, and tests can drive
    it); ``on_accepted`` gets it when the user confirms. It is deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accepted(dialog))
    dialog.open()
    return dialog


def filter_combo(anything: str, choices: Sequence[tuple[Any, str]]) -> QComboBox:
    """A filter whose first entry (data ``None``) means "any"; the others are (value, text)."""
    combo = QComboBox()
    combo.addItem(anything, None)
    for value, text in choices:
        combo.addItem(text, value)
    return combo


def refill_combo(combo: QComboBox, choices: Sequence[tuple[Any, str]]) -> None:
    """Replace a filter's choices after its "any" entry, keeping the current one when it is still
    there, without signalling a change."""
    current = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def selected_row(table: QTableView) -> Any:
    """The row object selected in a ``record_table`` over a ``ListTableModel``, or ``None``."""
    rows = table.selectionModel().selectedRows()
    return table.model().row_at(rows[0].row()) if rows else None  # type: ignore[attr-defined]


def select_row(table: QTableView, record_id: int) -> None:
    """Select the row whose record has ``record_id``, if the table shows it."""
    model: Any = table.model()
    for position in range(model.rowCount()):
        if model.row_at(position).id == record_id:
            table.selectRow(position)
            return


def button_bar(*buttons: tuple[str, str, Callable[[], Any]]) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """A row of push buttons from (key, text, slot); returns the layout and the buttons by key."""
    bar = QHBoxLayout()
    made: dict[str, QPushButton] = {}
    for key, text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        bar.addWidget(button)
        made[key] = button
    return bar, made


def open_copy(widget: QWidget, write: Callable[[], Path], file_name: str) -> str | None:
    """Write a stored file out with ``write`` and hand it to the system's viewer; the message to
    show when that fails (a damaged stored copy, a disk error, no program for the file), else None."""
    try:
        path = write()
    except DomainError as exc:  # DamagedFileError: the stored copy no longer matches its hash
        return exc.message
    except OSError as exc:
        return (
            QCoreApplication.translate("Widgets", "The file could not be written for viewing: %s")
            % exc.strerror
        )
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return QCoreApplication.translate("Widgets", "No program on this computer opens %s.") % file_name
    return None

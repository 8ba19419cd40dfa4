"""Small building blocks the pages share."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QLabel, QTableView

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

"""Small building blocks the pages share."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableView

D = TypeVar("D", bound=QDialog)


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

"""What a person reading a window sees of its interface: labels, buttons, tabs, group titles,
column headers, placeholders, menus and tooltips of every widget shown, with where each was found.

Cell contents are left out on purpose: they are the office's data (names of schools, people,
MoUs), which stay in whatever language they were typed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)


@dataclass(frozen=True)
class ShownText:
    where: str
    text: str


def plain(text: str) -> str:
    """``text`` as read: rich text without its markup, mnemonics' ``&`` taken out."""
    if re.search(r"<[a-zA-Z/][^>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return re.sub(r"&(?=\S)", "", text).replace("&&", "&").strip()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


def _own_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, (QLineEdit, QTextEdit)):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"tab {index}", widget.tabText(index)
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"choice {index}", widget.itemText(index)
        if widget.isEditable():
            yield "placeholder", widget.lineEdit().placeholderText()
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield f"item {row}", widget.item(row).text()
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            if not widget.isColumnHidden(column):
                yield f"column {column}", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    yield "tooltip", widget.toolTip()


def _menu_texts(menu: QMenu, where: str) -> Iterator[ShownText]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield ShownText(f"{where} > menu item", plain(action.text()))
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {plain(action.text())}")


def shown_texts(window: QWidget) -> list[ShownText]:
    """Every non-empty interface text of ``window`` and its visible children."""
    found: list[ShownText] = []
    if window.windowTitle():
        found.append(ShownText("window title", window.windowTitle()))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append(ShownText("menu", plain(action.text())))
            if action.menu() is not None:
                found.extend(_menu_texts(action.menu(), plain(action.text())))
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        for kind, text in _own_texts(widget):
            text = plain(text or "")
            if text:
                found.append(ShownText(f"{_name(widget)} {kind}", text))
    return found

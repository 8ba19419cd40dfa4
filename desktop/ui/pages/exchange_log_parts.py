"""The exchange log tab's parts: the financial year, the MoU search proxy, the coloured strips,
and the answer to "who holds data about…"."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.exchange.log import LogEntry
from desktop.services.text import search_key, search_terms


def financial_year(today: date) -> tuple[date, date]:
    """The Indian financial year (1 April to 31 March) that ``today`` falls in."""
    start_year = today.year if today.month >= 4 else today.year - 1
    return date(start_year, 4, 1), date(start_year + 1, 3, 31)


def records_in(entry: LogEntry) -> int:
    return sum(int(count) for count in entry.counts.values())


class MouSearchProxy(QSortFilterProxyModel):
    """Shows the entries whose MoU reference has every typed word; a header click sorts the
    :class:`ListTableModel` underneath, which sorts dates as dates and numbers as numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._terms: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = search_terms(text)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._terms:
            return True
        entry: LogEntry = self.sourceModel().row_at(source_row)  # type: ignore[attr-defined]
        text = search_key(entry.mou_reference)
        return all(term in text for term in self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row_at(self, row: int) -> LogEntry:
        return self.sourceModel().row_at(self.mapToSource(self.index(row, 0)).row())  # type: ignore[attr-defined]


def bar_with_button(name: str, style: str, button: QPushButton) -> tuple[QFrame, QLabel]:
    """A coloured strip across the tab: a message and a button at its end; hidden at first."""
    frame = QFrame()
    frame.setObjectName(name)
    frame.setStyleSheet(f"QFrame#{name} {{ {style} }}")
    text = QLabel()
    text.setWordWrap(True)
    row = QHBoxLayout(frame)
    row.setContentsMargins(8, 4, 8, 4)
    row.addWidget(text, 1)
    row.addWidget(button)
    frame.hide()
    return frame, text


@dataclass(frozen=True)
class Narrowed:
    """The table shows the answer to one question instead of the filtered log."""

    entries: Callable[[], list[LogEntry]]
    describe: Callable[[list[LogEntry]], str]


def holders_text(found: list[LogEntry], whom: str) -> str:
    """Which partners hold data about ``whom`` now, from the packages that carried it."""
    if not found:
        return (
            QCoreApplication.translate(
                "ExchangeLogTab", "No package sent to a partner carried data about %s."
            )
            % whom
        )
    holding = _names(e for e in found if e.erasure is None)
    deleted = [name for name in _names(e for e in found if e.erasure is not None) if name not in holding]
    if len(found) == 1:
        text = QCoreApplication.translate("ExchangeLogTab", "1 package carried data about %s.") % whom
    else:
        text = QCoreApplication.translate(
            "ExchangeLogTab", "%(count)s packages carried data about %(whom)s."
        ) % {"count": len(found), "whom": whom}
    if holding:
        text += " " + QCoreApplication.translate("ExchangeLogTab", "Still held by: %s.") % ", ".join(holding)
    if deleted:
        text += " " + QCoreApplication.translate("ExchangeLogTab", "Deleted by: %s.") % ", ".join(deleted)
    return text


def _names(entries: Iterable[LogEntry]) -> list[str]:
    names: list[str] = []
    for entry in entries:
        names.extend(name for name in entry.partner_names if name not in names)
    return names

"""What the package import wizard's pages share: the choices so far, the page ids, small widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel

from desktop.services.database import Database
from desktop.services.exchange.inbound import (
    InboundCheck,
    InboundOutcome,
    check_package,
    check_workbook,
    import_package,
    import_workbook,
)
from desktop.services.exchange.package import UnverifiedManifest
from desktop.services.progress import Progress
from desktop.services.text import search_terms

PACKAGE_SUFFIX = ".zip"
WORKBOOK_SUFFIX = ".xlsx"


class PageId(IntEnum):
    FILE = 0
    DETAILS = 1
    CHECK = 2
    CONFLICTS = 3
    IMPORT = 4


@dataclass
class PackageImportState:
    """What the user has chosen so far and what the services said; each page reads and fills its
    part. The work functions take copies of the choices, so a page may change them meanwhile."""

    db: Database
    today: Callable[[], date]
    path: Path | None = None
    manifest: UnverifiedManifest | None = None  # a package's, as read: NOT verified
    passphrase: str = ""
    round_id: int | None = None  # None: the round the package or workbook names
    check: InboundCheck | None = None
    taken: frozenset[str] = frozenset()  # conflicts where the package's value replaces the office's
    outcome: InboundOutcome | None = None

    @property
    def is_workbook(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == WORKBOOK_SUFFIX

    def forget_check(self) -> None:
        """The file, passphrase or round changed: what was checked no longer holds."""
        self.check = None
        self.taken = frozenset()

    def check_work(self) -> Callable[[Progress], InboundCheck]:
        """The dry run for the chosen file, passphrase and round, to run in the background."""
        db, path, passphrase, round_id = self.db, self.path, self.passphrase, self.round_id
        assert path is not None
        if self.is_workbook:
            return lambda progress: check_workbook(db, path, round_id=round_id, progress=progress)
        return lambda progress: check_package(db, path, passphrase, round_id=round_id, progress=progress)

    def import_work(self) -> Callable[[Progress], InboundOutcome]:
        """The import of what was checked, with the conflicts chosen, to run in the background."""
        db, path, passphrase, check = self.db, self.path, self.passphrase, self.check
        assert path is not None and check is not None
        taken = tuple(sorted(self.taken))
        if self.is_workbook:
            return lambda progress: import_workbook(
                db, path, round_id=check.round_id, take_package_for=taken, progress=progress
            )
        return lambda progress: import_package(
            db, path, passphrase, round_id=check.round_id, take_package_for=taken, progress=progress
        )


def bold_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def selectable(text: str = "") -> QLabel:
    """Plain text the user can select and copy (a path, a fingerprint, a message)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def day_and_time(moment: datetime) -> str:
    """DD/MM/YYYY HH:MM in the moment's own zone (as the partner's PC wrote it)."""
    return f"{moment:%d/%m/%Y %H:%M}"


class SearchProxy(QSortFilterProxyModel):
    """The rows of a ``ListTableModel`` in which every word searched for appears (in the text
    ``text_of`` gives a row); a header click sorts the list model itself, so that dates and
    numbers sort as such."""

    def __init__(self, text_of: Callable[[Any], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text_of = text_of
        self._terms: list[str] = []

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._terms = search_terms(query)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._terms:
            return True
        text = self._text_of(self.sourceModel().row_at(source_row)).casefold()  # type: ignore[attr-defined]
        return all(term in text for term in self._terms)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def row_at(self, row: int) -> Any:
        source = self.mapToSource(self.index(row, 0))
        return self.sourceModel().row_at(source.row())  # type: ignore[attr-defined]

"""The table of the Ranking and selection tab: a row per ranked nomination with the date it
reached its status (RankingLine), the model whose columns follow the cycle's panel and which tints
a large spread between reviewers (RankingModel), and the proxy that filters by status and sorts by
rank rather than its text (RankingProxy)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.recognition.ranking import RankedNomination
from desktop.services.recognition.vocabulary import NOMINEE_KINDS
from desktop.ui.collation import cell_key
from desktop.ui.table_model import Column, ListTableModel

# Reviewers this many points apart (on 0-100) should talk before anyone is selected.
LARGE_SPREAD = 25.0
SPREAD_COLOUR, SPREAD_BACKGROUND = "#b00020", "#fde7e9"
# Kinds as short as a table cell allows; the nominations table and forms show the full ones.
KIND_SHORT = {
    "student": QT_TRANSLATE_NOOP("RankingTab", "Student"),
    "teacher": QT_TRANSLATE_NOOP("RankingTab", "Teacher"),
    "headmaster": QT_TRANSLATE_NOOP("RankingTab", "Headmaster"),
    "crp": QT_TRANSLATE_NOOP("RankingTab", "CRP"),
    "brp": QT_TRANSLATE_NOOP("RankingTab", "BRP"),
    "block_officer": QT_TRANSLATE_NOOP("RankingTab", "Block officer"),
    "official": QT_TRANSLATE_NOOP("RankingTab", "Official"),
    "school": QT_TRANSLATE_NOOP("RankingTab", "School"),
    "cluster": QT_TRANSLATE_NOOP("RankingTab", "Cluster"),
}
assert set(KIND_SHORT) == set(NOMINEE_KINDS)


@dataclass(frozen=True)
class RankingLine:
    """A row of the ranking with the date its nominee reached the status it is at."""

    row: RankedNomination
    status_date: date | None

    @property
    def id(self) -> int:
        return self.row.nomination_id

    @property
    def status(self) -> str:
        return self.row.status


def rank_text(row: RankedNomination) -> str:
    """ "2", "=2" when another nomination shares the rank, "" before anyone fully scored it."""
    if row.rank is None:
        return ""
    return f"={row.rank}" if row.tied else str(row.rank)


def large_spread(row: RankedNomination) -> bool:
    return row.spread is not None and row.spread >= LARGE_SPREAD


def percent_text(value: float | None) -> str:
    """A percentage to one decimal, "" where there is none yet."""
    return "" if value is None else f"{value:.1f}"


class RankingModel(ListTableModel):
    """The ranking's rows under columns that follow the panel (one per reviewer); the spread is
    tinted and explained where reviewers were far apart."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.spread_column = -1

    def set_ranking(
        self, columns: Sequence[Column], lines: Sequence[RankingLine], spread_column: int
    ) -> None:
        self.beginResetModel()
        self._columns, self._rows, self._sorted_by = list(columns), list(lines), None
        self.spread_column = spread_column
        self.endResetModel()

    def sort_key(self, column: int, row: int) -> tuple[int, Any]:
        """What a header click sorts by; empty cells after the filled ones."""
        read = self._columns[column].order_by or self._columns[column].value
        return cell_key(read(self._rows[row]))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line: RankingLine = self._rows[index.row()]
        spread = index.column() == self.spread_column and large_spread(line.row)
        if role == Qt.ItemDataRole.BackgroundRole and spread:
            return QBrush(QColor(SPREAD_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole:
            if spread:
                return self.tr(
                    "The reviewers' totals are %(spread)s points apart (%(totals)s); worth talking over before selecting."
                ) % {
                    "spread": percent_text(line.row.spread),
                    "totals": ", ".join((f"{name} {total:.1f}" for name, total in line.row.reviewer_totals)),
                }
            if line.row.selection_reason:
                return self.tr("Selected because: %s") % line.row.selection_reason
            return line.row.nominee_detail
        return super().data(index, role)


class RankingProxy(QSortFilterProxyModel):
    """Filters the ranking by status and sorts by the model's keys (a rank, not its text)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: str | None = None

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return self.status is None or model.row_at(source_row).status == self.status  # type: ignore[attr-defined]

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model: RankingModel = self.sourceModel()  # type: ignore[assignment]
        return model.sort_key(left.column(), left.row()) < model.sort_key(right.column(), right.row())

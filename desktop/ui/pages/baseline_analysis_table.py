"""The Analysis tab's figures and table: the request worked out in the background, one line per unit, the columns for one round or for two compared,
small groups greyed with a tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.baseline.analysis import RoundAnalysis, Unit, UnitRow, round_analysis
from desktop.services.baseline.comparison import (
    ImpactIndicator,
    RoundComparison,
    UnitChange,
    compare_rounds,
    impact_indicators,
)
from desktop.services.baseline.figures import SUPPRESS_BELOW, Figure, is_suppressed
from desktop.services.database import Database
from desktop.services.text import search_key
from desktop.ui.table_model import Column, Index, ListTableModel

SMALL_GROUP_COLOUR = "#8a8a8a"


@dataclass(frozen=True)
class AnalysisLine:
    """A unit's figures: ``pair.later`` is the round shown, ``pair.earlier`` the one compared with."""

    id: int
    pair: UnitChange
    search_text: str

    @property
    def unit(self) -> Unit:
        return self.pair.unit

    @property
    def later(self) -> UnitRow | None:
        return self.pair.later

    @property
    def earlier(self) -> UnitRow | None:
        return self.pair.earlier

    @property
    def small(self) -> bool:
        """True when a side with results rests on fewer than SUPPRESS_BELOW students."""
        return any(
            side is not None and is_suppressed(side.results.students) for side in (self.earlier, self.later)
        )


def line(position: int, pair: UnitChange) -> AnalysisLine:
    unit = pair.unit
    text = search_key(unit.name, unit.name_local, unit.block, unit.cluster, unit.code)
    return AnalysisLine(unit.id if unit.id is not None else -1 - position, pair, text)


def lines_of(analysis: RoundAnalysis) -> list[AnalysisLine]:
    return [line(i, UnitChange(row.unit, None, row)) for i, row in enumerate(analysis.rows)]


def compared_lines(comparison: RoundComparison) -> list[AnalysisLine]:
    return [line(i, pair) for i, pair in enumerate(comparison.rows)]


def _figure(value: Callable[[AnalysisLine], Figure], header: str, suffix: str = "") -> Column:
    def text(row: AnalysisLine) -> str:
        return value(row).text(suppress=False, suffix=suffix)

    def order(row: AnalysisLine) -> Any:
        return value(row).value

    return Column(header, text, align_right=True, order_by=order)


def _side(row: UnitRow | None, read: Callable[[UnitRow], Figure], of_students: bool = True) -> Figure:
    return read(row) if row is not None else Figure(None, 0, of_students)


def unit_columns(by: str, within: str | None) -> list[Column]:
    """The unit's name and, where the table mixes parents, its block and cluster."""
    names = {
        "district": QCoreApplication.translate("BaselineAnalysis", "District"),
        "block": QCoreApplication.translate("BaselineAnalysis", "Block"),
        "cluster": QCoreApplication.translate("BaselineAnalysis", "Cluster"),
        "school": QCoreApplication.translate("BaselineAnalysis", "School"),
    }
    columns = [Column(names[by], lambda r: r.unit.name)]
    if by in ("cluster", "school") and within != "block" and within != "cluster":
        columns.append(
            Column(QCoreApplication.translate("BaselineAnalysis", "Block"), lambda r: r.unit.block or "")
        )
    if by == "school" and within != "cluster":
        columns.append(
            Column(QCoreApplication.translate("BaselineAnalysis", "Cluster"), lambda r: r.unit.cluster or "")
        )
    if by == "school":
        columns.append(
            Column(QCoreApplication.translate("BaselineAnalysis", "UDISE code"), lambda r: r.unit.code or "")
        )
    return columns


def round_columns(levels: Sequence[str]) -> list[Column]:
    """One round's figures: students, % at each level, % achieving, mean score, indicators."""
    columns = [
        Column(
            QCoreApplication.translate("BaselineAnalysis", "Students"),
            lambda r: r.later.results.students if r.later else 0,
            align_right=True,
        ),
    ]
    for position, level in enumerate(levels):
        columns.append(
            _figure(
                lambda r, p=position: _side(r.later, lambda s: s.results.level_percents()[p]),
                QCoreApplication.translate("BaselineAnalysis", "%% %s") % level,
            )
        )
    columns += [
        _figure(
            lambda r: _side(r.later, lambda s: s.results.achieving_percent()),
            QCoreApplication.translate("BaselineAnalysis", "% achieving"),
        ),
        _figure(
            lambda r: _side(r.later, lambda s: s.results.mean_score()),
            QCoreApplication.translate("BaselineAnalysis", "Mean score"),
        ),
        Column(
            QCoreApplication.translate("BaselineAnalysis", "Enrolment"),
            lambda r: (
                r.later.indicators.enrolment if r.later and r.later.indicators.enrolment is not None else ""
            ),
            align_right=True,
        ),
        _figure(
            lambda r: _side(r.later, lambda s: s.indicators.average_attendance(), False),
            QCoreApplication.translate("BaselineAnalysis", "Attendance %"),
        ),
        _figure(
            lambda r: _side(r.later, lambda s: s.indicators.pupil_teacher_ratio(), False),
            QCoreApplication.translate("BaselineAnalysis", "PTR"),
        ),
    ]
    return columns


def compare_columns() -> list[Column]:
    """Two rounds: each figure earlier, later and the change."""
    columns = [
        Column(
            QCoreApplication.translate("BaselineAnalysis", "Students (earlier)"),
            lambda r: r.earlier.results.students if r.earlier else "",
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("BaselineAnalysis", "Students (later)"),
            lambda r: r.later.results.students if r.later else "",
            align_right=True,
        ),
    ]
    for name, label, change_label, suffix in (
        (
            "achieving",
            QCoreApplication.translate("BaselineAnalysis", "% achieving"),
            QCoreApplication.translate("BaselineAnalysis", "change (points)"),
            "",
        ),
        (
            "score",
            QCoreApplication.translate("BaselineAnalysis", "Mean score"),
            QCoreApplication.translate("BaselineAnalysis", "change"),
            "",
        ),
        (
            "enrolment",
            QCoreApplication.translate("BaselineAnalysis", "Enrolment"),
            QCoreApplication.translate("BaselineAnalysis", "change %"),
            "",
        ),
        (
            "attendance",
            QCoreApplication.translate("BaselineAnalysis", "Attendance %"),
            QCoreApplication.translate("BaselineAnalysis", "change %"),
            "",
        ),
    ):
        for position, side in enumerate(
            (
                QCoreApplication.translate("BaselineAnalysis", "earlier"),
                QCoreApplication.translate("BaselineAnalysis", "later"),
                change_label,
            )
        ):
            header = f"{label} ({side})" if position < 2 else f"{label}: {change_label}"
            columns.append(_figure(lambda r, n=name, p=position: r.pair.values(n)[p], header, suffix))
    return columns


@dataclass(frozen=True)
class Request:
    round_id: int
    earlier_id: int | None  # the round compared with (the earlier of the two), or None
    by: str
    grade: int | None
    subject: str | None
    within: tuple[str, int] | None


@dataclass(frozen=True)
class Answer:
    request: Request
    analysis: RoundAnalysis  # the later round's (or the only round's)
    comparison: RoundComparison | None
    impact: tuple[ImpactIndicator, ...]


def work_out(db: Database, request: Request) -> Answer:
    """The figures a request asks for (run in the background)."""
    filters: dict[str, Any] = {"grade": request.grade, "subject": request.subject, "within": request.within}
    if request.earlier_id is None:
        return Answer(request, round_analysis(db, request.round_id, request.by, **filters), None, ())
    comparison = compare_rounds(db, request.earlier_id, request.round_id, request.by, **filters)
    impact = tuple(impact_indicators(db, request.earlier_id, request.round_id))
    return Answer(request, comparison.later, comparison, impact)


class AnalysisModel(ListTableModel):
    """A ListTableModel whose columns change with the grouping and the comparison; small groups
    are grey with a tooltip saying why."""

    def show(self, columns: Sequence[Column], rows: Sequence[AnalysisLine]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        if self._sorted_by is not None and self._sorted_by[0] >= len(self._columns):
            self._sorted_by = None
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows.sort(key=self._key(self._sorted_by[0]), reverse=self._sorted_by[1])
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows) and self._rows[index.row()].small:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(SMALL_GROUP_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    QCoreApplication.translate(
                        "BaselineAnalysis", "Fewer than %s students: suppressed in shared reports"
                    )
                    % SUPPRESS_BELOW
                )
        return super().data(index, role)

    def header_texts(self) -> list[str]:
        return [column.header for column in self._columns]

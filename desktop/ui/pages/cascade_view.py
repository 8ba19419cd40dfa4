"""The month's review cascade at a glance: for each level, from schools up to the district, how
many reviews were planned and held, whose minutes are recorded and approved, which were not held
though their day has passed, and how many action items went up to the next level."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calendar.cadence import LevelSummary, cascade_summary
from desktop.services.database import Database
from desktop.ui.i18n import month_year
from desktop.ui.pages.month_calendar import STATUS_COLOURS, MonthChooser
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import record_table


class CascadeView(QWidget):
    """One month's cascade, district-wide; ``set_month`` shows another month."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rows: list[LevelSummary] = []
        now = today()
        self.chooser = MonthChooser(now.year, now.month)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ListTableModel(
            [
                Column(self.tr("Level"), lambda r: QCoreApplication.translate("Committees", r.level_label)),
                Column(self.tr("Planned"), lambda r: r.planned, align_right=True),
                Column(self.tr("Held"), lambda r: r.held, align_right=True),
                Column(self.tr("Minutes recorded"), lambda r: r.minutes_recorded, align_right=True),
                Column(self.tr("Approved"), lambda r: r.minutes_approved, align_right=True),
                Column(
                    self.tr("Not held, day passed"),
                    lambda r: r.not_held_past,
                    align_right=True,
                    foreground=lambda r: STATUS_COLOURS["not_held"] if r.not_held_past else None,
                ),
                Column(self.tr("Cancelled"), lambda r: r.cancelled, align_right=True),
                Column(self.tr("Escalated upward"), lambda r: r.escalated_up, align_right=True),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>{}</b>".format(self.tr("Review cascade, all offices"))))
        head.addWidget(self.chooser)
        head.addWidget(self.summary, 1)
        self.chooser.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.chooser.changed.connect(lambda _year, _month: self.reload())
        self.set_database(db)

    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def set_month(self, year: int, month: int) -> None:
        self.chooser.set_month(year, month)

    def reload(self) -> None:
        self.rows = cascade_summary(self.db, self.chooser.year(), self.chooser.month(), today=self.today())
        self.model.set_rows(self.rows)
        # Four levels: the table is as tall as its rows, never scrolled.
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + self.table.verticalHeader().defaultSectionSize() * self.model.rowCount()
            + 2 * self.table.frameWidth()
        )
        self.summary.setText(self._headline())

    def level(self, level: str) -> LevelSummary:
        return next(row for row in self.rows if row.level == level)

    def _headline(self) -> str:
        """Where the cascade stands: the lowest level whose reviews are behind, in one line."""
        month = month_year(self.chooser.year(), self.chooser.month())
        return f"{month}: {self._state()}"

    def _state(self) -> str:
        planned = sum(row.planned for row in self.rows)
        if not planned:
            return self.tr("no reviews planned yet.")
        behind = [row for row in self.rows if row.not_held_past]
        if behind:
            parts = ", ".join(
                f"{QCoreApplication.translate('Committees', row.level_label)} {row.not_held_past}"
                for row in behind
            )
            return self.tr("not held although their day has passed: %s.") % parts
        held = sum(row.held for row in self.rows)
        return self.tr("%(shown)s of %(total)s reviews held.") % {"shown": held, "total": planned}

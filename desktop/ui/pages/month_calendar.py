"""A month of meetings on a calendar grid: each day lists its meetings coloured by status, and the
days an office does not work are greyed with the reason (a holiday's name, "2nd Saturday")."""

from __future__ import annotations

import calendar as stdlib_calendar
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calendar.cadence import MonthMeeting, MonthView, month_view
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.offices import list_offices
from desktop.ui.dialogs.mou_widgets import compact
from desktop.ui.i18n import day_name, month_name

MEETING_ROLE = Qt.ItemDataRole.UserRole
# Status colours; a scheduled meeting whose day has passed is shown as not held.
STATUS_COLOURS = {
    "scheduled": "#1f5fa8",
    "not_held": "#b00020",
    "held": "#00796b",
    "minutes_drafted": "#b36b00",
    "minutes_approved": "#2e7d32",
    "cancelled": "#808080",
}
DAY_OFF_BACKGROUND = "#ececec"
OUTSIDE_BACKGROUND = "#f8f8f8"
TODAY_BORDER = "#1f5fa8"
FIRST_YEAR, LAST_YEAR = 1900, 2200
CROWDED = 3  # more meetings than a cell shows without scrolling: the count is written beside the day


class MonthChooser(QWidget):
    """Previous / next month buttons around a month and a year; ``changed(year, month)`` is
    emitted once per change."""

    changed = Signal(int, int)

    def __init__(self, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous = QToolButton()
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setToolTip(self.tr("Previous month"))
        self.next = QToolButton()
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setToolTip(self.tr("Next month"))
        self.month_box = QComboBox()
        for number in range(1, 13):
            self.month_box.addItem(month_name(number), number)
        self.year_box = QSpinBox()
        self.year_box.setRange(FIRST_YEAR, LAST_YEAR)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for widget in (self.previous, self.month_box, self.year_box, self.next):
            row.addWidget(widget)
        row.addStretch(1)
        self._year, self._month = year, month
        self._show()
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.month_box.currentIndexChanged.connect(lambda _i: self._picked())
        self.year_box.valueChanged.connect(lambda _v: self._picked())

    def year(self) -> int:
        return self._year

    def month(self) -> int:
        return self._month

    def set_month(self, year: int, month: int) -> None:
        if (year, month) == (self._year, self._month):
            return
        self._year, self._month = year, month
        self._show()
        self.changed.emit(year, month)

    def step(self, months: int) -> None:
        index = self._year * 12 + self._month - 1 + months
        year, month = divmod(index, 12)
        if FIRST_YEAR <= year <= LAST_YEAR:
            self.set_month(year, month + 1)

    def _show(self) -> None:
        for box in (self.month_box, self.year_box):
            box.blockSignals(True)
        self.month_box.setCurrentIndex(self._month - 1)
        self.year_box.setValue(self._year)
        for box in (self.month_box, self.year_box):
            box.blockSignals(False)

    def _picked(self) -> None:
        self.set_month(self.year_box.value(), self.month_box.currentData())


def status_colour(status: str, on: date, today: date) -> str:
    """The colour of a meeting's status; still scheduled after its day, the colour of not held."""
    if status == "scheduled" and on < today:
        return STATUS_COLOURS["not_held"]
    return STATUS_COLOURS.get(status, STATUS_COLOURS["scheduled"])


class DayCell(QFrame):
    """One day: its number, why it is off (if it is), and its meetings."""

    def __init__(self, day: date, in_month: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.day_off: str | None = None
        self.setFrameShape(QFrame.Shape.Box)
        self.setObjectName("day_cell")
        self.number = QLabel(str(day.day))
        self.number.setStyleSheet("font-weight: bold;" if in_month else "color: #a0a0a0;")
        self.caption = QLabel()
        self.caption.setStyleSheet("color: #555555; font-style: italic;")
        self.caption.setWordWrap(True)
        self.caption.hide()
        self.meetings = QListWidget()
        self.meetings.setFrameShape(QFrame.Shape.NoFrame)
        self.meetings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.meetings.setStyleSheet("QListWidget { background: transparent; }")
        self.meetings.setVisible(in_month)
        head = QHBoxLayout()
        head.setSpacing(4)
        head.addWidget(self.number)
        head.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 2)
        layout.setSpacing(1)
        layout.addLayout(head)
        layout.addWidget(self.meetings, 1)
        self.setMinimumSize(110, 76)
        self._background = "white" if in_month else OUTSIDE_BACKGROUND
        self._border = "#c8c8c8"
        self._style()

    def _style(self) -> None:
        self.setStyleSheet(
            f"QFrame#day_cell {{ background: {self._background}; border: 1px solid {self._border}; }}"
        )

    def mark_today(self) -> None:
        self._border = TODAY_BORDER
        self._style()

    def set_caption(self, text: str) -> None:
        self.caption.setText(text)
        self.caption.setToolTip(text)
        self.caption.show()

    def set_day_off(self, reason: str) -> None:
        """Grey the day and say why it is off (the reason is also its tooltip)."""
        self.day_off = reason
        self._background = DAY_OFF_BACKGROUND
        self._style()
        self.set_caption(reason)
        self.setToolTip(reason)

    def add_meeting(self, meeting: MonthMeeting, colour: str, status_text: str) -> QListWidgetItem:
        when = f"{meeting.start_time:%H:%M} " if meeting.start_time else ""
        item = QListWidgetItem(f"{when}{meeting.body_name or meeting.title}")
        item.setData(MEETING_ROLE, meeting.meeting_id)
        item.setForeground(QColor(colour))
        item.setToolTip(f"{meeting.title}\n{status_text}")
        if meeting.status == "cancelled":
            font = QFont(item.font())
            font.setStrikeOut(True)
            item.setFont(font)
        self.meetings.addItem(item)
        return item

    def meeting_ids(self) -> list[int]:
        return [self.meetings.item(row).data(MEETING_ROLE) for row in range(self.meetings.count())]


class MonthCalendar(QWidget):
    """The weeks of a month for one office's calendar (or every office on the common one).

    ``meeting_selected(id)`` when a meeting is clicked, ``meeting_activated(id)`` when it is
    double-clicked; ``month_changed(year, month)`` when another month is shown."""

    meeting_selected = Signal(int)
    meeting_activated = Signal(int)
    month_changed = Signal(int, int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        status_labels: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self._status_labels = status_labels or {}
        self.view: MonthView | None = None
        self.cells: dict[date, DayCell] = {}  # the month's own days
        self._all_cells: list[DayCell] = []  # with the days of the weeks' ends in other months
        self._selected: int | None = None
        self._stale = True  # the grid is built when first shown or read, not while hidden
        now = today()
        self.chooser = MonthChooser(now.year, now.month)
        self.office = compact(QComboBox())
        self.office.setMinimumContentsLength(30)
        self.office.setToolTip(self.tr("Whose working days and meetings the calendar shows"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.chooser)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Calendar of:")))
        bar.addWidget(self.office, 2)
        self.grid = QGridLayout()
        self.grid.setSpacing(0)
        for column in range(7):
            heading = QLabel(day_name(column, short=True))
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            heading.setStyleSheet("font-weight: bold; padding: 2px;")
            self.grid.addWidget(heading, 0, column)
            self.grid.setColumnStretch(column, 1)
        legend = QHBoxLayout()
        for key, text in (
            ("scheduled", self.tr("Scheduled")),
            ("not_held", self.tr("Not held, day passed")),
            ("held", self.tr("Held")),
            ("minutes_drafted", self.tr("Minutes drafted")),
            ("minutes_approved", self.tr("Minutes approved")),
            ("cancelled", self.tr("Cancelled")),
        ):
            label = QLabel(f"■ {text}")
            label.setStyleSheet(f"color: {STATUS_COLOURS[key]};")
            legend.addWidget(label)
        days_off = QLabel(self.tr("Grey: day off"))
        days_off.setStyleSheet(f"background: {DAY_OFF_BACKGROUND}; padding: 0 4px;")
        legend.addWidget(days_off)
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addLayout(self.grid, 1)
        layout.addLayout(legend)
        self.chooser.changed.connect(self._month_changed)
        self.office.currentIndexChanged.connect(lambda _i: self.reload())
        self.set_database(db)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        current = self.office.currentData()
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(self.tr("Every office (Sundays, 2nd and 4th Saturdays off)"), None)
        for office in list_offices(db):
            self.office.addItem(office.name, office.id)
        self.office.setCurrentIndex(max(self.office.findData(current), 0))
        self.office.blockSignals(False)
        self.reload()

    def office_id(self) -> int | None:
        return self.office.currentData()

    def set_office(self, office_id: int | None) -> None:
        self.office.setCurrentIndex(max(self.office.findData(office_id), 0))

    def year(self) -> int:
        return self.chooser.year()

    def month(self) -> int:
        return self.chooser.month()

    def set_month(self, year: int, month: int) -> None:
        self.chooser.set_month(year, month)

    def _month_changed(self, year: int, month: int) -> None:
        self.reload()
        self.month_changed.emit(year, month)

    def reload(self) -> None:
        """Read the month again; while the calendar is hidden (another tab is showing), only note
        that it must be read when it is shown: building the grid is the costly part of the page."""
        if not self.isVisible():
            self._stale = True
            return
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_fresh()
        super().showEvent(event)

    def _ensure_fresh(self) -> None:
        if self._stale:
            self._refresh()

    def _refresh(self) -> None:
        self._stale = False
        year, month = self.year(), self.month()
        try:
            self.view = month_view(self.db, year, month, self.office_id())
        except DomainError as exc:  # the office was deleted meanwhile
            self.view = None
            self.problem.setText(exc.message)
        self.problem.setVisible(self.view is None)
        self._build(year, month)

    def _build(self, year: int, month: int) -> None:
        for cell in self._all_cells:
            self.grid.removeWidget(cell)
            cell.hide()  # until the event loop deletes it
            cell.deleteLater()
        self.cells, self._all_cells = {}, []
        today = self.today()
        weeks = stdlib_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        for row, week in enumerate(weeks, start=1):
            self.grid.setRowStretch(row, 1)
            for column, day in enumerate(week):
                cell = DayCell(day, day.month == month)
                self.grid.addWidget(cell, row, column)
                self._all_cells.append(cell)
                cell.meetings.itemClicked.connect(self._clicked)
                cell.meetings.itemDoubleClicked.connect(
                    lambda item: self.meeting_activated.emit(item.data(MEETING_ROLE))
                )
                if day.month != month:
                    continue
                self.cells[day] = cell
                if day == today:
                    cell.mark_today()
                if self.view is None:
                    continue
                reason = self.view.days_off.get(day)
                if reason is not None:
                    cell.set_day_off(QCoreApplication.translate("Calendar", reason))
                meetings = self.view.meetings.get(day, [])
                if len(meetings) > CROWDED and reason is None:
                    cell.set_caption(self.tr("%s meetings") % len(meetings))
                for meeting in meetings:
                    status = self._status_labels.get(meeting.status, meeting.status)
                    cell.add_meeting(meeting, status_colour(meeting.status, day, today), status)
                    if meeting.meeting_id == self._selected:
                        cell.meetings.setCurrentRow(cell.meetings.count() - 1)
        # Rows left over from a longer month take no space.
        for row in range(len(weeks) + 1, 7):
            self.grid.setRowStretch(row, 0)
        if self._selected is not None and not any(
            self._selected in cell.meeting_ids() for cell in self.cells.values()
        ):
            self._selected = None

    # --- selection ----------------------------------------------------------------------------

    def cell(self, day: date) -> DayCell:
        self._ensure_fresh()
        return self.cells[day]

    def selected_meeting_id(self) -> int | None:
        return self._selected

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the meeting if it is on the month shown; returns whether it is."""
        self._ensure_fresh()
        for cell in self.cells.values():
            for row, shown in enumerate(cell.meeting_ids()):
                if shown == meeting_id:
                    self._clicked(cell.meetings.item(row))
                    cell.meetings.setCurrentRow(row)
                    return True
        return False

    def _clicked(self, item: QListWidgetItem) -> None:
        self._selected = item.data(MEETING_ROLE)
        owner = item.listWidget()
        for cell in self.cells.values():
            if cell.meetings is not owner:
                cell.meetings.clearSelection()
        self.meeting_selected.emit(self._selected)

"""The Meetings page: every meeting in a table with filters, or a month on a calendar with the
month's review cascade above it; scheduling, the 2-4-6-8 month generation, review groups and the
offices' working-day calendars start here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calendar.cadence import cadence_month, month_bounds
from desktop.services.committees.listing import body_choices
from desktop.services.committees.vocabulary import LEVEL_ORDER, LEVELS
from desktop.services.database import Database
from desktop.services.meetings.reading import MeetingRow, list_meetings
from desktop.services.meetings.vocabulary import MEETING_STATUSES
from desktop.services.text import search_terms
from desktop.ui.dialogs.mou_widgets import compact, date_edit
from desktop.ui.i18n import month_year
from desktop.ui.pages.cascade_view import CascadeView
from desktop.ui.pages.month_calendar import MonthCalendar, status_colour
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import (
    button_bar,
    filter_combo,
    open_dialog,
    record_table,
    refill_combo,
    select_row,
    selected_row,
)

BETWEEN = "between"
DATE_COLUMN = 0


def _period_months(rows: list[MeetingRow]) -> list[tuple[int, int]]:
    """The months that have meetings, latest first."""
    return sorted({(row.meeting_date.year, row.meeting_date.month) for row in rows}, reverse=True)


class MeetingsPage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rows: list[MeetingRow] = []
        self.dialog: Any = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by title, body, place or venue"))
        self.search.setClearButtonEnabled(True)
        self.level = filter_combo(
            self.tr("any level"),
            [
                (level, QCoreApplication.translate("Committees", LEVELS[level]))
                for level in reversed(LEVEL_ORDER)
            ],
        )
        self.status = filter_combo(
            self.tr("any status"),
            [(key, QCoreApplication.translate("Meetings", text)) for key, text in MEETING_STATUSES.items()],
        )
        self.body = compact(filter_combo(self.tr("any body"), []))
        self.period = filter_combo(self.tr("any date"), [(BETWEEN, self.tr("dates between…"))])
        self.date_from = date_edit(today())
        self.date_to = date_edit(today())
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.level, self.status, self.body, self.period):
            filters.addWidget(combo, 1)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(self.count)

        bar, self.buttons = button_bar(
            ("new", self.tr("New meeting…"), self.new_meeting),
            ("open", self.tr("Open…"), self.open_selected),
            ("generate", self.tr("Generate 2-4-6-8 reviews…"), self.generate_reviews),
            ("calendar", self.tr("Office calendar…"), self.office_calendar),
            ("groups", self.tr("Review groups…"), self.review_groups),
        )
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        bar.addWidget(self.status_line, 1)

        self.model = ListTableModel(
            [
                Column(
                    self.tr("Date"),
                    lambda r: f"{r.meeting_date:%d/%m/%Y}",
                    order_by=lambda r: (r.meeting_date, r.start_time or r.meeting_date.min),
                ),
                Column(self.tr("Time"), lambda r: f"{r.start_time:%H:%M}" if r.start_time else ""),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Body"), lambda r: r.body_name or ""),
                Column(
                    self.tr("Level"),
                    lambda r: QCoreApplication.translate("Committees", r.level_label),
                    order_by=lambda r: LEVEL_ORDER.index(r.level),
                ),
                Column(self.tr("Unit"), lambda r: r.unit_name),
                Column(
                    self.tr("Status"),
                    lambda r: self._status_text(r),
                    order_by=lambda r: list(MEETING_STATUSES).index(r.status),
                    foreground=lambda r: status_colour(r.status, r.meeting_date, self.today()),
                ),
                Column(self.tr("Venue"), lambda r: r.venue or ""),
                Column(self.tr("Chair"), lambda r: r.chair_name or ""),
                Column(self.tr("Open actions"), lambda r: r.open_actions or "", align_right=True),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.Interactive)
        header = self.table.horizontalHeader()
        for column in (0, 1, 4, 6, 9):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((3, 160), (5, 230), (7, 130), (8, 130)):
            self.table.setColumnWidth(column, width)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE_COLUMN, Qt.SortOrder.DescendingOrder)

        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table, 1)
        self.cascade = CascadeView(db, today=today)
        self.cascade.chooser.hide()  # the calendar's month chooser sets the cascade's month
        self.calendar = MonthCalendar(db, today=today, status_labels=MEETING_STATUSES)
        month_tab = QWidget()
        month_layout = QVBoxLayout(month_tab)
        month_layout.addWidget(self.cascade)
        month_layout.addWidget(self.calendar, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(list_tab, self.tr("List"))
        self.tabs.addTab(month_tab, self.tr("Month"))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Meetings"))))
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)

        self.search.textChanged.connect(self._filter)
        for combo in (self.level, self.status, self.body, self.period):
            combo.currentIndexChanged.connect(self._filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._filter)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.calendar.meeting_selected.connect(lambda _id: self._update_buttons())
        self.calendar.meeting_activated.connect(self.open_meeting)
        self.calendar.month_changed.connect(self._calendar_month)
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.set_database(db)

    def _status_text(self, row: MeetingRow) -> str:
        if row.status == "scheduled" and row.meeting_date < self.today():
            return self.tr("Scheduled, not held")
        return QCoreApplication.translate("Meetings", row.status_label)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.calendar.set_database(db)
        self.cascade.set_database(db)
        self.reload()

    def reload(self) -> None:
        """Read the meetings again, and the month view and cascade with them."""
        self.rows = list_meetings(self.db)
        refill_combo(self.body, body_choices(self.db))
        months = [
            (cadence_month(year, month), month_year(year, month)) for year, month in _period_months(self.rows)
        ]
        refill_combo(self.period, [(BETWEEN, self.tr("dates between…")), *months])
        self.calendar.reload()
        self.cascade.reload()
        self._filter()

    def date_range(self) -> tuple[date | None, date | None]:
        """The first and last day the list shows, from the period chosen (None: no limit)."""
        period = self.period.currentData()
        if period == BETWEEN:
            return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]
        if period is not None:  # a month, "YYYY-MM"
            year, month = period.split("-")
            return month_bounds(int(year), int(month))
        return None, None

    def set_date_range(self, first: date, last: date) -> None:
        self.date_from.setDate(QDate(first))
        self.date_to.setDate(QDate(last))
        self.period.setCurrentIndex(self.period.findData(BETWEEN))

    def _matches(self, row: MeetingRow, first: date | None, last: date | None) -> bool:
        level, status, body = self.level.currentData(), self.status.currentData(), self.body.currentData()
        if (level and row.level != level) or (status and row.status != status):
            return False
        if body is not None and row.body_id != body:
            return False
        if (first and row.meeting_date < first) or (last and row.meeting_date > last):
            return False
        return all(term in row.search_text for term in search_terms(self.search.text()))

    def _filter(self) -> None:
        between = self.period.currentData() == BETWEEN
        self.date_from.setVisible(between)
        self.date_to.setVisible(between)
        first, last = self.date_range()
        selected = self.selected()
        shown = [row for row in self.rows if self._matches(row, first, last)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("%(shown)s of %(total)s") % {"shown": len(shown), "total": len(self.rows)})
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> MeetingRow | None:
        return selected_row(self.table)

    def select(self, meeting_id: int) -> None:
        select_row(self.table, meeting_id)

    def selected_meeting_id(self) -> int | None:
        """The meeting chosen in the view on show: the list's row or the calendar's meeting."""
        if self.tabs.currentIndex() == 1:
            return self.calendar.selected_meeting_id()
        row = self.selected()
        return row.id if row else None

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        for key in ("new", "generate", "groups"):
            self.buttons[key].setEnabled(writable)
        self.buttons["open"].setEnabled(self.selected_meeting_id() is not None)

    def _calendar_month(self, year: int, month: int) -> None:
        self.cascade.set_month(year, month)
        self._update_buttons()

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def _after_change(self, meeting_id: int | None = None) -> None:
        self.reload()
        if meeting_id is not None:
            self.select(meeting_id)
            self.calendar.select_meeting(meeting_id)
        self.changed.emit()

    # --- meetings -----------------------------------------------------------------------------

    def _meeting_dialog(self, meeting_id: int | None, body_id: int | None = None) -> Any:
        # Imported here: the meeting form is the heaviest screen, and the page opens without it.
        from desktop.ui.dialogs.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(self.db, self, meeting_id=meeting_id, body_id=body_id, today=self.today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The form saves tab by tab and stays open; the page follows every save.
        dialog.saved_meeting.connect(self._after_change)
        dialog.open()
        self.dialog = dialog
        return dialog

    def new_meeting(self) -> Any:
        """The meeting form, for the body the list is filtered to if it is."""
        return self._meeting_dialog(None, self.body.currentData())

    def open_selected(self) -> Any:
        meeting_id = self.selected_meeting_id()
        return None if meeting_id is None else self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int) -> Any:
        return self._meeting_dialog(meeting_id)

    # --- the 2-4-6-8 calendar -----------------------------------------------------------------

    def generate_reviews(self) -> Any:
        from desktop.ui.dialogs.cadence_dialogs import GenerateReviewsDialog

        dialog = GenerateReviewsDialog(
            self.db,
            self,
            office_id=self.calendar.office_id(),
            year=self.calendar.year(),
            month=self.calendar.month(),
            today=self.today(),
        )
        dialog.generated.connect(lambda _report: self._after_change())
        self.dialog = open_dialog(dialog, lambda _dialog: None)
        return dialog

    def review_groups(self) -> Any:
        from desktop.ui.dialogs.cadence_dialogs import ReviewGroupsDialog

        dialog = ReviewGroupsDialog(self.db, self, office_id=self.calendar.office_id(), today=self.today())
        self.dialog = open_dialog(dialog, self._groups_formed)
        return dialog

    def _groups_formed(self, dialog: Any) -> None:
        self.show_status(self.tr("Review groups formed: %s.") % dialog.saved)
        self.changed.emit()

    def office_calendar(self) -> Any:
        from desktop.ui.dialogs.calendar_dialogs import OfficeCalendarDialog

        dialog = OfficeCalendarDialog(
            self.db, self, office_id=self.calendar.office_id(), year=self.calendar.year()
        )
        dialog.calendar_changed.connect(self._calendar_saved)
        self.dialog = open_dialog(dialog, lambda _dialog: None)
        return dialog

    def _calendar_saved(self) -> None:
        self.calendar.reload()
        self.changed.emit()

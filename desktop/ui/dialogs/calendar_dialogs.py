"""An office's working-day calendar: its weekly offs and Saturdays off, and its holidays of a year
(added by hand, imported from the state's list in a CSV or Excel file, or copied to other offices).
The 2-4-6-8 reviews count working days in this calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calendar.holiday_import import HolidayImportError, import_holidays
from desktop.services.calendar.holidays import HolidayRow, delete_holiday, list_holidays
from desktop.services.calendar.settings import (
    SATURDAYS_IN_MONTH,
    CalendarSettings,
    get_calendar_settings,
    save_calendar_settings,
)
from desktop.services.calendar.working_days import SATURDAY
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.offices import OfficeRow, list_offices
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.dialogs.holiday_dialogs import CopyHolidaysDialog, HolidayDialog, ImportProblemsDialog
from desktop.ui.dialogs.mou_widgets import compact
from desktop.ui.i18n import day_name, ordinal
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, open_dialog, record_table, show_lines


class OfficeCalendarDialog(QDialog):
    """Weekly offs, Saturdays off and holidays of one office at a time; ``calendar_changed`` is
    emitted after every change saved."""

    calendar_changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, office_id: int | None = None, year: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office calendar"))
        self.resize(760, 640)
        self.db = db
        self.dialog: Any = None
        self.holidays: list[HolidayRow] = []
        self.offices: list[OfficeRow] = list_offices(db)
        self.office = compact(QComboBox())
        self.office.setMinimumContentsLength(40)
        for office in self.offices:
            self.office.addItem(office.name, office.id)
        self.office.setCurrentIndex(max(self.office.findData(office_id), 0))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Office")))
        top.addWidget(self.office, 1)

        self.weekdays = [QCheckBox(day_name(day, short=True)) for day in range(7)]
        self.saturdays = [QCheckBox(ordinal(nth)) for nth in SATURDAYS_IN_MONTH]
        self.settings_error = QLabel()
        self.settings_error.setStyleSheet(ERROR_STYLE)
        self.settings_error.setWordWrap(True)
        self.settings_error.hide()
        self.settings_now = QLabel()
        self.save_settings_button = QPushButton(self.tr("Save days off"))
        days_off = QGroupBox(self.tr("Days off every week"))
        weekly = QHBoxLayout()
        weekly.addWidget(QLabel(self.tr("Weekly offs:")))
        for box in self.weekdays:
            weekly.addWidget(box)
        weekly.addStretch(1)
        saturdays = QHBoxLayout()
        saturdays.addWidget(QLabel(self.tr("Saturdays off in the month:")))
        for box in self.saturdays:
            saturdays.addWidget(box)
        saturdays.addStretch(1)
        saving = QHBoxLayout()
        saving.addWidget(self.settings_now, 1)
        saving.addWidget(self.save_settings_button)
        days_layout = QVBoxLayout(days_off)
        days_layout.addLayout(weekly)
        days_layout.addLayout(saturdays)
        days_layout.addWidget(self.settings_error)
        days_layout.addLayout(saving)

        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(year)
        self.count = QLabel()
        self.model = ListTableModel(
            [
                Column(self.tr("Date"), lambda h: f"{h.on_date:%d/%m/%Y}", order_by=lambda h: h.on_date),
                Column(
                    self.tr("Day"),
                    lambda h: day_name(h.on_date.weekday()),
                    order_by=lambda h: h.on_date.weekday(),
                ),
                Column(self.tr("Holiday"), lambda h: h.name),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.holiday_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, slot in (
            ("add", self.tr("Add…"), self.add_holiday),
            ("edit", self.tr("Edit…"), self.edit_holiday),
            ("delete", self.tr("Delete"), self.delete_holiday),
            ("import", self.tr("Import from file…"), self.import_file),
            ("copy", self.tr("Copy to other offices…"), self.copy_to_offices),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.holiday_buttons[key] = button
        actions.addStretch(1)
        self.outcome = notice_label()
        self.outcome.hide()
        holidays = QGroupBox(self.tr("Holidays"))
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Year")))
        year_row.addWidget(self.year)
        year_row.addWidget(self.count, 1)
        holidays_layout = QVBoxLayout(holidays)
        holidays_layout.addLayout(year_row)
        holidays_layout.addWidget(self.table, 1)
        holidays_layout.addLayout(actions)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(days_off)
        layout.addWidget(holidays, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)

        self.office.currentIndexChanged.connect(lambda _i: self.load())
        self.year.valueChanged.connect(lambda _v: self.load_holidays())
        self.weekdays[SATURDAY].toggled.connect(self._saturday_week)
        for box in self.weekdays + self.saturdays:
            box.toggled.connect(lambda _on: self.settings_error.hide())
        self.save_settings_button.clicked.connect(self.save_settings)
        self.table.doubleClicked.connect(lambda _index: self.edit_holiday())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.load()

    # --- reading ------------------------------------------------------------------------------

    def office_id(self) -> int | None:
        return self.office.currentData()

    def current_office(self) -> OfficeRow | None:
        return next((office for office in self.offices if office.id == self.office_id()), None)

    def load(self) -> None:
        """Show the chosen office's days off and holidays."""
        self.outcome.hide()
        self.settings_error.hide()
        office_id = self.office_id()
        settings = CalendarSettings() if office_id is None else get_calendar_settings(self.db, office_id)
        self.show_settings(settings)
        self.load_holidays()

    def show_settings(self, settings: CalendarSettings) -> None:
        for day, box in enumerate(self.weekdays):
            box.setChecked(day in settings.weekly_offs)
        for nth, box in zip(SATURDAYS_IN_MONTH, self.saturdays, strict=True):
            box.setChecked(nth in settings.off_saturdays)
        self._saturday_week(SATURDAY in settings.weekly_offs)
        self.settings_now.setText(self.tr("Saved: %s") % settings.describe())

    def _saturday_week(self, every_saturday: bool) -> None:
        # With every Saturday off, which Saturdays of the month are off says nothing more.
        for box in self.saturdays:
            box.setEnabled(not every_saturday and not self.db.read_only)

    def chosen_settings(self) -> CalendarSettings:
        return CalendarSettings(
            tuple(day for day, box in enumerate(self.weekdays) if box.isChecked()),
            tuple(
                nth for nth, box in zip(SATURDAYS_IN_MONTH, self.saturdays, strict=True) if box.isChecked()
            ),
        )

    def load_holidays(self) -> None:
        office_id = self.office_id()
        self.holidays = [] if office_id is None else list_holidays(self.db, office_id, self.year.value())
        self.model.set_rows(self.holidays)
        self.count.setText(
            self.tr("%(count)s holidays in %(year)s")
            % {"count": len(self.holidays), "year": self.year.value()}
        )
        self._update_buttons()

    def selected(self) -> HolidayRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, holiday_id: int) -> None:
        for position in range(self.model.rowCount()):
            if self.model.row_at(position).id == holiday_id:
                self.table.selectRow(position)
                return

    def _update_buttons(self) -> None:
        writable = not self.db.read_only and self.office_id() is not None
        chosen = self.selected() is not None
        self.save_settings_button.setEnabled(writable)
        for box in self.weekdays:
            box.setEnabled(writable)
        self.holiday_buttons["add"].setEnabled(writable)
        self.holiday_buttons["import"].setEnabled(writable)
        self.holiday_buttons["edit"].setEnabled(writable and chosen)
        self.holiday_buttons["delete"].setEnabled(writable and chosen)
        self.holiday_buttons["copy"].setEnabled(writable and bool(self.holidays) and len(self.offices) > 1)

    def _report(self, lines: list[str]) -> None:
        show_lines(self.outcome, lines)

    # --- days off -----------------------------------------------------------------------------

    def save_settings(self) -> CalendarSettings | None:
        office_id = self.office_id()
        if office_id is None:
            return None
        try:
            saved = save_calendar_settings(self.db, office_id, self.chosen_settings())
        except ValidationError as exc:
            self.settings_error.setText("\n".join(exc.field_errors.values()))
            self.settings_error.show()
            return None
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return None
        self.show_settings(saved)
        self._report([self.tr("Days off saved: %s.") % saved.describe()])
        self.calendar_changed.emit()
        return saved

    # --- holidays -----------------------------------------------------------------------------

    def _holiday_form(self, holiday: HolidayRow | None) -> HolidayDialog | None:
        office_id = self.office_id()
        if office_id is None:
            return None
        default = date(self.year.value(), 1, 1)
        form = HolidayDialog(self.db, office_id, self, holiday=holiday, default_date=default)
        self.dialog = open_dialog(form, self._holiday_saved)
        return form

    def add_holiday(self) -> HolidayDialog | None:
        return self._holiday_form(None)

    def edit_holiday(self) -> HolidayDialog | None:
        holiday = self.selected()
        return None if holiday is None else self._holiday_form(holiday)

    def _holiday_saved(self, form: HolidayDialog) -> None:
        saved_on = form.on_date.date().toPython()  # type: ignore[attr-defined]
        if saved_on.year != self.year.value():
            self.year.setValue(saved_on.year)  # reloads
        else:
            self.load_holidays()
        self.select(form.saved)
        self.calendar_changed.emit()

    def delete_holiday(self) -> None:
        holiday = self.selected()
        if holiday is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete holiday"),
            self.tr(
                "Delete %(name)s (%(date)s) from this office's calendar? Meetings already set on that day stay."
            )
            % {"name": holiday.name, "date": f"{holiday.on_date:%d/%m/%Y}"},
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_holiday(self.db, holiday.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return
        self.load_holidays()
        self.calendar_changed.emit()

    def import_file(self) -> Any:
        """Add the holidays of a CSV or Excel file, all of them or, if any row is wrong, none."""
        office_id = self.office_id()
        if office_id is None:
            return None
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import holidays"),
            "",
            self.tr("Holiday lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        try:
            report = import_holidays(self.db, office_id, Path(name))
        except HolidayImportError as exc:
            self.dialog = open_dialog(ImportProblemsDialog(exc, self), lambda _dialog: None)
            return self.dialog
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Import holidays"), exc.message)
            return None
        self.load_holidays()
        self._report(
            [
                self.tr("%(file)s imported: %(added)s holidays added, %(unchanged)s already in the calendar.")
                % {"file": report.file_name, "added": report.added, "unchanged": report.unchanged}
            ]
        )
        if report.added:
            self.calendar_changed.emit()
        return report

    def copy_to_offices(self) -> CopyHolidaysDialog | None:
        source = self.current_office()
        if source is None:
            return None
        form = CopyHolidaysDialog(self.db, source, self.offices, self.year.value(), self)
        self.dialog = open_dialog(form, self._copied)
        return form

    def _copied(self, form: CopyHolidaysDialog) -> None:
        report = form.saved
        lines = [
            self.tr("Holidays of %(year)s copied: %(added)s added, %(unchanged)s already there.")
            % {"year": form.year, "added": report.added, "unchanged": report.unchanged}
        ]
        self._report(lines + list(report.kept))
        if report.added:
            self.calendar_changed.emit()

"""Small forms of the office calendar: one holiday, copying holidays to other offices, and the
list of problems that kept a holiday file from being imported."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.calendar.holiday_import import HolidayImportError, ImportProblem
from desktop.services.calendar.holidays import (
    HolidayCopyReport,
    HolidayInput,
    HolidayRow,
    add_holiday,
    copy_holidays,
    update_holiday,
)
from desktop.services.database import Database
from desktop.services.offices import OfficeRow
from desktop.ui.dialogs.form_dialog import ERROR_STYLE, FormDialog
from desktop.ui.dialogs.mou_widgets import date_edit
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import record_table

ID_ROLE = Qt.ItemDataRole.UserRole


class HolidayDialog(FormDialog):
    """Add a holiday to an office's calendar, or change one; ``saved`` is its id."""

    def __init__(
        self,
        db: Database,
        office_id: int,
        parent: QWidget | None = None,
        *,
        holiday: HolidayRow | None = None,
        default_date: date,
    ) -> None:
        title = self.tr("New holiday") if holiday is None else self.tr("Holiday: %s") % holiday.name
        super().__init__(title, parent)
        self.setMinimumWidth(420)
        self.db, self.office_id, self.holiday = db, office_id, holiday
        self.on_date = self.add_field(
            "on_date", self.tr("Date"), date_edit(holiday.on_date if holiday else default_date)
        )
        self.on_date.dateChanged.connect(lambda _d: self.clear_error("on_date"))
        self.line(
            "name", self.tr("Name"), holiday.name if holiday else "", self.tr("e.g. Kannada Rajyotsava")
        )

    def submit(self) -> int:
        data = HolidayInput(self.on_date.date().toPython(), self.value("name"))  # type: ignore[attr-defined]
        if self.holiday is None:
            return add_holiday(self.db, self.office_id, data)
        return update_holiday(self.db, self.holiday.id, data).id


class CopyHolidaysDialog(FormDialog):
    """Copy an office's holidays of a year to the offices ticked; ``saved`` is the report."""

    def __init__(
        self,
        db: Database,
        source: OfficeRow,
        offices: list[OfficeRow],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Copy the holidays of %s") % year, parent)
        self.db, self.source, self.year = db, source, year
        self.offices = QListWidget()
        self.offices.setMinimumHeight(220)
        for office in offices:
            if office.id == source.id:
                continue
            item = QListWidgetItem(office.name)
            item.setData(ID_ROLE, office.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.offices.addItem(item)
        self.offices.itemChanged.connect(lambda _item: self.clear_error("to_office_ids"))
        every = QPushButton(self.tr("Tick all"))
        every.clicked.connect(lambda: self.tick_all(True))
        nobody = QPushButton(self.tr("Untick all"))
        nobody.clicked.connect(lambda: self.tick_all(False))
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.offices)
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(nobody)
        row.addStretch(1)
        column.addLayout(row)
        self.add_field("from", self.tr("From"), QLabel(source.name))
        self.add_field("to_office_ids", self.tr("To"), chooser)
        note = QLabel(self.tr("Dates an office already has keep that office's own holiday."))
        note.setWordWrap(True)
        self.add_field("note", "", note)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Copy"))

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.offices.count()):
            self.offices.item(row).setCheckState(state)

    def chosen_ids(self) -> list[int]:
        items = (self.offices.item(row) for row in range(self.offices.count()))
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def submit(self) -> HolidayCopyReport:
        return copy_holidays(self.db, self.source.id, self.chosen_ids(), self.year)


class ImportProblemsDialog(QDialog):
    """Every problem that kept a holiday file out, one a row, with where it is and what was expected."""

    def __init__(self, error: HolidayImportError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Holidays not imported"))
        self.resize(900, 420)
        self.problems = error.problems
        # The service's first line: the file, "nothing was saved", how many problems.
        self.headline = QLabel(error.message.split("\n", 1)[0])
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.model = ListTableModel(
            [
                Column(
                    self.tr("Row"), lambda p: p.row or "", align_right=True, order_by=lambda p: p.row or 0
                ),
                Column(self.tr("Column"), lambda p: p.column or ""),
                Column(self.tr("Value"), lambda p: p.value or ""),
                Column(self.tr("Problem"), lambda p: self._reason(p)),
                Column(self.tr("Expected"), lambda p: p.expected or ""),
            ],
            self,
        )
        self.model.set_rows(self.problems)
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(QLabel(self.tr("Correct the file and import it again.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _reason(problem: ImportProblem) -> str:
        sheet = f"[{problem.sheet}] " if problem.sheet else ""
        return sheet + problem.reason[:1].upper() + problem.reason[1:]

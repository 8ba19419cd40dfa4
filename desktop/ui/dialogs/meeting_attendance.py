"""The Attendance tab of the meeting form: the body's members on the meeting's date, one row each,
with whether they came, were represented (by whom) or were absent; guests added from the records
or by name; and the body's attendance rates over the last twelve months.

Rows left blank are not recorded. Saving replaces what was recorded before (``record_attendance``)
and says who was recorded as a guest because they were not members on the day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import people
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.meetings import attendance
from desktop.services.meetings.attendance import AttendanceInput, AttendanceRate, AttendanceRow
from desktop.services.meetings.reading import MeetingDetail
from desktop.services.meetings.vocabulary import ATTENDANCE_STATUSES
from desktop.ui.dialogs.action_item_dialogs import OwnerChooser
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.meeting_tabs import message_of
from desktop.ui.dialogs.mou_widgets import error_label, hint_label
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, record_table

ROW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Who:
    """Whom a row of the grid is about: a member, a person from the records, or a typed guest."""

    person_id: int | None
    member: bool
    guest_name: str | None = None
    guest_designation: str | None = None


class AttendanceTab(QWidget):
    saved = Signal()
    NAME, ROLE, REPRESENTING, STATUS, REPRESENTED_BY = range(5)

    def __init__(self, db: Database, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self._detail: MeetingDetail | None = None
        self._read_only = False
        self.error = error_label()
        self.result = notice_label()
        self.result.hide()
        self.hint = hint_label("")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Representing"),
                self.tr("Attendance"),
                self.tr("Represented by"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.NAME, self.REPRESENTING, self.REPRESENTED_BY):  # long texts share the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.all_present_button = QPushButton(self.tr("All present"))
        self.add_guest_button = QPushButton(self.tr("Add guest…"))
        self.remove_guest_button = QPushButton(self.tr("Remove guest"))
        self.rates_button = QPushButton(self.tr("Attendance rates…"))
        self.save_button = QPushButton(self.tr("Save attendance"))
        self.all_present_button.clicked.connect(self.all_present)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_guest_button.clicked.connect(self.remove_guest)
        self.rates_button.clicked.connect(self.show_rates)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for button in (
            self.all_present_button,
            self.add_guest_button,
            self.remove_guest_button,
            self.rates_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.dialog: QDialog | None = None

    # --- loading and reading --------------------------------------------------------------------

    def load(self, detail: MeetingDetail) -> None:
        self._detail = detail
        self.table.setRowCount(0)
        for row in attendance.attendance_sheet(self._db, detail.id):
            self._add_row(row)
        body = detail.body_id is not None
        if body:
            text = self.tr("The members of %(body)s on %(date)s. Leave a row blank if it is not known.") % {
                "body": detail.body_name,
                "date": f"{detail.meeting_date:%d/%m/%Y}",
            }
        else:
            text = self.tr("An ad-hoc meeting has no members: add everyone who was invited.")
        if detail.status == "scheduled" and detail.meeting_date > self._today():
            text += " " + self.tr("Attendance can be recorded from the day of the meeting.")
        self.hint.setText(text)
        self.all_present_button.setVisible(body and not self._read_only)
        self.rates_button.setVisible(body)
        self.add_guest_button.setText(self.tr("Add guest…") if body else self.tr("Add person…"))
        self._update_buttons()

    def _add_row(self, row: AttendanceRow, who: _Who | None = None) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        who = who or _Who(
            row.person_id,
            row.member,
            row.name if row.person_id is None else None,
            row.designation if row.person_id is None else None,
        )
        name = f"{row.name}, {row.designation}" if row.designation else row.name
        cell = QTableWidgetItem(name)
        cell.setData(ROW_ROLE, who)
        cell.setToolTip(name)
        self.table.setItem(index, self.NAME, cell)
        self.table.setItem(
            index, self.ROLE, QTableWidgetItem(QCoreApplication.translate("Committees", row.role_label))
        )
        represents = QTableWidgetItem(row.represents or "")
        represents.setToolTip(row.represents or "")
        self.table.setItem(index, self.REPRESENTING, represents)
        status = QComboBox()
        status.addItem("—", None)
        for code, label in ATTENDANCE_STATUSES.items():
            status.addItem(QCoreApplication.translate("Meetings", label), code)
        status.setCurrentIndex(max(0, status.findData(row.status)))
        representative = QLineEdit(row.represented_by_name or "")
        self.table.setCellWidget(index, self.STATUS, status)
        self.table.setCellWidget(index, self.REPRESENTED_BY, representative)
        status.currentIndexChanged.connect(
            lambda _i, box=status, line=representative: self._status_changed(box, line)
        )
        self._status_changed(status, representative)
        for widget in (status, representative):
            if self._read_only:
                widget.setEnabled(False)
        representative.textEdited.connect(lambda _t: self.error.hide())

    def _status_changed(self, box: QComboBox, line: QLineEdit) -> None:
        represented = box.currentData() == "represented"
        line.setEnabled(represented and not self._read_only)
        # The hint only where a name is wanted: twenty greyed hints would hide the one that matters.
        line.setPlaceholderText(self.tr("Name and designation of the representative") if represented else "")
        self.error.hide()

    def who(self, row: int) -> _Who:
        return self.table.item(row, self.NAME).data(ROW_ROLE)

    def status_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, self.STATUS)

    def representative(self, row: int) -> QLineEdit:
        return self.table.cellWidget(row, self.REPRESENTED_BY)

    def entries(self) -> list[AttendanceInput]:
        """What is recorded: every row with an attendance chosen."""
        found = []
        for row in range(self.table.rowCount()):
            status = self.status_box(row).currentData()
            if status is None:
                continue
            who = self.who(row)
            found.append(
                AttendanceInput(
                    status,
                    who.person_id,
                    represented_by_name=self.representative(row).text() if status == "represented" else None,
                    guest_name=who.guest_name,
                    guest_designation=who.guest_designation,
                )
            )
        return found

    # --- actions --------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        guest = bool(rows) and not self.who(rows[0].row()).member
        self.remove_guest_button.setEnabled(guest)
        for button in (self.add_guest_button, self.remove_guest_button, self.save_button):
            button.setVisible(not self._read_only)

    def all_present(self) -> None:
        for row in range(self.table.rowCount()):
            if self.who(row).member:
                box = self.status_box(row)
                box.setCurrentIndex(box.findData("present"))

    def add_guest(self) -> QDialog:
        """Choose a person from the records, or type a name; the row is added as present."""
        dialog = GuestDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._guest_chosen(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _guest_chosen(self, dialog: GuestDialog) -> None:
        who, name, designation = dialog.saved
        for row in range(self.table.rowCount()):
            if who.person_id is not None and self.who(row).person_id == who.person_id:
                self.table.selectRow(row)  # already on the sheet
                return
        row = AttendanceRow(who.person_id, name, designation, False, None, None, None, "present", None, None)
        self._add_row(row, who)
        self.table.selectRow(self.table.rowCount() - 1)

    def remove_guest(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self.who(rows[0].row()).member:
            self.table.removeRow(rows[0].row())

    def save(self) -> bool:
        """Record the attendance; says who was recorded as a guest. False if refused."""
        assert self._detail is not None
        self.error.hide()
        self.result.hide()
        try:
            result = attendance.record_attendance(self._db, self._detail.id, self.entries(), self._today())
        except DomainError as exc:
            self.error.setText(message_of(exc))
            self.error.show()
            return False
        lines = [self.tr("Attendance saved: %d member(s) recorded.") % result.members_recorded]
        if result.guests:
            lines.append(
                self.tr("Recorded as guest (not a member of %(body)s on %(date)s): %(guests)s")
                % {
                    "body": self._detail.body_name,
                    "date": f"{self._detail.meeting_date:%d/%m/%Y}",
                    "guests": ", ".join(result.guests),
                }
            )
        self.result.setText("\n".join(lines))
        self.result.show()
        self.load(self._detail)
        self.saved.emit()
        return True

    def show_rates(self) -> QDialog | None:
        if self._detail is None or self._detail.body_id is None:
            return None
        dialog = RatesDialog(self._db, self._detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_read_only(self) -> None:
        self._read_only = True
        self.all_present_button.hide()
        for row in range(self.table.rowCount()):
            self.status_box(row).setEnabled(False)
            self.representative(row).setEnabled(False)
        self._update_buttons()


class GuestDialog(FormDialog):
    """Someone who is not a member: a person from the records, or a name and designation typed.
    ``saved`` is (who, name, designation)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add a guest"))
        self._db = db
        self.setMinimumWidth(620)
        self.from_records = QRadioButton(self.tr("A person in the records"))
        self.typed = QRadioButton(self.tr("Someone else"))
        self.from_records.setChecked(True)
        kinds = QButtonGroup(self)  # each sits in its own row, so they need a group to exclude
        kinds.addButton(self.from_records)
        kinds.addButton(self.typed)
        self.add_field("kind_records", "", self.from_records)
        self.person = OwnerChooser(db, None)
        self.add_field("person_id", "", self.person)
        self.add_field("kind_typed", "", self.typed)
        self.line("guest_name", self.tr("Name"))
        self.line("guest_designation", self.tr("Designation"))
        self.from_records.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Add"))

    def _kind_changed(self) -> None:
        records = self.from_records.isChecked()
        self.person.setEnabled(records)
        for name in ("guest_name", "guest_designation"):
            self.widget(name).setEnabled(not records)

    def submit(self) -> tuple[_Who, str, str | None]:
        if self.from_records.isChecked():
            person_id = self.person.person_id()
            if person_id is None:
                raise ValidationError.single("person_id", self.tr("Choose the person from the list."))
            row = people.person_rows(self._db, [person_id])[person_id]
            return _Who(person_id, False), row.name, row.designation
        name = " ".join(self.value("guest_name").split())
        designation = " ".join(self.value("guest_designation").split()) or None
        if not name:
            raise ValidationError.single("guest_name", self.tr("Type the guest's name."))
        return _Who(None, False, name, designation), name, designation


def year_before(day: date) -> date:
    """The first day of the twelve months that end on ``day``."""
    try:
        return day.replace(year=day.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28) + timedelta(days=1)


class RatesDialog(QDialog):
    """How often each member attended the body's meetings held in the twelve months up to this
    meeting's date."""

    def __init__(self, db: Database, detail: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert detail.body_id is not None
        first, last = year_before(detail.meeting_date), detail.meeting_date
        self.setWindowTitle(self.tr("Attendance at %s") % detail.body_name)
        self.resize(860, 420)
        self.rates: list[AttendanceRate] = attendance.attendance_rates(db, detail.body_id, first, last)
        self.model = ListTableModel(
            [
                Column(self.tr("Member"), lambda r: r.name),
                Column(self.tr("Role"), lambda r: r.role_label),
                Column(self.tr("Meetings"), lambda r: r.meetings, align_right=True),
                Column(self.tr("Present"), lambda r: r.present, align_right=True),
                Column(self.tr("Represented"), lambda r: r.represented, align_right=True),
                Column(self.tr("Absent"), lambda r: r.absent, align_right=True),
                Column(self.tr("Not recorded"), lambda r: r.not_recorded, align_right=True),
                Column(
                    self.tr("Attended"),
                    lambda r: f"{r.rate:.0%}",
                    align_right=True,
                    order_by=lambda r: r.rate,
                ),
            ],
            self,
        )
        self.model.set_rows(self.rates)
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # roles first
        self.table.setSortingEnabled(True)
        period = QLabel(
            self.tr("Meetings held from %(first)s to %(last)s; present or represented counts as attended.")
            % {"first": f"{first:%d/%m/%Y}", "last": f"{last:%d/%m/%Y}"}
        )
        period.setWordWrap(True)
        empty = QLabel(self.tr("No meeting of the body was held in these twelve months."))
        empty.setVisible(not self.rates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(period)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

"""The Agenda tab of the meeting form, the small forms of the meeting's steps (a reason to meet
on a day off, cancelling, approving the minutes), and what the form's tabs share.

The agenda is edited as an ordered table and saved as a whole (``save_agenda``: rows keep their
ids, so the audit log shows real changes); its automatic first item, the confirmation of the
previous minutes, stays first with its title fixed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.meetings import agenda, meetings, minutes
from desktop.services.meetings.agenda import MAX_DURATION_MINUTES, AgendaItemInput, agenda_schedule
from desktop.services.meetings.reading import MeetingDetail
from desktop.services.people import PersonRow
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_parts_table import PartsGrid
from desktop.ui.dialogs.mou_widgets import PersonCombo, date_edit, error_label, hint_label

ID_ROLE = Qt.ItemDataRole.UserRole


def clock_text(value: time | None) -> str:
    return f"{value:%H:%M}" if value is not None else "—"


def message_of(error: DomainError) -> str:
    """A service error as one text for the line at the top of a tab."""
    if isinstance(error, ValidationError):
        return "\n".join(error.field_errors.values())
    return error.message


@dataclass(frozen=True)
class _Item:
    """An agenda row as the table holds it between rebuilds."""

    title: str
    presenter_person_id: int | None = None
    duration_minutes: int | None = None
    id: int | None = None
    automatic: bool = False


class AgendaTab(QWidget):
    """The agenda as an ordered table: title, presenter, minutes, and when each item starts."""

    saved = Signal()
    TITLE, PRESENTER, MINUTES, STARTS = range(4)

    def __init__(self, db: Database, persons: Sequence[PersonRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._persons = list(persons)
        self._meeting_id: int | None = None
        self._start: time | None = None
        self._read_only = False
        self.error = error_label()
        self.table = PartsGrid(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Presented by"), self.tr("Minutes"), self.tr("Starts at")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.PRESENTER, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.PRESENTER, 300)
        for column in (self.MINUTES, self.STARTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add item"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.save_button = QPushButton(self.tr("Save agenda"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The items in the order they are taken up. The first item of a body's meeting, the "
                    "confirmation of the previous minutes, is added by itself and stays first; give "
                    "minutes per item to see when each starts."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- loading and reading --------------------------------------------------------------------

    def load(self, detail: MeetingDetail) -> None:
        self._meeting_id, self._start = detail.id, detail.start_time
        self.error.hide()
        self._build(
            [
                _Item(r.title, r.presenter_person_id, r.duration_minutes, r.id, r.automatic)
                for r in detail.agenda
            ]
        )

    def set_start(self, start: time | None) -> None:
        """The meeting's start changed: each item's time follows."""
        self._start = start
        self._show_starts()

    def items(self) -> list[AgendaItemInput]:
        return [
            AgendaItemInput(item.title, item.presenter_person_id, item.duration_minutes, item.id)
            for item in self._collect()
        ]

    def _collect(self) -> list[_Item]:
        self.table.commit_open_editor()
        found = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, self.TITLE)
            minutes_box: QSpinBox = self.table.cellWidget(row, self.MINUTES)
            found.append(
                _Item(
                    cell.text(),
                    self.table.cellWidget(row, self.PRESENTER).person_id(),
                    minutes_box.value() or None,
                    cell.data(ID_ROLE),
                    not bool(cell.flags() & Qt.ItemFlag.ItemIsEditable),
                )
            )
        return found

    def _build(self, items: Sequence[_Item], current: int | None = None) -> None:
        self.table.setRowCount(0)
        for item in items:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cell = QTableWidgetItem(item.title)
            cell.setData(ID_ROLE, item.id)
            cell.setToolTip(item.title)
            if item.automatic or self._read_only:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if item.automatic:  # shown as fixed: the same look as a read-only cell elsewhere
                cell.setToolTip(self.tr("Added by itself: %s") % item.title)
                cell.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.table.setItem(row, self.TITLE, cell)
            presenter = PersonCombo(self._persons)
            presenter.set_person_id(item.presenter_person_id)
            presenter.lineEdit().setCursorPosition(0)  # a long label shows its start: the name
            self.table.setCellWidget(row, self.PRESENTER, presenter)
            minutes_box = QSpinBox()
            minutes_box.setRange(0, MAX_DURATION_MINUTES)
            minutes_box.setSpecialValueText("—")
            minutes_box.setValue(item.duration_minutes or 0)
            minutes_box.valueChanged.connect(lambda _v: self._show_starts())
            self.table.setCellWidget(row, self.MINUTES, minutes_box)
            starts = QTableWidgetItem()
            starts.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, self.STARTS, starts)
            if self._read_only:
                presenter.set_read_only()
                minutes_box.setReadOnly(True)
                minutes_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self._show_starts()
        if current is not None and 0 <= current < self.table.rowCount():
            self.table.selectRow(current)
        self._update_buttons()

    def _show_starts(self) -> None:
        durations = [
            _Item("", duration_minutes=self.table.cellWidget(row, self.MINUTES).value() or None)
            for row in range(self.table.rowCount())
        ]
        for row, start in enumerate(agenda_schedule(self._start, durations)):
            self.table.item(row, self.STARTS).setText(clock_text(start))

    # --- editing --------------------------------------------------------------------------------

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _automatic(self, row: int) -> bool:
        cell = self.table.item(row, self.TITLE)
        return cell is not None and not bool(cell.flags() & Qt.ItemFlag.ItemIsEditable)

    def _update_buttons(self) -> None:
        row = self._selected_row()
        movable = row >= 0 and not self._automatic(row)
        first_movable = 1 if self.table.rowCount() and self._automatic(0) else 0
        self.remove_button.setEnabled(movable)
        self.up_button.setEnabled(movable and row > first_movable)
        self.down_button.setEnabled(movable and row < self.table.rowCount() - 1)

    def add_item(self) -> int:
        """A new item at the end, its title ready for typing."""
        items = self._collect()
        self._build([*items, _Item("")], len(items))
        row = len(items)
        self.table.setCurrentCell(row, self.TITLE)
        self.table.editItem(self.table.item(row, self.TITLE))
        return row

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0 and not self._automatic(row):
            items = self._collect()
            del items[row]
            self._build(items, min(row, len(items) - 1))

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        items = self._collect()
        target = row + step
        if row < 0 or self._automatic(row) or not 0 <= target < len(items) or items[target].automatic:
            return
        items[row], items[target] = items[target], items[row]
        self._build(items, target)

    def save(self) -> bool:
        """Save the agenda as the table shows it; False (and the message above the table) if refused."""
        assert self._meeting_id is not None
        self.error.hide()
        try:
            rows = agenda.save_agenda(self._db, self._meeting_id, self.items())
        except DomainError as exc:
            self.error.setText(message_of(exc))
            self.error.show()
            return False
        self._build(
            [_Item(r.title, r.presenter_person_id, r.duration_minutes, r.id, r.automatic) for r in rows]
        )
        self.saved.emit()
        return True

    def set_read_only(self) -> None:
        self._read_only = True
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.save_button,
        ):
            button.hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._build(self._collect())


# --- the small forms of the steps ------------------------------------------------------------------


class DayOffDialog(FormDialog):
    """The date is a day off at the convening office: why meet on it anyway. ``save`` is called
    with the reason and does the saving, so its errors show here."""

    def __init__(self, message: str, save: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Meeting on a day off"))
        self._save_with = save
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.layout().insertWidget(0, self.message)
        self.text_area("holiday_reason", self.tr("Reason"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Save with this reason"))

    def submit(self) -> Any:
        reason = self.value("holiday_reason").strip()
        if not reason:
            raise ValidationError.single("holiday_reason", self.tr("Give the reason to meet on this day."))
        return self._save_with(reason)


class CancelDialog(FormDialog):
    def __init__(self, db: Database, detail: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Cancel %s") % detail.title)
        self._db, self._detail = db, detail
        self.text_area("reason", self.tr("Reason (kept with the meeting)"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Cancel the meeting"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(self.tr("Keep it"))

    def submit(self) -> MeetingDetail:
        return meetings.cancel_meeting(self._db, self._detail.id, self.value("reason"))


class ApproveDialog(FormDialog):
    """Approve drafted minutes: when and by whom. From then on the meeting is locked."""

    def __init__(
        self, db: Database, detail: MeetingDetail, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Approve the minutes of %s") % detail.title)
        self._db, self._detail = db, detail
        warning = hint_label(
            self.tr(
                "Once approved, the minutes are locked: a mistake found later is put right by a "
                "correction recorded in a later meeting."
            )
        )
        self.layout().insertWidget(0, warning)
        self.on = self.add_field("approved_on", self.tr("Approved on"), date_edit(today))
        by = f"{detail.chair_name}, Chair" if detail.chair_name else ""
        self.line("approved_by", self.tr("Approved by"), by)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Approve"))

    def submit(self) -> MeetingDetail:
        on = self.on.date().toPython()  # type: ignore[attr-defined]
        return minutes.approve_minutes(self._db, self._detail.id, on, self.value("approved_by"))

"""The Details tab of the meeting form.

The tab holds the meeting's own fields (body or ad-hoc level, unit and office; title, date, times,
venue, chair), its status with the step buttons that the transition table allows, and the notice
that says why the meeting no longer changes once its minutes are approved or it was cancelled.
Errors from the service appear under their fields.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import offices
from desktop.services.committees.listing import body_choices
from desktop.services.committees.vocabulary import LEVELS
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.meetings.reading import MeetingDetail, MeetingInput
from desktop.services.meetings.states import TRANSITIONS
from desktop.services.people import PersonRow
from desktop.ui.dialogs.body_dialog import UnitChooser
from desktop.ui.dialogs.form_dialog import FieldRows
from desktop.ui.dialogs.mou_widgets import PersonCombo, compact, date_edit, freeze_field, hint_label
from desktop.ui.widgets import notice_label

AD_HOC = None  # the body combo's entry for a meeting of no standing body


class OptionalTime(QWidget):
    """A time of day that may be left open: a tick turns the time on."""

    changed = Signal()

    def __init__(self, empty_text: str, default: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.check = QCheckBox(empty_text)
        self.edit = QTimeEdit(QTime(default.hour, default.minute))
        self.edit.setDisplayFormat("HH:mm")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(self._show)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.timeChanged.connect(lambda _t: self.changed.emit())
        self._show(False)

    def value(self) -> time | None:
        return self.edit.time().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: time | None) -> None:
        if value is not None:
            self.edit.setTime(QTime(value.hour, value.minute))
        self.check.setChecked(value is not None)
        self._show(value is not None)

    def set_read_only(self) -> None:
        self.check.setEnabled(False)
        self.edit.setReadOnly(True)
        self.edit.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)

    def _show(self, on: bool) -> None:
        self.check.setText("" if on else self._empty_text)
        self.edit.setVisible(on)


class DetailsTab(QWidget):
    """What and when: the meeting's fields, its status and the steps it can take."""

    def __init__(
        self,
        db: Database,
        persons: Sequence[PersonRow],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self._frozen = False
        self.notice = notice_label()
        self.notice.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.held_button = QPushButton(self.tr("Mark held"))
        self.undo_button = QPushButton(self.tr("Undo held"))
        self.cancel_button = QPushButton(self.tr("Cancel meeting…"))
        self.approve_button = QPushButton(self.tr("Approve minutes…"))
        steps = QHBoxLayout()
        for button in (self.held_button, self.undo_button, self.cancel_button, self.approve_button):
            steps.addWidget(button)
        steps.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows = FieldRows(self.form, mark_only_line_edits=True)
        self._widgets, self._errors = self._rows.widgets, self._rows.errors
        self.body = compact(QComboBox())
        self._field("body_id", self.tr("Body"), self.body)
        self.level = QComboBox()
        for code, label in LEVELS.items():
            self.level.addItem(QCoreApplication.translate("Committees", label), code)
        self._field("level", self.tr("Level"), self.level)
        self.unit = UnitChooser(db)
        self._field("unit_id", self.tr("For"), self.unit)
        self.office = compact(QComboBox())
        self.office.addItem("", None)
        for office in offices.list_offices(db):
            self.office.addItem(office.name, office.id)
        self._field("office_id", self.tr("Convened by"), self.office)
        self.title = QLineEdit()
        self._field("title", self.tr("Title"), self.title)
        self.meeting_date = date_edit(today())
        self._field("meeting_date", self.tr("Date"), self.meeting_date)
        self.start = OptionalTime(self.tr("not fixed"), time(11, 0))
        self.end = OptionalTime(self.tr("not fixed"), time(13, 0))
        self._field("start_time", self.tr("Starts at"), self.start)
        self._field("end_time", self.tr("Ends at"), self.end)
        self.venue = QLineEdit()
        self._field("venue", self.tr("Venue"), self.venue)
        self.chair = PersonCombo(persons)
        self._field("chair_person_id", self.tr("Chair"), self.chair)
        self.chair_hint = hint_label(
            self.tr("Left empty, the body's chair on the day of the meeting chairs.")
        )
        self.form.addRow("", self.chair_hint)
        self.general_error = self._rows.general_error
        self.save_button = QPushButton(self.tr("Schedule meeting"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        fields = QWidget()
        fields.setLayout(self.form)
        self.form.setContentsMargins(0, 0, 0, 0)
        fields.setMaximumWidth(860)  # a readable line, not the whole width of a wide window
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.status)
        layout.addLayout(steps)
        layout.addWidget(fields)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.body.currentIndexChanged.connect(self._body_changed)
        self.level.currentIndexChanged.connect(lambda _i: self.unit.set_level(self.level.currentData()))
        self.meeting_date.dateChanged.connect(lambda _d: self.clear_error("meeting_date"))
        self.title.textEdited.connect(lambda _t: self.clear_error("title"))
        self.venue.textEdited.connect(lambda _t: self.clear_error("venue"))
        self.start.changed.connect(lambda: (self.clear_error("start_time"), self.clear_error("end_time")))
        self.end.changed.connect(lambda: self.clear_error("end_time"))
        self.unit.changed.connect(lambda: self.clear_error("unit_id"))
        self.office.currentIndexChanged.connect(lambda _i: self.clear_error("office_id"))
        self.chair.editTextChanged.connect(lambda _t: self.clear_error("chair_person_id"))

    def _field(self, name: str, label: str, widget: QWidget) -> None:
        self._rows.add_field(name, label, widget)

    # --- loading and reading --------------------------------------------------------------------

    def load(self, detail: MeetingDetail | None) -> None:
        """The meeting's fields (a new meeting: the bodies that can meet, nothing filled)."""
        self.body.blockSignals(True)
        self.body.clear()
        if detail is None:
            self.body.addItem(self.tr("Ad-hoc meeting (no standing body)"), AD_HOC)
            for body_id, label in body_choices(self._db, on=self._today()):
                self.body.addItem(label, body_id)
        else:  # a meeting stays with the body it was scheduled for
            label = detail.body_name or self.tr("Ad-hoc meeting (no standing body)")
            self.body.addItem(label, detail.body_id)
            self.body.setEnabled(False)
            self.save_button.setText(self.tr("Save details"))
        self.body.blockSignals(False)
        if detail is not None:
            self.level.setCurrentIndex(max(0, self.level.findData(detail.level)))
            self.unit.set_unit(detail.level, detail.unit_id)
            self.office.setCurrentIndex(max(0, self.office.findData(detail.office_id)))
            self.title.setText(detail.title)
            self.meeting_date.setDate(QDate(detail.meeting_date))
            self.start.set_value(detail.start_time)
            self.end.set_value(detail.end_time)
            self.venue.setText(detail.venue or "")
            self.chair.set_person_id(detail.chair_person_id)
            self.show_status(detail)
        else:
            self.status.setText(self.tr("A new meeting: fill in the details and schedule it."))
            for button in (self.held_button, self.undo_button, self.cancel_button, self.approve_button):
                button.hide()
        self._body_changed()

    def set_body(self, body_id: int) -> None:
        """Preselect a body (a new meeting opened from a body's page or the calendar)."""
        self.body.setCurrentIndex(max(0, self.body.findData(body_id)))

    def _body_changed(self) -> None:
        ad_hoc = self.body.currentData() is AD_HOC
        for name in ("level", "unit_id", "office_id"):
            self.form.setRowVisible(self._rows.holders[name], ad_hoc)
        self.chair_hint.setVisible(not ad_hoc)
        name = self.body.currentText().split(" — ")[0]
        self.title.setPlaceholderText(
            self.tr("e.g. Review of mid-day meal complaints") if ad_hoc else self.tr("%s meeting") % name
        )
        self.unit.set_level(self.level.currentData())
        self.clear_error("body_id")

    def meeting_input(self, holiday_reason: str | None = None) -> MeetingInput:
        """The meeting as the form stands; raises ValidationError for a chair typed but not found."""
        if self.chair.names_nobody():
            raise ValidationError.single(
                "chair_person_id",
                self.tr("“%s” is not in the list of people: choose from the list, or leave it empty.")
                % self.chair.currentText().strip(),
            )
        ad_hoc = self.body.currentData() is AD_HOC
        return MeetingInput(
            title=self.title.text(),
            meeting_date=self.meeting_date.date().toPython(),  # type: ignore[arg-type]
            body_id=self.body.currentData(),
            level=self.level.currentData() if ad_hoc else None,
            unit_id=self.unit.unit_id() if ad_hoc else None,
            office_id=self.office.currentData() if ad_hoc else None,
            start_time=self.start.value(),
            end_time=self.end.value(),
            venue=self.venue.text(),
            chair_person_id=self.chair.person_id(),
            holiday_reason=holiday_reason,
        )

    # --- status and steps -----------------------------------------------------------------------

    def show_status(self, detail: MeetingDetail, notice_number: str | None = None) -> None:
        lines = [self.tr("<b>Status:</b> %s") % detail.status_label]
        if detail.holiday_reason:
            lines.append(self.tr("Meets on a day off: %s") % html.escape(detail.holiday_reason))
        if detail.cancel_reason:
            lines.append(self.tr("Cancelled: %s") % html.escape(detail.cancel_reason))
        if detail.minutes_approved_on:
            lines.append(
                self.tr("Minutes approved on %(date)s by %(who)s")
                % {
                    "date": f"{detail.minutes_approved_on:%d/%m/%Y}",
                    "who": html.escape(detail.minutes_approved_by or ""),
                }
            )
        if notice_number:
            lines.append(self.tr("Notice issued: No. %s") % html.escape(notice_number))
        self.status.setText("<br>".join(lines))
        allowed = TRANSITIONS[detail.status]
        self.held_button.setVisible("held" in allowed)
        self.held_button.setEnabled(detail.meeting_date <= self._today())
        self.held_button.setToolTip(
            "" if self.held_button.isEnabled() else self.tr("The meeting can be marked held from its day.")
        )
        self.undo_button.setVisible(detail.status == "held")
        self.cancel_button.setVisible("cancelled" in allowed)
        self.approve_button.setVisible("minutes_approved" in allowed)
        if self._frozen:
            for button in (self.held_button, self.undo_button, self.cancel_button, self.approve_button):
                button.hide()

    def set_read_only(self, why: str) -> None:
        """Nothing changes any more; ``why`` is said in the notice box."""
        self._frozen = True
        self.notice.setText(why)
        self.notice.show()
        for widget in self._widgets.values():
            if isinstance(widget, OptionalTime):
                widget.set_read_only()
            elif isinstance(widget, UnitChooser):
                widget.set_frozen()
            else:
                freeze_field(widget)
        self.chair_hint.hide()
        for button in (
            self.save_button,
            self.held_button,
            self.undo_button,
            self.cancel_button,
            self.approve_button,
        ):
            button.hide()

    # --- errors ---------------------------------------------------------------------------------

    def clear_error(self, name: str) -> None:
        self._rows.clear_error(name)

    def clear_errors(self) -> None:
        for name in self._errors:
            self.clear_error(name)
        self.general_error.hide()

    def show_errors(self, field_errors: dict[str, str]) -> None:
        self._rows.show_errors(field_errors)

    def show_message(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def error_text(self, name: str) -> str:
        return self._rows.error_text(name)

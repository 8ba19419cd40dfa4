"""The form of a recognition cycle (its windows, event, places, issuing office and signatory) and,
beside it, the cycle's review panel.

The panel changes at once, each addition or removal on its own, without the form's Save; a new
cycle gets its panel once it is saved and opened again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import offices, people
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.people import PersonRow
from desktop.services.recognition import cycles, reviewers
from desktop.services.recognition.cycles import CycleInput, CycleRow
from desktop.services.recognition.programmes import ProgrammeRow
from desktop.services.recognition.reviewers import ReviewerRow
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.meeting_details import OptionalTime
from desktop.ui.dialogs.mou_widgets import (
    OptionalDate,
    PersonCombo,
    compact,
    date_edit,
    error_label,
    hint_label,
)
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import record_table, selected_row

DATE_FIELDS = ("nomination_opens", "nomination_closes", "review_opens", "review_closes")
MAX_PLACES = 500
# A new cycle's windows, counted from the day it is set up: a month of nominations, then two
# weeks of review; the user changes them as the office decides.
NOMINATION_DAYS = 30
REVIEW_DAYS = 14


def all_people(db: Database) -> list[PersonRow]:
    ids = people.search_person_ids(db)
    rows = people.person_rows(db, ids)
    return [rows[person_id] for person_id in ids if person_id in rows]


class EventWhen(QWidget):
    """The event's date and time, each of which may be left open."""

    changed = Signal()

    def __init__(self, default_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = OptionalDate(self.tr("no date yet"), default_day)
        self.time = OptionalTime(self.tr("no time yet"), time(10, 30))
        self.day.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("at")))
        row.addWidget(self.time)
        row.addStretch(1)
        self.day.changed.connect(self.changed)
        self.time.changed.connect(self.changed)
        self.setFocusProxy(self.day.check)

    def set_value(self, day: date | None, at: time | None) -> None:
        self.day.set_value(day)
        self.time.set_value(at)

    def date_value(self) -> date | None:
        return self.day.value()

    def time_value(self) -> time | None:
        return self.time.value()


class ReviewerPanel(QWidget):
    """Who reviews the cycle, how far each has scored and how many nominations each may not score."""

    changed = Signal()

    def __init__(
        self,
        db: Database,
        cycle_id: int,
        persons: Sequence[PersonRow],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.cycle_id = cycle_id
        self.model = ListTableModel(
            [
                Column(self.tr("Reviewer"), lambda r: r.name),
                Column(self.tr("Designation"), lambda r: r.designation),
                Column(self.tr("Works at"), lambda r: r.affiliation),
                Column(self.tr("Scored"), lambda r: r.scored_count, align_right=True),
                Column(self.tr("Conflicts"), lambda r: r.conflicted_count, align_right=True),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        # Long designations and workplaces are cut (whole in the tooltip); the counts stay in view.
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setMinimumHeight(160)
        self.table.setAccessibleName(self.tr("Reviewers"))
        self.person = PersonCombo(persons)
        self.person.setAccessibleName(self.tr("Person to add as reviewer"))
        self.person.lineEdit().setPlaceholderText(self.tr("Type part of a name, designation or office"))
        self.add_button = QPushButton(self.tr("&Add reviewer"))
        self.remove_button = QPushButton(self.tr("Re&move reviewer"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)  # Enter saves the form, it does not add or remove
        self.hint = hint_label(
            self.tr(
                "Additions and removals are saved at once. Scored: nominations a reviewer has scored "
                "on every criterion. Conflicts: nominations they made, about themselves or about "
                "their school, which they may not score."
            )
        )
        self.error = error_label()
        adding = QHBoxLayout()
        adding.addWidget(self.person, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Review panel"))))
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.error)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.person.editTextChanged.connect(lambda _t: self.error.hide())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def rows(self) -> list[ReviewerRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def reload(self) -> None:
        self.model.set_rows(reviewers.list_reviewers(self.db, self.cycle_id))
        self._update_buttons()

    def add(self) -> ReviewerRow | None:
        self.error.hide()
        person_id = self.person.person_id()
        if person_id is None:
            text = self.person.currentText().strip()
            message = (
                self.tr("“%s” is not in the list of people: choose a person from the list.") % text
                if text
                else self.tr("Choose the person to add to the panel.")
            )
            return self._refused(message)
        try:
            row = reviewers.add_reviewer(self.db, self.cycle_id, person_id, today=self.today())
        except DomainError as exc:
            return self._refused(exc.message)
        self.person.set_person_id(None)
        self.reload()
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        self.error.hide()
        row: ReviewerRow | None = selected_row(self.table)
        if row is None:
            return
        try:
            reviewers.remove_reviewer(self.db, self.cycle_id, row.person_id)
        except DomainError as exc:
            self._refused(exc.message)
            return
        self.reload()
        self.changed.emit()

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        return None

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        self.person.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.remove_button.setEnabled(writable and selected_row(self.table) is not None)


class CycleDialog(FormDialog):
    """New cycle of ``programme`` (``row`` None) or edit one; ``saved`` is the CycleRow after Save."""

    def __init__(
        self,
        db: Database,
        programme: ProgrammeRow,
        row: CycleRow | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        title = (
            self.tr("New cycle of %s") % programme.name
            if row is None
            else self.tr("Edit cycle %s") % row.label
        )
        super().__init__(title, parent)
        self.db = db
        self.programme = programme
        self.row = row
        self.setMinimumWidth(1060 if row else 560)
        day = today()
        data = row.as_input() if row else None
        self.line(
            "name",
            self.tr("&Name"),
            data and data.name,
            self.tr("e.g. %d-%02d") % (day.year, (day.year + 1) % 100),
        )
        defaults = {
            "nomination_opens": day,
            "nomination_closes": day + timedelta(days=NOMINATION_DAYS),
            "review_opens": day + timedelta(days=NOMINATION_DAYS + 1),
            "review_closes": day + timedelta(days=NOMINATION_DAYS + REVIEW_DAYS),
        }
        labels = {
            "nomination_opens": self.tr("Nominations &open"),
            "nomination_closes": self.tr("Nominations &close"),
            "review_opens": self.tr("Review o&pens"),
            "review_closes": self.tr("&Review closes"),
        }
        self.dates: dict[str, QDateEdit] = {}
        for name in DATE_FIELDS:
            edit = date_edit(getattr(data, name) if data else defaults[name])
            edit.dateChanged.connect(lambda _d, name=name: self._dates_changed(name))
            self.dates[name] = edit
            self.add_field(name, labels[name], edit)
        review_closes = data.review_closes if data and data.review_closes else defaults["review_closes"]
        self.event = EventWhen(review_closes + timedelta(days=7))
        self.event.set_value(data.event_date if data else None, data.event_time if data else None)
        self.event.changed.connect(lambda: self.clear_error("event_date"))
        self.add_field("event_date", self.tr("&Event on"), self.event)
        self.line("venue", self.tr("&Venue"), data and data.venue, self.tr("e.g. Zilla Panchayat Hall"))
        self.line("venue_local", self.tr("Venue (re&gional)"), data and data.venue_local)
        self.places = QSpinBox()
        self.places.setRange(1, MAX_PLACES)
        self.places.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.places.setMinimumWidth(80)
        self.places.setValue(data.places if data else 10)
        self.places.valueChanged.connect(lambda _v: self.clear_error("places"))
        self.add_field("places", self.tr("P&laces"), self.places)
        office_items = [("", None)] + [(office.name, office.id) for office in offices.list_offices(db)]
        compact(self.combo("office_id", self.tr("&Issuing office"), office_items, data and data.office_id))
        persons = all_people(db)
        self.signatory = PersonCombo(persons)
        self.signatory.set_person_id(data.signatory_person_id if data else None)
        self.signatory.lineEdit().setCursorPosition(0)  # the name, not the end of the office
        self.signatory.editTextChanged.connect(lambda _t: self.clear_error("signatory_person_id"))
        self.add_field("signatory_person_id", self.tr("Signed &by"), self.signatory)
        self.text_area("notes", self.tr("Notes"), data and data.notes)
        for name, holder in self._holders.items():
            holder.setFocusProxy(self._widgets[name])  # a label's mnemonic reaches the field

        # The panel belongs to a cycle on record: a new one gets it once saved.
        self.reviewers: ReviewerPanel | None = None
        if row is None:
            self.add_field(
                "reviewers_note",
                self.tr("Reviewers"),
                hint_label(self.tr("Chosen once the cycle is saved: select it and click Edit… again.")),
            )
        else:
            self.reviewers = ReviewerPanel(db, row.id, persons, today)
            self.add_side_panel(self.reviewers, 1)
            self._columns.setStretch(0, 1)
        if db.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.widget("name").setFocus()

    def _dates_changed(self, name: str) -> None:
        # One window's dates are checked against each other, so a change may settle another's message.
        for other in (name, *DATE_FIELDS, "event_date"):
            self.clear_error(other)

    def set_date(self, name: str, value: date) -> None:
        self.dates[name].setDate(QDate(value))

    def cycle_input(self) -> CycleInput:
        """The cycle as the form stands; a signatory typed but not in the list is refused here."""
        if self.signatory.names_nobody():
            raise ValidationError.single(
                "signatory_person_id",
                self.tr(
                    "“%s” is not in the list of people: choose the signatory from the list, or leave it empty."
                )
                % self.signatory.currentText().strip(),
            )
        dates: dict[str, Any] = {name: edit.date().toPython() for name, edit in self.dates.items()}
        return CycleInput(
            programme_id=self.programme.id,
            name=self.value("name"),
            places=self.places.value(),
            event_date=self.event.date_value(),
            event_time=self.event.time_value(),
            venue=self.value("venue"),
            venue_local=self.value("venue_local"),
            office_id=self.value("office_id"),
            signatory_person_id=self.signatory.person_id(),
            notes=self.value("notes"),
            **dates,
        )

    def submit(self) -> CycleRow:
        data = self.cycle_input()
        if self.row is None:
            return cycles.create_cycle(self.db, data)
        return cycles.update_cycle(self.db, self.row.id, data)

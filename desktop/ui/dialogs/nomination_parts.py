"""Parts of the nomination form: a person added on the spot with the nomination, who nominates
(a person, office or organisation of the records), and a saved nomination's nominee."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.text import indian_date
from desktop.services import offices, organisations, people, schools
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.recognition.nominations import NominationDetail, NominatorChoice
from desktop.services.recognition.nominees import Nominee
from desktop.services.recognition.vocabulary import (
    NOMINATOR_KINDS,
    PERSON_KINDS,
    STATUSES,
    kind_of_designation,
)
from desktop.ui.dialogs.form_dialog import FieldRows
from desktop.ui.dialogs.mou_widgets import PersonCombo, compact, hint_label

# Service field names of a new person and the fields of the form that hold them.
NEW_PERSON_FIELDS = {
    "name": "name",
    "name_local": "name_local",
    "designation": "designation",
    "office_id": "office_id",
    "organisation_id": "organisation_id",
    "school_id": "school_udise",
    "phone": "phone",
}


def searchable(box: QComboBox) -> QComboBox:
    """An editable combo whose typed words find items anywhere in their text."""
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    return compact(box)


def combo_choice(box: QComboBox) -> int | None:
    """The record an editable combo names: its current item when the typed text is an item's."""
    index = box.findText(box.currentText().strip())
    return box.itemData(index) if index >= 0 else None


class NewPersonForm(QWidget):
    """A person missing from the records, created with the nomination (and only if it is made)."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows = FieldRows(form)
        self.name = self._line("name", self.tr("Name"))
        self.name_local = self._line("name_local", self.tr("Name (regional)"))
        self.name_local.setPlaceholderText(self.tr("e.g. ರಮೇಶ್ ಕೆ"))
        self.designation = QComboBox()
        self.designation.setEditable(True)
        self.designation.addItems(people.DESIGNATIONS)
        self.designation.setCurrentIndex(-1)
        self.designation.lineEdit().setPlaceholderText(self.tr("Choose or type"))
        self.rows.add_field("designation", self.tr("Designation"), compact(self.designation))
        self.works_at = QComboBox()
        for text, value in (
            (self.tr("— not recorded —"), None),
            (self.tr("a school"), "school"),
            (self.tr("an office"), "office"),
            (self.tr("an organisation"), "organisation"),
        ):
            self.works_at.addItem(text, value)
        self.rows.add_field("works_at", self.tr("Works at"), self.works_at)
        self.school_udise = self._line("school_udise", self.tr("School UDISE code"))
        self.school_udise.setPlaceholderText(self.tr("11 digits"))
        self.office = searchable(QComboBox())
        for office in offices.list_offices(db):
            self.office.addItem(office.name, office.id)
        self.office.setCurrentIndex(-1)
        self.rows.add_field("office_id", self.tr("Office"), self.office)
        self.organisation = searchable(QComboBox())
        for organisation in organisations.list_organisations(db):
            self.organisation.addItem(organisation.name, organisation.id)
        self.organisation.setCurrentIndex(-1)
        self.rows.add_field("organisation_id", self.tr("Organisation"), self.organisation)
        self.phone = self._line("phone", self.tr("Phone"))
        self.phone.setPlaceholderText("+91 98450 12345")
        self.designation.currentTextChanged.connect(self._edited("designation"))
        self.works_at.currentIndexChanged.connect(self._show_affiliation)
        self._show_affiliation()

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(self._edited(name))
        self.rows.add_field(name, label, edit)
        return edit

    def _edited(self, name: str):  # type: ignore[no-untyped-def]
        def edited(_text: str) -> None:
            self.rows.clear_error(name)
            self.changed.emit()

        return edited

    def _show_affiliation(self) -> None:
        kind = self.works_at.currentData()
        for name, shown in (
            ("school_udise", kind == "school"),
            ("office_id", kind == "office"),
            ("organisation_id", kind == "organisation"),
        ):
            self.rows.form.setRowVisible(self.rows.holders[name], shown)

    def person_input(self) -> people.PersonInput:
        """The new person as typed; an unknown UDISE code or office is refused here."""
        kind = self.works_at.currentData()
        school_id = office_id = organisation_id = None
        if kind == "school":
            code = self.school_udise.text().strip()
            school_id = schools.find_school_id(self.db, code) if code else None
            if school_id is None:
                raise ValidationError.single(
                    "new_person.school_id",
                    self.tr("No school has the UDISE code '%s'; type the school's 11 digits.") % code
                    if code
                    else self.tr("Type the UDISE code of the school the person works at."),
                )
        elif kind == "office":
            office_id = combo_choice(self.office)
            if office_id is None:
                raise ValidationError.single(
                    "new_person.office_id", self.tr("Choose the office from the list.")
                )
        elif kind == "organisation":
            organisation_id = combo_choice(self.organisation)
            if organisation_id is None:
                raise ValidationError.single(
                    "new_person.organisation_id", self.tr("Choose the organisation from the list.")
                )
        return people.PersonInput(
            name=self.name.text(),
            designation=self.designation.currentText(),
            name_local=self.name_local.text(),
            office_id=office_id,
            organisation_id=organisation_id,
            school_id=school_id,
            phone=self.phone.text(),
        )

    def nominee(self) -> Nominee:
        """The new person as the eligibility rule sees them."""
        designation = " ".join(self.designation.currentText().split())
        name = " ".join(self.name.text().split()) or self.tr("The new person")
        return Nominee(kind_of_designation(designation), name, None, designation, None, None, designation)

    def show_errors(self, field_errors: dict[str, str]) -> QWidget | None:
        placed = {
            NEW_PERSON_FIELDS.get(key.removeprefix("new_person."), "name"): message
            for key, message in field_errors.items()
            if key.startswith("new_person.")
        }
        return self.rows.show_errors(placed)

    def clear_errors(self) -> None:
        for name in self.rows.errors:
            self.rows.clear_error(name)


class NominatorChooser(QWidget):
    """Who nominates: a person, an office or an organisation of the records."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind, label in NOMINATOR_KINDS.items():
            self.kind.addItem(QCoreApplication.translate("Recognition", label), kind)
        self.kind.setAccessibleName(self.tr("Kind of nominator"))
        persons = people.person_rows(db, people.search_person_ids(db))
        self.person = PersonCombo(list(persons.values()))
        self.person.lineEdit().setPlaceholderText(self.tr("Type part of the name, designation or office"))
        self.office = searchable(QComboBox())
        for office in offices.list_offices(db):
            self.office.addItem(office.name, office.id)
        self.office.setCurrentIndex(-1)
        self.organisation = searchable(QComboBox())
        for organisation in organisations.list_organisations(db):
            self.organisation.addItem(organisation.name, organisation.id)
        self.organisation.setCurrentIndex(-1)
        self.records = QStackedWidget()
        self.box_of: dict[str, QComboBox] = {
            "person": self.person,
            "office": self.office,
            "organisation": self.organisation,
        }
        for box in self.box_of.values():
            self.records.addWidget(box)
            box.editTextChanged.connect(lambda _t: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.records, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.setFocusProxy(self.kind)

    def _kind_changed(self) -> None:
        self.records.setCurrentWidget(self.box_of[self.kind.currentData()])
        self.changed.emit()

    def set_choice(self, kind: str, record_id: int | None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        box = self.box_of[kind]
        if box is self.person:
            self.person.set_person_id(record_id)
            self.person.lineEdit().setCursorPosition(0)
        else:
            box.setCurrentIndex(box.findData(record_id) if record_id is not None else -1)

    def choice(self) -> NominatorChoice:
        """Who nominates; nothing chosen, or a name typed that is not in the list, is refused here."""
        kind = self.kind.currentData()
        box = self.box_of[kind]
        record_id = self.person.person_id() if box is self.person else combo_choice(box)
        if record_id is None:
            typed = box.currentText().strip()
            what = QCoreApplication.translate("Recognition", NOMINATOR_KINDS[kind]).lower()
            raise ValidationError.single(
                "nominator",
                self.tr("“%(typed)s” is not in the list: choose the nominating %(what)s from the list.")
                % {"typed": typed, "what": what}
                if typed
                else self.tr("Choose who nominates: the nominating %s.") % what,
            )
        return NominatorChoice(kind, record_id)


class NomineeSummary(QWidget):
    """A saved nomination's nominee, where it stands, and what else is on record about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.history = hint_label("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.history)

    def text(self) -> str:
        return self.heading.text() + "\n" + self.history.text()

    def show_nomination(self, detail: NominationDetail) -> None:
        row = detail.row
        name = html.escape(row.nominee_name)
        local = f" ({html.escape(row.nominee_name_local)})" if row.nominee_name_local else ""
        kind = QCoreApplication.translate("Recognition", row.kind_label)
        # A person's designation says their kind already ("Teacher, GHPS Kerur"); a unit's may not.
        said = row.nominee_kind in PERSON_KINDS or row.detail.casefold().startswith(kind.casefold())
        status = (
            f"{QCoreApplication.translate('Recognition', row.status_label)} {indian_date(row.status_date)}"
        )
        self.heading.setText(
            "<br>".join(
                (
                    f"<big><b>{name}</b></big>{local}",
                    html.escape(row.detail if said else f"{kind} · {row.detail}"),
                    html.escape(self.tr("Status: %s") % status),
                )
            )
        )
        lines = [
            self.tr("Steps: %s")
            % ", ".join(
                f"{QCoreApplication.translate('Recognition', STATUSES[status])} {indian_date(on)}"
                for status, on in detail.steps
            )
        ]
        if detail.withdrawal_reason:
            lines.append(self.tr("Withdrawn because: %s") % detail.withdrawal_reason)
        if detail.selection_reason:
            lines.append(self.tr("Selection reason: %s") % detail.selection_reason)
        for other in detail.nominators[1:]:
            lines.append(
                self.tr("Also nominated by %(nominator)s on %(date)s: %(justification)s")
                % {
                    "nominator": other.name,
                    "date": indian_date(other.nominated_on),
                    "justification": other.justification,
                }
            )
        self.history.setText("\n\n".join(lines))

"""Forms for a body's seats: add a member, replace one (the history keeps both), end a membership,
and correct one entered wrongly. The services check every rule; their messages show under the
field they concern, or above the buttons for rules about other members."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.documents.text import indian_date
from desktop.services import offices, organisations, people
from desktop.services.committees import memberships
from desktop.services.committees.listing import membership_input
from desktop.services.committees.memberships import MemberRow, MembershipInput
from desktop.services.committees.vocabulary import ROLES
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_widgets import OptionalDate, PersonCombo, compact, date_edit, hint_label


def _seat_words(form: FormDialog, member: MemberRow, body_name: str) -> str:
    """ "Vidya K. S. has been member secretary of the District Task Force since 01/05/2026." """
    return QCoreApplication.translate(
        "MembershipDialogs", "%(person)s has been %(role)s of the %(body)s since %(date)s."
    ) % {
        "person": member.person_name,
        "role": QCoreApplication.translate("Committees", member.role_label).lower(),
        "body": body_name,
        "date": indian_date(member.start_date),
    }


# Service fields shown under another widget of these forms.
_SHOWN_UNDER = {"office_id": "representing", "organisation_id": "representing"}


class _MemberForm(FormDialog):
    """The fields a seat is described by; subclasses choose which and call the service."""

    def __init__(self, db: Database, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.setMinimumWidth(620)  # office names are long
        self._db = db
        rows = people.person_rows(db, people.search_person_ids(db))
        self._people = rows
        self.person: PersonCombo | None = None
        self.representing: QComboBox | None = None

    def add_person(self, label: str) -> PersonCombo:
        self.person = PersonCombo(list(self._people.values()))
        self.person.lineEdit().setPlaceholderText(self.tr("Type part of the name, designation or office"))
        self.add_field("person_id", label, self.person)
        self.person.currentIndexChanged.connect(self._person_changed)
        self.person.currentIndexChanged.connect(lambda _i: self.clear_error("person_id"))
        return self.person

    def add_role(self, current: str) -> QComboBox:
        roles = [(QCoreApplication.translate("Committees", label), code) for code, label in ROLES.items()]
        return self.combo("role", self.tr("Role"), roles, current)

    def add_representing(self) -> QComboBox:
        items: list[tuple[str, Any]] = [(self.tr("— none —"), None)]
        items += [(o.name, f"office:{o.id}") for o in offices.list_offices(self._db)]
        items += [(o.name, f"organisation:{o.id}") for o in organisations.list_organisations(self._db)]
        self.representing = compact(self.combo("representing", self.tr("Representing"), items))
        self.representing.setToolTip(self.tr("The office or organisation the member speaks for on the body"))
        return self.representing

    def set_representing(self, office_id: int | None, organisation_id: int | None) -> None:
        assert self.representing is not None
        key = (
            f"office:{office_id}"
            if office_id
            else f"organisation:{organisation_id}"
            if organisation_id
            else None
        )
        self.representing.setCurrentIndex(max(0, self.representing.findData(key)) if key else 0)

    def _person_changed(self) -> None:
        """A member speaks for their own office or organisation unless told otherwise."""
        chosen = self._people.get(self.person.person_id()) if self.person else None
        if chosen is not None and self.representing is not None:
            self.set_representing(chosen.office_id, chosen.organisation_id)

    def person_id(self) -> int | None:
        assert self.person is not None
        if self.person.names_nobody():
            raise ValidationError.single(
                "person_id",
                self.tr("Nobody in the directory is called “%s”; choose a person from the list.")
                % self.person.currentText().strip(),
            )
        return self.person.person_id()

    def represented(self) -> tuple[int | None, int | None]:
        """(office id, organisation id) the member represents."""
        assert self.representing is not None
        kind, _, number = (self.representing.currentData() or "").partition(":")
        return (
            (int(number), None)
            if kind == "office"
            else (None, int(number))
            if kind == "organisation"
            else (None, None)
        )

    def show_errors(self, field_errors: dict[str, str]) -> None:
        shown: dict[str, str] = {}
        for name, message in field_errors.items():
            target = _SHOWN_UNDER.get(name, name)
            shown[target] = f"{shown[target]}\n{message}" if target in shown else message
        super().show_errors(shown)


class AddMemberDialog(_MemberForm):
    """Seat a person on the body; ``saved`` is the new membership's id."""

    def __init__(
        self, db: Database, body_id: int, body_name: str, start: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Add a member to %s") % body_name, parent)
        self._body_id = body_id
        self.add_person(self.tr("Person"))
        self.add_role("member")
        self.add_representing()
        self.start = self.add_field("start_date", self.tr("Member from"), date_edit(start))
        self.end = OptionalDate(self.tr("no end date"), start)
        self.add_field("end_date", self.tr("Member until"), self.end)

    def membership(self) -> MembershipInput:
        office_id, organisation_id = self.represented()
        return MembershipInput(
            person_id=self.person_id(),
            role=self.value("role"),
            start_date=self.start.date().toPython(),  # type: ignore[attr-defined]
            end_date=self.end.value(),
            office_id=office_id,
            organisation_id=organisation_id,
        )

    def submit(self) -> int:
        return memberships.add_member(self._db, self._body_id, self.membership())


class CorrectMembershipDialog(AddMemberDialog):
    """Correct a membership entered wrongly (a mistyped date, role or person)."""

    def __init__(
        self, db: Database, member: MemberRow, body_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, 0, body_name, member.start_date, parent)
        self.setWindowTitle(self.tr("Correct the membership of %s") % member.person_name)
        self._member = member
        data = membership_input(db, member.id)
        assert self.person is not None
        self.person.set_person_id(data.person_id)
        self.person.lineEdit().setCursorPosition(0)  # the name, not the end of the office
        self.set_combo(self.widget("role"), data.role)
        self.set_representing(data.office_id, data.organisation_id)
        self.end.set_value(data.end_date)
        note = self.tr(
            "Use this to correct a mistake. A member who leaves is ended or replaced instead, to keep the history."
        )
        self.add_field("note", "", hint_label(note))

    def submit(self) -> int:
        memberships.update_membership(self._db, self._member.id, self.membership())
        return self._member.id


class ReplaceMemberDialog(_MemberForm):
    """End a member's seat and seat another person in it from a date; ``saved`` is the new id."""

    def __init__(
        self, db: Database, member: MemberRow, body_name: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Replace %s") % member.person_name, parent)
        self._member = member
        self.add_field("about", "", hint_label(_seat_words(self, member, body_name)))
        self.add_person(self.tr("New member"))
        self.add_role(member.role)
        self.add_representing()
        self.start = self.add_field("start_date", self.tr("Takes the seat on"), date_edit(today))
        self.line("reason", self.tr("Reason for leaving"), None, self.tr("e.g. Transferred"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Replace"))

    def submit(self) -> int:
        office_id, organisation_id = self.represented()
        new = MembershipInput(
            person_id=self.person_id(),
            role=self.value("role"),
            start_date=self.start.date().toPython(),  # type: ignore[attr-defined]
            office_id=office_id,
            organisation_id=organisation_id,
        )
        return memberships.replace_member(self._db, self._member.id, new, self.value("reason"))


class EndMembershipDialog(FormDialog):
    """End a membership on a date: the member's last day in the seat."""

    def __init__(
        self, db: Database, member: MemberRow, body_name: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("End the membership of %s") % member.person_name, parent)
        self._db, self._member = db, member
        self.add_field("about", "", hint_label(_seat_words(self, member, body_name)))
        self.end = self.add_field("end_date", self.tr("Last day in the seat"), date_edit(today))
        self.line("reason", self.tr("Reason"), None, self.tr("e.g. Retired, transferred, resigned"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("End membership"))

    def submit(self) -> int:
        end = self.end.date().toPython()  # type: ignore[attr-defined]
        memberships.end_membership(self._db, self._member.id, end, self.value("reason"))
        return self._member.id

"""Add / edit a person and where they work."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services import offices, organisations, people, schools
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.people import PersonInput, PersonRow
from desktop.ui.dialogs.form_dialog import FormDialog, optional_id


class PersonDialog(FormDialog):
    def __init__(self, db: Database, person: PersonRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if person else self.tr("Add person"), parent)
        self._db = db
        self._person = person
        p = person
        self.line("name", self.tr("Name"), p and p.name)
        self.line("name_local", self.tr("Name (regional language)"), p and p.name_local)
        designations = [(d, d) for d in people.DESIGNATIONS]
        self.combo(
            "designation", self.tr("Designation"), designations, p.designation if p else None, editable=True
        )
        if p and p.designation not in people.DESIGNATIONS:
            self.widget("designation").setEditText(p.designation)
        works_at = "office" if p and p.office_id else "organisation" if p and p.organisation_id else None
        works_at = "school" if p and p.school_id else works_at
        kinds = [(self.tr("— not recorded —"), None), (self.tr("an office"), "office")]
        kinds += [(self.tr("an organisation"), "organisation"), (self.tr("a school"), "school")]
        self.works_at = self.combo("works_at", self.tr("Works at"), kinds, works_at)
        office_items = [(o.name, o.id) for o in offices.list_offices(db)]
        self.combo("office_id", self.tr("Office"), office_items, p and p.office_id)
        org_items = [(o.name, o.id) for o in organisations.list_organisations(db)]
        self.combo("organisation_id", self.tr("Organisation"), org_items, p and p.organisation_id)
        udise = schools.get_school(db, p.school_id).udise_code if p and p.school_id else None
        self.line("school_udise", self.tr("School UDISE code"), udise, self.tr("11 digits"))
        self.line("phone", self.tr("Phone"), p and p.phone, "+91 98450 12345")
        self.line("email", self.tr("E-mail"), p and p.email)
        languages = [(label, code) for code, label in people.LANGUAGES.items()]
        self.combo(
            "preferred_language",
            self.tr("Preferred language"),
            languages,
            p.preferred_language if p else "en",
        )
        self.works_at.currentIndexChanged.connect(self._show_affiliation)
        self._show_affiliation()

    def _show_affiliation(self) -> None:
        kind = self.works_at.currentData()
        self.set_field_visible("office_id", kind == "office")
        self.set_field_visible("organisation_id", kind == "organisation")
        self.set_field_visible("school_udise", kind == "school")

    def submit(self) -> PersonRow:
        kind = self.works_at.currentData()
        school_id = None
        if kind == "school":
            code = self.value("school_udise")
            school_id = schools.find_school_id(self._db, code)
            if school_id is None:
                raise ValidationError.single(
                    "school_udise", self.tr("No school has the UDISE code '%s'.") % code.strip()
                )
        data = PersonInput(
            name=self.value("name"),
            name_local=self.value("name_local"),
            designation=self.value("designation"),
            office_id=optional_id(self.value("office_id")) if kind == "office" else None,
            organisation_id=optional_id(self.value("organisation_id")) if kind == "organisation" else None,
            school_id=school_id,
            phone=self.value("phone"),
            email=self.value("email"),
            preferred_language=self.value("preferred_language"),
        )
        if self._person is None:
            return people.create_person(self._db, data)
        return people.update_person(self._db, self._person.id, data)

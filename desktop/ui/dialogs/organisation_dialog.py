"""Add / edit a partner organisation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from desktop.services import organisations
from desktop.services.database import Database
from desktop.services.organisations import OrganisationInput, OrganisationRow
from desktop.ui.dialogs.form_dialog import FormDialog


class OrganisationDialog(FormDialog):
    def __init__(
        self, db: Database, org: OrganisationRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit organisation") if org else self.tr("Add organisation"), parent)
        self._db = db
        self._org = org
        o = org
        self.line("name", self.tr("Name"), o and o.name)
        self.line("name_local", self.tr("Name (regional language)"), o and o.name_local)
        kinds = [(kind, kind) for kind in organisations.ORGANISATION_KINDS]
        self.combo("kind", self.tr("Kind"), kinds, o.kind if o else "NGO", editable=True)
        self.line("registration_number", self.tr("Registration no."), o and o.registration_number)
        self.line("ngo_darpan_id", self.tr("NGO-Darpan ID"), o and o.ngo_darpan_id, "KA/2017/0123456")
        self.text_area("address", self.tr("Address"), o and o.address)
        self.focus_list = QListWidget()
        self.focus_list.setFixedHeight(120)
        chosen = set(o.focus_areas) if o else set()
        for area in dict.fromkeys([*organisations.FOCUS_AREAS, *sorted(chosen)]):
            item = QListWidgetItem(area)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if area in chosen else Qt.CheckState.Unchecked)
            self.focus_list.addItem(item)
        self.add_field("focus_areas", self.tr("Focus areas"), self.focus_list)
        self.line("other_focus", self.tr("Other focus areas"), None, self.tr("separate several with commas"))
        self.line("contact_person", self.tr("Contact person"), o and o.contact_person)
        self.line("phone", self.tr("Phone"), o and o.phone, "+91 98450 12345")
        self.line("email", self.tr("E-mail"), o and o.email)
        self.line("website", self.tr("Website"), o and o.website)

    def focus_areas(self) -> list[str]:
        areas = [
            self.focus_list.item(i).text()
            for i in range(self.focus_list.count())
            if self.focus_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        areas += [part for part in self.value("other_focus").split(",") if part.strip()]
        return areas

    def submit(self) -> OrganisationRow:
        data = OrganisationInput(
            name=self.value("name"),
            name_local=self.value("name_local"),
            kind=self.value("kind"),
            registration_number=self.value("registration_number"),
            ngo_darpan_id=self.value("ngo_darpan_id"),
            address=self.value("address"),
            focus_areas=self.focus_areas(),
            contact_person=self.value("contact_person"),
            phone=self.value("phone"),
            email=self.value("email"),
            website=self.value("website"),
        )
        if self._org is None:
            return organisations.create_organisation(self._db, data)
        return organisations.update_organisation(self._db, self._org.id, data)

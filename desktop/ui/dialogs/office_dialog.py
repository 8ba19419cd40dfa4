"""Add / edit a government office."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services import geography, offices
from desktop.services.database import Database
from desktop.services.offices import OfficeInput, OfficeRow
from desktop.ui.dialogs.form_dialog import FormDialog, optional_id


class OfficeDialog(FormDialog):
    def __init__(self, db: Database, office: OfficeRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit office") if office else self.tr("Add office"), parent)
        self._db = db
        self._office = office
        o = office
        self.line("name", self.tr("Name"), o and o.name)
        self.line("name_local", self.tr("Name (regional language)"), o and o.name_local)
        kinds = [(kind, kind) for kind in offices.OFFICE_KINDS]
        self.combo("kind", self.tr("Kind"), kinds, o.kind if o else None, editable=True)
        self.line(
            "office_code",
            self.tr("Office code"),
            o and o.office_code,
            self.tr("used in dispatch numbers, e.g. DDPI/BGK"),
        )
        districts = [(d.name, d.id) for d in geography.list_districts(db)]
        default_district = o.district_id if o else (districts[0][1] if len(districts) == 1 else None)
        self.combo("district_id", self.tr("District"), [("", None), *districts], default_district)
        blocks = [(b.name, b.id) for b in geography.list_blocks(db)]
        self.combo("block_id", self.tr("Block (block offices)"), [("", None), *blocks], o and o.block_id)
        self.text_area("address", self.tr("Address"), o and o.address)
        self.text_area("address_local", self.tr("Address (regional language)"), o and o.address_local)
        self.line("phone", self.tr("Phone"), o and o.phone)
        self.line("email", self.tr("E-mail"), o and o.email)

    def submit(self) -> OfficeRow:
        data = OfficeInput(
            name=self.value("name"),
            name_local=self.value("name_local"),
            kind=self.value("kind"),
            office_code=self.value("office_code"),
            district_id=optional_id(self.value("district_id")),
            block_id=optional_id(self.value("block_id")),
            address=self.value("address"),
            address_local=self.value("address_local"),
            phone=self.value("phone"),
            email=self.value("email"),
        )
        if self._office is None:
            return offices.create_office(self._db, data)
        return offices.update_office(self._db, self._office.id, data)

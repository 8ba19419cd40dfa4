"""The Schools, Offices, Organisations and People pages: an :class:`EntityPage` each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services import offices, organisations, people, schools
from desktop.services.database import Database
from desktop.ui.dialogs.office_dialog import OfficeDialog
from desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from desktop.ui.dialogs.person_dialog import PersonDialog
from desktop.ui.dialogs.school_dialog import SchoolDialog
from desktop.ui.pages.entity_page import EntityPage
from desktop.ui.table_model import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("DirectoryPages", text)


def _counter(singular: str, plural: str) -> Callable[[int], str]:
    return lambda n: f"{n:,} {singular if n == 1 else plural}"


def schools_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(_tr("UDISE code"), lambda r: r.udise_code, "udise_code"),
        Column(_tr("Name"), lambda r: r.name, "name"),
        Column(_tr("Name (regional)"), lambda r: r.name_local),
        Column(_tr("Block"), lambda r: r.block_name, "block"),
        Column(_tr("Cluster"), lambda r: r.cluster_name, "cluster"),
        Column(_tr("Village"), lambda r: r.village, "village"),
        Column(_tr("Management"), lambda r: r.management, "management"),
        Column(_tr("Category"), lambda r: r.category, "category"),
    ]
    page = EntityPage(
        db,
        title=_tr("Schools"),
        columns=columns,
        listing=schools.school_listing,
        rows=schools.school_rows,
        dialog=SchoolDialog,
        get=schools.get_school,
        delete=schools.delete_school,
        describe=lambda r: f"{r.name} ({r.udise_code})",
        count_label=_counter(_tr("school"), _tr("schools")),
        search_hint=_tr("Search by name, UDISE code, village, block or cluster"),
        parent=parent,
    )
    page.table.setColumnWidth(0, 110)
    page.table.setColumnWidth(1, 300)
    page.table.setColumnWidth(2, 260)
    return page


def offices_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(_tr("Name"), lambda r: r.name, "name"),
        Column(_tr("Name (regional)"), lambda r: r.name_local),
        Column(_tr("Kind"), lambda r: r.kind, "kind"),
        Column(_tr("Office code"), lambda r: r.office_code, "office_code"),
        Column(_tr("Block"), lambda r: r.block_name),
        Column(_tr("Phone"), lambda r: r.phone),
        Column(_tr("E-mail"), lambda r: r.email),
    ]
    page = EntityPage(
        db,
        title=_tr("Offices"),
        columns=columns,
        listing=offices.office_listing,
        rows=offices.office_rows,
        dialog=OfficeDialog,
        get=offices.get_office,
        delete=offices.delete_office,
        describe=lambda r: r.name,
        count_label=_counter(_tr("office"), _tr("offices")),
        search_hint=_tr("Search by name, office code, kind or block"),
        parent=parent,
    )
    page.table.setColumnWidth(0, 340)
    page.table.setColumnWidth(1, 260)
    return page


def organisations_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(_tr("Name"), lambda r: r.name, "name"),
        Column(_tr("Name (regional)"), lambda r: r.name_local),
        Column(_tr("Kind"), lambda r: r.kind, "kind"),
        Column(_tr("NGO-Darpan ID"), lambda r: r.ngo_darpan_id, "ngo_darpan_id"),
        Column(_tr("Focus areas"), lambda r: ", ".join(r.focus_areas)),
        Column(_tr("Contact person"), lambda r: r.contact_person, "contact_person"),
        Column(_tr("Phone"), lambda r: r.phone),
    ]
    page = EntityPage(
        db,
        title=_tr("Organisations"),
        columns=columns,
        listing=organisations.organisation_listing,
        rows=organisations.organisation_rows,
        dialog=OrganisationDialog,
        get=organisations.get_organisation,
        delete=organisations.delete_organisation,
        describe=lambda r: r.name,
        count_label=_counter(_tr("organisation"), _tr("organisations")),
        search_hint=_tr("Search by name, NGO-Darpan ID, contact or focus area"),
        parent=parent,
    )
    page.table.setColumnWidth(0, 260)
    page.table.setColumnWidth(1, 220)
    return page


def people_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(_tr("Name"), lambda r: r.name, "name"),
        Column(_tr("Name (regional)"), lambda r: r.name_local),
        Column(_tr("Designation"), lambda r: r.designation, "designation"),
        Column(_tr("Works at"), lambda r: r.affiliation, "affiliation"),
        Column(_tr("Phone"), lambda r: r.phone, "phone"),
        Column(_tr("E-mail"), lambda r: r.email, "email"),
    ]
    page = EntityPage(
        db,
        title=_tr("People"),
        columns=columns,
        listing=people.person_listing,
        rows=people.person_rows,
        dialog=PersonDialog,
        get=people.get_person,
        delete=people.delete_person,
        describe=lambda r: f"{r.name} ({r.designation})",
        count_label=_counter(_tr("person"), _tr("people")),
        search_hint=_tr("Search by name, designation, office, organisation or school"),
        parent=parent,
    )
    page.table.setColumnWidth(0, 200)
    page.table.setColumnWidth(1, 180)
    page.table.setColumnWidth(2, 260)
    page.table.setColumnWidth(3, 320)
    return page

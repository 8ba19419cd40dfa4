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


def _counter(singular: str, plural: str) -> Callable[[int], str]:
    return lambda n: f"{n:,} {singular if n == 1 else plural}"


def schools_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(
            QCoreApplication.translate("DirectoryPages", "UDISE code"), lambda r: r.udise_code, "udise_code"
        ),
        Column(QCoreApplication.translate("DirectoryPages", "Name"), lambda r: r.name, "name"),
        Column(QCoreApplication.translate("DirectoryPages", "Name (regional)"), lambda r: r.name_local),
        Column(QCoreApplication.translate("DirectoryPages", "Block"), lambda r: r.block_name, "block"),
        Column(QCoreApplication.translate("DirectoryPages", "Cluster"), lambda r: r.cluster_name, "cluster"),
        Column(QCoreApplication.translate("DirectoryPages", "Village"), lambda r: r.village, "village"),
        # Stored in English; shown in the interface language (desktop/services/schools.py marks them).
        Column(
            QCoreApplication.translate("DirectoryPages", "Management"),
            lambda r: QCoreApplication.translate("Schools", r.management) if r.management else "",
            "management",
        ),
        Column(
            QCoreApplication.translate("DirectoryPages", "Category"),
            lambda r: QCoreApplication.translate("Schools", r.category) if r.category else "",
            "category",
        ),
    ]
    page = EntityPage(
        db,
        title=QCoreApplication.translate("DirectoryPages", "Schools"),
        columns=columns,
        listing=schools.school_listing,
        rows=schools.school_rows,
        dialog=SchoolDialog,
        get=schools.get_school,
        delete=schools.delete_school,
        describe=lambda r: f"{r.name} ({r.udise_code})",
        count_label=_counter(
            QCoreApplication.translate("DirectoryPages", "school"),
            QCoreApplication.translate("DirectoryPages", "schools"),
        ),
        search_hint=QCoreApplication.translate(
            "DirectoryPages", "Search by name, UDISE code, village, block or cluster"
        ),
        parent=parent,
    )
    page.table.setColumnWidth(0, 110)
    page.table.setColumnWidth(1, 300)
    page.table.setColumnWidth(2, 260)
    return page


def offices_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(QCoreApplication.translate("DirectoryPages", "Name"), lambda r: r.name, "name"),
        Column(QCoreApplication.translate("DirectoryPages", "Name (regional)"), lambda r: r.name_local),
        Column(QCoreApplication.translate("DirectoryPages", "Kind"), lambda r: r.kind, "kind"),
        Column(
            QCoreApplication.translate("DirectoryPages", "Office code"),
            lambda r: r.office_code,
            "office_code",
        ),
        Column(QCoreApplication.translate("DirectoryPages", "Block"), lambda r: r.block_name),
        Column(QCoreApplication.translate("DirectoryPages", "Phone"), lambda r: r.phone),
        Column(QCoreApplication.translate("DirectoryPages", "E-mail"), lambda r: r.email),
    ]
    page = EntityPage(
        db,
        title=QCoreApplication.translate("DirectoryPages", "Offices"),
        columns=columns,
        listing=offices.office_listing,
        rows=offices.office_rows,
        dialog=OfficeDialog,
        get=offices.get_office,
        delete=offices.delete_office,
        describe=lambda r: r.name,
        count_label=_counter(
            QCoreApplication.translate("DirectoryPages", "office"),
            QCoreApplication.translate("DirectoryPages", "offices"),
        ),
        search_hint=QCoreApplication.translate(
            "DirectoryPages", "Search by name, office code, kind or block"
        ),
        parent=parent,
    )
    page.table.setColumnWidth(0, 340)
    page.table.setColumnWidth(1, 260)
    return page


def organisations_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(QCoreApplication.translate("DirectoryPages", "Name"), lambda r: r.name, "name"),
        Column(QCoreApplication.translate("DirectoryPages", "Name (regional)"), lambda r: r.name_local),
        Column(QCoreApplication.translate("DirectoryPages", "Kind"), lambda r: r.kind, "kind"),
        Column(
            QCoreApplication.translate("DirectoryPages", "NGO-Darpan ID"),
            lambda r: r.ngo_darpan_id,
            "ngo_darpan_id",
        ),
        Column(
            QCoreApplication.translate("DirectoryPages", "Focus areas"), lambda r: ", ".join(r.focus_areas)
        ),
        Column(
            QCoreApplication.translate("DirectoryPages", "Contact person"),
            lambda r: r.contact_person,
            "contact_person",
        ),
        Column(QCoreApplication.translate("DirectoryPages", "Phone"), lambda r: r.phone),
    ]
    page = EntityPage(
        db,
        title=QCoreApplication.translate("DirectoryPages", "Organisations"),
        columns=columns,
        listing=organisations.organisation_listing,
        rows=organisations.organisation_rows,
        dialog=OrganisationDialog,
        get=organisations.get_organisation,
        delete=organisations.delete_organisation,
        describe=lambda r: r.name,
        count_label=_counter(
            QCoreApplication.translate("DirectoryPages", "organisation"),
            QCoreApplication.translate("DirectoryPages", "organisations"),
        ),
        search_hint=QCoreApplication.translate(
            "DirectoryPages", "Search by name, NGO-Darpan ID, contact or focus area"
        ),
        parent=parent,
    )
    page.table.setColumnWidth(0, 260)
    page.table.setColumnWidth(1, 220)
    return page


def people_page(db: Database, parent: QWidget | None = None) -> EntityPage:
    columns = [
        Column(QCoreApplication.translate("DirectoryPages", "Name"), lambda r: r.name, "name"),
        Column(QCoreApplication.translate("DirectoryPages", "Name (regional)"), lambda r: r.name_local),
        Column(
            QCoreApplication.translate("DirectoryPages", "Designation"),
            lambda r: r.designation,
            "designation",
        ),
        Column(
            QCoreApplication.translate("DirectoryPages", "Works at"), lambda r: r.affiliation, "affiliation"
        ),
        Column(QCoreApplication.translate("DirectoryPages", "Phone"), lambda r: r.phone, "phone"),
        Column(QCoreApplication.translate("DirectoryPages", "E-mail"), lambda r: r.email, "email"),
    ]
    page = EntityPage(
        db,
        title=QCoreApplication.translate("DirectoryPages", "People"),
        columns=columns,
        listing=people.person_listing,
        rows=people.person_rows,
        dialog=PersonDialog,
        get=people.get_person,
        delete=people.delete_person,
        describe=lambda r: f"{r.name} ({r.designation})",
        count_label=_counter(
            QCoreApplication.translate("DirectoryPages", "person"),
            QCoreApplication.translate("DirectoryPages", "people"),
        ),
        search_hint=QCoreApplication.translate(
            "DirectoryPages", "Search by name, designation, office, organisation or school"
        ),
        parent=parent,
    )
    page.table.setColumnWidth(0, 200)
    page.table.setColumnWidth(1, 180)
    page.table.setColumnWidth(2, 260)
    page.table.setColumnWidth(3, 320)
    return page

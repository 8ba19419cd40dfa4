"""Partner organisations: NGOs, trusts, CSR foundations and others the district works with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from db.models import MouPartner, Organisation, Person
from desktop.services.committees.usage import refuse_organisation_in_committees
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.exchange.partner_keys import refuse_if_organisation_has_keys
from desktop.services.i18n import plural, translate
from desktop.services.listing import apply_search, apply_sort, chunks, ordered_ids
from desktop.services.listing_index import ListingIndex, build_index
from desktop.services.mous.usage import refuse_if_in_mous
from desktop.services.recognition.usage import refuse_if_in_recognition
from desktop.services.records import assign, count, get_or_raise, is_taken
from desktop.services.search_text import organisation_search_text, refresh_people
from desktop.services.text import clean
from desktop.services.validation import FieldErrors

ORGANISATION_KINDS = ("NGO", "Trust", "Society", "Section 8 company", "CSR foundation", "University", "Other")
FOCUS_AREAS = (
    "Foundational literacy and numeracy",
    "School leadership development",
    "Teacher professional development",
    "Community engagement",
    "Early childhood education",
    "Digital learning",
    "Inclusive education",
    "Girls' education",
    "Health and nutrition",
)


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    kind: str
    name_local: str | None = None
    registration_number: str | None = None
    ngo_darpan_id: str | None = None
    address: str | None = None
    focus_areas: Sequence[str] = field(default_factory=tuple)
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    name_local: str | None
    kind: str
    registration_number: str | None
    ngo_darpan_id: str | None
    address: str | None
    focus_areas: tuple[str, ...]
    contact_person: str | None
    phone: str | None
    email: str | None
    website: str | None


SORT_KEYS: dict[str, Sequence[ColumnElement]] = {
    "name": [Organisation.name.collate("NOCASE")],
    "kind": [Organisation.kind, Organisation.name.collate("NOCASE")],
    "ngo_darpan_id": [Organisation.ngo_darpan_id],
    "contact_person": [Organisation.contact_person.collate("NOCASE")],
}


def _values(session: Session, data: OrganisationInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Organisations", "Organisation name"), 200)
    kind = errors.required("kind", data.kind, translate("Organisations", "Kind of organisation"), 40)
    darpan = errors.darpan_id("ngo_darpan_id", data.ngo_darpan_id)
    if name and is_taken(session, Organisation.name, name, own_id):
        errors.add(
            "name",
            translate("Organisations", "An organisation named {name} already exists.").format(name=name),
        )
    if darpan and is_taken(session, Organisation.ngo_darpan_id, darpan, own_id):
        errors.add(
            "ngo_darpan_id",
            translate(
                "Organisations", "NGO-Darpan ID {darpan} is already recorded for another organisation."
            ).format(darpan=darpan),
        )
    focus = []
    for area in data.focus_areas:
        cleaned = clean(area)
        if cleaned and cleaned not in focus:
            focus.append(cleaned)
    values = {
        "name": name,
        "kind": kind,
        "ngo_darpan_id": darpan,
        "name_local": errors.optional(
            "name_local", data.name_local, translate("Organisations", "Local name"), 200
        ),
        "registration_number": errors.optional(
            "registration_number",
            data.registration_number,
            translate("Organisations", "Registration no."),
            80,
        ),
        "address": errors.optional("address", data.address, translate("Organisations", "Address"), 500),
        "focus_areas": focus,
        "contact_person": errors.optional(
            "contact_person", data.contact_person, translate("Organisations", "Contact person"), 120
        ),
        "phone": errors.phone("phone", data.phone),
        "email": errors.email("email", data.email),
        "website": errors.optional("website", data.website, translate("Organisations", "Website"), 200),
    }
    errors.raise_if_any()
    return values


def _row(org: Organisation) -> OrganisationRow:
    return OrganisationRow(
        org.id,
        org.name,
        org.name_local,
        org.kind,
        org.registration_number,
        org.ngo_darpan_id,
        org.address,
        tuple(org.focus_areas or ()),
        org.contact_person,
        org.phone,
        org.email,
        org.website,
    )


def create_organisation(db: Database, data: OrganisationInput) -> OrganisationRow:
    with db.transaction() as session:
        org = Organisation(**_values(session, data, None))
        org.search_text = organisation_search_text(org)
        session.add(org)
        session.flush()
        return _row(org)


def update_organisation(db: Database, organisation_id: int, data: OrganisationInput) -> OrganisationRow:
    with db.transaction() as session:
        org = get_or_raise(session, Organisation, organisation_id, translate("Organisations", "Organisation"))
        assign(org, _values(session, data, organisation_id))
        org.search_text = organisation_search_text(org)
        session.flush()
        refresh_people(session, Person.organisation_id == organisation_id)
        return _row(org)


def delete_organisation(db: Database, organisation_id: int) -> None:
    with db.transaction() as session:
        org = get_or_raise(session, Organisation, organisation_id, translate("Organisations", "Organisation"))
        refuse_if_in_mous(session, org.name, MouPartner.organisation_id, organisation_id, "party")
        refuse_organisation_in_committees(session, org.name, organisation_id)
        refuse_if_in_recognition(session, org.name, "organisation", organisation_id)
        refuse_if_organisation_has_keys(session, org.name, organisation_id)
        people = count(session, Person.organisation_id, organisation_id)
        if people:
            message = plural(
                people,
                translate("Organisations", "{organisation} still has one person; move or remove them first."),
                translate(
                    "Organisations", "{organisation} still has {count} people; move or remove them first."
                ),
            )
            raise ConflictError(message.format(organisation=org.name, count=people))
        session.delete(org)


def get_organisation(db: Database, organisation_id: int) -> OrganisationRow:
    with db.reading() as session:
        return _row(
            get_or_raise(session, Organisation, organisation_id, translate("Organisations", "Organisation"))
        )


def list_organisations(db: Database) -> list[OrganisationRow]:
    return list(organisation_rows(db, search_organisation_ids(db)).values())


def search_organisation_ids(
    db: Database, query: str = "", *, sort: str = "name", descending: bool = False
) -> list[int]:
    statement = apply_search(select(Organisation.id), Organisation.search_text, query)
    statement = apply_sort(statement, SORT_KEYS, sort, descending, Organisation.id)
    with db.reading() as session:
        return ordered_ids(session, statement)


def organisation_rows(db: Database, ids: Sequence[int]) -> dict[int, OrganisationRow]:
    rows: dict[int, OrganisationRow] = {}
    with db.reading() as session:
        for part in chunks(ids):
            for org in session.scalars(select(Organisation).where(Organisation.id.in_(part))):
                rows[org.id] = _row(org)
    return {record_id: rows[record_id] for record_id in ids if record_id in rows}


INDEX_SORTS = {
    "name": ["name"],
    "kind": ["kind", "name"],
    "ngo_darpan_id": ["ngo_darpan_id"],
    "contact_person": ["contact_person"],
}
INDEX_EXACT = ["kind", "ngo_darpan_id"]  # sorted without NOCASE in SORT_KEYS


def organisation_listing(db: Database) -> ListingIndex:
    statement = select(
        Organisation.id,
        Organisation.search_text,
        Organisation.name,
        Organisation.kind,
        Organisation.ngo_darpan_id,
        Organisation.contact_person,
    ).order_by(Organisation.id)
    with db.reading() as session:
        rows = session.execute(statement).all()
    return build_index(
        rows, ["name", "kind", "ngo_darpan_id", "contact_person"], INDEX_SORTS, exact=INDEX_EXACT
    )

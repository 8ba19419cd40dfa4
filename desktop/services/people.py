"""People: officials, teachers, NGO staff; each belongs to at most one office, organisation or school."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import Mou, Office, Organisation, Person, School
from desktop.services.committees.usage import refuse_person_in_committees
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.listing import apply_search, apply_sort, chunks, ordered_ids
from desktop.services.listing_index import ListingIndex, build_index
from desktop.services.mous.usage import refuse_if_in_mous
from desktop.services.recognition.usage import refuse_if_in_recognition
from desktop.services.records import assign, get_or_raise
from desktop.services.search_text import affiliation_name, person_search_text
from desktop.services.validation import FieldErrors

DESIGNATIONS = (
    "District Collector",
    "CEO, Zilla Panchayat",
    "Deputy Director of Public Instruction (DDPI)",
    "District Education Officer (DEO)",
    "DIET Principal",
    "DIET Senior Lecturer",
    "DIET Lecturer",
    "District Project Officer (DPO)",
    "Deputy Project Coordinator (DyPC)",
    "Block Education Officer (BEO)",
    "Block Resource Coordinator (BRC)",
    "Block Resource Person (BRP)",
    "Cluster Resource Person (CRP)",
    "Education Coordinator (ECO)",
    "Headmaster",
    "Teacher",
    "Student",
    "NGO Programme Manager",
    "NGO Field Coordinator",
    "NGO Director",
)
LANGUAGES = {"en": "English", "kn": "Kannada", "hi": "Hindi", "mr": "Marathi"}


@dataclass(frozen=True)
class PersonInput:
    name: str
    designation: str
    name_local: str | None = None
    office_id: int | None = None
    organisation_id: int | None = None
    school_id: int | None = None
    phone: str | None = None
    email: str | None = None
    preferred_language: str = "en"


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    name_local: str | None
    designation: str
    office_id: int | None
    organisation_id: int | None
    school_id: int | None
    affiliation: str | None
    phone: str | None
    email: str | None
    preferred_language: str


_affiliation = func.coalesce(Office.name, Organisation.name, School.name)
SORT_KEYS: dict[str, Sequence[ColumnElement]] = {
    "name": [Person.name.collate("NOCASE")],
    "designation": [Person.designation, Person.name.collate("NOCASE")],
    "affiliation": [_affiliation.collate("NOCASE"), Person.name.collate("NOCASE")],
    "phone": [Person.phone],
    "email": [Person.email],
}


def _with_affiliation(statement):  # type: ignore[no-untyped-def]
    return (
        statement.select_from(Person)
        .outerjoin(Office, Person.office_id == Office.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .outerjoin(School, Person.school_id == School.id)
    )


def _values(session: Session, data: PersonInput) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("People", "Name"), 120)
    designation = errors.required("designation", data.designation, translate("People", "Designation"), 80)
    chosen = [
        (key, model, value)
        for key, model, value in (
            ("office_id", Office, data.office_id),
            ("organisation_id", Organisation, data.organisation_id),
            ("school_id", School, data.school_id),
        )
        if value is not None
    ]
    affiliation = None
    if len(chosen) > 1:
        errors.add(
            chosen[1][0],
            translate("People", "A person belongs to one office, organisation or school, not several."),
        )
    elif chosen:
        key, model, value = chosen[0]
        affiliation = session.get(model, value)
        if affiliation is None:
            errors.add(
                key, translate("People", "The chosen office, organisation or school no longer exists.")
            )
    language = data.preferred_language or "en"
    if language not in LANGUAGES:
        errors.add(
            "preferred_language",
            translate("People", "Preferred language must be one of {values}.").format(
                values=", ".join(LANGUAGES.values())
            ),
        )
    values = {
        "name": name,
        "designation": designation,
        "name_local": errors.optional("name_local", data.name_local, translate("People", "Local name"), 120),
        "office_id": data.office_id,
        "organisation_id": data.organisation_id,
        "school_id": data.school_id,
        "phone": errors.phone("phone", data.phone),
        "email": errors.email("email", data.email),
        "preferred_language": language,
    }
    errors.raise_if_any()
    return values


def _row(person: Person, affiliation: str | None) -> PersonRow:
    return PersonRow(
        person.id,
        person.name,
        person.name_local,
        person.designation,
        person.office_id,
        person.organisation_id,
        person.school_id,
        affiliation,
        person.phone,
        person.email,
        person.preferred_language,
    )


def _affiliation_of(session: Session, person_id: int) -> str | None:
    return session.scalar(_with_affiliation(select(_affiliation)).where(Person.id == person_id))


def create_person(db: Database, data: PersonInput) -> PersonRow:
    with db.transaction() as session:
        person = Person(**_values(session, data))
        person.search_text = person_search_text(person, affiliation_name(session, person))
        session.add(person)
        session.flush()
        return _row(person, _affiliation_of(session, person.id))


def update_person(db: Database, person_id: int, data: PersonInput) -> PersonRow:
    with db.transaction() as session:
        person = get_or_raise(session, Person, person_id, translate("People", "Person"))
        assign(person, _values(session, data))
        person.search_text = person_search_text(person, affiliation_name(session, person))
        session.flush()
        return _row(person, _affiliation_of(session, person.id))


def delete_person(db: Database, person_id: int) -> None:
    with db.transaction() as session:
        person = get_or_raise(session, Person, person_id, translate("People", "Person"))
        refuse_if_in_mous(session, person.name, Mou.nodal_officer_id, person_id, "nodal")
        refuse_person_in_committees(session, person.name, person_id)
        refuse_if_in_recognition(session, person.name, "person", person_id)
        session.delete(person)


def get_person(db: Database, person_id: int) -> PersonRow:
    with db.reading() as session:
        person = get_or_raise(session, Person, person_id, translate("People", "Person"))
        return _row(person, _affiliation_of(session, person_id))


def search_person_ids(
    db: Database, query: str = "", *, sort: str = "name", descending: bool = False
) -> list[int]:
    statement = _with_affiliation(select(Person.id))
    statement = apply_sort(
        apply_search(statement, Person.search_text, query), SORT_KEYS, sort, descending, Person.id
    )
    with db.reading() as session:
        return ordered_ids(session, statement)


def person_rows(db: Database, ids: Sequence[int]) -> dict[int, PersonRow]:
    rows: dict[int, PersonRow] = {}
    with db.reading() as session:
        for part in chunks(ids):
            statement = _with_affiliation(select(Person, _affiliation)).where(Person.id.in_(part))
            for person, affiliation in session.execute(statement):
                rows[person.id] = _row(person, affiliation)
    return rows


INDEX_SORTS = {
    "name": ["name"],
    "designation": ["designation", "name"],
    "affiliation": ["affiliation", "name"],
    "phone": ["phone"],
    "email": ["email"],
}
INDEX_EXACT = ["designation", "phone", "email"]  # sorted without NOCASE in SORT_KEYS


def person_listing(db: Database) -> ListingIndex:
    statement = _with_affiliation(
        select(
            Person.id,
            Person.search_text,
            Person.name,
            Person.designation,
            _affiliation,
            Person.phone,
            Person.email,
        )
    ).order_by(Person.id)
    with db.reading() as session:
        rows = session.execute(statement).all()
    return build_index(
        rows,
        ["name", "designation", "affiliation", "phone", "email"],
        INDEX_SORTS,
        warm=["name"],
        exact=INDEX_EXACT,
    )

"""What instant search scans for each kind of record, kept in a ``search_text`` column.

The ``*_search_key`` functions are the rules, from plain values (the demo generator inserts rows in
bulk); the ``*_search_text`` functions apply them to records.

A record's search text includes names of the records it hangs from (a school's block and
cluster, a person's office or school), so renaming one of those must refresh the search text of
the records below it: the ``refresh_*`` functions do that inside the renaming transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Block, Cluster, Office, Organisation, Person, School
from desktop.services.text import search_key


def initials(name: str | None) -> str | None:
    """ "Government Higher Primary School, Kerehalli" -> "ghps": offices search by these."""
    words = (name or "").split(",")[0].split()
    return "".join(word[0] for word in words if word[:1].isalpha()).casefold() if len(words) > 1 else None


def school_search_key(
    udise_code: str,
    name: str,
    name_local: str | None,
    village: str | None,
    block_name: str | None,
    block_local: str | None,
    cluster_name: str | None,
    cluster_local: str | None,
) -> str:
    """A school's search text from plain values (the demo generator inserts rows in bulk)."""
    return search_key(
        udise_code,
        name,
        initials(name),
        name_local,
        village,
        block_name,
        block_local,
        cluster_name,
        cluster_local,
    )


def school_search_text(school: School, block: Block | None, cluster: Cluster | None) -> str:
    return school_search_key(
        school.udise_code,
        school.name,
        school.name_local,
        school.village,
        block.name if block else None,
        block.name_local if block else None,
        cluster.name if cluster else None,
        cluster.name_local if cluster else None,
    )


def office_search_key(
    name: str, name_local: str | None, office_code: str, kind: str, block_name: str | None
) -> str:
    return search_key(name, name_local, office_code, kind, block_name)


def office_search_text(office: Office, block: Block | None) -> str:
    return office_search_key(
        office.name, office.name_local, office.office_code, office.kind, block.name if block else None
    )


def organisation_search_key(
    name: str, name_local: str | None, darpan_id: str | None, contact: str | None, focus_areas: Sequence[str]
) -> str:
    return search_key(name, name_local, darpan_id, contact, *focus_areas)


def organisation_search_text(org: Organisation) -> str:
    return organisation_search_key(
        org.name, org.name_local, org.ngo_darpan_id, org.contact_person, org.focus_areas or ()
    )


def person_search_key(
    name: str,
    name_local: str | None,
    designation: str,
    affiliation: str | None,
    phone: str | None,
    email: str | None,
) -> str:
    return search_key(name, name_local, designation, affiliation, phone, email)


def person_search_text(person: Person, affiliation_name: str | None) -> str:
    return person_search_key(
        person.name, person.name_local, person.designation, affiliation_name, person.phone, person.email
    )


def affiliation_name(session: Session, person: Person) -> str | None:
    """The name of the office, organisation or school ``person`` belongs to."""
    for model, key in (
        (Office, person.office_id),
        (Organisation, person.organisation_id),
        (School, person.school_id),
    ):
        if key is not None:
            record = session.get(model, key)
            return record.name if record else None
    return None


def refresh_schools(session: Session, condition: Any) -> int:
    """Recompute the search text of the schools matching ``condition``."""
    schools = session.scalars(
        select(School).where(condition).options(selectinload(School.block), selectinload(School.cluster))
    ).all()
    for school in schools:
        school.search_text = school_search_text(school, school.block, school.cluster)
    return len(schools)


def refresh_offices(session: Session, condition: Any) -> int:
    offices = session.scalars(select(Office).where(condition).options(selectinload(Office.block))).all()
    for office in offices:
        office.search_text = office_search_text(office, office.block)
    return len(offices)


def refresh_people(session: Session, condition: Any) -> int:
    people = session.scalars(select(Person).where(condition)).all()
    for person in people:
        person.search_text = person_search_text(person, affiliation_name(session, person))
    return len(people)

"""Who is nominated and who nominates: names, descriptions and the eligibility rule, shared by the
recognition services (nominations, ranking, printing).

A person's kind of nominee follows from their designation (``kind_of_designation``); a school or
cluster is its own kind. The kind is recorded on the nomination when it is made.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Cluster,
    Office,
    Organisation,
    Person,
    RecognitionNomination,
    RecognitionNominator,
    School,
)
from desktop.services.i18n import translate
from desktop.services.recognition.vocabulary import NOMINEE_KINDS, kind_of_designation, kinds_text

NOMINEE_CHOICES = ("person", "school", "cluster")


@dataclass(frozen=True)
class Nominee:
    """A nominee as lists, letters and certificates name it."""

    kind: str | None  # a NOMINEE_KINDS key; None for a person whose designation is none of them
    name: str
    name_local: str | None
    # A person's designation and affiliation; a school's UDISE code, cluster and block.
    detail: str
    block: str | None
    cluster: str | None
    designation: str | None = None  # persons only

    @property
    def kind_label(self) -> str:
        return NOMINEE_KINDS.get(self.kind or "", "")


def _with_article(kind: str) -> str:
    """The kind of nominee after "is", in the interface's language ("a Teacher", "an Official")."""
    label = translate("Recognition", NOMINEE_KINDS[kind])
    if label[:1].upper() in "AEIOU":
        return translate("Recognition", "an {kind}").format(kind=label)
    return translate("Recognition", "a {kind}").format(kind=label)


def describe_person(person: Person) -> Nominee:
    """``person`` with its school, office and organisation loaded (or loadable)."""
    block = cluster = affiliation = None
    if person.school is not None:
        affiliation = person.school.name
        block = person.school.block.name
        cluster = person.school.cluster.name if person.school.cluster else None
    elif person.office is not None:
        affiliation = person.office.name
        block = person.office.block.name if person.office.block else None
    elif person.organisation is not None:
        affiliation = person.organisation.name
    detail = f"{person.designation}, {affiliation}" if affiliation else person.designation
    return Nominee(
        kind_of_designation(person.designation),
        person.name,
        person.name_local,
        detail,
        block,
        cluster,
        person.designation,
    )


def describe_school(school: School) -> Nominee:
    cluster = school.cluster.name if school.cluster else None
    where = ", ".join(
        part for part in (cluster and f"{cluster} cluster", f"{school.block.name} block") if part
    )
    return Nominee(
        "school",
        school.name,
        school.name_local,
        f"UDISE {school.udise_code}, {where}",
        school.block.name,
        cluster,
    )


def describe_cluster(cluster: Cluster) -> Nominee:
    return Nominee(
        "cluster",
        cluster.name,
        cluster.name_local,
        f"Cluster in {cluster.block.name} block",
        cluster.block.name,
        cluster.name,
    )


def find_nominee(session: Session, choice: str, record_id: int) -> Nominee | None:
    """The person, school or cluster ``record_id`` as a nominee, or None if it no longer exists."""
    if choice == "person":
        person = session.get(Person, record_id)
        return describe_person(person) if person else None
    if choice == "school":
        school = session.get(School, record_id)
        return describe_school(school) if school else None
    if choice == "cluster":
        cluster = session.get(Cluster, record_id)
        return describe_cluster(cluster) if cluster else None
    raise ValueError(f"Unknown kind of nominee record '{choice}'.")


def nominee_kind_for(session: Session, choice: str, record_id: int) -> str | None:
    """The kind of nominee a record is: a person's by designation (None if it maps to no kind),
    "school" or "cluster" for units. None also when the record no longer exists."""
    nominee = find_nominee(session, choice, record_id)
    return nominee.kind if nominee else None


def eligibility_problem(nominee: Nominee, programme_name: str, eligible_kinds: Iterable[str]) -> str | None:
    """Why ``nominee`` cannot be nominated for the programme, or None when it can."""
    eligible = tuple(eligible_kinds)
    if nominee.kind in eligible:
        return None
    recognised = kinds_text(eligible)
    if nominee.kind is None:
        message = translate(
            "Recognition",
            "{nominee}'s designation '{designation}' is not one {programme} recognises "
            "(it recognises {kinds}); correct the designation if it is wrong.",
        )
        return message.format(
            nominee=nominee.name, designation=nominee.designation, programme=programme_name, kinds=recognised
        )
    message = translate("Recognition", "{nominee} is {kind}; {programme} recognises {kinds} only.")
    return message.format(
        nominee=nominee.name, kind=_with_article(nominee.kind), programme=programme_name, kinds=recognised
    )


def nominees_of(session: Session, nominations: Iterable[RecognitionNomination]) -> dict[int, Nominee]:
    """Each nomination's nominee, by nomination id, read in a few queries whatever the number."""
    nominations = list(nominations)
    person_ids = {n.person_id for n in nominations if n.person_id is not None}
    school_ids = {n.school_id for n in nominations if n.school_id is not None}
    cluster_ids = {n.cluster_id for n in nominations if n.cluster_id is not None}
    people = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .where(Person.id.in_(person_ids))
            .options(
                selectinload(Person.school).selectinload(School.block),
                selectinload(Person.school).selectinload(School.cluster),
                selectinload(Person.office).selectinload(Office.block),
                selectinload(Person.organisation),
            )
        )
    }
    schools = {
        s.id: s
        for s in session.scalars(
            select(School)
            .where(School.id.in_(school_ids))
            .options(selectinload(School.block), selectinload(School.cluster))
        )
    }
    clusters = {
        c.id: c
        for c in session.scalars(
            select(Cluster).where(Cluster.id.in_(cluster_ids)).options(selectinload(Cluster.block))
        )
    }
    described: dict[int, Nominee] = {}
    for nomination in nominations:
        if nomination.person_id is not None:
            # The kind recorded when nominated stands, even if the designation changed since.
            nominee = replace(describe_person(people[nomination.person_id]), kind=nomination.nominee_kind)
        elif nomination.school_id is not None:
            nominee = describe_school(schools[nomination.school_id])
        else:
            assert nomination.cluster_id is not None  # the one_nominee constraint
            nominee = describe_cluster(clusters[nomination.cluster_id])
        described[nomination.id] = nominee
    return described


@dataclass(frozen=True)
class NominatorName:
    kind: str  # "person", "office" or "organisation"
    name: str
    # A person's designation and affiliation; empty for offices and organisations.
    detail: str


def nominator_names(session: Session, nominators: Iterable[RecognitionNominator]) -> dict[int, NominatorName]:
    """Who each nominator row stands for, by row id, in a few queries."""
    rows = list(nominators)
    people = {
        p.id: p
        for p in session.scalars(
            select(Person)
            .where(Person.id.in_({r.person_id for r in rows if r.person_id is not None}))
            .options(
                selectinload(Person.office), selectinload(Person.organisation), selectinload(Person.school)
            )
        )
    }
    offices = dict(
        session.execute(
            select(Office.id, Office.name).where(Office.id.in_({r.office_id for r in rows if r.office_id}))
        ).all()
    )
    organisations = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(
                Organisation.id.in_({r.organisation_id for r in rows if r.organisation_id})
            )
        ).all()
    )
    names: dict[int, NominatorName] = {}
    for row in rows:
        if row.person_id is not None:
            person = people[row.person_id]
            names[row.id] = NominatorName("person", person.name, describe_person(person).detail)
        elif row.office_id is not None:
            names[row.id] = NominatorName("office", offices[row.office_id], "")
        else:
            assert row.organisation_id is not None  # the one_nominator constraint
            names[row.id] = NominatorName("organisation", organisations[row.organisation_id], "")
    return names

"""The committees of the demo district and their members: a district task force whose member
secretary changed mid-term, a resource group, the district review, a review group for every
block and one for every cluster of the first two blocks.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Block, Body, BodyMembership, Cluster, District, Office, Person, School
from desktop.services.committees.vocabulary import BODY_KINDS
from desktop.services.text import search_key

DEMO_CLUSTER_BLOCKS = 2  # cluster review groups for the clusters of the first two blocks


@dataclass
class DemoPeople:
    """The demo's people, looked up by designation, office or organisation."""

    by_designation: dict[str, list[Person]]
    by_office: dict[int, list[Person]]
    by_organisation: dict[int, list[Person]]

    def first(self, designation: str) -> Person:
        return self.by_designation[designation][0]


def load_people(session: Session) -> DemoPeople:
    """The demo's people grouped by designation, office and organisation, in id order."""
    by_designation: dict[str, list[Person]] = defaultdict(list)
    by_office: dict[int, list[Person]] = defaultdict(list)
    by_organisation: dict[int, list[Person]] = defaultdict(list)
    for person in session.scalars(select(Person).order_by(Person.id)):
        by_designation[person.designation].append(person)
        if person.office_id is not None:
            by_office[person.office_id].append(person)
        if person.organisation_id is not None:
            by_organisation[person.organisation_id].append(person)
    return DemoPeople(by_designation, by_office, by_organisation)


def _body(session: Session, **values: object) -> Body:
    body = Body(**values)
    body.search_text = search_key(str(values["name"]), BODY_KINDS.get(str(values["kind"])))
    session.add(body)
    session.flush()
    return body


def _member(session: Session, body: Body, person: Person, role: str, start: date, **values: object) -> int:
    membership = BodyMembership(
        body_id=body.id,
        person_id=person.id,
        role=role,
        office_id=person.office_id,
        organisation_id=person.organisation_id,
        start_date=start,
        **values,
    )
    session.add(membership)
    session.flush()
    return membership.id


def add_demo_bodies(
    session: Session, office_ids: dict[str, int], people: DemoPeople, formed_on: date
) -> list[Body]:
    """The demo district's committees with their members, formed on ``formed_on``."""
    district_id = session.scalar(select(Office.district_id).where(Office.id == office_ids["DDPI"]))
    district_name = session.scalar(select(District.name).where(District.id == district_id))
    ngo_directors = people.by_designation["NGO Director"][:3]
    task_force = _body(
        session,
        name="District Task Force on Foundational Literacy and Numeracy",
        kind="district_task_force",
        level="district",
        district_id=district_id,
        office_id=office_ids["DDPI"],
        purpose="Review the district's FLN mission and remove what blocks it.",
        formed_on=formed_on,
        constituting_order="DDPI/KVD/GEN/2026-27/0012",
        meeting_frequency="quarterly",
    )
    _member(session, task_force, people.first("District Collector"), "chair", formed_on)
    _member(
        session,
        task_force,
        people.first("Deputy Director of Public Instruction (DDPI)"),
        "convenor",
        formed_on,
    )
    # The member secretary changed mid-term: the history shows both.
    first_secretary = people.by_designation["DIET Senior Lecturer"][0]
    handover = formed_on + timedelta(days=60)
    replaced = _member(
        session,
        task_force,
        first_secretary,
        "member_secretary",
        formed_on,
        end_date=handover - timedelta(days=1),
        end_reason="Transferred",
    )
    _member(
        session,
        task_force,
        people.first("District Education Officer (DEO)"),
        "member_secretary",
        handover,
        replaces_id=replaced,
    )
    for designation in ("DIET Principal", "District Project Officer (DPO)"):
        _member(session, task_force, people.first(designation), "member", formed_on)
    for director in ngo_directors:
        _member(session, task_force, director, "member", formed_on)
    _member(session, task_force, people.first("CEO, Zilla Panchayat"), "special_invitee", formed_on)

    resource_group = _body(
        session,
        name="District Resource Group for FLN",
        kind="district_resource_group",
        level="district",
        district_id=district_id,
        office_id=office_ids["DIET"],
        purpose="Prepare and run teacher training for the FLN mission.",
        formed_on=formed_on,
        meeting_frequency="monthly",
    )
    _member(session, resource_group, people.first("DIET Principal"), "chair", formed_on)
    for lecturer in people.by_designation["DIET Senior Lecturer"][1:3]:
        _member(session, resource_group, lecturer, "member", formed_on)
    for manager in people.by_designation["NGO Programme Manager"][:3]:
        _member(session, resource_group, manager, "member", formed_on)

    review = _body(
        session,
        name=f"{district_name} review",
        kind="custom",
        kind_other="District review (2-4-6-8)",
        level="district",
        district_id=district_id,
        office_id=office_ids["DDPI"],
        formed_on=formed_on,
        meeting_frequency="review_cadence",
    )
    _member(session, review, people.first("Deputy Director of Public Instruction (DDPI)"), "chair", formed_on)
    _member(session, review, people.first("Deputy Project Coordinator (DyPC)"), "member_secretary", formed_on)
    for beo in people.by_designation["Block Education Officer (BEO)"]:
        _member(session, review, beo, "member", formed_on)
    bodies = [task_force, resource_group, review]
    field_coordinator = people.by_designation["NGO Field Coordinator"][0]
    blocks = list(session.execute(select(Block.id, Block.name).order_by(Block.id)))
    headmasters = _headmasters_by_cluster(session, people)
    for block_number, (block_id, block_name) in enumerate(blocks):
        office_id = office_ids[f"BEO:{block_id}"]
        group = _body(
            session,
            name=f"{block_name} block review",
            kind="block_review_group",
            level="block",
            block_id=block_id,
            office_id=office_id,
            formed_on=formed_on,
            meeting_frequency="review_cadence",
        )
        staff = people.by_office[office_id]
        crps = [p for p in staff if p.designation == "Cluster Resource Person (CRP)"]
        _member(session, group, _designated(staff, "Block Education Officer (BEO)"), "chair", formed_on)
        _member(
            session,
            group,
            _designated(staff, "Block Resource Coordinator (BRC)"),
            "member_secretary",
            formed_on,
        )
        for crp in crps:
            _member(session, group, crp, "member", formed_on)
        _member(session, group, field_coordinator, "special_invitee", formed_on)
        bodies.append(group)
        if block_number >= DEMO_CLUSTER_BLOCKS:
            continue
        clusters = list(
            session.execute(
                select(Cluster.id, Cluster.name).where(Cluster.block_id == block_id).order_by(Cluster.id)
            )
        )
        for (cluster_id, cluster_name), crp in zip(clusters, crps, strict=False):
            cluster_group = _body(
                session,
                name=f"{cluster_name} cluster review",
                kind="cluster_review_group",
                level="cluster",
                cluster_id=cluster_id,
                office_id=office_id,
                formed_on=formed_on,
                meeting_frequency="review_cadence",
            )
            _member(session, cluster_group, crp, "chair", formed_on)
            for headmaster in headmasters.get(cluster_id, []):
                _member(session, cluster_group, headmaster, "member", formed_on)
            bodies.append(cluster_group)
    return bodies


def _designated(staff: list[Person], designation: str) -> Person:
    return next(person for person in staff if person.designation == designation)


def _headmasters_by_cluster(session: Session, people: DemoPeople) -> dict[int, list[Person]]:
    clusters = dict(session.execute(select(School.id, School.cluster_id)).all())
    grouped: dict[int, list[Person]] = defaultdict(list)
    for headmaster in people.by_designation.get("Headmaster", []):
        cluster_id = clusters.get(headmaster.school_id)
        if cluster_id is not None:
            grouped[cluster_id].append(headmaster)
    return grouped

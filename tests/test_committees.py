"""Bodies (committees, task forces, review groups): forming, checks, dissolving, deleting, listing,
and the records they refer to that cannot be deleted."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, func, select

from db.models import ActionItem, Attendance, Body, BodyMembership, Person, School
from desktop.services import geography, offices, organisations, people, schools
from desktop.services.committees import bodies, listing
from desktop.services.committees.bodies import BodyInput
from desktop.services.committees.memberships import (
    MembershipInput,
    add_member,
    composition_on,
    replace_member,
)
from desktop.services.committees.units import Unit, unit_name
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.geography import ClusterInput
from desktop.services.meetings.creation import add_meeting
from desktop.services.people import PersonRow

TODAY = date(2026, 11, 23)
FORMED = date(2026, 6, 1)


def office_id(db: Database, kind: str = "DDPI") -> int:
    return next(o.id for o in offices.list_offices(db) if o.kind == kind)


def district_id(db: Database) -> int:
    return geography.list_districts(db)[0].id


def person(db: Database, designation: str, index: int = 0) -> PersonRow:
    rows = people.person_rows(db, people.search_person_ids(db, ""))
    return sorted((p for p in rows.values() if p.designation == designation), key=lambda p: p.id)[index]


def body_input(db: Database, **changes: object) -> BodyInput:
    data = BodyInput(
        name="District Task Force",
        kind="district_task_force",
        level="district",
        unit_id=district_id(db),
        office_id=office_id(db),
        formed_on=FORMED,
        purpose="Review foundational literacy and numeracy every month.",
    )
    return replace(data, **changes)


def make_body(db: Database, **changes: object) -> int:
    return bodies.create_body(db, body_input(db, **changes))


def meet(db: Database, body_id: int, on: date, title: str = "Monthly review") -> int:
    with db.transaction() as session:
        return add_meeting(session, title=title, meeting_date=on, body=session.get(Body, body_id)).id


def errors_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return excinfo.value.field_errors


# --- forming and reading ---------------------------------------------------------------------


def test_a_body_is_formed_and_read_back(demo_db: Database) -> None:
    body_id = make_body(demo_db, name_local="ಜಿಲ್ಲಾ ಕಾರ್ಯಪಡೆ", constituting_order="DDPI/KVD/DTF/2026/01")
    detail = bodies.get_body(demo_db, body_id, TODAY)
    assert detail.data == body_input(
        demo_db, name_local="ಜಿಲ್ಲಾ ಕಾರ್ಯಪಡೆ", constituting_order="DDPI/KVD/DTF/2026/01"
    )
    assert detail.unit_name == "Kaveri Demo District"  # not "… District district"
    assert detail.office_name.startswith("Office of the Deputy Director of Public Instruction")
    assert (detail.kind_label, detail.level_label, detail.frequency_label) == (
        "District Task Force",
        "District",
        "Monthly",
    )
    assert (detail.member_count, detail.chair_name, detail.dissolved_on, detail.meeting_count) == (
        0,
        None,
        None,
        0,
    )
    with demo_db.reading() as session:
        search_text = session.get(Body, body_id).search_text
    assert "district task force" in search_text and "ಜಿಲ್ಲಾ ಕಾರ್ಯಪಡೆ" in search_text
    assert "kaveri demo district" in search_text and "deputy director" in search_text


def test_a_custom_kind_is_described_and_labelled_by_its_description(demo_db: Database) -> None:
    body_id = make_body(demo_db, name="Library committee", kind="custom", kind_other="Library committee")
    assert bodies.get_body(demo_db, body_id, TODAY).kind_label == "Library committee"


def test_unit_names_match_the_units_module_at_every_level(demo_db: Database) -> None:
    block = geography.list_blocks(demo_db)[0]
    cluster = geography.list_clusters(demo_db, block.id)[0]
    school_id = schools.search_school_ids(demo_db, "")[0]
    units = [
        Unit("district", district_id(demo_db)),
        Unit("block", block.id),
        Unit("cluster", cluster.id),
        Unit("school", school_id),
    ]
    for unit in units:
        body_id = make_body(demo_db, name=f"Group at {unit.level}", level=unit.level, unit_id=unit.unit_id)
        with demo_db.reading() as session:
            expected = unit_name(session, unit)
        assert bodies.get_body(demo_db, body_id, TODAY).unit_name == expected


def test_a_district_is_called_a_district_once(db: Database) -> None:
    tumakuru = geography.create_district(db, geography.DistrictInput("Tumakuru", "Karnataka", "2918"))
    office = offices.create_office(
        db, offices.OfficeInput("DDPI Tumakuru", "DDPI", "DDPI/TMK", district_id=tumakuru.id)
    )
    body_id = bodies.create_body(
        db,
        BodyInput("District Task Force", "district_task_force", "district", tumakuru.id, office.id, TODAY),
    )
    with db.reading() as session:
        assert unit_name(session, Unit("district", tumakuru.id)) == "Tumakuru district"
    assert bodies.get_body(db, body_id, TODAY).unit_name == "Tumakuru district"
    assert [row.unit_name for row in listing.list_bodies(db, TODAY)] == ["Tumakuru district"]


def test_every_missing_or_unknown_field_is_named(demo_db: Database) -> None:
    bad = BodyInput(
        name="  ",
        kind="club",
        level="state",
        unit_id=None,
        office_id=None,
        formed_on=None,
        meeting_frequency="weekly",
    )
    with pytest.raises(ValidationError) as excinfo:
        bodies.create_body(demo_db, bad)
    errors = errors_of(excinfo)
    assert errors["name"] == "Name is required."
    assert errors["kind"] == "Choose the kind of body."
    assert errors["level"] == "Choose the level of the body: district, block, cluster or school."
    assert errors["office_id"] == "Choose the convening office."
    assert errors["formed_on"] == "Date of formation is required."
    assert errors["meeting_frequency"].startswith("Meeting frequency must be one of: Monthly review")

    with pytest.raises(ValidationError) as excinfo:
        bodies.create_body(demo_db, body_input(demo_db, kind="custom", level="block", unit_id=None))
    assert errors_of(excinfo) == {
        "kind_other": "Describe the kind of body (the kind is 'Other').",
        "unit_id": "Choose the block the body belongs to.",
    }

    with pytest.raises(ValidationError) as excinfo:
        bodies.create_body(demo_db, body_input(demo_db, level="cluster", unit_id=999_999, office_id=999_999))
    assert errors_of(excinfo) == {
        "unit_id": "The chosen cluster no longer exists; choose again.",
        "office_id": "The chosen office no longer exists; choose again.",
    }
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Body)) == 0


def test_the_same_name_twice_for_one_unit_is_refused(demo_db: Database) -> None:
    first, second = geography.list_blocks(demo_db)[:2]
    make_body(demo_db, name="Block review group", kind="block_review_group", level="block", unit_id=first.id)
    with pytest.raises(ValidationError) as excinfo:
        make_body(
            demo_db, name="block  REVIEW group", kind="block_review_group", level="block", unit_id=first.id
        )
    assert errors_of(excinfo)["name"] == (
        f"{first.name} block already has a body named Block review group; "
        "give this one a name that tells them apart, e.g. with the year."
    )
    # Another block may have a body of the same name.
    make_body(demo_db, name="Block review group", kind="block_review_group", level="block", unit_id=second.id)


def test_a_dissolved_body_of_the_same_name_is_mentioned(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    bodies.dissolve_body(demo_db, body_id, date(2026, 9, 30), "Reconstituted")
    with pytest.raises(ValidationError, match=r"named District Task Force \(dissolved on 30/09/2026\)"):
        make_body(demo_db, formed_on=date(2026, 10, 1))
    make_body(demo_db, name="District Task Force 2026", formed_on=date(2026, 10, 1))


# --- editing ----------------------------------------------------------------------------------


def test_an_update_changes_the_body_and_its_search_text(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    bodies.update_body(
        demo_db, body_id, body_input(demo_db, name="District FLN Task Force", meeting_frequency="quarterly")
    )
    detail = bodies.get_body(demo_db, body_id, TODAY)
    assert detail.data.name == "District FLN Task Force" and detail.frequency_label == "Quarterly"
    assert listing.list_bodies(demo_db, TODAY)[0].search_text.startswith("district fln task force")


def test_formation_cannot_move_after_the_first_member_or_meeting(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    ddpi = person(demo_db, "Deputy Director of Public Instruction (DDPI)")
    add_member(demo_db, body_id, MembershipInput(ddpi.id, "chair", date(2026, 7, 1)))
    with pytest.raises(ValidationError) as excinfo:
        bodies.update_body(demo_db, body_id, body_input(demo_db, formed_on=date(2026, 7, 2)))
    assert errors_of(excinfo)["formed_on"] == (
        f"{ddpi.name}'s membership starts on 01/07/2026; the body cannot be formed after its first member joined."
    )
    bodies.update_body(demo_db, body_id, body_input(demo_db, formed_on=date(2026, 7, 1)))

    other = make_body(demo_db, name="Steering committee", formed_on=date(2026, 7, 1))
    meet(demo_db, other, date(2026, 7, 15))
    with pytest.raises(ValidationError) as excinfo:
        bodies.update_body(
            demo_db, other, body_input(demo_db, name="Steering committee", formed_on=date(2026, 8, 1))
        )
    assert errors_of(excinfo)["formed_on"] == (
        "The body met on 15/07/2026; it cannot be formed after its first meeting."
    )


def test_level_and_unit_are_fixed_once_the_body_has_met(demo_db: Database) -> None:
    block = geography.list_blocks(demo_db)[0]
    body_id = make_body(demo_db)
    # Without meetings the unit can still be corrected.
    bodies.update_body(demo_db, body_id, body_input(demo_db, level="block", unit_id=block.id))
    bodies.update_body(demo_db, body_id, body_input(demo_db))
    meet(demo_db, body_id, date(2026, 7, 10))
    with pytest.raises(ValidationError) as excinfo:
        bodies.update_body(demo_db, body_id, body_input(demo_db, level="block", unit_id=block.id))
    assert errors_of(excinfo)["unit_id"] == (
        "District Task Force has one meeting recorded at its present level and unit; "
        "they cannot change now. Dissolve it and form a new body instead."
    )
    assert bodies.get_body(demo_db, body_id, TODAY).data.level == "district"


# --- dissolving and deleting ------------------------------------------------------------------


def _seat(db: Database, body_id: int, designation: str, role: str, start: date, **kw: object) -> int:
    return add_member(db, body_id, MembershipInput(person(db, designation).id, role, start, **kw))  # type: ignore[arg-type]


def test_dissolving_ends_every_running_membership_on_that_day(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    chair = _seat(demo_db, body_id, "District Collector", "chair", FORMED)
    member = _seat(demo_db, body_id, "DIET Principal", "member", FORMED, end_date=date(2027, 3, 31))
    gone = _seat(
        demo_db, body_id, "District Project Officer (DPO)", "member", FORMED, end_date=date(2026, 8, 31)
    )
    bodies.dissolve_body(demo_db, body_id, date(2026, 12, 31), "  Merged into the DSC ")
    with demo_db.reading() as session:
        ends = {m.id: (m.end_date, m.end_reason) for m in session.scalars(select(BodyMembership))}
    assert ends[chair] == (date(2026, 12, 31), "Body dissolved: Merged into the DSC")
    assert ends[member] == (date(2026, 12, 31), "Body dissolved: Merged into the DSC")
    assert ends[gone] == (date(2026, 8, 31), None)
    detail = bodies.get_body(demo_db, body_id, date(2027, 1, 1))
    assert detail.dissolved_on == date(2026, 12, 31) and detail.member_count == 0
    assert bodies.get_body(demo_db, body_id, date(2026, 12, 31)).member_count == 2
    with pytest.raises(ConflictError, match=r"District Task Force was already dissolved on 31/12/2026\."):
        bodies.dissolve_body(demo_db, body_id, date(2027, 1, 31), None)


def test_dissolving_before_formation_or_a_membership_or_a_meeting_is_refused(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    with pytest.raises(ValidationError) as excinfo:
        bodies.dissolve_body(demo_db, body_id, date(2026, 5, 31), None)
    assert errors_of(excinfo)["on"] == (
        "District Task Force was formed on 01/06/2026; it cannot be dissolved before that (31/05/2026)."
    )
    diet = person(demo_db, "DIET Principal")
    _seat(demo_db, body_id, "DIET Principal", "member", date(2026, 9, 1))
    with pytest.raises(ConflictError) as conflict:
        bodies.dissolve_body(demo_db, body_id, date(2026, 8, 31), None)
    assert str(conflict.value) == (
        f"{diet.name}'s membership of District Task Force starts on 01/09/2026, after 31/08/2026; "
        "correct or delete that membership before dissolving on that date."
    )
    meet(demo_db, body_id, date(2026, 12, 4), "December review")
    with pytest.raises(
        ConflictError, match=r"has a meeting on 04/12/2026 \(December review\), after 30/11/2026"
    ):
        bodies.dissolve_body(demo_db, body_id, date(2026, 11, 30), None)
    assert bodies.get_body(demo_db, body_id, TODAY).dissolved_on is None


def test_a_body_that_has_met_is_dissolved_not_deleted(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    meet(demo_db, body_id, date(2026, 7, 10))
    with pytest.raises(ConflictError) as conflict:
        bodies.delete_body(demo_db, body_id)
    assert str(conflict.value) == (
        "District Task Force has one meeting on record; dissolve it instead of deleting it."
    )


def test_deleting_a_body_takes_its_memberships_with_it(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    first = _seat(demo_db, body_id, "District Collector", "chair", FORMED)
    replace_member(
        demo_db,
        first,
        MembershipInput(person(demo_db, "CEO, Zilla Panchayat").id, "", date(2026, 9, 1)),
        "Transferred",
    )
    bodies.delete_body(demo_db, body_id)
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(BodyMembership)) == 0
        assert session.get(Body, body_id) is None


# --- listing ----------------------------------------------------------------------------------


def test_list_bodies_shows_chair_and_members_on_the_date(demo_db: Database) -> None:
    dtf = make_body(demo_db)
    block = geography.list_blocks(demo_db)[0]
    brg = make_body(
        demo_db,
        name="Block review group",
        kind="block_review_group",
        level="block",
        unit_id=block.id,
        office_id=office_id(demo_db, "BEO"),
        meeting_frequency="review_cadence",
    )
    collector = person(demo_db, "District Collector")
    _seat(demo_db, dtf, "District Collector", "chair", FORMED, end_date=date(2026, 10, 31))
    _seat(demo_db, dtf, "CEO, Zilla Panchayat", "chair", date(2026, 11, 1))
    _seat(demo_db, dtf, "DIET Principal", "member", FORMED)
    old = make_body(demo_db, name="Old task force", formed_on=date(2025, 1, 1))
    bodies.dissolve_body(demo_db, old, date(2025, 12, 31), None)

    rows = {row.id: row for row in listing.list_bodies(demo_db, date(2026, 10, 15))}
    assert [r.id for r in listing.list_bodies(demo_db, TODAY)] == [dtf, old, brg]  # district first
    assert (rows[dtf].chair_name, rows[dtf].members) == (collector.name, 2)
    assert (rows[brg].chair_name, rows[brg].members, rows[brg].level_label) == (None, 0, "Block")
    assert rows[brg].unit_name == f"{block.name} block"
    assert rows[brg].frequency_label == "Monthly review (2-4-6-8 cadence)"
    now = {row.id: row for row in listing.list_bodies(demo_db, TODAY, include_dissolved=False)}
    assert now[dtf].chair_name == person(demo_db, "CEO, Zilla Panchayat").name
    assert old not in now and rows[old].dissolved_on == date(2025, 12, 31)


@contextmanager
def counted_statements(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_list_bodies_reads_in_a_fixed_number_of_queries(demo_db: Database) -> None:
    crp = person(demo_db, "Cluster Resource Person (CRP)")
    clusters = [
        c for block in geography.list_blocks(demo_db) for c in geography.list_clusters(demo_db, block.id)
    ]

    def add_groups(count: int, start: int) -> None:
        for cluster in clusters[start : start + count]:
            body_id = make_body(
                demo_db,
                name="Cluster review group",
                kind="cluster_review_group",
                level="cluster",
                unit_id=cluster.id,
            )
            add_member(demo_db, body_id, MembershipInput(crp.id, "convenor", FORMED))

    add_groups(5, 0)
    with counted_statements(demo_db) as few:
        assert len(listing.list_bodies(demo_db, TODAY)) == 5
    add_groups(45, 5)
    with counted_statements(demo_db) as many:
        rows = listing.list_bodies(demo_db, TODAY)
    assert len(rows) == 50 and all(row.members == 1 for row in rows)
    assert len(many) == len(few) <= 5
    assert f"{clusters[0].name} cluster ({clusters[0].block_name} block)" in {row.unit_name for row in rows}
    assert [row.unit_name for row in rows] == sorted((row.unit_name for row in rows), key=str.casefold)


def test_body_choices_are_the_bodies_alive_on_the_date(demo_db: Database) -> None:
    block = geography.list_blocks(demo_db)[0]
    dtf = make_body(demo_db)
    brg = make_body(
        demo_db, name="Block review group", kind="block_review_group", level="block", unit_id=block.id
    )
    later = make_body(demo_db, name="Steering committee", formed_on=date(2027, 1, 1))
    old = make_body(demo_db, name="Old task force", formed_on=date(2025, 1, 1))
    bodies.dissolve_body(demo_db, old, date(2025, 12, 31), None)
    assert listing.body_choices(demo_db, on=TODAY) == [
        (dtf, "District Task Force — Kaveri Demo District"),
        (brg, f"Block review group — {block.name} block"),
    ]
    assert [i for i, _ in listing.body_choices(demo_db, level="district", on=date(2025, 6, 1))] == [old]
    assert {i for i, _ in listing.body_choices(demo_db)} == {dtf, brg, later, old}


# --- records a body refers to -----------------------------------------------------------------


def test_a_member_cannot_be_deleted_and_the_message_names_the_bodies(demo_db: Database) -> None:
    collector = person(demo_db, "District Collector")
    dtf = make_body(demo_db)
    dsc = make_body(demo_db, name="District Steering Committee", kind="district_steering_committee")
    for body_id in (dtf, dsc):
        _seat(demo_db, body_id, "District Collector", "chair", FORMED)
    with pytest.raises(ConflictError) as conflict:
        people.delete_person(demo_db, collector.id)
    assert str(conflict.value) == (
        f"{collector.name} is a member of 2 bodies (District Steering Committee — Kaveri Demo District, "
        "District Task Force — Kaveri Demo District); it stays on record while they do."
    )


def test_a_person_in_meetings_and_action_items_cannot_be_deleted(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    dpo = person(demo_db, "District Project Officer (DPO)")
    meeting_id = meet(demo_db, body_id, date(2026, 7, 10), "July review")
    with demo_db.transaction() as session:
        session.add(Attendance(meeting_id=meeting_id, person_id=dpo.id, status="present"))
        session.add(
            ActionItem(
                meeting_id=meeting_id,
                description="Share the list of schools below the reading benchmark with every block",
                owner_person_id=dpo.id,
                due_date=date(2026, 8, 10),
            )
        )
    with pytest.raises(ConflictError) as conflict:
        people.delete_person(demo_db, dpo.id)
    assert str(conflict.value) == (
        f"{dpo.name} is in the attendance of 1 meeting (July review on 10/07/2026) and owns 1 action item "
        "(Share the list of schools below the reading…); it stays on record while they do."
    )


def test_an_office_convening_a_body_cannot_be_deleted(db: Database) -> None:
    district = geography.create_district(db, geography.DistrictInput("Tumakuru", "Karnataka", "2918"))
    office = offices.create_office(
        db,
        offices.OfficeInput(
            name="DDPI Tumakuru", kind="DDPI", office_code="DDPI/TMK", district_id=district.id
        ),
    )
    bodies.create_body(
        db,
        BodyInput("District Task Force", "district_task_force", "district", district.id, office.id, FORMED),
    )
    with pytest.raises(ConflictError) as conflict:
        offices.delete_office(db, office.id)
    assert str(conflict.value) == (
        "DDPI Tumakuru convenes 1 body (District Task Force — Tumakuru district); it stays on record while they do."
    )


def test_an_organisation_represented_on_a_body_cannot_be_deleted(demo_db: Database) -> None:
    body_id = make_body(demo_db, name="Core committee", kind="core_committee")
    director = person(demo_db, "NGO Director")
    add_member(demo_db, body_id, MembershipInput(director.id, "member", FORMED))
    organisation = organisations.get_organisation(demo_db, director.organisation_id)  # type: ignore[arg-type]
    assert composition_on(demo_db, body_id, TODAY)[0].representing == organisation.name
    with pytest.raises(ConflictError, match=r"is represented on 1 body \(Core committee — "):
        organisations.delete_organisation(demo_db, organisation.id)


def test_a_cluster_with_a_review_group_cannot_be_deleted(demo_db: Database) -> None:
    block = geography.list_blocks(demo_db)[0]
    cluster = geography.create_cluster(demo_db, ClusterInput(block.id, "Newpura"))
    body_id = make_body(
        demo_db, name="Cluster review group", kind="cluster_review_group", level="cluster", unit_id=cluster.id
    )
    meet(demo_db, body_id, date(2026, 7, 8), "Cluster review")
    with pytest.raises(ConflictError) as conflict:
        geography.delete_cluster(demo_db, cluster.id)
    assert str(conflict.value) == (
        "Cluster Newpura has 1 body (Cluster review group) and has 1 meeting (Cluster review on 08/07/2026); "
        "it stays on record while they do."
    )


def test_a_school_with_a_committee_cannot_be_deleted(demo_db: Database) -> None:
    staffed = select(Person.school_id).where(Person.school_id.is_not(None))
    with demo_db.reading() as session:
        school_id = session.scalar(select(School.id).where(School.id.not_in(staffed)).order_by(School.id))
    school = schools.get_school(demo_db, school_id)
    make_body(demo_db, name="SDMC", kind="school_committee", level="school", unit_id=school.id)
    with pytest.raises(ConflictError) as conflict:
        schools.delete_school(demo_db, school.id)
    assert str(conflict.value) == (
        f"{school.name} ({school.udise_code}) has 1 body (SDMC); it stays on record while they do."
    )


def test_a_body_is_found_under_its_units_and_offices_new_names(demo_db: Database) -> None:
    block = geography.list_blocks(demo_db)[0]
    cluster = geography.list_clusters(demo_db, block.id)[0]
    body_id = make_body(
        demo_db, name="Cluster review group", kind="cluster_review_group", level="cluster", unit_id=cluster.id
    )
    geography.update_block(demo_db, block.id, geography.BlockInput(block.district_id, "Renamed Block"))
    geography.update_cluster(demo_db, cluster.id, geography.ClusterInput(block.id, "Renamed Cluster"))
    office = offices.office_rows(demo_db, [office_id(demo_db)])[office_id(demo_db)]
    offices.update_office(
        demo_db,
        office.id,
        offices.OfficeInput(
            "Renamed Office", office.kind, office.office_code, district_id=office.district_id
        ),
    )
    with demo_db.reading() as session:
        search_text = session.get(Body, body_id).search_text
    assert "renamed cluster cluster (renamed block block)" in search_text
    assert "renamed office" in search_text
    rows = [row for row in listing.list_bodies(demo_db, TODAY) if row.id == body_id]
    assert rows[0].unit_name == "Renamed Cluster cluster (Renamed Block block)"

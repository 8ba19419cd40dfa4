"""Who sits on a body and when: seats, the one-chair rule, terms inside the body's life, replacing
a member with history kept, ending, correcting and deleting memberships."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Attendance, BodyMembership
from desktop.services import offices, organisations
from desktop.services.committees import bodies
from desktop.services.committees.memberships import (
    MembershipInput,
    add_member,
    bodies_of_person,
    composition_on,
    delete_membership,
    end_membership,
    membership_history,
    replace_member,
    update_membership,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from tests.test_committees import FORMED, TODAY, make_body, meet, person


@pytest.fixture
def dtf(demo_db: Database) -> int:
    """A District Task Force formed on 1 June 2026."""
    return make_body(demo_db)


def seat(db: Database, body_id: int, designation: str, role: str, start: date = FORMED, **kw: object) -> int:
    return add_member(db, body_id, MembershipInput(person(db, designation).id, role, start, **kw))  # type: ignore[arg-type]


def attend(db: Database, meeting_id: int, membership_id: int) -> None:
    with db.transaction() as session:
        membership = session.get(BodyMembership, membership_id)
        session.add(
            Attendance(
                meeting_id=meeting_id,
                person_id=membership.person_id,
                membership_id=membership_id,
                status="present",
            )
        )


def test_a_member_represents_their_own_office_unless_told_otherwise(demo_db: Database, dtf: int) -> None:
    collector = person(demo_db, "District Collector")
    director = person(demo_db, "NGO Director")
    seat(demo_db, dtf, "District Collector", "chair")
    seat(demo_db, dtf, "NGO Director", "special_invitee")
    diet_office = next(o for o in offices.list_offices(demo_db) if o.kind == "DIET")
    seat(demo_db, dtf, "DIET Lecturer", "member_secretary", office_id=diet_office.id)
    ngo = organisations.list_organisations(demo_db)[-1]
    seat(demo_db, dtf, "DIET Principal", "member", organisation_id=ngo.id)

    rows = composition_on(demo_db, dtf, TODAY)
    assert [r.role for r in rows] == ["chair", "member_secretary", "member", "special_invitee"]
    chair = rows[0]
    assert (chair.person_name, chair.designation, chair.role_label) == (
        collector.name,
        "District Collector",
        "Chair",
    )
    assert chair.representing == collector.affiliation and chair.phone == collector.phone
    assert rows[1].representing == diet_office.name
    assert rows[2].representing == ngo.name
    assert rows[3].representing == director.affiliation
    assert (chair.start_date, chair.end_date, chair.end_reason, chair.replaces) == (FORMED, None, None, None)
    assert bodies.get_body(demo_db, dtf, TODAY).chair_name == collector.name


def test_composition_is_sorted_by_role_then_name(demo_db: Database, dtf: int) -> None:
    for index in range(3):
        add_member(
            demo_db, dtf, MembershipInput(person(demo_db, "DIET Lecturer", index).id, "member", FORMED)
        )
    seat(demo_db, dtf, "DIET Principal", "convenor")
    rows = composition_on(demo_db, dtf, TODAY)
    assert rows[0].role == "convenor"
    names = [r.person_name for r in rows[1:]]
    assert names == sorted(names, key=str.casefold)


def test_every_bad_field_is_named(demo_db: Database, dtf: int) -> None:
    with pytest.raises(ValidationError) as excinfo:
        add_member(demo_db, dtf, MembershipInput(None, "boss", None))
    assert excinfo.value.field_errors == {
        "person_id": "Choose the member.",
        "role": "Choose the role: Chair, Convenor, Member secretary, Member, Special invitee.",
        "start_date": "Start date is required.",
    }
    with pytest.raises(ValidationError) as excinfo:
        add_member(
            demo_db,
            dtf,
            MembershipInput(
                999_999, "member", date(2026, 7, 1), date(2026, 6, 30), office_id=1, organisation_id=1
            ),
        )
    assert excinfo.value.field_errors == {
        "person_id": "The chosen person no longer exists; choose again.",
        "end_date": "The membership ends (30/06/2026) before it starts (01/07/2026).",
        "organisation_id": "A member represents one office or one organisation, not both.",
    }
    someone = person(demo_db, "DIET Principal").id
    with pytest.raises(ValidationError, match="The chosen office no longer exists"):
        add_member(demo_db, dtf, MembershipInput(someone, "member", FORMED, office_id=999_999))
    with pytest.raises(ValidationError, match="The chosen organisation no longer exists"):
        add_member(demo_db, dtf, MembershipInput(someone, "member", FORMED, organisation_id=999_999))
    with pytest.raises(NotFoundError, match="Body #999999 no longer exists"):
        add_member(demo_db, 999_999, MembershipInput(someone, "member", FORMED))
    assert composition_on(demo_db, dtf, TODAY) == []


def test_one_chair_at_a_time(demo_db: Database, dtf: int) -> None:
    collector = person(demo_db, "District Collector")
    seat(demo_db, dtf, "District Collector", "chair", end_date=date(2026, 12, 31))
    with pytest.raises(ConflictError) as conflict:
        seat(demo_db, dtf, "CEO, Zilla Panchayat", "chair", date(2026, 12, 1))
    assert str(conflict.value) == (
        f"{collector.name} is already the chair of District Task Force from 01/06/2026 to 31/12/2026; "
        "end that membership first, or replace that member."
    )
    # An open-ended chair blocks any later start; a period before hers is blocked too.
    seat(demo_db, dtf, "CEO, Zilla Panchayat", "chair", date(2027, 1, 1))
    with pytest.raises(ConflictError, match=r"already the chair of District Task Force from 01/01/2027;"):
        seat(demo_db, dtf, "DIET Principal", "chair", date(2028, 4, 1))
    # The chair on each date is the one in the seat then.
    assert bodies.get_body(demo_db, dtf, date(2026, 12, 31)).chair_name == collector.name
    assert (
        bodies.get_body(demo_db, dtf, date(2027, 1, 1)).chair_name
        == person(demo_db, "CEO, Zilla Panchayat").name
    )


def test_other_roles_may_be_held_by_several(demo_db: Database, dtf: int) -> None:
    seat(demo_db, dtf, "DIET Principal", "convenor")
    seat(demo_db, dtf, "District Project Officer (DPO)", "convenor")
    seat(demo_db, dtf, "DIET Lecturer", "member")
    seat(demo_db, dtf, "DIET Senior Lecturer", "member")
    assert len(composition_on(demo_db, dtf, TODAY)) == 4


def test_one_person_holds_one_seat_on_a_body_at_a_time(demo_db: Database, dtf: int) -> None:
    principal = person(demo_db, "DIET Principal")
    seat(demo_db, dtf, "DIET Principal", "member", end_date=date(2026, 9, 30))
    with pytest.raises(ConflictError) as conflict:
        seat(demo_db, dtf, "DIET Principal", "convenor", date(2026, 9, 1))
    assert str(conflict.value) == (
        f"{principal.name} is already on District Task Force as member from 01/06/2026 to 30/09/2026; "
        "a person holds one seat on a body at a time. End or correct that membership first."
    )
    seat(demo_db, dtf, "DIET Principal", "convenor", date(2026, 10, 1))
    # The same person on another body is fine.
    other = make_body(demo_db, name="District Resource Group", kind="district_resource_group")
    seat(demo_db, other, "DIET Principal", "chair")


def test_a_term_lies_within_the_life_of_the_body(demo_db: Database, dtf: int) -> None:
    with pytest.raises(ValidationError) as excinfo:
        seat(demo_db, dtf, "DIET Principal", "member", date(2026, 5, 31))
    assert excinfo.value.field_errors == {
        "start_date": (
            "District Task Force was formed on 01/06/2026; a membership cannot start before that (31/05/2026)."
        )
    }
    seat(demo_db, dtf, "District Collector", "chair")
    bodies.dissolve_body(demo_db, dtf, date(2026, 10, 31), None)
    with pytest.raises(ValidationError) as excinfo:
        seat(demo_db, dtf, "DIET Principal", "member", date(2026, 11, 1))
    assert excinfo.value.field_errors["start_date"] == (
        "District Task Force was dissolved on 31/10/2026; no one can join it after that."
    )
    with pytest.raises(ValidationError) as excinfo:
        seat(demo_db, dtf, "DIET Principal", "member", date(2026, 7, 1))
    assert excinfo.value.field_errors == {
        "end_date": "District Task Force was dissolved on 31/10/2026; the membership must end by then."
    }
    # A past seat recorded late, inside the body's life, is accepted.
    seat(demo_db, dtf, "DIET Principal", "member", date(2026, 7, 1), end_date=date(2026, 10, 31))


def test_replacing_a_member_keeps_the_history(demo_db: Database, dtf: int) -> None:
    collector = person(demo_db, "District Collector")
    ceo = person(demo_db, "CEO, Zilla Panchayat")
    old = seat(demo_db, dtf, "District Collector", "chair")
    seat(demo_db, dtf, "DIET Principal", "member")
    new = replace_member(
        demo_db, old, MembershipInput(ceo.id, "", date(2026, 11, 1)), "Transferred to Mysuru"
    )

    principal = person(demo_db, "DIET Principal").name
    before = composition_on(demo_db, dtf, date(2026, 10, 31))
    assert [(r.id, r.person_name) for r in before] == [(old, collector.name), (before[1].id, principal)]
    now = composition_on(demo_db, dtf, TODAY)
    assert [(r.person_name, r.role, r.replaces) for r in now] == [
        (ceo.name, "chair", collector.name),
        (principal, "member", None),
    ]
    assert now[0].id == new
    history = membership_history(demo_db, dtf)
    assert [r.id for r in history][-1] == new and len(history) == 3
    ended = next(r for r in history if r.id == old)
    assert (ended.end_date, ended.end_reason) == (date(2026, 10, 31), "Transferred to Mysuru")
    with demo_db.reading() as session:
        assert session.get(BodyMembership, new).replaces_id == old


def test_a_replacement_may_take_another_role(demo_db: Database, dtf: int) -> None:
    old = seat(demo_db, dtf, "DIET Principal", "member")
    new = replace_member(
        demo_db,
        old,
        MembershipInput(person(demo_db, "DIET Principal").id, "convenor", date(2026, 9, 1)),
        "Promoted",
    )
    assert [(r.id, r.role) for r in composition_on(demo_db, dtf, TODAY)] == [(new, "convenor")]


def test_a_replacement_that_breaks_a_rule_changes_nothing(demo_db: Database, dtf: int) -> None:
    old = seat(demo_db, dtf, "District Collector", "chair")
    seat(demo_db, dtf, "DIET Principal", "member")
    principal = person(demo_db, "DIET Principal")
    with pytest.raises(ConflictError, match="is already on District Task Force as member"):
        replace_member(demo_db, old, MembershipInput(principal.id, "", date(2026, 11, 1)), "Transferred")
    with pytest.raises(ValidationError) as excinfo:
        replace_member(demo_db, old, MembershipInput(principal.id, "", FORMED), "Transferred")
    assert excinfo.value.field_errors["start_date"].endswith(
        "took the seat on 01/06/2026; the replacement must start after that."
    )
    with pytest.raises(ValidationError, match="Give the reason the membership ends"):
        replace_member(demo_db, old, MembershipInput(principal.id, "", date(2026, 11, 1)), " ")
    with demo_db.reading() as session:
        assert session.get(BodyMembership, old).end_date is None


def test_a_membership_that_already_ended_is_not_replaced(demo_db: Database, dtf: int) -> None:
    old = seat(demo_db, dtf, "District Collector", "chair", end_date=date(2026, 8, 31))
    ceo = person(demo_db, "CEO, Zilla Panchayat")
    with pytest.raises(
        ConflictError, match="membership already ended on 31/08/2026; add the new member instead"
    ):
        replace_member(demo_db, old, MembershipInput(ceo.id, "", date(2026, 11, 1)), "Transferred")
    # Ending the day before the new start is fine even when the old end was planned later.
    planned = seat(demo_db, dtf, "DIET Principal", "member", end_date=date(2027, 5, 31))
    replace_member(demo_db, planned, MembershipInput(ceo.id, "", date(2026, 12, 1)), "Retired")
    assert composition_on(demo_db, dtf, date(2026, 11, 30))[-1].end_date == date(2026, 11, 30)


def test_ending_a_membership(demo_db: Database, dtf: int) -> None:
    membership = seat(demo_db, dtf, "DIET Principal", "member")
    with pytest.raises(ValidationError, match="Give the reason the membership ends"):
        end_membership(demo_db, membership, date(2026, 9, 30), "")
    with pytest.raises(ValidationError) as excinfo:
        end_membership(demo_db, membership, date(2026, 5, 1), "Retired")
    assert excinfo.value.field_errors["end_date"].endswith(
        "membership started on 01/06/2026; it cannot end before that (01/05/2026)."
    )
    end_membership(demo_db, membership, date(2026, 9, 30), "Retired")
    assert composition_on(demo_db, dtf, TODAY) == []
    with pytest.raises(
        ConflictError, match="membership already ended on 30/09/2026; correct its dates with Edit"
    ):
        end_membership(demo_db, membership, date(2026, 10, 31), "Retired")


def test_correcting_a_membership(demo_db: Database, dtf: int) -> None:
    principal = person(demo_db, "DIET Principal")
    membership = seat(demo_db, dtf, "DIET Principal", "member", date(2026, 7, 1))
    # Its own period does not count as an overlap.
    update_membership(demo_db, membership, MembershipInput(principal.id, "convenor", date(2026, 6, 15)))
    row = composition_on(demo_db, dtf, TODAY)[0]
    assert (row.role, row.start_date) == ("convenor", date(2026, 6, 15))
    seat(demo_db, dtf, "District Collector", "chair")
    with pytest.raises(ConflictError, match="is already the chair of District Task Force"):
        update_membership(demo_db, membership, MembershipInput(principal.id, "chair", date(2026, 6, 15)))


def test_attendance_holds_a_membership_in_place(demo_db: Database, dtf: int) -> None:
    principal = person(demo_db, "DIET Principal")
    membership = seat(demo_db, dtf, "DIET Principal", "member")
    attend(demo_db, meet(demo_db, dtf, date(2026, 8, 10)), membership)
    with pytest.raises(ConflictError) as conflict:
        delete_membership(demo_db, membership)
    assert str(conflict.value) == (
        f"Attendance at one meeting was recorded on {principal.name}'s membership; "
        "end the membership instead of deleting it."
    )
    with pytest.raises(ConflictError, match="its member cannot be changed"):
        update_membership(
            demo_db, membership, MembershipInput(person(demo_db, "DIET Lecturer").id, "member", FORMED)
        )
    with pytest.raises(ConflictError) as conflict:
        update_membership(demo_db, membership, MembershipInput(principal.id, "member", date(2026, 9, 1)))
    assert str(conflict.value) == (
        "Attendance at the meeting of 10/08/2026 was recorded on this membership; its term must include that date."
    )
    with pytest.raises(ConflictError, match="meeting of 10/08/2026"):
        end_membership(demo_db, membership, date(2026, 7, 31), "Transferred")
    end_membership(demo_db, membership, date(2026, 8, 10), "Transferred")


def test_a_membership_entered_by_mistake_is_deleted(demo_db: Database, dtf: int) -> None:
    membership = seat(demo_db, dtf, "DIET Principal", "member")
    delete_membership(demo_db, membership)
    assert membership_history(demo_db, dtf) == []
    with demo_db.reading() as session:
        assert session.scalars(select(BodyMembership)).all() == []


def test_the_bodies_of_a_person(demo_db: Database, dtf: int) -> None:
    principal = person(demo_db, "DIET Principal")
    drg = make_body(demo_db, name="District Resource Group", kind="district_resource_group")
    seat(demo_db, dtf, "DIET Principal", "member", end_date=date(2026, 8, 31))
    seat(demo_db, drg, "DIET Principal", "chair", date(2026, 7, 1))
    now = bodies_of_person(demo_db, principal.id, TODAY)
    assert [(r.body_id, r.body_name, r.role_label, r.unit_name) for r in now] == [
        (drg, "District Resource Group", "Chair", "Kaveri Demo District")
    ]
    every = bodies_of_person(demo_db, principal.id)
    assert [(r.body_id, r.end_date) for r in every] == [(dtf, date(2026, 8, 31)), (drg, None)]

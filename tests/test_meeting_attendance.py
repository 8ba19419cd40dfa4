"""Attendance: the sheet from the body's members on the day, recording it (guests, representatives,
mistakes), and attendance rates over a period."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.meetings import attendance, meetings, reading
from desktop.services.meetings.attendance import AttendanceInput
from tests.test_meetings import (
    NOVEMBER,
    OCTOBER,
    SEPTEMBER,
    TODAY,
    ad_hoc,
    add_member,
    body_meeting,
    make_body,
    person_ids,
    person_name,
)


@pytest.fixture
def task_force(demo_db: Database) -> dict[str, int]:
    """A body whose member left at the end of October and was replaced from 1 November."""
    chair, secretary, leaver, successor, invitee, outsider, deputy = person_ids(demo_db, 7)
    body = make_body(demo_db)
    add_member(demo_db, body, chair, "chair")
    add_member(demo_db, body, secretary, "member_secretary")
    left = add_member(demo_db, body, leaver, end=date(2026, 10, 31))
    add_member(demo_db, body, successor, start=date(2026, 11, 1), replaces_id=left)
    add_member(demo_db, body, invitee, "special_invitee")
    return {
        "body": body,
        "chair": chair,
        "secretary": secretary,
        "leaver": leaver,
        "successor": successor,
        "invitee": invitee,
        "outsider": outsider,
        "deputy": deputy,
    }


def test_the_sheet_lists_the_members_on_the_day_in_role_order(
    demo_db: Database, task_force: dict[str, int]
) -> None:
    meeting_id = body_meeting(demo_db, task_force["body"], NOVEMBER)
    sheet = attendance.attendance_sheet(demo_db, meeting_id)
    assert [row.person_id for row in sheet] == [
        task_force["chair"],
        task_force["secretary"],
        task_force["successor"],  # the leaver's term ended before the meeting
        task_force["invitee"],
    ]
    assert [row.role_label for row in sheet] == ["Chair", "Member secretary", "Member", "Special invitee"]
    assert all(row.member and row.status is None and row.status_label == "Not recorded" for row in sheet)
    october = attendance.attendance_sheet(demo_db, body_meeting(demo_db, task_force["body"], OCTOBER))
    assert task_force["leaver"] in {row.person_id for row in october}
    assert task_force["successor"] not in {row.person_id for row in october}


def test_recording_attendance_with_a_guest_and_a_representative(
    demo_db: Database, task_force: dict[str, int]
) -> None:
    meeting_id = body_meeting(demo_db, task_force["body"], NOVEMBER)
    result = attendance.record_attendance(
        demo_db,
        meeting_id,
        [
            AttendanceInput("present", task_force["chair"]),
            AttendanceInput(
                "represented", task_force["secretary"], represented_by_person_id=task_force["deputy"]
            ),
            AttendanceInput("represented", task_force["successor"], represented_by_name="  Shobha   R. "),
            AttendanceInput("present", task_force["outsider"]),
            AttendanceInput(
                "present", guest_name="Dr. Anil Kumar", guest_designation="Paediatrician, District Hospital"
            ),
        ],
        TODAY,
    )
    assert result.members_recorded == 3
    assert result.guests == (person_name(demo_db, task_force["outsider"]),)
    sheet = {row.name: row for row in attendance.attendance_sheet(demo_db, meeting_id)}
    secretary = sheet[person_name(demo_db, task_force["secretary"])]
    assert (secretary.status_label, secretary.represented_by_name) == (
        "Represented",
        person_name(demo_db, task_force["deputy"]),
    )
    assert sheet[person_name(demo_db, task_force["successor"])].represented_by_name == "Shobha R."
    assert sheet[person_name(demo_db, task_force["invitee"])].status is None  # not recorded yet
    outsider = sheet[person_name(demo_db, task_force["outsider"])]
    assert (outsider.member, outsider.role_label, outsider.membership_id) == (False, "Guest", None)
    doctor = sheet["Dr. Anil Kumar"]
    assert (doctor.person_id, doctor.designation, doctor.status) == (
        None,
        "Paediatrician, District Hospital",
        "present",
    )
    assert list(sheet)[-2:] == sorted(
        [outsider.name, "Dr. Anil Kumar"], key=str.casefold
    )  # guests after members
    assert reading.get_meeting(demo_db, meeting_id).status == "held"  # it took place

    # Recording again replaces the whole record.
    again = attendance.record_attendance(
        demo_db, meeting_id, [AttendanceInput("absent", task_force["chair"])], TODAY
    )
    assert (again.members_recorded, again.guests) == (1, ())
    statuses = {row.name: row.status for row in attendance.attendance_sheet(demo_db, meeting_id)}
    assert statuses[person_name(demo_db, task_force["chair"])] == "absent"
    assert (
        "Dr. Anil Kumar" not in statuses and statuses[person_name(demo_db, task_force["secretary"])] is None
    )


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            lambda t: [AttendanceInput("present", t["chair"]), AttendanceInput("absent", t["chair"])],
            "{chair} is listed twice; record each person once.",
        ),
        (
            lambda t: [AttendanceInput("represented", t["chair"])],
            "{chair} is marked represented; say who represented them.",
        ),
        (
            lambda t: [AttendanceInput("represented", t["chair"], represented_by_person_id=t["chair"])],
            "{chair} cannot be their own representative.",
        ),
        (lambda t: [AttendanceInput("late", t["chair"])], "{chair}: record present, absent or represented."),
        (lambda t: [AttendanceInput("present")], "Row 1: choose the person, or type the guest's name."),
        (
            lambda t: [AttendanceInput("present", 999_999)],
            "Row 1: the chosen person is not in the people records.",
        ),
        (
            lambda t: [AttendanceInput("absent", t["outsider"])],
            "{outsider} is not a member of District Task Force on FLN on 18/11/2026; a guest is recorded only as present.",
        ),
    ],
)
def test_attendance_mistakes_are_named(
    demo_db: Database, task_force: dict[str, int], entries, message: str
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = body_meeting(demo_db, task_force["body"], NOVEMBER)
    names = {key: person_name(demo_db, value) for key, value in task_force.items() if key != "body"}
    with pytest.raises(ValidationError) as refused:
        attendance.record_attendance(demo_db, meeting_id, entries(task_force), TODAY)
    assert refused.value.field_errors == {"entries": message.format(**names)}
    assert reading.get_meeting(demo_db, meeting_id).status == "scheduled"  # nothing written


def test_attendance_waits_for_the_day_and_stops_when_cancelled(
    demo_db: Database, task_force: dict[str, int]
) -> None:
    meeting_id = body_meeting(demo_db, task_force["body"], NOVEMBER)
    with pytest.raises(ConflictError) as early:
        attendance.record_attendance(demo_db, meeting_id, [], date(2026, 11, 17))
    assert early.value.message == (
        "District Task Force on FLN meeting on 18/11/2026 is still to come; attendance can be recorded from that day."
    )
    meetings.cancel_meeting(demo_db, meeting_id, "Flood relief duty")
    with pytest.raises(ConflictError, match="was cancelled"):
        attendance.record_attendance(demo_db, meeting_id, [], TODAY)


def test_undo_held_is_refused_once_attendance_is_recorded(
    demo_db: Database, task_force: dict[str, int]
) -> None:
    meeting_id = body_meeting(demo_db, task_force["body"], NOVEMBER)
    attendance.record_attendance(
        demo_db, meeting_id, [AttendanceInput("present", task_force["chair"])], TODAY
    )
    with pytest.raises(ConflictError) as refused:
        meetings.undo_held(demo_db, meeting_id)
    assert refused.value.message == (
        "District Task Force on FLN meeting on 18/11/2026 already has attendance recorded; it stays held. "
        "Remove what is recorded first if the meeting really did not take place."
    )


def test_an_ad_hoc_meeting_records_everyone_without_guests(demo_db: Database) -> None:
    first, second = person_ids(demo_db, 2)
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db))
    result = attendance.record_attendance(
        demo_db, meeting_id, [AttendanceInput("present", first), AttendanceInput("absent", second)], TODAY
    )
    assert (result.members_recorded, result.guests) == (0, ())
    sheet = attendance.attendance_sheet(demo_db, meeting_id)
    assert {(row.person_id, row.status, row.member) for row in sheet} == {
        (first, "present", False),
        (second, "absent", False),
    }


def test_attendance_rates_count_only_meetings_a_person_sat_on(
    demo_db: Database, task_force: dict[str, int]
) -> None:
    body = task_force["body"]
    held = [body_meeting(demo_db, body, day) for day in (SEPTEMBER, OCTOBER, NOVEMBER)]
    body_meeting(demo_db, body, date(2026, 11, 20))  # still scheduled: not counted
    present, absent, represented = "present", "absent", "represented"
    records = {
        SEPTEMBER: {"chair": present, "secretary": present, "leaver": absent},
        OCTOBER: {"chair": present, "secretary": absent, "leaver": present},
        NOVEMBER: {"chair": represented, "successor": present},
    }
    for meeting_id, (day, marks) in zip(held, records.items(), strict=True):
        entries = [
            AttendanceInput(
                status, task_force[key], represented_by_name="Deputy" if status == represented else None
            )
            for key, status in marks.items()
        ]
        attendance.record_attendance(demo_db, meeting_id, entries, TODAY)
        assert reading.get_meeting(demo_db, meeting_id).meeting_date == day
    rates = {
        rate.person_id: rate
        for rate in attendance.attendance_rates(demo_db, body, date(2026, 9, 1), date(2026, 11, 30))
    }
    chair = rates[task_force["chair"]]
    assert (chair.role_label, chair.meetings, chair.present, chair.represented, chair.rate) == (
        "Chair",
        3,
        2,
        1,
        1.0,
    )
    secretary = rates[task_force["secretary"]]
    assert (secretary.present, secretary.absent, secretary.not_recorded) == (1, 1, 1)
    assert secretary.rate == pytest.approx(1 / 3)
    leaver, successor = rates[task_force["leaver"]], rates[task_force["successor"]]
    assert (leaver.meetings, leaver.rate) == (2, 0.5)
    assert (successor.meetings, successor.rate) == (1, 1.0)
    assert rates[task_force["invitee"]].not_recorded == 3
    assert [r.role_label for r in attendance.attendance_rates(demo_db, body, None, None)][:2] == [
        "Chair",
        "Member secretary",
    ]
    october_only = attendance.attendance_rates(demo_db, body, OCTOBER, OCTOBER)
    assert task_force["successor"] not in {rate.person_id for rate in october_only}
    assert attendance.attendance_rates(demo_db, body, date(2027, 1, 1), None) == []

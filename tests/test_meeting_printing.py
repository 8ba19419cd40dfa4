"""A meeting's printed documents: the minutes (attendance groups, decisions, corrections, action
items raised and carried forward with where they came from, DRAFT until approved, signatures) and
the notice (a circular to the members on the date with the agenda timed), and recording it."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import date, time

import pytest
from pypdf import PdfReader

from desktop.documents.circular import Signatory
from desktop.documents.markup import TableBlock, parse_body
from desktop.services import circulars, dispatch
from desktop.services.committees.memberships import MembershipInput, add_member, end_membership
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.meetings import (
    action_listing,
    actions,
    agenda,
    attendance,
    meetings,
    minutes,
    printing,
    reading,
)
from desktop.services.meetings.actions import ActionItemInput
from desktop.services.meetings.agenda import AgendaItemInput
from desktop.services.meetings.attendance import AttendanceInput
from desktop.services.meetings.minutes import MinutesEntry
from desktop.services.meetings.reading import MeetingInput
from tests.test_committees import TODAY, make_body, person

SEPTEMBER, OCTOBER, DECEMBER = date(2026, 9, 15), date(2026, 10, 14), date(2026, 12, 10)
SIGNATORY = Signatory("Savitha K. Patil", "Deputy Director of Public Instruction")


@dataclass(frozen=True)
class Committee:
    body: int
    chair: int
    secretary: int
    member: int
    absentee: int
    leaver: int
    newcomer: int
    outsider: int


def seat(db: Database, body_id: int, person_id: int, role: str, start: date = date(2026, 6, 1)) -> int:
    return add_member(db, body_id, MembershipInput(person_id, role, start))


@pytest.fixture
def committee(demo_db: Database) -> Committee:
    return make_committee(demo_db)


def make_committee(demo_db: Database) -> Committee:
    """A District Task Force: chair, member secretary, two members, one who left at the end of
    October and one who joins in December; and someone from the records who is not a member."""
    chair = person(demo_db, "District Collector").id
    secretary = person(demo_db, "DIET Principal").id
    member, absentee, leaver, newcomer, outsider = (person(demo_db, "DIET Lecturer", i).id for i in range(5))
    body = make_body(demo_db, name="District Task Force on FLN")
    seat(demo_db, body, chair, "chair")
    seat(demo_db, body, secretary, "member_secretary")
    seat(demo_db, body, member, "member")
    seat(demo_db, body, absentee, "member")
    end_membership(demo_db, seat(demo_db, body, leaver, "member"), date(2026, 10, 31), "Transferred")
    seat(demo_db, body, newcomer, "member", start=date(2026, 12, 1))
    return Committee(body, chair, secretary, member, absentee, leaver, newcomer, outsider)


def schedule(db: Database, body_id: int, on: date) -> int:
    data = MeetingInput("", on, body_id, start_time=time(11, 0), end_time=time(13, 0), venue="DDPI hall")
    return meetings.schedule_meeting(db, data)


def name_of(db: Database, person_id: int) -> str:
    from desktop.services import people

    return people.person_rows(db, [person_id])[person_id].name


def write_minutes(db: Database, meeting_id: int, decisions: str) -> None:
    rows = reading.get_meeting(db, meeting_id).agenda
    entries = [MinutesEntry(row.id, "Discussed as listed.", decisions) for row in rows]
    minutes.save_minutes(db, meeting_id, entries, TODAY)


@pytest.fixture
def october(demo_db: Database, committee: Committee) -> tuple[int, int]:
    """September's meeting (approved) raised an item carried to October's (drafted), which records
    attendance with a representative and guests, a correction to September's minutes, a review of
    the carried item and an item of its own. Returns (september, october) meeting ids."""
    september = schedule(demo_db, committee.body, SEPTEMBER)
    agenda.save_agenda(demo_db, september, [AgendaItemInput("Reading survey")])
    write_minutes(demo_db, september, "Survey all schools.")
    actions.add_action_item(
        demo_db,
        september,
        ActionItemInput("Visit the five weakest schools", committee.member, date(2026, 10, 1)),
        TODAY,
    )
    minutes.approve_minutes(demo_db, september, date(2026, 9, 20), "Basavaraj Kulkarni, Chair")

    meeting = schedule(demo_db, committee.body, OCTOBER)
    rows = agenda.save_agenda(
        demo_db,
        meeting,
        [AgendaItemInput("Reading levels in Grade 3", committee.secretary, 45)],
    )
    attendance.record_attendance(
        demo_db,
        meeting,
        [
            AttendanceInput("present", committee.chair),
            AttendanceInput("present", committee.secretary),
            AttendanceInput("represented", committee.member, represented_by_name="Shobha R."),
            AttendanceInput("absent", committee.absentee),
            AttendanceInput("present", committee.outsider),
            AttendanceInput("present", guest_name="Dr. Anil Kumar", guest_designation="Paediatrician"),
        ],
        TODAY,
    )
    minutes.save_minutes(
        demo_db,
        meeting,
        [
            MinutesEntry(rows[0].id, "The minutes of September were read.", "Confirmed with one correction."),
            MinutesEntry(
                rows[1].id,
                "The DIET Principal presented the levels.",
                "- Schools below the block average get a visit.\n- Workbooks go to every Grade 3 class.",
            ),
        ],
        TODAY,
    )
    minutes.record_correction(demo_db, september, meeting, "Item 1: the survey covers Grade 3 only.")
    carried = action_listing.items_for_meeting(demo_db, meeting).carried[0]
    actions.review_action_item(demo_db, carried.id, meeting, "Three of the five schools visited")
    actions.add_action_item(
        demo_db,
        meeting,
        ActionItemInput("Distribute Grade 3 workbooks", committee.secretary, date(2026, 11, 30), rows[1].id),
        TODAY,
    )
    return september, meeting


def words(pdf: bytes) -> str:
    """The PDF's words, spaced singly, ligatures undone."""
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


# --- the minutes ---------------------------------------------------------------------------------


def test_the_minutes_show_attendance_decisions_corrections_and_action_items(
    demo_db: Database, committee: Committee, october: tuple[int, int]
) -> None:
    _september, meeting = october
    data = printing.minutes_of(demo_db, meeting)
    groups = {
        status: [a.name for a in data.attendees if a.status == status]
        for status in ("present", "represented", "absent", "guest")
    }
    assert groups == {
        "present": [name_of(demo_db, committee.chair), name_of(demo_db, committee.secretary)],
        "represented": [name_of(demo_db, committee.member)],
        "absent": sorted([name_of(demo_db, committee.absentee), name_of(demo_db, committee.leaver)]),
        "guest": sorted([name_of(demo_db, committee.outsider), "Dr. Anil Kumar"], key=str.casefold),
    }  # the leaver was still a member in October and nothing was recorded for them: absent
    assert [c.item for c in data.corrections] == [1]  # under the confirmation of September's minutes
    (carried,) = data.reviewed
    assert (carried.raised_on, carried.status, carried.overdue_days, carried.note) == (
        SEPTEMBER,
        "open",
        13,  # due 01/10/2026, the meeting was on 14/10/2026
        "Three of the five schools visited",
    )
    assert [s.role for s in data.signatures] == ["Chair", "Member secretary"]
    assert [s.name for s in data.signatures] == [
        name_of(demo_db, committee.chair),
        name_of(demo_db, committee.secretary),
    ]

    text = words(printing.minutes_pdf(demo_db, meeting))
    for expected in (
        "DRAFT — NOT APPROVED",
        "Draft minutes: not yet approved.",
        "Members present (2)",
        "Members represented (1)",
        f"{name_of(demo_db, committee.member)}, DIET Lecturer (Member) represented by Shobha R.",
        "Members absent (2)",
        "Guests (2)",
        "Dr. Anil Kumar, Paediatrician",
        "Item 1. Confirmation of the minutes of the meeting held on 15/09/2026",
        "Correction to the minutes of 15/09/2026: Item 1: the survey covers Grade 3 only.",
        "Item 2. Reading levels in Grade 3",
        "Decisions:",
        "Schools below the block average get a visit.",
        "Action items raised in this meeting",
        "Distribute Grade 3 workbooks",
        "30/11/2026",
        "Action items carried forward and reviewed",
        "Visit the five weakest schools",
        "overdue by 13 days",
        "Three of the five schools visited",
        "District Task Force on FLN meeting, 15/09/2026",  # where it came from: September's meeting
    ):
        assert expected in text, expected
    assert "- Schools below" not in text  # the typed dash became the list's bullet

    minutes.approve_minutes(demo_db, meeting, date(2026, 10, 20), "Basavaraj Kulkarni, Chair")
    approved = words(printing.minutes_pdf(demo_db, meeting))
    assert "Approved on 20/10/2026 by Basavaraj Kulkarni, Chair" in approved
    assert "DRAFT" not in approved and "not yet approved" not in approved


def test_an_item_closed_later_shows_as_open_in_the_minutes_of_the_meeting_before(
    demo_db: Database, committee: Committee, october: tuple[int, int]
) -> None:
    _september, meeting = october
    carried = action_listing.items_for_meeting(demo_db, meeting).carried[0]
    actions.close_action_item(demo_db, carried.id, "done", date(2026, 11, 2))
    (row,) = printing.minutes_of(demo_db, meeting).reviewed
    assert (row.status, row.overdue_days) == ("open", 13)


def test_the_minutes_are_saved_whole(
    demo_db: Database,
    october: tuple[int, int],
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    _september, meeting = october
    target = tmp_path / "saved" / "minutes.pdf"
    target.parent.mkdir()
    assert printing.save_minutes_pdf(demo_db, meeting, target) == target
    assert target.read_bytes().startswith(b"%PDF") and "Reading levels in Grade 3" in words(
        target.read_bytes()
    )
    assert [p.name for p in target.parent.iterdir()] == ["minutes.pdf"]  # no partial file left
    detail = reading.get_meeting(demo_db, meeting)
    assert printing.minutes_file_name(detail) == "Minutes District Task Force on FLN meeting 2026-10-14.pdf"


def test_no_minutes_for_a_meeting_still_scheduled_or_cancelled(
    demo_db: Database, committee: Committee
) -> None:
    meeting = schedule(demo_db, committee.body, DECEMBER)
    with pytest.raises(
        ConflictError, match="on 10/12/2026 is still scheduled; its minutes can be printed once"
    ):
        printing.minutes_pdf(demo_db, meeting)
    meetings.cancel_meeting(demo_db, meeting, "Elections")
    with pytest.raises(ConflictError, match=r"was cancelled \(Elections\); it has no minutes"):
        printing.minutes_pdf(demo_db, meeting)


def test_an_ad_hoc_meeting_lists_who_attended_and_is_signed_by_its_chair(
    demo_db: Database, committee: Committee
) -> None:
    from desktop.services.committees.bodies import get_body

    body = get_body(demo_db, committee.body, TODAY)
    data = MeetingInput(
        "Review of mid-day meal complaints",
        OCTOBER,
        level="district",
        unit_id=body.data.unit_id,
        office_id=body.data.office_id,
        chair_person_id=committee.chair,
    )
    meeting = meetings.schedule_meeting(demo_db, data)
    attendance.record_attendance(
        demo_db,
        meeting,
        [AttendanceInput("present", committee.chair), AttendanceInput("absent", committee.outsider)],
        TODAY,
    )
    printed = printing.minutes_of(demo_db, meeting)
    assert printed.body is None
    assert [(a.name, a.status) for a in printed.attendees] == sorted(
        [(name_of(demo_db, committee.chair), "present"), (name_of(demo_db, committee.outsider), "absent")],
        key=lambda pair: pair[0].casefold(),
    )
    assert [(s.role, s.name) for s in printed.signatures] == [
        ("Chair", name_of(demo_db, committee.chair)),
        ("Convening officer", None),
    ]
    assert "Attendance" in words(printing.minutes_pdf(demo_db, meeting))


# --- the notice ----------------------------------------------------------------------------------


def table_of(body: str) -> list[list[str]]:
    table = next(block for block in parse_body(body) if isinstance(block, TableBlock))
    return [["".join(span.text for span in cell) for cell in row] for row in table.rows]


@pytest.fixture
def december(demo_db: Database, committee: Committee, october: tuple[int, int]) -> int:
    meeting = schedule(demo_db, committee.body, DECEMBER)
    automatic = reading.get_meeting(demo_db, meeting).agenda[0]
    agenda.save_agenda(
        demo_db,
        meeting,
        [
            AgendaItemInput(automatic.title, None, 15, id=automatic.id),
            AgendaItemInput("Reading levels | block-wise {table}", committee.secretary, 45),
            AgendaItemInput("Teacher vacancies", None, 30),
        ],
    )
    return meeting


def test_the_notice_goes_to_the_members_on_the_date_with_the_agenda_timed(
    demo_db: Database, committee: Committee, december: int
) -> None:
    draft, person_ids = printing.notice_draft(demo_db, december, signatory=SIGNATORY, issued_on=TODAY)
    members = {committee.chair, committee.secretary, committee.member, committee.absentee, committee.newcomer}
    assert set(person_ids) == members  # the leaver's term ended in October; the newcomer joined
    assert {r.id for r in draft.recipients} == members and {r.kind for r in draft.recipients} == {"person"}
    assert draft.subject == "Meeting of the District Task Force on FLN on 10/12/2026"
    assert (draft.office_id, draft.issued_on, draft.signatory) == (
        reading.get_meeting(demo_db, december).office_id,
        TODAY,
        SIGNATORY,
    )
    for line in ("*Date:* 10/12/2026 (Thursday)", "*Time:* 11:00 AM to 1:00 PM", "*Venue:* DDPI hall"):
        assert line in draft.body.splitlines()
    assert table_of(draft.body) == [
        ["No.", "Item", "Presenter", "Time"],
        [
            "1",
            "Confirmation of the minutes of the meeting held on 14/10/2026 and review of the action items "
            "still open",
            "—",
            "11:00 AM",
        ],
        ["2", "Reading levels / block-wise {{table}}", name_of(demo_db, committee.secretary), "11:15 AM"],
        ["3", "Teacher vacancies", "—", "12:00 PM"],
    ]
    preview = words(circulars.preview(demo_db, draft))  # every check of issuing passes
    assert "Reading levels / block-wise {table}" in preview and "12:00 PM" in preview


def test_the_notice_is_refused_after_the_meeting_or_in_another_language(
    demo_db: Database, committee: Committee, october: tuple[int, int], december: int
) -> None:
    with pytest.raises(ConflictError, match="is minutes drafted; a notice goes out only for a meeting still"):
        printing.notice_draft(demo_db, october[1], signatory=SIGNATORY, issued_on=TODAY)
    with pytest.raises(ValidationError) as late:
        printing.notice_draft(demo_db, december, signatory=SIGNATORY, issued_on=date(2026, 12, 11))
    assert late.value.field_errors["issued_on"] == (
        "The notice is dated 11/12/2026, after the meeting on 10/12/2026; date it on or before the meeting."
    )
    with pytest.raises(ValidationError, match="available in English"):
        printing.notice_draft(demo_db, december, language="kn", signatory=SIGNATORY, issued_on=TODAY)


def test_the_issued_notice_is_recorded_on_the_meeting(demo_db: Database, december: int) -> None:
    draft, _ids = printing.notice_draft(demo_db, december, signatory=SIGNATORY, issued_on=TODAY)
    issued = circulars.issue_circular(demo_db, draft)
    printing.record_notice(demo_db, december, issued.entry_id)
    assert reading.get_meeting(demo_db, december).notice_entry_id == issued.entry_id
    with pytest.raises(ConflictError, match="its notice was issued from the dispatch register"):
        meetings.delete_meeting(demo_db, december)

    again = circulars.issue_circular(demo_db, draft)
    dispatch.cancel(demo_db, again.entry_id, "Wrong date")
    with pytest.raises(
        ConflictError, match=rf"Circular No. {again.number} was cancelled; it cannot be recorded"
    ):
        printing.record_notice(demo_db, december, again.entry_id)
    assert reading.get_meeting(demo_db, december).notice_entry_id == issued.entry_id


def test_an_item_escalated_from_below_says_where_it_came_from(db: Database) -> None:
    from desktop.services.demo import generate_demo

    generate_demo(db, today=TODAY)
    escalated = [
        (meeting.id, index, row)
        for meeting in reading.list_meetings(db)
        for index, row in enumerate(action_listing.items_for_meeting(db, meeting.id).carried)
        if row.escalated and row.raised_level != meeting.level
    ]
    meeting_id, index, row = escalated[0]
    printed = printing.minutes_of(db, meeting_id).reviewed[index]  # in the same order
    assert (printed.description, printed.raised_on) == (row.description, row.raised_on)
    assert printed.raised_in == row.raised_meeting_title  # the title names the cluster already
    assert row.raised_unit_name.split(" (")[0] in row.raised_meeting_title
    assert "Action items carried forward and reviewed" in words(printing.minutes_pdf(db, meeting_id))

"""The 2-4-6-8 review cadence: review groups, the month's plan and generated meetings, the month
calendar and the level-by-level summary. Every date is fixed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import event, select

from db.models import (
    ActionItem,
    ActionItemEvent,
    Block,
    Body,
    Cluster,
    District,
    Holiday,
    Meeting,
    Office,
    Person,
    School,
)
from desktop.services.calendar.cadence import (
    LevelSummary,
    MonthMeeting,
    cascade_summary,
    generate_month,
    month_view,
    plan_month,
)
from desktop.services.calendar.review_groups import create_review_groups
from desktop.services.calendar.settings import CalendarSettings, save_calendar_settings
from desktop.services.committees.units import Unit
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.meetings.creation import add_meeting
from desktop.services.progress import CancelledError, Progress

TODAY = date(2026, 11, 23)
FORMED = date(2026, 6, 1)
HOLIDAYS = {
    date(2026, 10, 2): "Gandhi Jayanti",
    date(2026, 10, 20): "Vijayadashami",
    date(2026, 12, 25): "Christmas",
    date(2027, 1, 15): "Makara Sankranti",
    date(2027, 1, 26): "Republic Day",
}


@dataclass(frozen=True)
class Tumakuru:
    district: int
    gubbi: int
    tiptur: int
    clusters: dict[str, int]  # "Hirehalli (Gubbi)" → id
    schools: list[int]
    ddpi: int
    beo_gubbi: int
    no_district: int


@pytest.fixture
def place(db: Database) -> Tumakuru:
    with db.transaction() as session:
        district = District(name="Tumakuru", state_name="Karnataka", udise_code="2918")
        session.add(district)
        session.flush()
        gubbi, tiptur = (
            Block(district_id=district.id, name="Gubbi"),
            Block(district_id=district.id, name="Tiptur"),
        )
        session.add_all([gubbi, tiptur])
        session.flush()
        clusters = {
            "Hirehalli (Gubbi)": Cluster(block_id=gubbi.id, name="Hirehalli"),
            "Kadaba (Gubbi)": Cluster(block_id=gubbi.id, name="Kadaba"),
            "Hirehalli (Tiptur)": Cluster(block_id=tiptur.id, name="Hirehalli"),
        }
        session.add_all(clusters.values())
        session.flush()
        schools = [
            School(
                udise_code=f"291801000{n}{n}",
                name=name,
                district_id=district.id,
                block_id=gubbi.id,
                cluster_id=clusters["Hirehalli (Gubbi)"].id,
            )
            for n, name in ((1, "GHPS Hirehalli"), (2, "GLPS Hosakere"))
        ]
        session.add_all(schools)
        ddpi = Office(
            name="Office of the DDPI, Tumakuru", kind="DDPI", office_code="DDPI/TMK", district_id=district.id
        )
        beo = Office(
            name="Office of the BEO, Gubbi",
            kind="BEO",
            office_code="BEO/GUB",
            district_id=district.id,
            block_id=gubbi.id,
        )
        loose = Office(name="Partner liaison office", kind="Other", office_code="PLO")
        session.add_all([ddpi, beo, loose])
        session.flush()
        session.add_all(Holiday(office_id=ddpi.id, on_date=on, name=name) for on, name in HOLIDAYS.items())
        return Tumakuru(
            district.id,
            gubbi.id,
            tiptur.id,
            {key: cluster.id for key, cluster in clusters.items()},
            [school.id for school in schools],
            ddpi.id,
            beo.id,
            loose.id,
        )


def _all_groups(db: Database, place: Tumakuru, formed_on: date = FORMED) -> None:
    assert create_review_groups(db, place.ddpi, "district", formed_on) == 1
    assert create_review_groups(db, place.ddpi, "block", formed_on) == 2
    assert create_review_groups(db, place.ddpi, "cluster", formed_on) == 3
    assert create_review_groups(db, place.ddpi, "school", formed_on, place.schools[:1]) == 1


def _meetings(db: Database) -> list[tuple[str, str, date]]:
    with db.reading() as session:
        rows = session.execute(
            select(Meeting.level, Meeting.title, Meeting.meeting_date).order_by(
                Meeting.meeting_date, Meeting.title
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _body_id(db: Database, name: str) -> int:
    with db.reading() as session:
        return session.scalars(select(Body.id).where(Body.name == name)).one()


def _body(db: Database, place: Tumakuru, name: str, level: str, unit_id: int, **values: object) -> int:
    """A body made directly, as the committees screens would have saved it."""
    with db.transaction() as session:
        body = Body(
            name=name,
            kind=values.pop("kind", "custom"),
            kind_other="Task force",
            level=level,
            office_id=values.pop("office_id", place.ddpi),
            formed_on=values.pop("formed_on", FORMED),
            meeting_frequency=values.pop("meeting_frequency", "review_cadence"),
            **Unit(level, unit_id).columns(),
            **values,
        )
        session.add(body)
        session.flush()
        return body.id


def test_review_groups_for_every_unit_once(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    with db.reading() as session:
        bodies = session.execute(
            select(Body.name, Body.kind, Body.level, Body.meeting_frequency, Body.office_id).order_by(Body.id)
        ).all()
        search = session.scalar(select(Body.search_text).where(Body.name == "Kadaba cluster review"))
    assert [(name, kind, level) for name, kind, level, _f, _o in bodies] == [
        ("Tumakuru district review", "custom", "district"),
        ("Gubbi block review", "block_review_group", "block"),
        ("Tiptur block review", "block_review_group", "block"),
        ("Hirehalli cluster review", "cluster_review_group", "cluster"),
        ("Kadaba cluster review", "cluster_review_group", "cluster"),
        ("Hirehalli cluster review", "cluster_review_group", "cluster"),
        ("GHPS Hirehalli review", "school_committee", "school"),
    ]
    assert {(f, o) for *_rest, f, o in bodies} == {("review_cadence", place.ddpi)}
    assert (
        search
        == "kadaba cluster review\x1fcluster review group\x1fkadaba cluster (gubbi block)\x1foffice of the ddpi, tumakuru"
    )
    # Again: every unit has its group, none is formed twice.
    for level in ("district", "block", "cluster"):
        assert create_review_groups(db, place.ddpi, level, date(2026, 12, 1)) == 0
    assert create_review_groups(db, place.ddpi, "school", FORMED, place.schools) == 1


def test_review_groups_skip_units_with_a_cadence_body_and_rename_after_a_dissolved_one(
    db: Database, place: Tumakuru
) -> None:
    _body(db, place, "Gubbi block task force", "block", place.gubbi)
    _body(
        db,
        place,
        "Tiptur block review",
        "block",
        place.tiptur,
        kind="block_review_group",
        formed_on=date(2025, 6, 1),
        dissolved_on=date(2026, 3, 31),
    )
    # A monthly (not cadence) body of another kind does not count.
    _body(
        db,
        place,
        "Kadaba cluster forum",
        "cluster",
        place.clusters["Kadaba (Gubbi)"],
        meeting_frequency="monthly",
    )
    assert create_review_groups(db, place.ddpi, "block", FORMED) == 1
    assert _body_id(db, "Tiptur block review (2026)")
    assert create_review_groups(db, place.ddpi, "cluster", FORMED, [place.clusters["Kadaba (Gubbi)"]]) == 1


def test_review_groups_are_checked(db: Database, place: Tumakuru) -> None:
    with pytest.raises(ConflictError) as no_district:
        create_review_groups(db, place.no_district, "cluster", FORMED)
    assert no_district.value.message == (
        "Partner liaison office has no district set, so it is not known whose clusters it reviews; "
        "set its district on the Offices page first."
    )
    with pytest.raises(ValidationError) as no_schools:
        create_review_groups(db, place.ddpi, "school", FORMED)
    assert no_schools.value.field_errors == {
        "unit_ids": "Choose the schools whose committees are to review monthly."
    }
    with pytest.raises(ValidationError) as outside:
        create_review_groups(db, place.ddpi, "cluster", FORMED, [place.clusters["Kadaba (Gubbi)"], 999])
    assert outside.value.field_errors == {
        "unit_ids": "These clusters are not in Tumakuru district or no longer exist: #999."
    }
    with pytest.raises(ValidationError, match="Choose the level"):
        create_review_groups(db, place.ddpi, "taluk", FORMED)
    with pytest.raises(NotFoundError, match="Office #999"):
        create_review_groups(db, 999, "block", FORMED)
    with db.reading() as session:
        assert session.scalars(select(Body)).all() == []


def test_december_2026(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    plan = plan_month(db, place.ddpi, 2026, 12)
    assert [(p.level, p.unit_name, p.meeting_date, p.existing_meeting_id) for p in plan] == [
        ("school", "GHPS Hirehalli (29180100011)", date(2026, 12, 2), None),
        ("cluster", "Hirehalli cluster (Gubbi block)", date(2026, 12, 4), None),
        ("cluster", "Hirehalli cluster (Tiptur block)", date(2026, 12, 4), None),
        ("cluster", "Kadaba cluster (Gubbi block)", date(2026, 12, 4), None),
        ("block", "Gubbi block", date(2026, 12, 7), None),
        ("block", "Tiptur block", date(2026, 12, 7), None),
        ("district", "Tumakuru district", date(2026, 12, 9), None),
    ]
    assert plan[1].note == "4th working day of December 2026."
    assert _meetings(db) == []  # planning writes nothing
    report = generate_month(db, place.ddpi, 2026, 12, venue=" DDPI  meeting hall ")
    assert (report.created, report.existing, report.skipped) == (7, 0, [])
    assert _meetings(db) == [
        ("school", "School review — GHPS Hirehalli — December 2026", date(2026, 12, 2)),
        ("cluster", "Cluster review — Hirehalli cluster — December 2026", date(2026, 12, 4)),
        ("cluster", "Cluster review — Hirehalli cluster — December 2026", date(2026, 12, 4)),
        ("cluster", "Cluster review — Kadaba cluster — December 2026", date(2026, 12, 4)),
        ("block", "Block review — Gubbi block — December 2026", date(2026, 12, 7)),
        ("block", "Block review — Tiptur block — December 2026", date(2026, 12, 7)),
        ("district", "District review — Tumakuru district — December 2026", date(2026, 12, 9)),
    ]
    with db.reading() as session:
        details = set(
            session.execute(select(Meeting.cadence_month, Meeting.start_time, Meeting.venue, Meeting.status))
        )
    assert details == {("2026-12", time(10, 30), "DDPI meeting hall", "scheduled")}


def test_generating_twice_creates_nothing_the_second_time(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    generate_month(db, place.ddpi, 2026, 12)
    again = generate_month(db, place.ddpi, 2026, 12, start_time=None)
    assert (again.created, again.existing, again.skipped) == (0, 7, [])
    assert len(_meetings(db)) == 7
    assert all(p.existing_meeting_id is not None for p in plan_month(db, place.ddpi, 2026, 12))


def test_cancelling_the_generation_schedules_nothing(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    progress = Progress()
    progress.cancel()
    with pytest.raises(CancelledError):
        generate_month(db, place.ddpi, 2026, 12, progress=progress)
    assert _meetings(db) == []


def test_october_2026_around_gandhi_jayanti(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    generate_month(db, place.ddpi, 2026, 10)
    by_level = {level: on for level, _title, on in _meetings(db)}
    # 2 October is off; 3 October is the 1st Saturday (worked), 10 October the 2nd (off).
    assert by_level == {
        "school": date(2026, 10, 3),
        "cluster": date(2026, 10, 6),
        "block": date(2026, 10, 8),
        "district": date(2026, 10, 12),
    }
    # A body convened by the block office goes by that office's calendar, which lacks 2 October.
    _body(db, place, "Gubbi BEO review", "block", place.gubbi, office_id=place.beo_gubbi)
    [beo] = plan_month(db, place.beo_gubbi, 2026, 10)
    assert (beo.body_name, beo.meeting_date) == ("Gubbi BEO review", date(2026, 10, 7))


def test_january_2027_with_every_saturday_off(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    save_calendar_settings(db, place.ddpi, CalendarSettings(weekly_offs=(5, 6), off_saturdays=()))
    generate_month(db, place.ddpi, 2027, 1)
    by_level = {level: on for level, _title, on in _meetings(db)}
    assert by_level == {
        "school": date(2027, 1, 4),
        "cluster": date(2027, 1, 6),
        "block": date(2027, 1, 8),
        "district": date(2027, 1, 12),
    }
    view = month_view(db, 2027, 1, place.ddpi)
    assert view.days_off[date(2027, 1, 26)] == "Republic Day"
    assert view.days_off[date(2027, 1, 2)] == "Saturday"
    assert date(2027, 1, 4) not in view.days_off
    assert len(view.days_off) == 12  # 5 Saturdays, 5 Sundays, 2 holidays


def test_a_meeting_already_in_the_month_is_not_duplicated(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    kadaba = _body_id(db, "Kadaba cluster review")
    tiptur = _body_id(db, "Tiptur block review")
    with db.transaction() as session:
        by_hand = add_meeting(
            session,
            title="Kadaba review (moved for the exam)",
            meeting_date=date(2026, 12, 15),
            body=session.get(Body, kadaba),
        ).id
        dropped = add_meeting(
            session, title="Tiptur review", meeting_date=date(2026, 12, 3), body=session.get(Body, tiptur)
        )
        dropped.status, dropped.cancel_reason = "cancelled", "Called off"
    plan = {p.body_name + " " + p.unit_name: p for p in plan_month(db, place.ddpi, 2026, 12)}
    kadaba_plan = plan["Kadaba cluster review Kadaba cluster (Gubbi block)"]
    assert (kadaba_plan.existing_meeting_id, kadaba_plan.meeting_date) == (by_hand, date(2026, 12, 15))
    assert kadaba_plan.note == "Already has a meeting on 15/12/2026 (scheduled)."
    # A cancelled meeting entered by hand does not take the month's place.
    assert plan["Tiptur block review Tiptur block"].meeting_date == date(2026, 12, 7)
    report = generate_month(db, place.ddpi, 2026, 12)
    assert (report.created, report.existing) == (6, 1)
    with db.reading() as session:
        kadaba_meetings = session.scalars(select(Meeting.meeting_date).where(Meeting.body_id == kadaba)).all()
    assert kadaba_meetings == [date(2026, 12, 15)]


def test_a_cancelled_review_is_not_generated_again(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    generate_month(db, place.ddpi, 2026, 12)
    gubbi = _body_id(db, "Gubbi block review")
    with db.transaction() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.body_id == gubbi)).one()
        meeting.status, meeting.cancel_reason = "cancelled", "Election code of conduct"
    report = generate_month(db, place.ddpi, 2026, 12)
    assert (report.created, report.existing) == (0, 6)
    assert report.skipped == [
        "Gubbi block review: This month's review (07/12/2026) was cancelled; add a meeting by hand if it is "
        "to be held after all."
    ]


def test_bodies_formed_or_dissolved_during_the_month(db: Database, place: Tumakuru) -> None:
    cluster = place.clusters["Kadaba (Gubbi)"]
    _body(db, place, "Late cluster group", "cluster", cluster, formed_on=date(2026, 12, 5))
    _body(db, place, "Late block group", "block", place.gubbi, formed_on=date(2026, 12, 5))
    _body(db, place, "Closing block group", "block", place.tiptur, dissolved_on=date(2026, 12, 7))
    _body(db, place, "Closing district group", "district", place.district, dissolved_on=date(2026, 12, 8))
    _body(db, place, "Gone before December", "district", place.district, dissolved_on=date(2026, 11, 30))
    _body(db, place, "Formed in January", "district", place.district, formed_on=date(2027, 1, 1))
    _body(db, place, "Monthly, not cadence", "district", place.district, meeting_frequency="monthly")
    _body(db, place, "Another office's group", "block", place.gubbi, office_id=place.beo_gubbi)
    plan = {p.body_name: (p.meeting_date, p.note) for p in plan_month(db, place.ddpi, 2026, 12)}
    assert plan == {
        "Late cluster group": (
            None,
            "Formed on 05/12/2026, after the 4th working day (04/12/2026); its first review is next month.",
        ),
        "Late block group": (date(2026, 12, 7), "6th working day of December 2026."),
        "Closing block group": (date(2026, 12, 7), "6th working day of December 2026."),
        "Closing district group": (
            None,
            "Dissolved on 08/12/2026, before the 8th working day (09/12/2026); no review this month.",
        ),
    }
    report = generate_month(db, place.ddpi, 2026, 12)
    assert (report.created, report.existing, len(report.skipped)) == (2, 0, 2)
    assert report.skipped[0].startswith("Late cluster group: Formed on 05/12/2026")


def test_a_month_with_too_few_working_days(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    save_calendar_settings(db, place.ddpi, CalendarSettings(weekly_offs=(1, 2, 3, 4, 5, 6), off_saturdays=()))
    plan = {p.level: (p.meeting_date, p.note) for p in plan_month(db, place.ddpi, 2026, 12)}
    # Mondays only: 7, 14, 21 and 28 December.
    assert plan["school"][0] == date(2026, 12, 14)
    assert plan["cluster"][0] == date(2026, 12, 28)
    assert plan["block"] == (
        None,
        "December 2026 has only 4 working days in the calendar of Office of the DDPI, Tumakuru; "
        "the block review needs the 6th.",
    )
    assert plan["district"][0] is None


def test_plan_of_a_bad_month_or_office(db: Database, place: Tumakuru) -> None:
    with pytest.raises(ValidationError, match="13/2026 is not a month"):
        plan_month(db, place.ddpi, 2026, 13)
    with pytest.raises(NotFoundError, match="Office #999"):
        generate_month(db, 999, 2026, 12)
    assert plan_month(db, place.ddpi, 2026, 12) == []


def test_month_view_without_an_office_uses_the_common_calendar(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    generate_month(db, place.ddpi, 2026, 12, start_time=time(11, 0))
    with db.transaction() as session:
        adhoc = add_meeting(
            session,
            title="Gubbi BEO staff meeting",
            meeting_date=date(2026, 12, 4),
            body=None,
            office_id=place.beo_gubbi,
            unit=Unit("block", place.gubbi),
            start_time=time(9, 30),
        ).id
    everything = month_view(db, 2026, 12)
    assert everything.days_off[date(2026, 12, 12)] == "2nd Saturday"
    assert date(2026, 12, 25) not in everything.days_off  # holidays are the office's own
    assert len(everything.days_off) == 6
    fourth = everything.meetings[date(2026, 12, 4)]
    assert fourth[0] == MonthMeeting(
        adhoc, "Gubbi BEO staff meeting", "block", "scheduled", None, time(9, 30)
    )
    assert [m.body_name for m in fourth[1:]] == [
        "Hirehalli cluster review",
        "Hirehalli cluster review",
        "Kadaba cluster review",
    ]
    ddpi = month_view(db, 2026, 12, place.ddpi)
    assert ddpi.days_off[date(2026, 12, 25)] == "Christmas"
    assert sum(len(day) for day in ddpi.meetings.values()) == 7
    assert sorted(ddpi.meetings) == [date(2026, 12, d) for d in (2, 4, 7, 9)]


def _count_queries(db: Database) -> list[str]:
    """The SELECT statements run from now on."""
    statements: list[str] = []

    def seen(_conn, _cursor, statement: str, *_rest: object) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    return statements


def test_planning_reads_a_fixed_number_of_times(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    statements = _count_queries(db)
    assert len(plan_month(db, place.ddpi, 2026, 12)) == 7
    few = len(statements)
    create_review_groups(db, place.ddpi, "school", FORMED, place.schools)
    _body(db, place, "Gubbi block task force", "block", place.gubbi)
    statements.clear()
    assert len(plan_month(db, place.ddpi, 2026, 12)) == 9
    assert len(statements) == few


def test_cascade_summary_counts_each_level(db: Database, place: Tumakuru) -> None:
    _all_groups(db, place)
    create_review_groups(db, place.ddpi, "school", FORMED, place.schools)
    generate_month(db, place.ddpi, 2026, 11)
    with db.transaction() as session:
        person = Person(name="Savitha K. Patil", designation="CRP")
        session.add(person)
        session.flush()
        meetings = session.scalars(select(Meeting).order_by(Meeting.id)).all()
        schools = [m for m in meetings if m.level == "school"]
        clusters = [m for m in meetings if m.level == "cluster"]
        gubbi = next(m for m in meetings if m.title == "Block review — Gubbi block — November 2026")
        schools[0].status = "minutes_approved"
        schools[1].status = "cancelled"
        clusters[0].status = "held"
        clusters[1].status = "minutes_drafted"
        # clusters[2] stays scheduled for 5 November: not held although its day has passed.
        for number, target in enumerate([clusters[0], clusters[0], gubbi]):
            item = ActionItem(
                meeting_id=schools[0].id,
                description=f"Item {number}",
                owner_person_id=person.id,
                due_date=date(2026, 11, 1),
            )
            session.add(item)
            session.flush()
            session.add(
                ActionItemEvent(
                    action_item_id=item.id, meeting_id=target.id, on_date=date(2026, 11, 5), kind="escalated"
                )
            )
        # An escalation dated in October is not November's.
        session.add(
            ActionItemEvent(
                action_item_id=item.id,
                meeting_id=clusters[1].id,
                on_date=date(2026, 10, 30),
                kind="escalated",
            )
        )
    statements = _count_queries(db)
    summary = cascade_summary(db, 2026, 11, today=TODAY)
    assert len(statements) == 2
    # November 2026: school 3rd, cluster 5th, block 7th, district 10th; today is the 23rd.
    assert summary == [
        LevelSummary("school", "School", 1, 1, 1, 1, 1, 0, 2),
        LevelSummary("cluster", "Cluster", 3, 2, 1, 0, 0, 1, 1),
        LevelSummary("block", "Block", 2, 0, 0, 0, 0, 2, 0),
        LevelSummary("district", "District", 1, 0, 0, 0, 0, 1, 0),
    ]
    early = cascade_summary(db, 2026, 11, today=date(2026, 11, 6))
    assert [s.not_held_past for s in early] == [0, 1, 0, 0]
    beo = cascade_summary(db, 2026, 11, place.beo_gubbi, today=TODAY)
    assert all(s.planned == 0 and s.escalated_up == 0 for s in beo)

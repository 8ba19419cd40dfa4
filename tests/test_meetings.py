"""Meetings: scheduling (ad-hoc and a body's), the day-off warning, validation, the automatic
first agenda item, status steps, deleting, listing, and the agenda."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import event, select

from db.models import ActionItem, Body, BodyMembership, District, Holiday, Meeting, Office, Person
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.meetings import agenda, meetings, reading
from desktop.services.meetings.agenda import AgendaItemInput
from desktop.services.meetings.meetings import DayOffWarning
from desktop.services.meetings.reading import MeetingFilter, MeetingInput

TODAY = date(2026, 11, 23)  # a Monday
FORMED = date(2026, 4, 1)
SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER = (
    date(2026, 9, 15),
    date(2026, 10, 14),
    date(2026, 11, 18),
    date(2026, 12, 10),
)


# Bodies and memberships are written directly: their own services are tested elsewhere.


def ddpi(db: Database) -> Office:
    with db.reading() as session:
        return session.scalars(select(Office).where(Office.kind == "DDPI")).one()


def district_id(db: Database) -> int:
    with db.reading() as session:
        return session.scalars(select(District.id)).first()


def person_ids(db: Database, count: int) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(Person.id).order_by(Person.id).limit(count)))


def person_name(db: Database, person_id: int) -> str:
    with db.reading() as session:
        return session.get(Person, person_id).name


def make_body(
    db: Database,
    name: str = "District Task Force on FLN",
    formed_on: date = FORMED,
    dissolved_on: date | None = None,
) -> int:
    with db.transaction() as session:
        body = Body(
            name=name,
            kind="district_task_force",
            level="district",
            district_id=session.scalars(select(District.id)).first(),
            office_id=session.scalars(select(Office.id).where(Office.kind == "DDPI")).one(),
            formed_on=formed_on,
            dissolved_on=dissolved_on,
            meeting_frequency="monthly",
        )
        session.add(body)
        session.flush()
        return body.id


def add_member(
    db: Database,
    body_id: int,
    person_id: int,
    role: str = "member",
    start: date = FORMED,
    end: date | None = None,
    replaces_id: int | None = None,
) -> int:
    with db.transaction() as session:
        membership = BodyMembership(
            body_id=body_id,
            person_id=person_id,
            role=role,
            start_date=start,
            end_date=end,
            replaces_id=replaces_id,
        )
        session.add(membership)
        session.flush()
        return membership.id


def body_meeting(db: Database, body_id: int, on: date, title: str = "", **changes: object) -> int:
    return meetings.schedule_meeting(
        db, MeetingInput(title=title, meeting_date=on, body_id=body_id, **changes)
    )


def ad_hoc(db: Database, **changes: object) -> MeetingInput:
    values: dict[str, object] = {
        "title": "Review of mid-day meal complaints",
        "meeting_date": NOVEMBER,
        "level": "district",
        "unit_id": district_id(db),
        "office_id": ddpi(db).id,
        "start_time": time(11, 0),
        "end_time": time(13, 0),
        "venue": "DDPI meeting hall",
    } | changes
    return MeetingInput(**values)  # type: ignore[arg-type]


def test_an_ad_hoc_meeting_is_scheduled_with_its_own_unit_and_office(demo_db: Database) -> None:
    chair = person_ids(demo_db, 1)[0]
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, chair_person_id=chair))
    detail = reading.get_meeting(demo_db, meeting_id)
    assert (detail.title, detail.meeting_date, detail.start_time, detail.end_time) == (
        "Review of mid-day meal complaints",
        NOVEMBER,
        time(11, 0),
        time(13, 0),
    )
    assert detail.body_id is None and detail.body_name is None
    assert (detail.level_label, detail.unit_name) == ("District", "Kaveri Demo District")
    assert detail.office_name == ddpi(demo_db).name
    assert (detail.chair_name, detail.status, detail.status_label) == (
        person_name(demo_db, chair),
        "scheduled",
        "Scheduled",
    )
    assert detail.agenda == () and not detail.locked and detail.holiday_reason is None
    assert detail.as_input() == ad_hoc(demo_db, chair_person_id=chair)


def test_a_body_meeting_takes_the_body_unit_office_and_chair_on_the_day(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    old_chair, new_chair = person_ids(demo_db, 2)
    add_member(demo_db, body_id, old_chair, "chair", end=date(2026, 9, 30))
    add_member(demo_db, body_id, new_chair, "chair", start=date(2026, 10, 1))
    # The form's level, unit and office are ignored for a body's meeting; an empty title is filled in.
    first = reading.get_meeting(
        demo_db, body_meeting(demo_db, body_id, SEPTEMBER, level="block", office_id=None)
    )
    assert (first.title, first.body_name, first.level, first.office_id) == (
        "District Task Force on FLN meeting",
        "District Task Force on FLN",
        "district",
        ddpi(demo_db).id,
    )
    assert first.chair_person_id == old_chair
    assert (
        reading.get_meeting(demo_db, body_meeting(demo_db, body_id, OCTOBER, "Second review")).chair_person_id
        == new_chair
    )


def test_the_second_meeting_of_a_body_opens_with_the_review_of_the_first(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    first = reading.get_meeting(demo_db, body_meeting(demo_db, body_id, SEPTEMBER))
    second = reading.get_meeting(demo_db, body_meeting(demo_db, body_id, OCTOBER))
    assert first.agenda == ()
    [review] = second.agenda
    assert review.automatic and review.kind == "previous_review"
    assert review.title == (
        "Confirmation of the minutes of the meeting held on 15/09/2026 and review of the action items still open"
    )


def test_a_day_off_needs_a_reason_which_is_kept(demo_db: Database) -> None:
    office = ddpi(demo_db)
    with pytest.raises(DayOffWarning) as warned:
        meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=date(2026, 12, 12)))
    assert isinstance(warned.value, ValidationError) and warned.value.day_off == "2nd Saturday"
    assert warned.value.field_errors == {
        "meeting_date": f"Saturday 12/12/2026 is the 2nd Saturday, not a working day at {office.name}. "
        "Give a reason to meet on it anyway."
    }
    with demo_db.reading() as session:
        assert session.scalar(select(Meeting.id)) is None  # nothing saved
    meeting_id = meetings.schedule_meeting(
        demo_db,
        ad_hoc(demo_db, meeting_date=date(2026, 12, 12), holiday_reason="Collector's review on Monday"),
    )
    assert reading.get_meeting(demo_db, meeting_id).holiday_reason == "Collector's review on Monday"


def test_sundays_and_holidays_are_named_in_the_warning(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        session.add(Holiday(office_id=ddpi(demo_db).id, on_date=date(2026, 12, 25), name="Christmas"))
    for day, words in (
        (date(2026, 12, 13), "Sunday 13/12/2026 is a weekly off"),
        (date(2026, 12, 25), "Friday 25/12/2026 is a holiday (Christmas)"),
    ):
        with pytest.raises(DayOffWarning) as warned:
            meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=day))
        assert warned.value.message.startswith(words + ", not a working day at ")
    # On a working day a reason given is not kept: there is nothing to explain.
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, holiday_reason="just in case"))
    assert reading.get_meeting(demo_db, meeting_id).holiday_reason is None


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "  "}, "title", "Title is required."),
        ({"title": "x" * 301}, "title", "Title is 301 characters long; at most 300 fit."),
        ({"meeting_date": None}, "meeting_date", "Give the date of the meeting."),
        (
            {"start_time": time(14, 0), "end_time": time(13, 0)},
            "end_time",
            "The meeting ends (13:00) before it starts (14:00).",
        ),
        ({"start_time": None}, "start_time", "Give the start time as well as the end time."),
        (
            {"chair_person_id": 999_999},
            "chair_person_id",
            "The chosen chair is not in the people records; choose again.",
        ),
        ({"level": None}, "level", "Choose the level of the meeting: district, block, cluster or school."),
        ({"level": "block", "unit_id": None}, "unit_id", "Choose the block the meeting is for."),
        (
            {"level": "cluster", "unit_id": 999_999},
            "unit_id",
            "The chosen cluster no longer exists; choose again.",
        ),
        ({"office_id": None}, "office_id", "Choose the office that convenes the meeting."),
        ({"body_id": 999_999}, "body_id", "The chosen body no longer exists; choose again."),
    ],
)
def test_every_mistake_is_named(
    demo_db: Database, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        meetings.schedule_meeting(demo_db, ad_hoc(demo_db, **changes))
    assert refused.value.field_errors[field] == message


def test_a_body_meets_only_while_it_exists(demo_db: Database) -> None:
    body_id = make_body(demo_db, formed_on=date(2026, 6, 1), dissolved_on=date(2026, 10, 31))
    with pytest.raises(ValidationError) as early:
        body_meeting(demo_db, body_id, date(2026, 5, 20))
    assert early.value.field_errors == {
        "meeting_date": "District Task Force on FLN was formed on 01/06/2026; it cannot meet on 20/05/2026."
    }
    with pytest.raises(ValidationError) as late:
        body_meeting(demo_db, body_id, NOVEMBER)
    assert late.value.field_errors == {
        "meeting_date": "District Task Force on FLN was dissolved on 31/10/2026; it cannot meet on 18/11/2026."
    }
    assert body_meeting(demo_db, body_id, date(2026, 10, 30))


def test_editing_moves_the_date_rechecks_the_day_and_keeps_the_body(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    other = make_body(demo_db, "District Resource Group")
    meeting_id = body_meeting(demo_db, body_id, NOVEMBER)
    data = reading.get_meeting(demo_db, meeting_id).as_input()
    with pytest.raises(DayOffWarning):
        meetings.update_meeting(
            demo_db, meeting_id, MeetingInput(**{**data.__dict__, "meeting_date": date(2026, 11, 28)})
        )
    with pytest.raises(ValidationError) as moved:
        meetings.update_meeting(demo_db, meeting_id, MeetingInput(**{**data.__dict__, "body_id": other}))
    assert moved.value.field_errors["body_id"].startswith(
        "A meeting stays with the body it was scheduled for"
    )
    changed = meetings.update_meeting(
        demo_db,
        meeting_id,
        MeetingInput(
            **{
                **data.__dict__,
                "meeting_date": date(2026, 11, 28),
                "holiday_reason": "Minister's visit",
                "venue": "ZP hall",
            }
        ),
    )
    assert (changed.meeting_date, changed.holiday_reason, changed.venue) == (
        date(2026, 11, 28),
        "Minister's visit",
        "ZP hall",
    )
    # The reason stays with the date; editing something else does not ask again.
    again = meetings.update_meeting(demo_db, meeting_id, changed.as_input())
    assert again.holiday_reason == "Minister's visit"


def test_the_automatic_item_follows_the_meeting_before(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    september = body_meeting(demo_db, body_id, SEPTEMBER)
    november = body_meeting(demo_db, body_id, NOVEMBER)

    def review_of(meeting_id: int) -> str | None:
        rows = [row for row in reading.get_meeting(demo_db, meeting_id).agenda if row.automatic]
        return (
            rows[0].title[len("Confirmation of the minutes of the meeting held on ") :][:10] if rows else None
        )

    assert review_of(november) == "15/09/2026"
    october = body_meeting(demo_db, body_id, OCTOBER)  # fits in between
    assert (review_of(october), review_of(november)) == ("15/09/2026", "14/10/2026")
    data = reading.get_meeting(demo_db, october).as_input()
    meetings.update_meeting(
        demo_db, october, MeetingInput(**{**data.__dict__, "meeting_date": date(2026, 10, 21)})
    )
    assert review_of(november) == "21/10/2026"
    meetings.cancel_meeting(demo_db, october, "Election code of conduct")
    assert review_of(november) == "15/09/2026"
    # A meeting scheduled before the first one gives that one a meeting to review.
    august = body_meeting(demo_db, body_id, date(2026, 8, 19))
    assert (review_of(august), review_of(september)) == (None, "19/08/2026")
    meetings.delete_meeting(demo_db, august)
    assert review_of(september) is None


def test_steps_outside_the_table_are_refused_naming_both_states(demo_db: Database) -> None:
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db))
    with pytest.raises(ConflictError) as early:
        meetings.mark_held(demo_db, meeting_id, date(2026, 11, 17))
    assert (
        early.value.message
        == "Review of mid-day meal complaints on 18/11/2026 is still to come; it can be marked held from that day."
    )
    with pytest.raises(ConflictError) as undo:
        meetings.undo_held(demo_db, meeting_id)
    assert undo.value.message == (
        "Review of mid-day meal complaints on 18/11/2026 is scheduled; it cannot become scheduled "
        "(from scheduled it can become: held, cancelled)."
    )
    assert meetings.mark_held(demo_db, meeting_id, TODAY).status == "held"
    with pytest.raises(ConflictError) as cancel:
        meetings.cancel_meeting(demo_db, meeting_id, "Wrong date")
    assert cancel.value.message.endswith(
        "is held; it cannot become cancelled (from held it can become: minutes drafted, scheduled)."
    )
    assert meetings.undo_held(demo_db, meeting_id).status == "scheduled"
    with pytest.raises(ValidationError) as no_reason:
        meetings.cancel_meeting(demo_db, meeting_id, " ")
    assert no_reason.value.field_errors == {"reason": "The reason for cancelling is required."}
    cancelled = meetings.cancel_meeting(demo_db, meeting_id, "Collector called a review the same day")
    assert (cancelled.status_label, cancelled.cancel_reason) == (
        "Cancelled",
        "Collector called a review the same day",
    )
    with pytest.raises(ConflictError) as held:
        meetings.mark_held(demo_db, meeting_id, TODAY)
    assert held.value.message.endswith(
        "is cancelled; it cannot become held (from cancelled it can become: nothing else)."
    )
    with pytest.raises(ConflictError) as edit:
        meetings.update_meeting(demo_db, meeting_id, ad_hoc(demo_db))
    assert edit.value.message == (
        "Review of mid-day meal complaints on 18/11/2026 was cancelled (Collector called a review the same day); "
        "it can no longer be changed."
    )


def test_only_a_scheduled_meeting_nothing_refers_to_is_deleted(demo_db: Database) -> None:
    kept = meetings.schedule_meeting(demo_db, ad_hoc(demo_db))
    meetings.mark_held(demo_db, kept, TODAY)
    with pytest.raises(ConflictError) as held:
        meetings.delete_meeting(demo_db, kept)
    assert held.value.message.endswith("is held; only a meeting still scheduled can be deleted.")
    raised_in = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=DECEMBER))
    with demo_db.transaction() as session:
        session.add(
            ActionItem(
                meeting_id=raised_in,
                description="Visit the schools with complaints",
                owner_person_id=person_ids(demo_db, 1)[0],
                due_date=date(2026, 12, 31),
            )
        )
    with pytest.raises(ConflictError) as referred:
        meetings.delete_meeting(demo_db, raised_in)
    assert referred.value.message == (
        "Review of mid-day meal complaints on 10/12/2026 cannot be deleted: action items are raised in it "
        "or escalated to it. Cancel it instead."
    )
    gone = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=date(2026, 12, 9)))
    agenda.save_agenda(demo_db, gone, [AgendaItemInput("Complaints received")])
    meetings.delete_meeting(demo_db, gone)
    with demo_db.reading() as session:
        assert session.get(Meeting, gone) is None


def test_the_list_filters_searches_and_counts_open_actions_in_few_queries(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    for day in (SEPTEMBER, OCTOBER, NOVEMBER):
        body_meeting(demo_db, body_id, day, venue="Zilla Panchayat hall")
    ad_hoc_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=DECEMBER))
    with demo_db.transaction() as session:
        for status in ("open", "open", "done"):
            session.add(
                ActionItem(
                    meeting_id=ad_hoc_id,
                    description="Follow up",
                    owner_person_id=person_ids(demo_db, 1)[0],
                    due_date=date(2027, 1, 15),
                    status=status,
                    closed_on=date(2026, 12, 11) if status == "done" else None,
                )
            )
    statements: list[str] = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    everything = reading.list_meetings(demo_db)
    assert len(statements) <= 4  # the rows, then the units of each level found
    assert [row.meeting_date for row in everything] == [DECEMBER, NOVEMBER, OCTOBER, SEPTEMBER]
    top = everything[0]
    assert (top.title, top.body_name, top.level_label, top.unit_name, top.open_actions) == (
        "Review of mid-day meal complaints",
        None,
        "District",
        "Kaveri Demo District",
        2,
    )
    assert everything[1].body_name == "District Task Force on FLN" and everything[1].open_actions == 0
    assert len(reading.list_meetings(demo_db, MeetingFilter(body_id=body_id))) == 3
    assert len(reading.list_meetings(demo_db, MeetingFilter(date_from=OCTOBER, date_to=NOVEMBER))) == 2
    assert [r.id for r in reading.list_meetings(demo_db, MeetingFilter(search="mid-day MEAL"))] == [ad_hoc_id]
    assert len(reading.list_meetings(demo_db, MeetingFilter(search="panchayat task"))) == 3
    meetings.mark_held(demo_db, ad_hoc_id, DECEMBER)
    assert [r.status_label for r in reading.list_meetings(demo_db, MeetingFilter(status="held"))] == ["Held"]
    assert reading.list_meetings(demo_db, MeetingFilter(level="block")) == []


def test_the_agenda_is_saved_in_order_by_id(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    body_meeting(demo_db, body_id, OCTOBER)
    meeting_id = body_meeting(demo_db, body_id, NOVEMBER, start_time=time(10, 30))
    presenter = person_ids(demo_db, 1)[0]
    saved = agenda.save_agenda(
        demo_db,
        meeting_id,
        [
            AgendaItemInput("Reading levels in Grade 3", presenter, 45),
            AgendaItemInput("School visits by CRPs", duration_minutes=30),
            AgendaItemInput("Any other matter"),
        ],
    )
    review, levels, visits, _other = saved
    assert review.automatic and review.presenter_name is None
    assert [row.title for row in saved[1:]] == [
        "Reading levels in Grade 3",
        "School visits by CRPs",
        "Any other matter",
    ]
    assert levels.presenter_name == person_name(demo_db, presenter)
    # Reordered, one retitled, one removed, one added; the automatic item gets a duration and stays first.
    again = agenda.save_agenda(
        demo_db,
        meeting_id,
        [
            AgendaItemInput("Visits by CRPs", duration_minutes=30, id=visits.id),
            AgendaItemInput("ignored: the automatic item keeps its title", presenter, 15, id=review.id),
            AgendaItemInput("Reading levels in Grade 3", presenter, 45, id=levels.id),
            AgendaItemInput("Teacher vacancies", duration_minutes=20),
        ],
    )
    assert [(row.id, row.title) for row in again[:3]] == [
        (review.id, review.title),
        (visits.id, "Visits by CRPs"),
        (levels.id, "Reading levels in Grade 3"),
    ]
    assert [row.title for row in again[3:]] == ["Teacher vacancies"]  # "Any other matter" is gone
    assert (again[0].duration_minutes, again[0].presenter_person_id) == (15, presenter)
    # Leaving the automatic item out of the list does not remove it.
    only = agenda.save_agenda(demo_db, meeting_id, [AgendaItemInput("Teacher vacancies", id=again[3].id)])
    assert [row.kind for row in only] == ["previous_review", "regular"]
    assert reading.get_meeting(demo_db, meeting_id).agenda == only


def test_agenda_mistakes_are_named_and_nothing_is_half_saved(demo_db: Database) -> None:
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db))
    [kept] = agenda.save_agenda(demo_db, meeting_id, [AgendaItemInput("Complaints received")])
    other = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=DECEMBER))
    [foreign] = agenda.save_agenda(demo_db, other, [AgendaItemInput("Elsewhere")])
    with pytest.raises(ValidationError) as refused:
        agenda.save_agenda(
            demo_db,
            meeting_id,
            [AgendaItemInput(" ", id=kept.id), AgendaItemInput("Long", duration_minutes=481)],
        )
    assert refused.value.field_errors == {"items": "Item 1: give its title."}
    for items, message in (
        (
            [AgendaItemInput("Long", duration_minutes=0)],
            "Item 1 (Long): 0 minutes is not a duration; give 1 to 480 minutes.",
        ),
        (
            [AgendaItemInput("Who", 999_999)],
            "Item 1 (Who): the chosen presenter is not in the people records; choose again.",
        ),
        (
            [AgendaItemInput("Moved", id=foreign.id)],
            "Item 1 is no longer on the agenda of this meeting, or is listed twice; close the agenda and open it again.",
        ),
    ):
        with pytest.raises(ValidationError) as each:
            agenda.save_agenda(demo_db, meeting_id, items)
        assert each.value.field_errors == {"items": message}
    assert reading.get_meeting(demo_db, meeting_id).agenda == (kept,)
    meetings.cancel_meeting(demo_db, meeting_id, "Merged with the monthly review")
    with pytest.raises(ConflictError, match="was cancelled"):
        agenda.save_agenda(demo_db, meeting_id, [])


def test_the_printed_notice_times_each_item(demo_db: Database) -> None:
    rows = [
        AgendaItemInput("a", duration_minutes=15),
        AgendaItemInput("b", duration_minutes=45),
        AgendaItemInput("c"),
        AgendaItemInput("d"),
    ]
    assert agenda.agenda_schedule(time(10, 30), rows) == [time(10, 30), time(10, 45), time(11, 30), None]
    assert agenda.agenda_schedule(None, rows) == [None] * 4
    assert agenda.agenda_schedule(time(23, 30), [AgendaItemInput("late", duration_minutes=45)] * 2) == [
        time(23, 30),
        None,
    ]

"""Minutes: writing them, approval and the lock it puts on a meeting, and corrections recorded in
a later meeting of the body."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.meetings import agenda, attendance, meetings, minutes, reading
from desktop.services.meetings.agenda import AgendaItemInput
from desktop.services.meetings.minutes import MinutesEntry
from desktop.services.meetings.states import MinutesLockedError
from tests.test_meetings import DECEMBER, NOVEMBER, OCTOBER, SEPTEMBER, TODAY, ad_hoc, body_meeting, make_body


def _with_agenda(db: Database, meeting_id: int, *titles: str) -> list[int]:
    rows = agenda.save_agenda(db, meeting_id, [AgendaItemInput(title) for title in titles])
    return [row.id for row in rows]


def _approved(db: Database, body_id: int, on: date) -> int:
    meeting_id = body_meeting(db, body_id, on)
    item_ids = _with_agenda(db, meeting_id, "Reading levels")
    minutes.save_minutes(db, meeting_id, [MinutesEntry(i, decisions="Noted.") for i in item_ids], TODAY)
    minutes.approve_minutes(db, meeting_id, on, "Chair, District Task Force")
    return meeting_id


def test_saving_minutes_moves_a_past_scheduled_meeting_to_drafted(demo_db: Database) -> None:
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db))
    first, second = _with_agenda(demo_db, meeting_id, "Complaints received", "Action to take")
    detail = minutes.save_minutes(
        demo_db,
        meeting_id,
        [
            MinutesEntry(
                first, discussion="  Twelve complaints from Gubbi.  \r\n  Three were about quantity.\n\n"
            )
        ],
        TODAY,
    )
    assert detail.status == "minutes_drafted"
    assert detail.agenda[0].discussion == "Twelve complaints from Gubbi.\n  Three were about quantity."
    assert detail.agenda[1].written is False
    # Saving again keeps the status, and leaves items not given alone.
    again = minutes.save_minutes(
        demo_db, meeting_id, [MinutesEntry(second, decisions="BEOs to visit.")], TODAY
    )
    assert (again.status, again.agenda[0].written, again.agenda[1].decisions) == (
        "minutes_drafted",
        True,
        "BEOs to visit.",
    )


def test_minutes_need_the_day_an_agenda_and_something_written(demo_db: Database) -> None:
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db, meeting_date=DECEMBER))
    with pytest.raises(ConflictError) as no_agenda:
        minutes.save_minutes(demo_db, meeting_id, [], TODAY)
    assert no_agenda.value.message == (
        "Review of mid-day meal complaints on 10/12/2026 has no agenda items; add the items taken up to the "
        "agenda, then write the minutes under them."
    )
    [item] = _with_agenda(demo_db, meeting_id, "Complaints received")
    with pytest.raises(ConflictError) as early:
        minutes.save_minutes(demo_db, meeting_id, [MinutesEntry(item, "Discussed")], TODAY)
    assert early.value.message == (
        "Review of mid-day meal complaints on 10/12/2026 is still to come; its minutes can be recorded from that day."
    )
    with pytest.raises(ConflictError) as empty:
        minutes.save_minutes(demo_db, meeting_id, [MinutesEntry(item, " ", "\n")], DECEMBER)
    assert empty.value.message.startswith(
        "Nothing is written in the minutes of Review of mid-day meal complaints"
    )
    assert reading.get_meeting(demo_db, meeting_id).status == "scheduled"  # not even marked held
    with pytest.raises(ValidationError) as foreign:
        minutes.save_minutes(demo_db, meeting_id, [MinutesEntry(999_999, "x")], DECEMBER)
    assert foreign.value.field_errors["entries"].startswith("Entry 1 is for an item no longer on the agenda")


def test_approval_needs_drafted_minutes_under_every_item(demo_db: Database) -> None:
    meeting_id = meetings.schedule_meeting(demo_db, ad_hoc(demo_db))
    meetings.mark_held(demo_db, meeting_id, TODAY)
    first, _second, _third = _with_agenda(
        demo_db, meeting_id, "Complaints received", "Action to take", "Next review"
    )
    with pytest.raises(ConflictError) as held:
        minutes.approve_minutes(demo_db, meeting_id, TODAY, "DDPI")
    assert held.value.message == (
        "Review of mid-day meal complaints on 18/11/2026 is held; it cannot become minutes approved "
        "(from held it can become: minutes drafted, scheduled)."
    )
    minutes.save_minutes(demo_db, meeting_id, [MinutesEntry(first, "Twelve complaints.")], TODAY)
    with pytest.raises(ConflictError) as empty:
        minutes.approve_minutes(demo_db, meeting_id, TODAY, "DDPI")
    assert empty.value.message == (
        "Nothing is written yet under: 2. Action to take; 3. Next review. Write what was discussed or decided "
        "under every item before approving the minutes of Review of mid-day meal complaints on 18/11/2026."
    )
    with pytest.raises(ValidationError) as wrong:
        minutes.approve_minutes(demo_db, meeting_id, date(2026, 11, 17), " ")
    assert wrong.value.field_errors == {
        "approved_by": "Who approved the minutes is required.",
        "approved_on": "The minutes cannot be approved on 17/11/2026, before the meeting itself (18/11/2026).",
    }


def test_approved_minutes_lock_the_meeting(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    meeting_id = _approved(demo_db, body_id, OCTOBER)
    detail = reading.get_meeting(demo_db, meeting_id)
    assert (detail.status_label, detail.locked, detail.minutes_approved_on, detail.minutes_approved_by) == (
        "Minutes approved",
        True,
        OCTOBER,
        "Chair, District Task Force",
    )
    locked = (
        "The minutes of District Task Force on FLN meeting were approved on 14/10/2026 and are locked. "
        "Record a correction in the next meeting of the body."
    )
    attempts = (
        lambda: minutes.save_minutes(
            demo_db, meeting_id, [MinutesEntry(detail.agenda[0].id, "Changed")], TODAY
        ),
        lambda: meetings.update_meeting(demo_db, meeting_id, detail.as_input()),
        lambda: agenda.save_agenda(demo_db, meeting_id, []),
        lambda: attendance.record_attendance(demo_db, meeting_id, [], TODAY),
    )
    for attempt in attempts:
        with pytest.raises(MinutesLockedError) as refused:
            attempt()
        assert refused.value.message == locked
    with pytest.raises(ConflictError, match="is minutes approved; it cannot become cancelled"):
        meetings.cancel_meeting(demo_db, meeting_id, "Too late")
    assert reading.get_meeting(demo_db, meeting_id).agenda == detail.agenda


def test_a_correction_is_recorded_in_the_next_meeting_of_the_body(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    october = _approved(demo_db, body_id, OCTOBER)
    november = body_meeting(demo_db, body_id, NOVEMBER)
    review = reading.get_meeting(demo_db, november).agenda[0]
    correction_id = minutes.record_correction(
        demo_db, october, november, "Item 1: the reading survey covers Grade 3, not Grade 4."
    )
    [made] = minutes.corrections_of(demo_db, october)
    assert (made.id, made.recorded_in_meeting_id, made.recorded_in_date, made.agenda_item_id) == (
        correction_id,
        november,
        NOVEMBER,
        review.id,  # under the confirmation of the previous minutes
    )
    assert (made.corrected_title, made.agenda_item_title) == (
        "District Task Force on FLN meeting",
        review.title,
    )
    assert minutes.corrections_recorded_in(demo_db, november) == (made,)
    assert reading.get_meeting(demo_db, october).corrections_made == (made,)
    assert reading.get_meeting(demo_db, november).corrections_recorded == (made,)
    # The approved minutes themselves are unchanged.
    assert reading.get_meeting(demo_db, october).agenda[0].decisions == "Noted."
    minutes.delete_correction(demo_db, correction_id)
    assert minutes.corrections_of(demo_db, october) == ()


def test_corrections_go_only_where_they_belong(demo_db: Database) -> None:
    body_id = make_body(demo_db)
    september = _approved(demo_db, body_id, SEPTEMBER)
    october = _approved(demo_db, body_id, OCTOBER)
    november = body_meeting(demo_db, body_id, NOVEMBER)
    other_body = body_meeting(demo_db, make_body(demo_db, "District Resource Group"), NOVEMBER)
    cases = (
        (
            november,
            september,
            "The minutes of District Task Force on FLN meeting on 18/11/2026 are not approved (it is scheduled); nothing to correct.",
        ),
        (
            september,
            other_body,
            "District Resource Group meeting on 18/11/2026 is not a meeting of District Task Force on FLN; record the correction in a later meeting of that body.",
        ),
        (
            october,
            september,
            "District Task Force on FLN meeting on 15/09/2026 is not after District Task Force on FLN meeting on 14/10/2026; a correction is recorded in a later meeting.",
        ),
        (
            september,
            october,
            "The minutes of District Task Force on FLN meeting on 14/10/2026 are approved as well; record the correction in a meeting whose minutes are still open.",
        ),
    )
    for corrected, recorded_in, message in cases:
        with pytest.raises(ConflictError) as refused:
            minutes.record_correction(demo_db, corrected, recorded_in, "Some correction")
        assert refused.value.message == message
    with pytest.raises(ValidationError) as empty:
        minutes.record_correction(demo_db, september, november, "  ")
    assert empty.value.field_errors == {"text": "Write the correction."}
    september_item = reading.get_meeting(demo_db, september).agenda[0].id
    with pytest.raises(ValidationError) as item:
        minutes.record_correction(demo_db, september, november, "Fix", agenda_item_id=september_item)
    assert item.value.field_errors == {
        "agenda_item_id": "Choose an item of the agenda of District Task Force on FLN meeting on 18/11/2026."
    }
    # Once the recording meeting's own minutes are approved, its corrections stay.
    correction_id = minutes.record_correction(demo_db, september, november, "Fix")
    [review] = [row.id for row in reading.get_meeting(demo_db, november).agenda]
    minutes.save_minutes(
        demo_db, november, [MinutesEntry(review, decisions="Confirmed with the correction.")], TODAY
    )
    minutes.approve_minutes(demo_db, november, TODAY, "Chair")
    with pytest.raises(MinutesLockedError):
        minutes.delete_correction(demo_db, correction_id)

"""Action items: raised in a meeting, carried forward from meeting to meeting until closed, and
escalated a level up when overdue; their history, the Action items page and the status report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import event, select

from db.models import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    Block,
    Body,
    BodyMembership,
    Cluster,
    District,
    Meeting,
    Office,
    Person,
)
from desktop.services.database import Database
from desktop.services.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.meetings.action_listing import (
    ActionFilter,
    item_history,
    items_for_meeting,
    list_action_items,
    status_summary,
)
from desktop.services.meetings.actions import (
    ActionItemInput,
    add_action_item,
    close_action_item,
    escalate_action_item,
    escalation_targets,
    reopen_action_item,
    review_action_item,
    update_action_item,
)
from desktop.services.meetings.creation import add_meeting

TODAY = date(2026, 11, 23)


@dataclass(frozen=True)
class World:
    """Tumakuru district: Gubbi block (Hirehalli and Nittur clusters) and Kunigal block (Amruthur)."""

    crp: int
    brp: int
    beo: int
    ddpi: int
    hirehalli: int  # bodies
    nittur: int
    amruthur: int
    gubbi: int
    kunigal: int
    district: int


@pytest.fixture
def world(db: Database) -> World:
    with db.transaction() as session:
        district = District(name="Tumakuru", state_name="Karnataka", udise_code="2918")
        gubbi_block, kunigal_block = (
            Block(name="Gubbi", district=district),
            Block(name="Kunigal", district=district),
        )
        clusters = {
            name: Cluster(name=name, block=block)
            for name, block in (
                ("Hirehalli", gubbi_block),
                ("Nittur", gubbi_block),
                ("Amruthur", kunigal_block),
            )
        }
        session.add_all([district, gubbi_block, kunigal_block, *clusters.values()])
        session.flush()
        ddpi_office = Office(
            name="DDPI Tumakuru", kind="DDPI", office_code="DDPI/TMK", district_id=district.id
        )
        beo_gubbi = Office(name="BEO Gubbi", kind="BEO", office_code="BEO/GBI", block_id=gubbi_block.id)
        beo_kunigal = Office(name="BEO Kunigal", kind="BEO", office_code="BEO/KNG", block_id=kunigal_block.id)
        session.add_all([ddpi_office, beo_gubbi, beo_kunigal])
        session.flush()
        people = {
            key: Person(name=name, designation=designation, office_id=office.id)
            for key, name, designation, office in (
                ("crp", "Manjunath H. R.", "Cluster Resource Person (CRP)", beo_gubbi),
                ("brp", "Lakshmi Devi", "Block Resource Person (BRP)", beo_gubbi),
                ("beo", "Ravi Kumar", "Block Education Officer (BEO)", beo_gubbi),
                ("ddpi", "Savitha K. Patil", "Deputy Director of Public Instruction (DDPI)", ddpi_office),
            )
        }
        session.add_all(people.values())
        session.flush()

        def body(name: str, level: str, unit_id: int, office: Office, chair: Person) -> int:
            row = Body(
                name=name,
                kind=f"{level}_review_group" if level != "district" else "district_task_force",
                level=level,
                office_id=office.id,
                formed_on=date(2026, 6, 1),
                **{f"{level}_id": unit_id},
            )
            session.add(row)
            session.flush()
            session.add(
                BodyMembership(body_id=row.id, person_id=chair.id, role="chair", start_date=date(2026, 6, 1))
            )
            return row.id

        bodies = {
            "hirehalli": body(
                "Hirehalli cluster review group",
                "cluster",
                clusters["Hirehalli"].id,
                beo_gubbi,
                people["crp"],
            ),
            "nittur": body(
                "Nittur cluster review group", "cluster", clusters["Nittur"].id, beo_gubbi, people["crp"]
            ),
            "amruthur": body(
                "Amruthur cluster review group",
                "cluster",
                clusters["Amruthur"].id,
                beo_kunigal,
                people["crp"],
            ),
            "gubbi": body("Gubbi block review group", "block", gubbi_block.id, beo_gubbi, people["beo"]),
            "kunigal": body(
                "Kunigal block review group", "block", kunigal_block.id, beo_kunigal, people["beo"]
            ),
            "district": body(
                "Tumakuru District Task Force", "district", district.id, ddpi_office, people["ddpi"]
            ),
        }
        return World(**{key: person.id for key, person in people.items()}, **bodies)


def meeting(db: Database, body_id: int, title: str, on: date, status: str | None = None) -> int:
    """A meeting of a body, added as the meeting form does; ``status`` set on the row afterwards."""
    with db.transaction() as session:
        row = add_meeting(session, title=title, meeting_date=on, body=session.get_one(Body, body_id))
        if status is not None:
            row.status = status
        return row.id


def item(
    db: Database,
    meeting_id: int,
    owner: int,
    due: date,
    text: str = "Distribute workbooks",
    today: date = date(2027, 6, 1),
) -> int:
    return add_action_item(db, meeting_id, ActionItemInput(text, owner, due), today)


def ids(rows) -> list[int]:  # type: ignore[no-untyped-def]
    return [row.id for row in rows]


def test_an_item_carried_forward_escalated_to_the_block_and_the_district_and_closed_there(
    db: Database, world: World
) -> None:
    cluster_dec = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    cluster_jan = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2027, 1, 6))
    cluster_feb = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2027, 2, 4))
    block_jan = meeting(db, world.gubbi, "Gubbi block review", date(2027, 1, 8))
    kunigal_jan = meeting(db, world.kunigal, "Kunigal block review", date(2027, 1, 8))
    district_jan = meeting(db, world.district, "District review", date(2027, 1, 12))
    district_feb = meeting(db, world.district, "District review", date(2027, 2, 10))

    item_id = add_action_item(
        db,
        cluster_dec,
        ActionItemInput("Get the toilet block of GHPS Hirehalli repaired", world.crp, date(2026, 12, 15)),
        today=date(2026, 12, 4),
    )
    december = items_for_meeting(db, cluster_dec)
    assert ids(december.raised) == [item_id] and december.carried == []

    # Month 2: still open at the cluster's next meeting, and overdue by then.
    january = items_for_meeting(db, cluster_jan)
    assert january.raised == [] and ids(january.carried) == [item_id]
    carried = january.carried[0]
    assert (carried.overdue, carried.days_overdue, carried.escalated) == (True, 22, False)
    assert carried.origin == "Raised at Hirehalli cluster review on 04/12/2026"
    assert (carried.current_level, carried.current_body_name) == ("cluster", "Hirehalli cluster review group")
    assert carried.raised_unit_name == "Hirehalli cluster (Gubbi block)"

    # Only the block over Hirehalli, not Kunigal's nor the district's, takes it next.
    assert [(m.meeting_id, m.unit_name) for m in escalation_targets(db, item_id, date(2027, 1, 6))] == [
        (block_jan, "Gubbi block")
    ]
    assert kunigal_jan not in [m.meeting_id for m in escalation_targets(db, item_id, date(2027, 1, 6))]
    escalate_action_item(db, item_id, block_jan, date(2027, 1, 6), note="Estimate pending with the engineer.")

    block = items_for_meeting(db, block_jan)
    assert ids(block.carried) == [item_id]
    at_block = block.carried[0]
    assert at_block.escalated and at_block.current_level == "block"
    assert at_block.current_body_name == "Gubbi block review group"
    assert at_block.origin == (
        "Raised at Hirehalli cluster review on 04/12/2026, escalated to Gubbi block review on 08/01/2027"
    )
    assert at_block.raised_level == "cluster" and at_block.raised_meeting_id == cluster_dec
    # The cluster no longer follows it up; its January meeting still shows it, as it stood then.
    assert items_for_meeting(db, cluster_feb).carried == []
    assert ids(items_for_meeting(db, cluster_jan).carried) == [item_id]

    assert [m.meeting_id for m in escalation_targets(db, item_id, date(2027, 1, 8))] == [
        district_jan,
        district_feb,
    ]
    escalate_action_item(db, item_id, district_jan, date(2027, 1, 8))
    at_district = items_for_meeting(db, district_jan).carried
    assert ids(at_district) == [item_id]
    assert at_district[0].origin == (
        "Raised at Hirehalli cluster review on 04/12/2026, escalated to Gubbi block review on 08/01/2027, "
        "escalated to District review on 12/01/2027"
    )
    assert escalation_targets(db, item_id, date(2027, 1, 12)) == []

    close_action_item(db, item_id, "done", date(2027, 1, 12), meeting_id=district_jan)
    assert ids(items_for_meeting(db, district_jan).carried) == [item_id]  # closed in that meeting
    assert items_for_meeting(db, district_feb).carried == []
    assert ids(items_for_meeting(db, block_jan).carried) == [item_id]  # history of the block meeting

    history = item_history(db, item_id)
    assert [(e.on_date, e.kind_label, e.meeting_title) for e in history] == [
        (date(2026, 12, 4), "Raised", "Hirehalli cluster review"),
        (date(2027, 1, 6), "Escalated", "Gubbi block review"),
        (date(2027, 1, 8), "Escalated", "District review"),
        (date(2027, 1, 12), "Done", "District review"),
    ]
    assert history[1].note == (
        "Escalated from Hirehalli cluster (Gubbi block) (cluster) to Gubbi block (block). "
        "Estimate pending with the engineer."
    )
    assert history[2].note == "Escalated from Gubbi block (block) to Tumakuru district (district)"
    with db.reading() as session:
        row = session.get_one(ActionItem, item_id)
        assert (row.status, row.closed_on, row.escalated_to_meeting_id) == (
            "done",
            date(2027, 1, 12),
            district_jan,
        )
        assert row.follow_body_id == world.district


def test_adding_an_item_checks_every_field(db: Database, world: World) -> None:
    first = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 10, 6))
    second = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 11, 5))
    with pytest.raises(ValidationError) as empty:
        add_action_item(db, second, ActionItemInput("  ", None, None), TODAY)
    assert empty.value.field_errors == {
        "description": "Description is required.",
        "owner_person_id": "Choose the owner: the person who answers for this action item.",
        "due_date": "Give the date the action item is due.",
    }
    with pytest.raises(ValidationError) as unknown:
        add_action_item(db, second, ActionItemInput("Visit schools", 9999, date(2026, 10, 30)), TODAY)
    assert unknown.value.field_errors["owner_person_id"].startswith("Person #9999 is not in the records")
    assert unknown.value.field_errors["due_date"] == (
        "The due date 30/10/2026 is before Hirehalli cluster review on 05/11/2026, which raised the item; "
        "give a date on or after the meeting."
    )
    with db.transaction() as session:
        review = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == second)).one()
        other = AgendaItem(meeting_id=first, title="FLN baseline")
        session.add(other)
    with pytest.raises(ValidationError) as wrong_agenda:
        add_action_item(db, second, ActionItemInput("Visit", world.crp, date(2026, 11, 30), other.id), TODAY)
    assert wrong_agenda.value.field_errors == {
        "agenda_item_id": "The agenda item “FLN baseline” belongs to another meeting, not to Hirehalli cluster "
        "review on 05/11/2026; choose one of this meeting's items."
    }
    with pytest.raises(ValidationError, match="Agenda item #7777 no longer exists"):
        add_action_item(db, second, ActionItemInput("Visit", world.crp, date(2026, 11, 30), 7777), TODAY)
    with pytest.raises(NotFoundError, match="Meeting #555 no longer exists"):
        add_action_item(db, 555, ActionItemInput("Visit", world.crp, date(2026, 11, 30)), TODAY)

    item_id = add_action_item(
        db, second, ActionItemInput(" Visit  the  schools ", world.crp, date(2026, 11, 5), review.id), TODAY
    )
    with db.reading() as session:
        row = session.get_one(ActionItem, item_id)
        assert (row.description, row.follow_body_id, row.agenda_item_id) == (
            "Visit the schools",
            world.hirehalli,
            review.id,
        )
        raised = session.scalars(
            select(ActionItemEvent).where(ActionItemEvent.action_item_id == item_id)
        ).one()
        assert (raised.kind, raised.meeting_id, raised.on_date) == ("raised", second, date(2026, 11, 5))


@pytest.mark.parametrize(
    ("status", "on", "message"),
    [
        (
            "cancelled",
            date(2026, 11, 5),
            "Hirehalli cluster review on 05/11/2026 was cancelled; record the action item in the next meeting.",
        ),
        (
            "minutes_approved",
            date(2026, 11, 5),
            "The minutes of Hirehalli cluster review were approved and are locked. "
            "Record the action item in the next meeting of the body.",
        ),
        (
            None,
            date(2026, 12, 4),
            "Hirehalli cluster review on 04/12/2026 has not been held yet (today is 23/11/2026); action items are "
            "recorded from the meeting's decisions.",
        ),
    ],
)
def test_no_item_is_added_to_a_cancelled_approved_or_future_meeting(
    db: Database, world: World, status: str | None, on: date, message: str
) -> None:
    meeting_id = meeting(db, world.hirehalli, "Hirehalli cluster review", on, status)
    with pytest.raises(ConflictError) as refused:
        add_action_item(db, meeting_id, ActionItemInput("Visit", world.crp, date(2026, 12, 30)), TODAY)
    assert refused.value.message == message


def test_changes_are_recorded_with_what_changed(db: Database, world: World) -> None:
    meeting_id = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    item_id = item(db, meeting_id, world.crp, date(2026, 12, 15))
    update_action_item(
        db, item_id, ActionItemInput("Distribute workbooks", world.crp, date(2027, 1, 10)), date(2026, 12, 14)
    )
    update_action_item(
        db, item_id, ActionItemInput("Distribute workbooks", world.crp, date(2027, 1, 10)), date(2026, 12, 14)
    )
    update_action_item(
        db,
        item_id,
        ActionItemInput("Distribute Kannada workbooks", world.brp, date(2027, 1, 10)),
        date(2026, 12, 20),
    )
    changes = [(e.on_date, e.note) for e in item_history(db, item_id) if e.kind == "changed"]
    assert changes == [  # the update that changed nothing left no event
        (date(2026, 12, 14), "Due date moved from 15/12/2026 to 10/01/2027."),
        (
            date(2026, 12, 20),
            "Description changed from “Distribute workbooks” to “Distribute Kannada workbooks”; "
            "Owner changed from Manjunath H. R. to Lakshmi Devi.",
        ),
    ]
    with pytest.raises(ValidationError, match="is before Hirehalli cluster review on 04/12/2026"):
        update_action_item(db, item_id, ActionItemInput("Distribute", world.brp, date(2026, 12, 1)), TODAY)

    with db.transaction() as session:
        session.get_one(Meeting, meeting_id).status = "minutes_approved"
    with pytest.raises(ValidationError) as wording:
        update_action_item(
            db, item_id, ActionItemInput("Something else", world.brp, date(2027, 1, 10)), TODAY
        )
    assert wording.value.field_errors["description"] == (
        "The minutes of Hirehalli cluster review were approved and are locked. "
        "Record a correction to the item's wording in the next meeting of the body."
    )
    update_action_item(
        db, item_id, ActionItemInput("Distribute Kannada workbooks", world.beo, date(2027, 1, 31)), TODAY
    )
    assert list_action_items(db, ActionFilter(), TODAY)[0].owner_name == "Ravi Kumar"

    close_action_item(db, item_id, "done", date(2027, 1, 20))
    with pytest.raises(ConflictError) as closed:
        update_action_item(db, item_id, ActionItemInput("Distribute", world.beo, date(2027, 1, 31)), TODAY)
    assert closed.value.message == (
        "Action item “Distribute Kannada workbooks” is done since 20/01/2027; reopen it to change it."
    )


def test_closing_and_reopening_rules(db: Database, world: World) -> None:
    dec = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    jan = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2027, 1, 6))
    nittur = meeting(db, world.nittur, "Nittur cluster review", date(2027, 1, 7))
    item_id = item(db, dec, world.crp, date(2026, 12, 15))

    with pytest.raises(ValidationError) as no_reason:
        close_action_item(db, item_id, "dropped", date(2027, 1, 6), reason="  ")
    assert no_reason.value.field_errors == {
        "reason": "Give the reason for dropping the action item; the register keeps it."
    }
    with pytest.raises(ValidationError) as bad:
        close_action_item(db, item_id, "finished", None)
    assert bad.value.field_errors == {
        "status": "An action item is closed as done or dropped, not 'finished'.",
        "on": "Give the date the action item was closed.",
    }
    with pytest.raises(ValidationError) as early:
        close_action_item(db, item_id, "done", date(2026, 12, 1))
    assert early.value.field_errors["on"] == (
        "01/12/2026 is before Hirehalli cluster review on 04/12/2026, which raised the item; "
        "it cannot be closed before it was raised."
    )
    with pytest.raises(ConflictError) as elsewhere:
        close_action_item(db, item_id, "done", date(2027, 1, 7), meeting_id=nittur)
    assert elsewhere.value.message == (
        "Action item “Distribute workbooks” is not followed up in Nittur cluster review on 07/01/2027; "
        "it was raised at Hirehalli cluster review on 04/12/2026 and is followed up by Hirehalli cluster review group."
    )
    with pytest.raises(ValidationError, match="07/01/2027 is after Hirehalli cluster review on 06/01/2027"):
        close_action_item(db, item_id, "done", date(2027, 1, 7), meeting_id=jan)

    close_action_item(
        db, item_id, "dropped", date(2027, 1, 6), reason="Covered by the state scheme", meeting_id=jan
    )
    with pytest.raises(ConflictError, match="is dropped since 06/01/2027; reopen it to close it again"):
        close_action_item(db, item_id, "done", date(2027, 1, 7))
    assert list_action_items(db, ActionFilter(), TODAY)[0].drop_reason == "Covered by the state scheme"

    with pytest.raises(ValidationError) as reopen_bad:
        reopen_action_item(db, item_id, date(2027, 1, 5), "")
    assert reopen_bad.value.field_errors == {
        "reason": "Give the reason for reopening the action item.",
        "on": "05/01/2027 is before the item was closed (06/01/2027); reopen it on or after that day.",
    }
    reopen_action_item(db, item_id, date(2027, 1, 20), "The scheme does not cover aided schools")
    with pytest.raises(ConflictError, match="is still open; there is nothing to reopen"):
        reopen_action_item(db, item_id, date(2027, 1, 21), "again")
    with pytest.raises(ValidationError, match="reopened on 20/01/2027; close it on or after that day"):
        close_action_item(db, item_id, "done", date(2027, 1, 10))
    row = list_action_items(db, ActionFilter(), TODAY)[0]
    assert (row.status, row.closed_on, row.drop_reason) == ("open", None, None)
    assert [e.kind for e in item_history(db, item_id)] == ["raised", "dropped", "reopened"]
    # At the January meeting it was dropped there; it is listed as taken up in that meeting.
    assert ids(items_for_meeting(db, jan).carried) == [item_id]


def test_progress_is_reviewed_only_in_a_meeting_following_the_item(db: Database, world: World) -> None:
    dec = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    jan = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2027, 1, 6))
    nittur = meeting(db, world.nittur, "Nittur cluster review", date(2027, 1, 7))
    item_id = item(db, dec, world.crp, date(2027, 1, 31))
    with pytest.raises(ValidationError, match="Write what was reported on the action item in this meeting"):
        review_action_item(db, item_id, jan, " ")
    with pytest.raises(ConflictError, match="is not followed up in Nittur cluster review on 07/01/2027"):
        review_action_item(db, item_id, nittur, "Half the schools done")
    with pytest.raises(ConflictError, match="its progress is reviewed in the meetings after it"):
        review_action_item(db, item_id, dec, "Half the schools done")
    review_action_item(db, item_id, jan, "Half the schools done")
    history = item_history(db, item_id)
    assert (history[-1].kind, history[-1].on_date, history[-1].meeting_title, history[-1].note) == (
        "reviewed",
        date(2027, 1, 6),
        "Hirehalli cluster review",
        "Half the schools done",
    )
    with db.transaction() as session:
        session.get_one(Meeting, jan).status = "minutes_approved"
    with pytest.raises(
        ConflictError,
        match=r"minutes of Hirehalli cluster review were approved and are locked\. Record the review in the next",
    ):
        review_action_item(db, item_id, jan, "More")


def test_a_past_meeting_shows_what_was_open_then(db: Database, world: World) -> None:
    sept = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 9, 4))
    october = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 10, 6))
    november = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 11, 5))
    late = item(db, sept, world.crp, date(2026, 9, 30), "Survey out-of-school children")
    early = item(db, sept, world.brp, date(2026, 9, 20), "Send the enrolment figures")
    close_action_item(db, early, "done", date(2026, 9, 18))
    close_action_item(db, late, "done", date(2026, 10, 20))

    then = items_for_meeting(db, october)
    assert ids(then.carried) == [late]  # the other was done before October
    row = then.carried[0]
    assert (row.status, row.closed_on, row.overdue, row.days_overdue) == ("done", date(2026, 10, 20), True, 6)
    assert items_for_meeting(db, november).carried == []
    assert ids(items_for_meeting(db, sept).raised) == [early, late]  # by due date


def test_escalation_is_refused_with_the_rule_that_failed(db: Database, world: World) -> None:
    dec = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 12, 4))
    gubbi = meeting(db, world.gubbi, "Gubbi block review", date(2027, 1, 8))
    gubbi_early = meeting(db, world.gubbi, "Gubbi special review", date(2027, 1, 2))
    gubbi_cancelled = meeting(db, world.gubbi, "Gubbi block review", date(2027, 1, 9), "cancelled")
    gubbi_approved = meeting(db, world.gubbi, "Gubbi block review", date(2027, 1, 10), "minutes_approved")
    kunigal = meeting(db, world.kunigal, "Kunigal block review", date(2027, 1, 8))
    district = meeting(db, world.district, "District review", date(2027, 1, 12))
    item_id = item(db, dec, world.crp, date(2026, 12, 31))
    on = date(2027, 1, 6)

    with pytest.raises(ConflictError) as not_overdue:
        escalate_action_item(db, item_id, gubbi, date(2026, 12, 31))
    assert not_overdue.value.message == (
        "Action item “Distribute workbooks” is due on 31/12/2026, so it is not overdue on 31/12/2026; "
        "only overdue items are escalated."
    )
    refusals = {
        district: "District review on 12/01/2027 is a district meeting; an item followed up at cluster level "
        "is escalated to a block meeting.",
        kunigal: "Kunigal block review on 08/01/2027 is a meeting of Kunigal block, which does not include "
        "Hirehalli cluster (Gubbi block); escalate to a meeting of the block above it.",
        gubbi_early: "Gubbi special review on 02/01/2027 is before the escalation on 06/01/2027; choose a "
        "meeting on or after that day.",
        gubbi_cancelled: "Gubbi block review on 09/01/2027 was cancelled; choose another meeting.",
        gubbi_approved: "The minutes of Gubbi block review on 10/01/2027 are already approved; choose a "
        "meeting still to be held.",
    }
    for target, message in refusals.items():
        with pytest.raises(ConflictError) as refused:
            escalate_action_item(db, item_id, target, on)
        assert refused.value.message == message
    assert [m.meeting_id for m in escalation_targets(db, item_id, on)] == [gubbi]
    assert [m.meeting_id for m in escalation_targets(db, item_id, date(2027, 1, 2))] == [gubbi_early, gubbi]

    escalate_action_item(db, item_id, gubbi, on)
    with pytest.raises(ValidationError, match="last escalated on 06/01/2027"):
        escalate_action_item(db, item_id, district, date(2027, 1, 5))
    escalate_action_item(db, item_id, district, date(2027, 1, 8))
    further = meeting(db, world.district, "District review", date(2027, 2, 10))
    with pytest.raises(
        ConflictError, match="already followed up at district level; there is no level above it"
    ):
        escalate_action_item(db, item_id, further, date(2027, 2, 1))
    close_action_item(db, item_id, "done", date(2027, 1, 12), meeting_id=district)
    with pytest.raises(ConflictError, match="is done since 12/01/2027; reopen it to escalate it"):
        escalate_action_item(db, item_id, further, date(2027, 2, 1))


def test_the_action_items_page_filters(db: Database, world: World) -> None:
    cluster = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 10, 6))
    block = meeting(db, world.gubbi, "Gubbi block review", date(2026, 10, 8))
    kunigal = meeting(db, world.kunigal, "Kunigal block review", date(2026, 10, 8))
    district = meeting(db, world.district, "District review", date(2026, 11, 12))
    toilets = item(db, cluster, world.crp, date(2026, 10, 20), "Repair the toilets at GHPS Hirehalli")
    books = item(db, cluster, world.brp, date(2026, 12, 20), "Distribute library books")
    survey = item(db, block, world.beo, date(2026, 11, 1), "Out-of-school children survey")
    teachers = item(db, kunigal, world.beo, date(2026, 10, 30), "Deploy guest teachers")
    close_action_item(db, teachers, "done", date(2026, 10, 28))
    escalate_action_item(db, survey, district, date(2026, 11, 10))

    def listed(**wanted: object) -> list[int]:
        return ids(list_action_items(db, ActionFilter(**wanted), TODAY))  # type: ignore[arg-type]

    assert listed() == [toilets, teachers, survey, books]
    assert listed(owner_id=world.beo) == [teachers, survey]
    assert listed(status="open") == [toilets, survey, books]
    assert listed(status="done") == [teachers]
    assert listed(overdue_only=True) == [toilets, survey]
    assert listed(level="district") == [survey]
    assert listed(level="cluster") == [toilets, books]
    assert listed(body_id=world.kunigal) == [teachers]
    assert listed(search="TOILETS hirehalli") == [toilets]
    assert listed(search="lakshmi") == [books]  # the owner's name
    assert listed(search="task force") == [survey]  # the body following it now
    assert listed(search="guest", status="open") == []
    rows = {row.id: row for row in list_action_items(db, ActionFilter(), TODAY)}
    assert (rows[toilets].overdue, rows[toilets].days_overdue) == (True, 34)
    assert (rows[teachers].overdue, rows[books].overdue) == (False, False)
    assert rows[survey].escalated and rows[survey].current_body_name == "Tumakuru District Task Force"
    assert (
        rows[survey].origin
        == "Raised at Gubbi block review on 08/10/2026, escalated to District review on 12/11/2026"
    )


def test_status_summary_counts_by_owner_body_and_level(db: Database, world: World) -> None:
    cluster = meeting(db, world.hirehalli, "Hirehalli cluster review", date(2026, 10, 6))
    block = meeting(db, world.gubbi, "Gubbi block review", date(2026, 10, 8))
    district = meeting(db, world.district, "District review", date(2026, 11, 12))
    item(db, cluster, world.crp, date(2026, 10, 20))
    item(db, cluster, world.crp, date(2026, 12, 20))
    c = item(db, cluster, world.brp, date(2026, 10, 30))
    d = item(db, block, world.beo, date(2026, 11, 1))
    close_action_item(db, c, "dropped", date(2026, 10, 25), reason="Not needed")
    escalate_action_item(db, d, district, date(2026, 11, 10))
    item(db, block, world.beo, date(2026, 10, 9), "Close the enrolment drive")
    closed = item(db, block, world.beo, date(2026, 10, 9), "Send the report")
    close_action_item(db, closed, "done", date(2026, 10, 9))

    summary = status_summary(db, TODAY, ActionFilter())
    rows = lambda group: [(r.label, r.open, r.overdue, r.done, r.dropped) for r in group]  # noqa: E731
    assert rows([summary.total]) == [("All action items", 4, 3, 1, 1)]
    assert rows(summary.by_owner) == [
        ("Lakshmi Devi, Block Resource Person (BRP)", 0, 0, 0, 1),
        ("Manjunath H. R., Cluster Resource Person (CRP)", 2, 1, 0, 0),
        ("Ravi Kumar, Block Education Officer (BEO)", 2, 2, 1, 0),
    ]
    assert rows(summary.by_body) == [
        ("Gubbi block review group", 1, 1, 1, 0),
        ("Hirehalli cluster review group", 2, 1, 0, 1),
        ("Tumakuru District Task Force", 1, 1, 0, 0),
    ]
    assert rows(summary.by_level) == [
        ("Cluster", 2, 1, 0, 1),
        ("Block", 1, 1, 1, 0),
        ("District", 1, 1, 0, 0),
    ]
    assert summary.total.total == 6
    only_beo = status_summary(db, TODAY, ActionFilter(owner_id=world.beo))
    assert rows([only_beo.total]) == [("All action items", 2, 2, 1, 0)]


def test_the_page_reads_200_items_in_a_fixed_number_of_queries(db: Database, world: World) -> None:
    meetings = [
        meeting(db, body, title, on)
        for body, title, on in (
            (world.hirehalli, "Hirehalli cluster review", date(2026, 9, 4)),
            (world.nittur, "Nittur cluster review", date(2026, 9, 4)),
            (world.amruthur, "Amruthur cluster review", date(2026, 9, 4)),
            (world.gubbi, "Gubbi block review", date(2026, 9, 8)),
        )
    ]
    block_oct = meeting(db, world.gubbi, "Gubbi block review", date(2026, 10, 8))
    owners = (world.crp, world.brp, world.beo, world.ddpi)

    def add_items(count: int) -> list[int]:
        with db.transaction() as session:
            rows = []
            for index in range(count):
                raised = session.get_one(Meeting, meetings[index % len(meetings)])
                row = ActionItem(
                    meeting_id=raised.id,
                    description=f"Task {index}",
                    owner_person_id=owners[index % len(owners)],
                    due_date=date(2026, 9, 10 + index % 20),
                    follow_body_id=raised.body_id,
                )
                session.add(row)
                session.flush()
                session.add(
                    ActionItemEvent(
                        action_item_id=row.id,
                        meeting_id=raised.id,
                        on_date=raised.meeting_date,
                        kind="raised",
                    )
                )
                rows.append(row.id)
            return rows

    def queries(action) -> int:  # type: ignore[no-untyped-def]
        seen: list[str] = []

        def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
            seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            action()
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len([s for s in seen if s.lstrip().upper().startswith("SELECT")])

    first = add_items(10)
    escalate_action_item(db, first[0], block_oct, date(2026, 10, 1))  # raised in Hirehalli
    few = queries(lambda: list_action_items(db, ActionFilter(), TODAY))
    add_items(190)
    many = queries(lambda: list_action_items(db, ActionFilter(), TODAY))
    assert len(list_action_items(db, ActionFilter(), TODAY)) == 200
    assert many == few <= 8
    assert queries(lambda: status_summary(db, TODAY, ActionFilter())) == many

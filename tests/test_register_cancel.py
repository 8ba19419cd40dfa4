"""Cancelling from the dispatch register (reprints.cancel) undoes what issuing marked, in the same
transaction: the invitees of a cancelled invitation are selected again, the nominees of a cancelled
certificate batch attended again; refused, changing nothing, once attendance was recorded against
a letter, without a reason, or twice. Adds to the cases in test_recognition_printing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DispatchEntry, RecognitionNomination
from desktop.services import dispatch, reprints
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.recognition import certificates, invitations
from tests.test_recognition_printing import (
    EVENT,
    ISSUED_ON,
    TWO,
    World,
    _world,
    attended,
    set_status,
    statuses,
)

REASON = "Sent before the venue was confirmed"


@pytest.fixture
def world(db: Database) -> World:
    return _world(db)


def entry_state(db: Database, entry_id: int) -> tuple[str, str | None]:
    with db.reading() as session:
        entry = session.get(DispatchEntry, entry_id)
        assert entry is not None
        return entry.status, entry.cancel_reason


def test_cancelling_an_invitation_selects_its_invitees_again_and_they_can_be_invited_anew(
    db: Database, world: World
) -> None:
    before = statuses(db, world)
    chosen = [world.nominations[key] for key in TWO]
    issued = invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    assert all(statuses(db, world)[key][0] == "invited" for key in TWO)

    reprints.cancel(db, issued.entry_id, REASON)

    assert entry_state(db, issued.entry_id) == ("cancelled", REASON)
    assert statuses(db, world) == before  # selected, no invitation date or letter
    again = invitations.issue_invitations(db, world.cycle, chosen, date(2026, 11, 25))
    assert again.number.endswith("/0002")
    now = statuses(db, world)
    assert all(now[key][:3] == ("invited", date(2026, 11, 25), again.entry_id) for key in TWO)


def test_cancelling_an_invitation_is_refused_once_an_invitee_attended_and_nothing_changes(
    db: Database, world: World
) -> None:
    issued = invitations.issue_invitations(
        db, world.cycle, [world.nominations[key] for key in ("teacher", "student", "school")], ISSUED_ON
    )
    set_status(db, world.nominations["teacher"], "attended", attended_on=EVENT)
    set_status(db, world.nominations["school"], "attended", attended_on=EVENT)
    before = statuses(db, world)

    with pytest.raises(ConflictError) as refused:
        reprints.cancel(db, issued.entry_id, REASON)

    message = refused.value.message
    assert issued.number in message and "attendance or later steps are already recorded" in message
    assert "Lakshmi Hosamani" in message and "GHPS Kerur" in message and "Sneha Patil" not in message
    assert statuses(db, world) == before  # the student is still invited too
    assert entry_state(db, issued.entry_id) == ("issued", None)


def test_cancelling_an_invitation_leaves_a_withdrawn_invitee_withdrawn(db: Database, world: World) -> None:
    chosen = [world.nominations[key] for key in TWO]
    issued = invitations.issue_invitations(db, world.cycle, chosen, ISSUED_ON)
    set_status(db, world.nominations["school"], "withdrawn", withdrawn_on=date(2026, 11, 24))

    reprints.cancel(db, issued.entry_id, REASON)

    now = statuses(db, world)
    assert now["school"][0] == "withdrawn"
    assert now["teacher"][:3] == ("selected", None, None)


def test_cancelling_a_certificate_batch_makes_its_nominees_attended_again(db: Database, world: World) -> None:
    keys = ("teacher", "cluster")
    attended(db, *(world.nominations[k] for k in keys))
    before = statuses(db, world)
    chosen = [world.nominations[k] for k in keys]
    batch = certificates.issue_certificates(db, world.cycle, chosen, EVENT)
    assert statuses(db, world)["teacher"][5] == f"{batch.number}-01"

    reprints.cancel(db, batch.entry_id, REASON)

    assert entry_state(db, batch.entry_id) == ("cancelled", REASON)
    assert statuses(db, world) == before  # attended; no recognition date, batch or number
    with db.reading() as session:
        attended_on = session.scalars(
            select(RecognitionNomination.attended_on).where(RecognitionNomination.id.in_(chosen))
        ).all()
    assert attended_on == [EVENT, EVENT]
    again = certificates.issue_certificates(db, world.cycle, chosen, EVENT)
    assert statuses(db, world)["cluster"][3:] == (EVENT, again.entry_id, f"{again.number}-02")


def test_cancelling_asks_for_a_reason_and_refuses_an_entry_twice(db: Database, world: World) -> None:
    issued = invitations.issue_invitations(db, world.cycle, [world.nominations["student"]], ISSUED_ON)
    before = statuses(db, world)
    with pytest.raises(ValidationError):
        reprints.cancel(db, issued.entry_id, "   ")
    assert statuses(db, world) == before
    reprints.cancel(db, issued.entry_id, REASON)
    with pytest.raises(ConflictError, match="already cancelled"):
        reprints.cancel(db, issued.entry_id, REASON)


def test_a_circular_is_cancelled_without_touching_any_nomination(db: Database, world: World) -> None:
    before = statuses(db, world)
    request = dispatch.IssueRequest(
        world.office, ISSUED_ON, "Review meeting", "en", "Body", recipients=("All headmasters",)
    )
    issued = dispatch.issue(db, request, lambda number: f"%PDF-1.4 {number}".encode())
    reprints.cancel(db, issued.entry_id, REASON)
    assert entry_state(db, issued.entry_id) == ("cancelled", REASON)
    assert statuses(db, world) == before


def test_dispatch_cancel_runs_on_cancelled_in_its_transaction(db: Database, world: World) -> None:
    issued = invitations.issue_invitations(db, world.cycle, [world.nominations["student"]], ISSUED_ON)
    seen: list[str] = []

    def refuse(session: Session, entry: DispatchEntry) -> None:
        seen.append(entry.status)  # already marked, inside the same transaction
        raise ConflictError("Not now.")

    with pytest.raises(ConflictError, match="Not now"):
        dispatch.cancel(db, issued.entry_id, REASON, on_cancelled=refuse)
    assert seen == ["cancelled"]
    assert entry_state(db, issued.entry_id) == ("issued", None)  # rolled back with the refusal

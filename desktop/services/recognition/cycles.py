"""Cycles: one round of a programme with its nomination and review windows, event and places.

Every question about "now" takes the day (or moment) as an argument; nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, tzinfo
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Office,
    Person,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionProgramme,
    RecognitionReviewer,
)
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import QT_TRANSLATE_NOOP, plural, translate
from desktop.services.moments import local_day
from desktop.services.recognition.cycle_checks import cycle_values, places_taken, refuse_breaking_changes
from desktop.services.records import assign, count, get_or_raise

# A cycle's phase (phase_on): English in the code, translated where shown.
NOT_YET_OPEN = QT_TRANSLATE_NOOP("Recognition", "Nominations not yet open")
NOMINATIONS_OPEN = QT_TRANSLATE_NOOP("Recognition", "Nominations open")
NOMINATIONS_AND_REVIEW_OPEN = QT_TRANSLATE_NOOP("Recognition", "Nominations and review open")
NOMINATIONS_CLOSED = QT_TRANSLATE_NOOP("Recognition", "Nominations closed")
REVIEW_OPEN = QT_TRANSLATE_NOOP("Recognition", "Review open")
REVIEW_CLOSED = QT_TRANSLATE_NOOP("Recognition", "Review closed")
EVENT_TODAY = QT_TRANSLATE_NOOP("Recognition", "Event today")
EVENT_HELD = QT_TRANSLATE_NOOP("Recognition", "Event held")


@dataclass(frozen=True)
class CycleInput:
    programme_id: int
    name: str
    nomination_opens: date | None
    nomination_closes: date | None
    review_opens: date | None
    review_closes: date | None
    places: int
    event_date: date | None = None
    event_time: time | None = None
    venue: str | None = None
    venue_local: str | None = None
    office_id: int | None = None
    signatory_person_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class CycleRow:
    id: int
    programme_id: int
    programme_name: str
    name: str
    nomination_opens: date
    nomination_closes: date
    review_opens: date
    review_closes: date
    places: int
    event_date: date | None
    event_time: time | None
    venue: str | None
    venue_local: str | None
    office_id: int | None
    office_name: str | None
    signatory_person_id: int | None
    signatory_name: str | None
    scores_locked_at: datetime | None
    notes: str
    nomination_count: int
    # Nominees selected, invited, attended or recognised: the places already taken.
    places_taken: int
    # The phase on the day the cycle was read for (see phase_on); "" when read without a day.
    phase: str = ""

    @property
    def label(self) -> str:
        return cycle_label(self.name, self.programme_name)

    @property
    def nomination_window(self) -> str:
        return translate("Recognition", "{start} to {end}").format(
            start=indian_date(self.nomination_opens), end=indian_date(self.nomination_closes)
        )

    @property
    def review_window(self) -> str:
        return translate("Recognition", "{start} to {end}").format(
            start=indian_date(self.review_opens), end=indian_date(self.review_closes)
        )

    def as_input(self) -> CycleInput:
        return CycleInput(
            programme_id=self.programme_id,
            name=self.name,
            nomination_opens=self.nomination_opens,
            nomination_closes=self.nomination_closes,
            review_opens=self.review_opens,
            review_closes=self.review_closes,
            places=self.places,
            event_date=self.event_date,
            event_time=self.event_time,
            venue=self.venue,
            venue_local=self.venue_local,
            office_id=self.office_id,
            signatory_person_id=self.signatory_person_id,
            notes=self.notes,
        )


def cycle_label(cycle_name: str, programme_name: str) -> str:
    """How messages name a cycle: "Coffee with Collector 2026", not "2026" on its own."""
    if programme_name.casefold() in cycle_name.casefold():
        return cycle_name
    return f"{programme_name} {cycle_name}"


class ReviewWindow(Protocol):
    """What the lock rule reads: a cycle's row for the screens, or its database record."""

    @property
    def review_closes(self) -> date: ...

    @property
    def scores_locked_at(self) -> datetime | None: ...


def scores_locked(cycle: ReviewWindow, day: date) -> bool:
    """True once the review window has passed or the office closed the review early."""
    return day > cycle.review_closes or cycle.scores_locked_at is not None


def locked_on(cycle: ReviewWindow, zone: tzinfo | None = None) -> date:
    """The day the scores were locked: the early close (:func:`close_review`) on the office's
    calendar (``zone``, the computer's own when None), or the review's last day."""
    if cycle.scores_locked_at is None:
        return cycle.review_closes
    return local_day(cycle.scores_locked_at, zone)


def review_open(cycle: CycleRow, day: date) -> bool:
    """True when reviewers may enter scores on ``day``."""
    return cycle.review_opens <= day and not scores_locked(cycle, day)


def nominations_open(cycle: CycleRow, day: date) -> bool:
    return cycle.nomination_opens <= day <= cycle.nomination_closes


def phase_on(cycle: CycleRow, day: date) -> str:
    """Where the cycle stands on ``day``, in words for the cycles list."""
    if day < cycle.nomination_opens:
        return NOT_YET_OPEN
    if nominations_open(cycle, day):
        return NOMINATIONS_AND_REVIEW_OPEN if review_open(cycle, day) else NOMINATIONS_OPEN
    if day < cycle.review_opens:
        return NOMINATIONS_CLOSED
    if review_open(cycle, day):
        return REVIEW_OPEN
    if cycle.event_date is not None and day == cycle.event_date:
        return EVENT_TODAY
    if cycle.event_date is not None and day > cycle.event_date:
        return EVENT_HELD
    return REVIEW_CLOSED


def _row(session: Session, cycle: RecognitionCycle, on: date | None) -> CycleRow:
    programme = session.get(RecognitionProgramme, cycle.programme_id)
    office = session.get(Office, cycle.office_id) if cycle.office_id else None
    signatory = session.get(Person, cycle.signatory_person_id) if cycle.signatory_person_id else None
    row = CycleRow(
        id=cycle.id,
        programme_id=cycle.programme_id,
        programme_name=programme.name if programme else "",
        name=cycle.name,
        nomination_opens=cycle.nomination_opens,
        nomination_closes=cycle.nomination_closes,
        review_opens=cycle.review_opens,
        review_closes=cycle.review_closes,
        places=cycle.places,
        event_date=cycle.event_date,
        event_time=cycle.event_time,
        venue=cycle.venue,
        venue_local=cycle.venue_local,
        office_id=cycle.office_id,
        office_name=office.name if office else None,
        signatory_person_id=cycle.signatory_person_id,
        signatory_name=signatory.name if signatory else None,
        scores_locked_at=cycle.scores_locked_at,
        notes=cycle.notes,
        nomination_count=count(session, RecognitionNomination.cycle_id, cycle.id),
        places_taken=places_taken(session, cycle.id),
    )
    if on is None:
        return row
    return replace(row, phase=phase_on(row, on))


def create_cycle(db: Database, data: CycleInput) -> CycleRow:
    """Open a new round of a programme."""
    with db.transaction() as session:
        cycle = RecognitionCycle(**cycle_values(session, data, None))
        session.add(cycle)
        session.flush()
        return _row(session, cycle, None)


def update_cycle(db: Database, cycle_id: int, data: CycleInput) -> CycleRow:
    """Correct a cycle; its nominations must stay inside the window and its selections within places."""
    with db.transaction() as session:
        cycle = get_or_raise(session, RecognitionCycle, cycle_id, translate("Recognition", "Cycle"))
        values = cycle_values(session, data, cycle_id)
        refuse_breaking_changes(session, cycle, values)
        assign(cycle, values)
        session.flush()
        return _row(session, cycle, None)


def delete_cycle(db: Database, cycle_id: int) -> None:
    """Delete a cycle set up by mistake, with its review panel; one with nominations stays."""
    with db.transaction() as session:
        cycle = get_or_raise(session, RecognitionCycle, cycle_id, translate("Recognition", "Cycle"))
        nominations = count(session, RecognitionNomination.cycle_id, cycle_id)
        if nominations:
            raise ConflictError(
                plural(
                    nominations,
                    translate(
                        "Recognition",
                        "{cycle} has one nomination; a cycle with nominations cannot be deleted.",
                    ),
                    translate(
                        "Recognition",
                        "{cycle} has {count} nominations; a cycle with nominations cannot be deleted.",
                    ),
                ).format(cycle=cycle.name, count=nominations)
            )
        # One by one rather than by the database's cascade, so the audit log records each.
        for reviewer in session.scalars(
            select(RecognitionReviewer).where(RecognitionReviewer.cycle_id == cycle_id)
        ):
            session.delete(reviewer)
        session.flush()
        session.delete(cycle)


def close_review(db: Database, cycle_id: int, *, today: date, now: datetime) -> CycleRow:
    """Lock the cycle's scores before its review window ends (the shortlist can then be drawn).

    ``today`` is the office's day, which the review window is checked against; ``now`` is the
    moment recorded, with its time zone (it is stored in UTC).
    """
    if now.tzinfo is None:
        raise ValueError("close_review needs the moment of the close with its time zone.")
    with db.transaction() as session:
        cycle = get_or_raise(session, RecognitionCycle, cycle_id, translate("Recognition", "Cycle"))
        if cycle.scores_locked_at is not None:
            raise ConflictError(
                translate("Recognition", "The review of {cycle} was already closed on {day}.").format(
                    cycle=cycle.name, day=indian_date(local_day(cycle.scores_locked_at))
                )
            )
        if today > cycle.review_closes:
            raise ConflictError(
                translate(
                    "Recognition",
                    "The review of {cycle} closed on {day}; its scores are already locked.",
                ).format(cycle=cycle.name, day=indian_date(cycle.review_closes))
            )
        if today < cycle.review_opens:
            raise ConflictError(
                translate(
                    "Recognition",
                    "The review of {cycle} opens on {day}; it cannot be closed before it has opened.",
                ).format(cycle=cycle.name, day=indian_date(cycle.review_opens))
            )
        cycle.scores_locked_at = now.astimezone(UTC)
        session.flush()
        return _row(session, cycle, today)


def get_cycle(db: Database, cycle_id: int, *, on: date | None = None) -> CycleRow:
    """A cycle; with ``on``, its phase on that day is filled in."""
    with db.reading() as session:
        return _row(
            session, get_or_raise(session, RecognitionCycle, cycle_id, translate("Recognition", "Cycle")), on
        )


def list_cycles(db: Database, programme_id: int | None = None, *, on: date | None = None) -> list[CycleRow]:
    """Cycles, newest nomination window first; with ``on``, each row's phase on that day."""
    statement = select(RecognitionCycle).order_by(
        RecognitionCycle.nomination_opens.desc(), RecognitionCycle.name
    )
    if programme_id is not None:
        statement = statement.where(RecognitionCycle.programme_id == programme_id)
    with db.reading() as session:
        return [_row(session, cycle, on) for cycle in session.scalars(statement).all()]

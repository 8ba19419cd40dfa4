"""Cycles: one round of a programme with its nomination and review windows, event and places.

Every question about "now" takes the day (or moment) as an argument; nothing here reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any, Protocol

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Office,
    Person,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionReviewer,
)
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.moments import local_day
from desktop.services.recognition.vocabulary import HOLDS_PLACE
from desktop.services.records import assign, count, get_or_raise
from desktop.services.text import clean
from desktop.services.validation import FieldErrors

NOT_YET_OPEN = "Nominations not yet open"
NOMINATIONS_OPEN = "Nominations open"
NOMINATIONS_AND_REVIEW_OPEN = "Nominations and review open"
NOMINATIONS_CLOSED = "Nominations closed"
REVIEW_OPEN = "Review open"
REVIEW_CLOSED = "Review closed"
EVENT_TODAY = "Event today"
EVENT_HELD = "Event held"


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
        return f"{indian_date(self.nomination_opens)} to {indian_date(self.nomination_closes)}"

    @property
    def review_window(self) -> str:
        return f"{indian_date(self.review_opens)} to {indian_date(self.review_closes)}"

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


def _check_windows(data: CycleInput, errors: FieldErrors) -> None:
    labels = {
        "nomination_opens": "The day nominations open",
        "nomination_closes": "The day nominations close",
        "review_opens": "The day the review opens",
        "review_closes": "The day the review closes",
    }
    for field, label in labels.items():
        if getattr(data, field) is None:
            errors.add(field, f"{label} is required.")
    n_open, n_close = data.nomination_opens, data.nomination_closes
    r_open, r_close = data.review_opens, data.review_closes
    if n_open and n_close and n_close < n_open:
        errors.add(
            "nomination_closes",
            f"Nominations cannot close ({indian_date(n_close)}) before they open ({indian_date(n_open)}).",
        )
    if r_open and r_close and r_close < r_open:
        errors.add(
            "review_closes",
            f"The review cannot close ({indian_date(r_close)}) before it opens ({indian_date(r_open)}).",
        )
    if n_open and r_open and r_open < n_open:
        errors.add(
            "review_opens",
            f"The review cannot open ({indian_date(r_open)}) before nominations open ({indian_date(n_open)}).",
        )
    if n_close and r_close and r_close < n_close:
        errors.add(
            "review_closes",
            f"The review cannot close ({indian_date(r_close)}) before nominations close "
            f"({indian_date(n_close)}): the last nominations would never be scored.",
        )
    if data.event_date and r_close and data.event_date < r_close:
        errors.add(
            "event_date",
            f"The event ({indian_date(data.event_date)}) cannot come before the review closes "
            f"({indian_date(r_close)}).",
        )
    if data.event_time is not None and data.event_date is None:
        errors.add("event_date", "Give the event's date with its time.")


def _check_name(
    session: Session, data: CycleInput, name: str, own_id: int | None, errors: FieldErrors
) -> None:
    others = session.execute(
        select(RecognitionCycle.id, RecognitionCycle.name).where(
            RecognitionCycle.programme_id == data.programme_id
        )
    )
    for other_id, other_name in others:
        if other_id != own_id and other_name.casefold() == name.casefold():
            errors.add("name", f"This programme already has a cycle named {other_name}.")
            return


def _values(session: Session, data: CycleInput, own_id: int | None) -> dict[str, Any]:
    errors = FieldErrors()
    name = errors.required("name", data.name, "Cycle name", 120)
    programme = session.get(RecognitionProgramme, data.programme_id) if data.programme_id else None
    if programme is None:
        errors.add("programme_id", "Choose the programme this cycle belongs to.")
    elif name:
        _check_name(session, data, name, own_id, errors)
    _check_windows(data, errors)
    if isinstance(data.places, bool) or not isinstance(data.places, int) or data.places < 1:
        errors.add("places", f"Places must be a whole number of at least 1, not {data.places}.")
    if data.office_id is not None and session.get(Office, data.office_id) is None:
        errors.add("office_id", "The chosen issuing office no longer exists; choose again.")
    if data.signatory_person_id is not None and session.get(Person, data.signatory_person_id) is None:
        errors.add("signatory_person_id", "The chosen signatory no longer exists; choose again.")
    values = {
        "programme_id": data.programme_id,
        "name": name,
        "nomination_opens": data.nomination_opens,
        "nomination_closes": data.nomination_closes,
        "review_opens": data.review_opens,
        "review_closes": data.review_closes,
        "places": data.places,
        "event_date": data.event_date,
        "event_time": data.event_time,
        "venue": errors.optional("venue", data.venue, "Venue", 300),
        "venue_local": errors.optional("venue_local", data.venue_local, "Local venue", 300),
        "office_id": data.office_id,
        "signatory_person_id": data.signatory_person_id,
        "notes": clean(data.notes),
    }
    errors.raise_if_any()
    return values


def _places_taken(session: Session, cycle_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                RecognitionNomination.cycle_id == cycle_id, RecognitionNomination.status.in_(HOLDS_PLACE)
            )
        )
        or 0
    )


def _refuse_breaking_changes(session: Session, cycle: RecognitionCycle, values: dict[str, Any]) -> None:
    """An edited cycle must still hold its nominations and the nominees already selected."""
    nominations = count(session, RecognitionNomination.cycle_id, cycle.id)
    if nominations and values["programme_id"] != cycle.programme_id:
        raise ConflictError(
            f"{cycle.name} has {nominations} nomination(s) made under its programme; it cannot move to "
            "another programme."
        )
    taken = _places_taken(session, cycle.id)
    if values["places"] < taken:
        raise ConflictError(
            f"{taken} nominee(s) of {cycle.name} are already selected; it cannot have fewer places "
            f"than that ({values['places']}). Move some back to the shortlist first."
        )
    opens, closes = values["nomination_opens"], values["nomination_closes"]
    # A merged nomination keeps each nominator's date, so all of them must stay in the window.
    outside = session.execute(
        select(
            func.count(func.distinct(RecognitionNomination.id)),
            func.min(RecognitionNominator.nominated_on),
            func.max(RecognitionNominator.nominated_on),
        )
        .select_from(RecognitionNominator)
        .join(RecognitionNomination, RecognitionNomination.id == RecognitionNominator.nomination_id)
        .where(
            RecognitionNomination.cycle_id == cycle.id,
            or_(RecognitionNominator.nominated_on < opens, RecognitionNominator.nominated_on > closes),
        )
    ).one()
    if outside[0]:
        raise ConflictError(
            f"{outside[0]} nomination(s) of {cycle.name} are dated outside the new nomination window "
            f"({indian_date(opens)} to {indian_date(closes)}), between {indian_date(outside[1])} and "
            f"{indian_date(outside[2])}; the window must still include them."
        )


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
        places_taken=_places_taken(session, cycle.id),
    )
    if on is None:
        return row
    return replace(row, phase=phase_on(row, on))


def create_cycle(db: Database, data: CycleInput) -> CycleRow:
    """Open a new round of a programme."""
    with db.transaction() as session:
        cycle = RecognitionCycle(**_values(session, data, None))
        session.add(cycle)
        session.flush()
        return _row(session, cycle, None)


def update_cycle(db: Database, cycle_id: int, data: CycleInput) -> CycleRow:
    """Correct a cycle; its nominations must stay inside the window and its selections within places."""
    with db.transaction() as session:
        cycle = get_or_raise(session, RecognitionCycle, cycle_id, "Cycle")
        values = _values(session, data, cycle_id)
        _refuse_breaking_changes(session, cycle, values)
        assign(cycle, values)
        session.flush()
        return _row(session, cycle, None)


def delete_cycle(db: Database, cycle_id: int) -> None:
    """Delete a cycle set up by mistake, with its review panel; one with nominations stays."""
    with db.transaction() as session:
        cycle = get_or_raise(session, RecognitionCycle, cycle_id, "Cycle")
        nominations = count(session, RecognitionNomination.cycle_id, cycle_id)
        if nominations:
            raise ConflictError(
                f"{cycle.name} has {nominations} nomination(s); a cycle with nominations cannot be deleted."
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
        cycle = get_or_raise(session, RecognitionCycle, cycle_id, "Cycle")
        if cycle.scores_locked_at is not None:
            raise ConflictError(
                f"The review of {cycle.name} was already closed on "
                f"{indian_date(local_day(cycle.scores_locked_at))}."
            )
        if today > cycle.review_closes:
            raise ConflictError(
                f"The review of {cycle.name} closed on {indian_date(cycle.review_closes)}; its scores are "
                "already locked."
            )
        if today < cycle.review_opens:
            raise ConflictError(
                f"The review of {cycle.name} opens on {indian_date(cycle.review_opens)}; it cannot be closed "
                "before it has opened."
            )
        cycle.scores_locked_at = now.astimezone(UTC)
        session.flush()
        return _row(session, cycle, today)


def get_cycle(db: Database, cycle_id: int, *, on: date | None = None) -> CycleRow:
    """A cycle; with ``on``, its phase on that day is filled in."""
    with db.reading() as session:
        return _row(session, get_or_raise(session, RecognitionCycle, cycle_id, "Cycle"), on)


def list_cycles(db: Database, programme_id: int | None = None, *, on: date | None = None) -> list[CycleRow]:
    """Cycles, newest nomination window first; with ``on``, each row's phase on that day."""
    statement = select(RecognitionCycle).order_by(
        RecognitionCycle.nomination_opens.desc(), RecognitionCycle.name
    )
    if programme_id is not None:
        statement = statement.where(RecognitionCycle.programme_id == programme_id)
    with db.reading() as session:
        return [_row(session, cycle, on) for cycle in session.scalars(statement).all()]

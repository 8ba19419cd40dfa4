"""The checks of a cycle's form: its windows in order, a name of its own in the programme, and no
change that would leave its nominations or selections outside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Office,
    Person,
    RecognitionCycle,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
)
from desktop.documents.text import indian_date
from desktop.services.errors import ConflictError
from desktop.services.i18n import plural, translate
from desktop.services.recognition.vocabulary import HOLDS_PLACE
from desktop.services.records import count
from desktop.services.text import clean
from desktop.services.validation import FieldErrors

if TYPE_CHECKING:
    from desktop.services.recognition.cycles import CycleInput


def _check_windows(data: CycleInput, errors: FieldErrors) -> None:
    labels = {
        "nomination_opens": translate("Recognition", "The day nominations open"),
        "nomination_closes": translate("Recognition", "The day nominations close"),
        "review_opens": translate("Recognition", "The day the review opens"),
        "review_closes": translate("Recognition", "The day the review closes"),
    }
    for field, label in labels.items():
        if getattr(data, field) is None:
            errors.add(field, translate("Validation", "{label} is required.").format(label=label))
    n_open, n_close = data.nomination_opens, data.nomination_closes
    r_open, r_close = data.review_opens, data.review_closes
    if n_open and n_close and n_close < n_open:
        errors.add(
            "nomination_closes",
            translate(
                "Recognition", "Nominations cannot close ({closes}) before they open ({opens})."
            ).format(closes=indian_date(n_close), opens=indian_date(n_open)),
        )
    if r_open and r_close and r_close < r_open:
        errors.add(
            "review_closes",
            translate("Recognition", "The review cannot close ({closes}) before it opens ({opens}).").format(
                closes=indian_date(r_close), opens=indian_date(r_open)
            ),
        )
    if n_open and r_open and r_open < n_open:
        errors.add(
            "review_opens",
            translate(
                "Recognition",
                "The review cannot open ({opens}) before nominations open ({nominations_open}).",
            ).format(opens=indian_date(r_open), nominations_open=indian_date(n_open)),
        )
    if n_close and r_close and r_close < n_close:
        errors.add(
            "review_closes",
            translate(
                "Recognition",
                "The review cannot close ({closes}) before nominations close ({nominations_close}): "
                "the last nominations would never be scored.",
            ).format(closes=indian_date(r_close), nominations_close=indian_date(n_close)),
        )
    if data.event_date and r_close and data.event_date < r_close:
        errors.add(
            "event_date",
            translate(
                "Recognition", "The event ({day}) cannot come before the review closes ({closes})."
            ).format(day=indian_date(data.event_date), closes=indian_date(r_close)),
        )
    if data.event_time is not None and data.event_date is None:
        errors.add("event_date", translate("Recognition", "Give the event's date with its time."))


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
            errors.add(
                "name",
                translate("Recognition", "This programme already has a cycle named {name}.").format(
                    name=other_name
                ),
            )
            return


def cycle_values(session: Session, data: CycleInput, own_id: int | None) -> dict[str, Any]:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Recognition", "Cycle name"), 120)
    programme = session.get(RecognitionProgramme, data.programme_id) if data.programme_id else None
    if programme is None:
        errors.add("programme_id", translate("Recognition", "Choose the programme this cycle belongs to."))
    elif name:
        _check_name(session, data, name, own_id, errors)
    _check_windows(data, errors)
    if isinstance(data.places, bool) or not isinstance(data.places, int) or data.places < 1:
        errors.add(
            "places",
            translate("Recognition", "Places must be a whole number of at least 1, not {places}.").format(
                places=data.places
            ),
        )
    if data.office_id is not None and session.get(Office, data.office_id) is None:
        errors.add(
            "office_id", translate("Recognition", "The chosen issuing office no longer exists; choose again.")
        )
    if data.signatory_person_id is not None and session.get(Person, data.signatory_person_id) is None:
        errors.add(
            "signatory_person_id",
            translate("Recognition", "The chosen signatory no longer exists; choose again."),
        )
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
        "venue": errors.optional("venue", data.venue, translate("Recognition", "Venue"), 300),
        "venue_local": errors.optional(
            "venue_local", data.venue_local, translate("Recognition", "Local venue"), 300
        ),
        "office_id": data.office_id,
        "signatory_person_id": data.signatory_person_id,
        "notes": clean(data.notes),
    }
    errors.raise_if_any()
    return values


def places_taken(session: Session, cycle_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                RecognitionNomination.cycle_id == cycle_id, RecognitionNomination.status.in_(HOLDS_PLACE)
            )
        )
        or 0
    )


def refuse_breaking_changes(session: Session, cycle: RecognitionCycle, values: dict[str, Any]) -> None:
    """An edited cycle must still hold its nominations and the nominees already selected."""
    nominations = count(session, RecognitionNomination.cycle_id, cycle.id)
    if nominations and values["programme_id"] != cycle.programme_id:
        raise ConflictError(
            plural(
                nominations,
                translate(
                    "Recognition",
                    "{cycle} has one nomination made under its programme; it cannot move to another programme.",
                ),
                translate(
                    "Recognition",
                    "{cycle} has {count} nominations made under its programme; "
                    "it cannot move to another programme.",
                ),
            ).format(cycle=cycle.name, count=nominations)
        )
    taken = places_taken(session, cycle.id)
    if values["places"] < taken:
        raise ConflictError(
            plural(
                taken,
                translate(
                    "Recognition",
                    "One nominee of {cycle} is already selected; it cannot have fewer places than that "
                    "({places}). Move them back to the shortlist first.",
                ),
                translate(
                    "Recognition",
                    "{count} nominees of {cycle} are already selected; it cannot have fewer places than that "
                    "({places}). Move some back to the shortlist first.",
                ),
            ).format(count=taken, cycle=cycle.name, places=values["places"])
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
            plural(
                outside[0],
                translate(
                    "Recognition",
                    "One nomination of {cycle} is dated outside the new nomination window "
                    "({opens} to {closes}), on {first}; the window must still include it.",
                ),
                translate(
                    "Recognition",
                    "{count} nominations of {cycle} are dated outside the new nomination window "
                    "({opens} to {closes}), between {first} and {last}; the window must still include them.",
                ),
            ).format(
                count=outside[0],
                cycle=cycle.name,
                opens=indian_date(opens),
                closes=indian_date(closes),
                first=indian_date(outside[1]),
                last=indian_date(outside[2]),
            )
        )

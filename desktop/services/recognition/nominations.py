"""Nominations: making one (with the nominee created on the spot if missing), merging duplicates,
correcting and deleting. Reading and listing live in nomination_listing and are re-exported here.

A nominee is nominated once per cycle. A second nomination of the same nominee is refused with a
message naming the first, or merged into it on request: the merge adds its nominator and
justification to the first nomination, which keeps its status.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Person,
    RecognitionCycle,
    RecognitionEvidence,
    RecognitionNomination,
    RecognitionNominator,
    RecognitionProgramme,
    RecognitionScore,
)
from desktop.documents.text import indian_date
from desktop.services import people
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import plural, translate
from desktop.services.recognition.cycles import cycle_label
from desktop.services.recognition.nomination_checks import MAX_JUSTIFICATION as MAX_JUSTIFICATION
from desktop.services.recognition.nomination_checks import MIN_JUSTIFICATION as MIN_JUSTIFICATION
from desktop.services.recognition.nomination_checks import (
    check_window,
    checked_category,
    checked_justification,
    checked_nominator_columns,
    checked_nominee,
)
from desktop.services.recognition.nomination_listing import (
    NominationDetail,
    NominationRow,
    NominatorRow,
    get_nomination,
    list_nominations,
    nomination_rows,
    nominators_of,
)
from desktop.services.recognition.nominees import (
    Nominee,
    eligibility_problem,
    nominator_names,
    nominees_of,
)
from desktop.services.recognition.vocabulary import (
    STATUS_DATES,
    STATUSES,
)
from desktop.services.records import get_or_raise
from desktop.services.search_text import affiliation_name, person_search_text
from desktop.services.text import clean_optional
from desktop.services.validation import FieldErrors

SOURCES = ("manual", "data")
# Statuses in which the nomination itself (category, justification, nominator) may be corrected.
EDITABLE_STATUSES = frozenset({"nominated", "shortlisted"})

__all__ = [
    "DuplicateNominationError",
    "NominationDetail",
    "NominationInput",
    "NominationRow",
    "NominatorChoice",
    "NominatorRow",
    "NomineeChoice",
    "delete_nomination",
    "get_nomination",
    "list_nominations",
    "nominate",
    "update_nomination",
]


class DuplicateNominationError(ConflictError):
    """The nominee is already nominated in the cycle; ``existing_id`` is that nomination."""

    def __init__(self, message: str, existing_id: int) -> None:
        super().__init__(message)
        self.existing_id = existing_id


@dataclass(frozen=True)
class NomineeChoice:
    kind: Literal["person", "school", "cluster"]
    id: int | None
    # A person missing from the records, created with the nomination (and only if it is made).
    new_person: people.PersonInput | None = None


@dataclass(frozen=True)
class NominatorChoice:
    kind: Literal["person", "office", "organisation"]
    id: int


@dataclass(frozen=True)
class NominationInput:
    cycle_id: int
    nominee: NomineeChoice
    nominator: NominatorChoice
    justification: str
    nominated_on: date
    category: str | None = None
    source: str = "manual"  # or "data": made from a suggestion
    evidence_note: str | None = None


def _row(session: Session, nomination: RecognitionNomination) -> NominationRow:
    session.flush()
    return nomination_rows(session, [nomination])[0]


def _nominator_label(session: Session, nominators: Sequence[RecognitionNominator]) -> str:
    names = nominator_names(session, nominators)
    return "; ".join(names[n.id].name for n in nominators)


def _same_nominator(
    rows: Sequence[RecognitionNominator], columns: dict[str, int]
) -> RecognitionNominator | None:
    key, value = next(iter(columns.items()))
    return next((row for row in rows if getattr(row, key) == value), None)


def _duplicate_message(session: Session, existing: RecognitionNomination, name: str, label: str) -> str:
    nominators = nominators_of(session, existing.id)
    fields = {
        "nominee": name,
        "cycle": label,
        "day": indian_date(existing.nominated_on),
        "nominators": _nominator_label(session, nominators),
    }
    if existing.status == "withdrawn":
        message = translate(
            "Recognition",
            "{nominee} was nominated for {cycle} on {day} by {nominators}; that nomination was withdrawn "
            "on {withdrawn_on} and still counts. Reinstate it (back to Nominated), then merge this "
            "nomination into it.",
        )
        return message.format(withdrawn_on=indian_date(existing.withdrawn_on), **fields)
    message = translate(
        "Recognition",
        "{nominee} is already nominated for {cycle} (on {day} by {nominators}; now {status}). "
        "Merge this nomination into it to add its nominator and justification.",
    )
    return message.format(status=translate("Recognition", STATUSES[existing.status]), **fields)


def _merge(
    session: Session,
    existing: RecognitionNomination,
    nominee: Nominee,
    columns: dict[str, int],
    justification: str,
    data: NominationInput,
) -> NominationRow:
    present = nominators_of(session, existing.id)
    same = _same_nominator(present, columns)
    if same is not None:
        who = nominator_names(session, [same])[same.id].name
        raise ConflictError(
            translate(
                "Recognition",
                "{nominator} already nominated {nominee} in this cycle (on {day}); "
                "the same nominator cannot be added twice.",
            ).format(nominator=who, nominee=nominee.name, day=indian_date(same.nominated_on))
        )
    session.add(
        RecognitionNominator(
            nomination_id=existing.id, justification=justification, nominated_on=data.nominated_on, **columns
        )
    )
    note = clean_optional(data.evidence_note)
    if note:
        existing.evidence_note = f"{existing.evidence_note}\n\n{note}" if existing.evidence_note else note
    return _row(session, existing)


def nominate(
    db: Database, data: NominationInput, *, on_duplicate: Literal["refuse", "merge"] = "refuse"
) -> NominationRow:
    """Nominate someone in a cycle. A nominee already nominated there is refused
    (DuplicateNominationError) or, with ``on_duplicate="merge"``, merged into that nomination,
    which is returned: it gains this nominator, justification and evidence note, and keeps its
    own category and status. A withdrawn nomination must be reinstated before a merge."""
    if on_duplicate not in ("refuse", "merge"):
        raise ValueError(f"on_duplicate must be 'refuse' or 'merge', not {on_duplicate!r}.")
    with db.transaction() as session:
        cycle = get_or_raise(session, RecognitionCycle, data.cycle_id, translate("Recognition", "Cycle"))
        programme = session.get(RecognitionProgramme, cycle.programme_id)
        assert programme is not None  # the foreign key
        label = cycle_label(cycle.name, programme.name)
        errors = FieldErrors()
        nominee, new_person = checked_nominee(session, errors, data.nominee)
        if nominee is not None and (
            problem := eligibility_problem(nominee, programme.name, programme.eligible_kinds)
        ):
            errors.add("nominee", problem)
        columns = checked_nominator_columns(session, errors, data.nominator)
        check_window(errors, cycle, label, data.nominated_on)
        category = checked_category(errors, programme, data.category)
        justification = checked_justification(errors, data.justification)
        if data.source not in SOURCES:
            errors.add(
                "source",
                translate("Recognition", "Unknown source of nomination '{source}'.").format(
                    source=data.source
                ),
            )
        errors.raise_if_any()
        assert nominee is not None and nominee.kind is not None

        if new_person is None:
            column = f"{data.nominee.kind}_id"
            existing = session.scalar(
                select(RecognitionNomination).where(
                    RecognitionNomination.cycle_id == cycle.id,
                    getattr(RecognitionNomination, column) == data.nominee.id,
                )
            )
            if existing is not None:
                if on_duplicate == "refuse" or existing.status == "withdrawn":
                    raise DuplicateNominationError(
                        _duplicate_message(session, existing, nominee.name, label), existing.id
                    )
                return _merge(session, existing, nominee, columns, justification, data)
            nominee_ids = {column: data.nominee.id}
        else:
            person = Person(**new_person)
            person.search_text = person_search_text(person, affiliation_name(session, person))
            session.add(person)
            session.flush()
            nominee_ids = {"person_id": person.id}

        nomination = RecognitionNomination(
            cycle_id=cycle.id,
            nominee_kind=nominee.kind,
            category=category,
            nominated_on=data.nominated_on,
            source=data.source,
            evidence_note=clean_optional(data.evidence_note),
            status="nominated",
            **nominee_ids,
        )
        session.add(nomination)
        session.flush()
        session.add(
            RecognitionNominator(
                nomination_id=nomination.id,
                justification=justification,
                nominated_on=data.nominated_on,
                **columns,
            )
        )
        return _row(session, nomination)


def _nominee_name(session: Session, nomination: RecognitionNomination) -> str:
    return nominees_of(session, [nomination])[nomination.id].name


def update_nomination(
    db: Database, nomination_id: int, category: str | None, justification: str, nominator: NominatorChoice
) -> NominationRow:
    """Correct the category and the first nominator and their justification, while the
    nomination is Nominated or Shortlisted."""
    with db.transaction() as session:
        nomination = get_or_raise(
            session, RecognitionNomination, nomination_id, translate("Recognition", "Nomination")
        )
        if nomination.status not in EDITABLE_STATUSES:
            status_date = getattr(nomination, STATUS_DATES[nomination.status])
            raise ConflictError(
                translate(
                    "Recognition",
                    "{nominee}'s nomination is {status} (since {day}); "
                    "it can be corrected only while Nominated or Shortlisted.",
                ).format(
                    nominee=_nominee_name(session, nomination),
                    status=translate("Recognition", STATUSES[nomination.status]),
                    day=indian_date(status_date),
                )
            )
        cycle = session.get(RecognitionCycle, nomination.cycle_id)
        programme = session.get(RecognitionProgramme, cycle.programme_id) if cycle else None
        assert programme is not None  # the foreign keys
        errors = FieldErrors()
        chosen = checked_category(errors, programme, category)
        text = checked_justification(errors, justification)
        columns = checked_nominator_columns(session, errors, nominator)
        errors.raise_if_any()
        first, *others = nominators_of(session, nomination_id)
        same = _same_nominator(others, columns)
        if same is not None:
            who = nominator_names(session, [same])[same.id].name
            raise ConflictError(
                translate(
                    "Recognition", "{nominator} is already another nominator of this nomination."
                ).format(nominator=who)
            )
        first.person_id = first.office_id = first.organisation_id = None
        for key, value in columns.items():
            setattr(first, key, value)
        first.justification = text
        nomination.category = chosen
        return _row(session, nomination)


def delete_nomination(db: Database, nomination_id: int) -> None:
    """Delete a nomination made by mistake, while it is Nominated and unscored; otherwise withdraw it."""
    with db.transaction() as session:
        nomination = get_or_raise(
            session, RecognitionNomination, nomination_id, translate("Recognition", "Nomination")
        )
        name = _nominee_name(session, nomination)
        if nomination.status != "nominated":
            raise ConflictError(
                translate(
                    "Recognition",
                    "{nominee}'s nomination is {status}; only a nomination still at Nominated can be deleted. "
                    "Withdraw it instead, which keeps it on record.",
                ).format(nominee=name, status=translate("Recognition", STATUSES[nomination.status]))
            )
        scores = session.scalar(select(func.count()).where(RecognitionScore.nomination_id == nomination_id))
        if scores:
            raise ConflictError(
                plural(
                    scores,
                    translate(
                        "Recognition",
                        "Reviewers have given one score to {nominee}'s nomination; withdraw it instead of deleting it.",
                    ),
                    translate(
                        "Recognition",
                        "Reviewers have given {count} scores to {nominee}'s nomination; "
                        "withdraw it instead of deleting it.",
                    ),
                ).format(count=scores, nominee=name)
            )
        # One by one rather than by the database's cascade, so the audit log records each.
        for evidence in session.scalars(
            select(RecognitionEvidence).where(RecognitionEvidence.nomination_id == nomination_id)
        ):
            session.delete(evidence)
        for nominator in nominators_of(session, nomination_id):
            session.delete(nominator)
        session.flush()
        session.delete(nomination)

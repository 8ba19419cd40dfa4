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
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    Office,
    Organisation,
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
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.recognition.cycles import cycle_label
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
    NOMINEE_CHOICES,
    Nominee,
    eligibility_problem,
    find_nominee,
    nominator_names,
    nominees_of,
)
from desktop.services.recognition.vocabulary import (
    NOMINATOR_KINDS,
    STATUS_DATES,
    STATUSES,
    kind_of_designation,
)
from desktop.services.records import get_or_raise
from desktop.services.search_text import affiliation_name, person_search_text
from desktop.services.text import clean, clean_optional
from desktop.services.validation import FieldErrors

MIN_JUSTIFICATION = 20
MAX_JUSTIFICATION = 5000
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


def _justification(errors: FieldErrors, text: str) -> str:
    justification = clean(text)
    if not justification:
        errors.add("justification", "Justification is required: say what the nominee did and what changed.")
    elif len(justification) < MIN_JUSTIFICATION:
        errors.add(
            "justification",
            f"The justification is {len(justification)} characters long; write at least {MIN_JUSTIFICATION}: "
            "what the nominee did and what changed because of it.",
        )
    elif len(justification) > MAX_JUSTIFICATION:
        errors.add(
            "justification",
            f"The justification is {len(justification)} characters long; at most {MAX_JUSTIFICATION} fit.",
        )
    return justification


def _category(errors: FieldErrors, programme: RecognitionProgramme, value: str | None) -> str | None:
    category = clean_optional(value)
    if not programme.categories:
        if category:
            errors.add("category", f"{programme.name} has no categories; leave the category empty.")
        return None
    if category is None:
        errors.add("category", f"Choose the category: {', '.join(programme.categories)}.")
        return None
    match = next((c for c in programme.categories if c.casefold() == category.casefold()), None)
    if match is None:
        errors.add(
            "category",
            f"'{category}' is not a category of {programme.name}; choose one of: {', '.join(programme.categories)}.",
        )
    return match


def _nominator_columns(session: Session, errors: FieldErrors, choice: NominatorChoice) -> dict[str, int]:
    models = {"person": Person, "office": Office, "organisation": Organisation}
    if choice.kind not in NOMINATOR_KINDS:
        errors.add("nominator", "Choose who nominates: a person, an office or an organisation.")
        return {}
    if choice.id is None or session.get(models[choice.kind], choice.id) is None:
        errors.add("nominator", f"The chosen nominating {choice.kind} no longer exists; choose again.")
        return {}
    return {f"{choice.kind}_id": choice.id}


def _window(errors: FieldErrors, cycle: RecognitionCycle, label: str, on: date | None) -> None:
    if on is None:
        errors.add("nominated_on", "The date of the nomination is required.")
    elif not cycle.nomination_opens <= on <= cycle.nomination_closes:
        errors.add(
            "nominated_on",
            f"Nominations for {label} are open from {indian_date(cycle.nomination_opens)} to "
            f"{indian_date(cycle.nomination_closes)}; this one is dated {indian_date(on)}.",
        )


def _equals(column: Any, value: int | None) -> Any:
    return column.is_(None) if value is None else column == value


def _new_person_values(session: Session, errors: FieldErrors, data: people.PersonInput) -> dict | None:
    """The new person's columns, checked as the People form checks them, or None (errors noted)."""
    try:
        values = people._values(session, data)
    except ValidationError as problems:
        for field, message in problems.field_errors.items():
            errors.add(f"new_person.{field}", message)
        return None
    same = session.scalars(
        select(Person).where(
            Person.name.collate("NOCASE") == values["name"],
            *(
                _equals(getattr(Person, key), values[key])
                for key in ("office_id", "organisation_id", "school_id")
            ),
        )
    ).first()
    if same is not None:
        where = affiliation_name(session, same)
        errors.add(
            "new_person.name",
            f"{same.name} ({same.designation}{', ' + where if where else ''}) is already in the records; "
            "choose that person as the nominee instead of adding them again.",
        )
        return None
    return values


def _nominee(
    session: Session, errors: FieldErrors, choice: NomineeChoice
) -> tuple[Nominee | None, dict | None]:
    """The nominee (for the eligibility check) and, for a new person, the columns to create."""
    if choice.kind not in NOMINEE_CHOICES:
        errors.add("nominee", "Choose the nominee: a person, a school or a cluster.")
        return None, None
    if choice.new_person is not None:
        if choice.kind != "person" or choice.id is not None:
            errors.add("nominee", "Choose an existing nominee or add a new person, not both.")
            return None, None
        values = _new_person_values(session, errors, choice.new_person)
        if values is None:
            return None, None
        nominee = Nominee(
            kind_of_designation(values["designation"]),
            values["name"],
            values["name_local"],
            "",
            None,
            None,
            values["designation"],
        )
        return nominee, values
    if choice.id is None:
        errors.add("nominee", f"Choose the {choice.kind} nominated.")
        return None, None
    nominee = find_nominee(session, choice.kind, choice.id)
    if nominee is None:
        errors.add("nominee", f"The chosen {choice.kind} no longer exists; choose again.")
    return nominee, None


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
    made = f"on {indian_date(existing.nominated_on)} by {_nominator_label(session, nominators)}"
    if existing.status == "withdrawn":
        return (
            f"{name} was nominated for {label} {made}; that nomination was withdrawn on "
            f"{indian_date(existing.withdrawn_on)} and still counts. Reinstate it (back to Nominated), then "
            "merge this nomination into it."
        )
    return (
        f"{name} is already nominated for {label} ({made}; now {STATUSES[existing.status]}). Merge this "
        "nomination into it to add its nominator and justification."
    )


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
            f"{who} already nominated {nominee.name} in this cycle (on {indian_date(same.nominated_on)}); "
            "the same nominator cannot be added twice."
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
        cycle = get_or_raise(session, RecognitionCycle, data.cycle_id, "Cycle")
        programme = session.get(RecognitionProgramme, cycle.programme_id)
        assert programme is not None  # the foreign key
        label = cycle_label(cycle.name, programme.name)
        errors = FieldErrors()
        nominee, new_person = _nominee(session, errors, data.nominee)
        if nominee is not None and (
            problem := eligibility_problem(nominee, programme.name, programme.eligible_kinds)
        ):
            errors.add("nominee", problem)
        columns = _nominator_columns(session, errors, data.nominator)
        _window(errors, cycle, label, data.nominated_on)
        category = _category(errors, programme, data.category)
        justification = _justification(errors, data.justification)
        if data.source not in SOURCES:
            errors.add("source", f"Unknown source of nomination '{data.source}'.")
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
        nomination = get_or_raise(session, RecognitionNomination, nomination_id, "Nomination")
        if nomination.status not in EDITABLE_STATUSES:
            status_date = getattr(nomination, STATUS_DATES[nomination.status])
            raise ConflictError(
                f"{_nominee_name(session, nomination)}'s nomination is {STATUSES[nomination.status]} "
                f"(since {indian_date(status_date)}); it can be corrected only while Nominated or Shortlisted."
            )
        cycle = session.get(RecognitionCycle, nomination.cycle_id)
        programme = session.get(RecognitionProgramme, cycle.programme_id) if cycle else None
        assert programme is not None  # the foreign keys
        errors = FieldErrors()
        chosen = _category(errors, programme, category)
        text = _justification(errors, justification)
        columns = _nominator_columns(session, errors, nominator)
        errors.raise_if_any()
        first, *others = nominators_of(session, nomination_id)
        same = _same_nominator(others, columns)
        if same is not None:
            who = nominator_names(session, [same])[same.id].name
            raise ConflictError(f"{who} is already another nominator of this nomination.")
        first.person_id = first.office_id = first.organisation_id = None
        for key, value in columns.items():
            setattr(first, key, value)
        first.justification = text
        nomination.category = chosen
        return _row(session, nomination)


def delete_nomination(db: Database, nomination_id: int) -> None:
    """Delete a nomination made by mistake, while it is Nominated and unscored; otherwise withdraw it."""
    with db.transaction() as session:
        nomination = get_or_raise(session, RecognitionNomination, nomination_id, "Nomination")
        name = _nominee_name(session, nomination)
        if nomination.status != "nominated":
            raise ConflictError(
                f"{name}'s nomination is {STATUSES[nomination.status]}; only a nomination still at "
                "Nominated can be deleted. Withdraw it instead, which keeps it on record."
            )
        scores = session.scalar(select(func.count()).where(RecognitionScore.nomination_id == nomination_id))
        if scores:
            raise ConflictError(
                f"Reviewers have given {scores} score(s) to {name}'s nomination; withdraw it instead of deleting it."
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

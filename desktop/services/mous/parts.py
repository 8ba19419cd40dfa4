"""An MoU's signatories, obligations and data-sharing terms: checked, and saved as lists.

A list is saved by id: rows that came back with their id are updated, rows without one are
added, rows that did not come back are deleted. The audit log then shows what really changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Mou, MouDataShare, MouObligation, MouSignatory
from desktop.documents.text import indian_date
from desktop.services.i18n import translate
from desktop.services.mous.vocabulary import (
    DATA_CATEGORIES,
    FREQUENCIES,
    MAX_KEEP_MONTHS,
    OBLIGATION_KINDS,
    OBLIGATION_STATUSES,
    PARTIES,
    SIGNING_LEAD_DAYS,
)
from desktop.services.text import clean, clean_optional
from desktop.services.validation import FieldErrors


@dataclass(frozen=True)
class SignatoryInput:
    name: str
    designation: str
    party: str  # "district" or "partner"
    organisation_id: int | None = None  # which partner signs, when there are several
    required: bool = True
    signed_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ObligationInput:
    party: str
    description: str
    kind: str = "responsibility"
    owner: str | None = None
    due_date: date | None = None
    frequency: str | None = None
    indicator: str | None = None  # for deliverables: what is measured, and the target
    status: str = "pending"
    id: int | None = None


@dataclass(frozen=True)
class DataShareInput:
    category: str
    purpose: str
    keep_months: int
    id: int | None = None


def check_signatories(
    rows: Sequence[SignatoryInput], start: date | None, end: date | None, today: date, errors: FieldErrors
) -> list[dict[str, Any]]:
    """The signatories' values; a signing date must fall in the MoU's period and not in the future."""
    values = []
    earliest = start - timedelta(days=SIGNING_LEAD_DAYS) if start else None
    for number, row in enumerate(rows, start=1):
        name, designation = clean(row.name), clean(row.designation)
        if not name or not designation:
            errors.add(
                "signatories",
                translate("MoUs", "Signatory {number}: name and designation are both needed.").format(
                    number=number
                ),
            )
        if row.party not in PARTIES:
            errors.add(
                "signatories",
                translate(
                    "MoUs", "Signatory {number}: the party must be the district or the partner."
                ).format(number=number),
            )
        if row.signed_on is not None:
            when = indian_date(row.signed_on)
            named = name or translate("MoUs", "Signatory {number}").format(number=number)
            if row.signed_on > today:
                errors.add(
                    "signatories",
                    translate("MoUs", "{signatory}: signed on {day} is in the future.").format(
                        signatory=named, day=when
                    ),
                )
            elif end is not None and row.signed_on > end:
                errors.add(
                    "signatories",
                    translate("MoUs", "{signatory}: signed on {day}, after the MoU ends ({end}).").format(
                        signatory=named, day=when, end=indian_date(end)
                    ),
                )
            elif earliest is not None and row.signed_on < earliest:
                errors.add(
                    "signatories",
                    translate(
                        "MoUs",
                        "{signatory}: signed on {day}, more than {days} days before the MoU starts ({start}); "
                        "check the year.",
                    ).format(signatory=named, day=when, days=SIGNING_LEAD_DAYS, start=indian_date(start)),
                )
        values.append(
            {
                "position": number,
                "name": name,
                "designation": designation,
                "party": row.party,
                "organisation_id": row.organisation_id if row.party == "partner" else None,
                "required": row.required,
                "signed_on": row.signed_on,
            }
        )
    return values


def check_obligations(rows: Sequence[ObligationInput], errors: FieldErrors) -> list[dict[str, Any]]:
    values = []
    for number, row in enumerate(rows, start=1):
        description = clean(row.description)
        if not description:
            errors.add(
                "obligations",
                translate("MoUs", "Obligation {number}: say what is to be done.").format(number=number),
            )
        for value, allowed, label in (
            (row.party, PARTIES, translate("MoUs", "party")),
            (row.kind, OBLIGATION_KINDS, translate("MoUs", "kind")),
            (row.status, OBLIGATION_STATUSES, translate("MoUs", "status")),
        ):
            if value not in allowed:
                errors.add(
                    "obligations",
                    translate("MoUs", "Obligation {number}: unknown {what} '{value}'.").format(
                        number=number, what=label, value=value
                    ),
                )
        frequency = clean_optional(row.frequency)
        if frequency is not None and frequency not in FREQUENCIES:
            errors.add(
                "obligations",
                translate("MoUs", "Obligation {number}: frequency must be one of {values}.").format(
                    number=number, values=", ".join(FREQUENCIES)
                ),
            )
        values.append(
            {
                "position": number,
                "party": row.party,
                "kind": row.kind,
                "description": description,
                "owner": clean_optional(row.owner),
                "due_date": row.due_date,
                "frequency": frequency,
                "indicator": clean_optional(row.indicator),
                "status": row.status,
            }
        )
    return values


def check_data_shares(rows: Sequence[DataShareInput], errors: FieldErrors) -> list[dict[str, Any]]:
    values = []
    seen: set[str] = set()
    for row in rows:
        label = DATA_CATEGORIES.get(row.category)
        if label is None:
            errors.add(
                "data_shares",
                translate("MoUs", "'{category}' is not a category of data the app can share.").format(
                    category=row.category
                ),
            )
            continue
        label = translate("MoUs", label)  # named in the messages below
        if row.category in seen:
            errors.add("data_shares", translate("MoUs", "{category} is listed twice.").format(category=label))
        seen.add(row.category)
        purpose = clean(row.purpose)
        if not purpose:
            errors.add(
                "data_shares",
                translate("MoUs", "{category}: say for what purpose the partner receives it.").format(
                    category=label
                ),
            )
        if not 1 <= row.keep_months <= MAX_KEEP_MONTHS:
            errors.add(
                "data_shares",
                translate(
                    "MoUs",
                    "{category}: the partner may keep data from 1 to {limit} months, not {months}.",
                ).format(category=label, limit=MAX_KEEP_MONTHS, months=row.keep_months),
            )
        values.append({"category": row.category, "purpose": purpose, "keep_months": row.keep_months})
    return values


def sync_rows(
    session: Session, model: type, mou: Mou, wanted: Sequence[dict[str, Any]], ids: Sequence[int | None]
) -> None:
    """Make the MoU's rows of ``model`` be ``wanted``: update by id, add new, delete the rest."""
    existing = {row.id: row for row in session.scalars(select(model).where(model.mou_id == mou.id))}
    kept = set()
    for values, row_id in zip(wanted, ids, strict=True):
        row = existing.get(row_id) if row_id is not None else None
        if row is None:
            session.add(model(mou_id=mou.id, **values))
            continue
        kept.add(row_id)
        for key, value in values.items():
            setattr(row, key, value)
    for row_id, row in existing.items():
        if row_id not in kept:
            session.delete(row)
    session.flush()


def rows_of(
    session: Session, model: type, mou_id: int, order: Callable[[Any], Any] | None = None
) -> list[Any]:
    rows = list(session.scalars(select(model).where(model.mou_id == mou_id)))
    return sorted(rows, key=order or (lambda row: (getattr(row, "position", 0), row.id)))


def signatory_inputs(session: Session, mou_id: int) -> tuple[SignatoryInput, ...]:
    return tuple(
        SignatoryInput(r.name, r.designation, r.party, r.organisation_id, r.required, r.signed_on, r.id)
        for r in rows_of(session, MouSignatory, mou_id)
    )


def obligation_inputs(session: Session, mou_id: int) -> tuple[ObligationInput, ...]:
    return tuple(
        ObligationInput(
            r.party, r.description, r.kind, r.owner, r.due_date, r.frequency, r.indicator, r.status, r.id
        )
        for r in rows_of(session, MouObligation, mou_id)
    )


def data_share_inputs(session: Session, mou_id: int) -> tuple[DataShareInput, ...]:
    order = list(DATA_CATEGORIES)
    return tuple(
        DataShareInput(r.category, r.purpose, r.keep_months, r.id)
        for r in rows_of(session, MouDataShare, mou_id, lambda r: order.index(r.category))
    )


def unsigned_required(session: Session, mou_id: int) -> list[str]:
    """ "Name (designation)" of each required signatory who has not signed."""
    return [
        f"{r.name} ({r.designation})"
        for r in rows_of(session, MouSignatory, mou_id)
        if r.required and r.signed_on is None
    ]

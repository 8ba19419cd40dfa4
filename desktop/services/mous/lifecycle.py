"""An MoU's life: draft → under review → signed → active → expired, or active → terminated.

Only the transitions in :data:`TRANSITIONS` are allowed; any other is refused naming both states.
Renewal starts a new MoU linked to the one it renews; an amendment is a new version of the same
MoU with its own dates and text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Mou, MouAmendment, MouCoverage, MouDataShare, MouObligation, MouPartner, MouSignatory
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.mous import parts
from desktop.services.mous.overlaps import overlaps
from desktop.services.mous.register import MouDetail, detail_of
from desktop.services.mous.vocabulary import status_word
from desktop.services.records import get_or_raise, is_taken
from desktop.services.text import clean, clean_optional
from desktop.services.validation import FieldErrors

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("under_review",),
    "under_review": ("draft", "signed"),  # back to draft: returned for changes
    "signed": ("active",),
    "active": ("expired", "terminated"),
    "expired": (),
    "terminated": (),
}


# What a renewal carries over from the MoU it renews (dates and reference are new).
RENEWED_COLUMNS = (
    "title",
    "office_id",
    "nodal_officer_id",
    "focus",
    "focus_other",
    "objectives",
    "funded",
    "funding_amount",
    "whole_district",
    "language",
    "text",
)


class OverlapError(ConflictError):
    """Another active MoU with the same partner covers the same schools for the same focus."""

    def __init__(self, message: str, references: tuple[str, ...]) -> None:
        super().__init__(message)
        self.references = references


def allowed_actions(status: str) -> tuple[str, ...]:
    """The states an MoU in ``status`` can be moved to by hand (expiry is automatic)."""
    return tuple(s for s in TRANSITIONS[status] if s != "expired")


def _move(session: Session, mou: Mou, target: str, today: date) -> None:
    if target not in TRANSITIONS[mou.status]:
        allowed = ", ".join(status_word(s) for s in TRANSITIONS[mou.status])
        message = translate(
            "MoUs",
            "MoU {reference} is {status}; it cannot become {target} (from {status} it can become: {allowed}).",
        )
        raise ConflictError(
            message.format(
                reference=mou.reference,
                status=status_word(mou.status),
                target=status_word(target),
                allowed=allowed or translate("MoUs", "nothing else"),
            )
        )
    mou.status = target
    mou.status_changed_on = today


def submit_for_review(db: Database, mou_id: int, *, today: date | None = None) -> MouDetail:
    return _simple(db, mou_id, "under_review", today)


def return_to_draft(db: Database, mou_id: int, *, today: date | None = None) -> MouDetail:
    return _simple(db, mou_id, "draft", today)


def _simple(db: Database, mou_id: int, target: str, today: date | None) -> MouDetail:
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        _move(session, mou, target, today or date.today())
        return detail_of(session, mou)


def mark_signed(db: Database, mou_id: int, *, today: date | None = None) -> MouDetail:
    """Signed, once every required signatory has a date of signing."""
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        signatories = parts.rows_of(session, MouSignatory, mou_id)
        if mou.status == "under_review":
            if not any(s.required for s in signatories):
                raise ConflictError(
                    translate(
                        "MoUs", "MoU {reference} has no required signatory yet; add them first."
                    ).format(reference=mou.reference)
                )
            waiting = parts.unsigned_required(session, mou_id)
            if waiting:
                raise ConflictError(
                    translate("MoUs", "MoU {reference} is not signed yet by: {waiting}.").format(
                        reference=mou.reference, waiting="; ".join(waiting)
                    )
                )
        _move(session, mou, "signed", today or date.today())
        return detail_of(session, mou)


def activate(
    db: Database, mou_id: int, *, today: date | None = None, overlap_reason: str | None = None
) -> MouDetail:
    """Put a signed MoU in force, from its start date. If another active MoU with a partner of
    this one overlaps it in focus, period and coverage, :class:`OverlapError` names it; giving
    ``overlap_reason`` activates anyway and records why."""
    today = today or date.today()
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if mou.status == "signed":
            if today < mou.start_date:
                raise ConflictError(
                    translate(
                        "MoUs", "MoU {reference} starts on {day}; it can be activated from that day."
                    ).format(reference=mou.reference, day=indian_date(mou.start_date))
                )
            if today > mou.end_date:
                raise ConflictError(
                    translate(
                        "MoUs", "MoU {reference} ended on {day}; renew it instead of activating it."
                    ).format(reference=mou.reference, day=indian_date(mou.end_date))
                )
            overlapping = overlaps(session, mou)
            reason = clean_optional(overlap_reason)
            if overlapping and not reason:
                message = translate(
                    "MoUs",
                    "Already active with the same partner, focus and schools: {mous}. "
                    "Give a reason to activate this MoU as well.",
                )
                raise OverlapError(
                    message.format(mous="; ".join(text for _reference, text in overlapping)),
                    tuple(reference for reference, _text in overlapping),
                )
            mou.overlap_reason = reason if overlapping else None
        _move(session, mou, "active", today)
        return detail_of(session, mou)


def terminate(
    db: Database, mou_id: int, on: date | None, reason: str, *, today: date | None = None
) -> MouDetail:
    """End an active MoU early, with the date and the reason recorded."""
    today = today or date.today()
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        errors = FieldErrors()
        cleaned = clean(reason)
        if not cleaned:
            errors.add("reason", translate("MoUs", "Give the reason for terminating the MoU."))
        if on is None:
            errors.add("terminated_on", translate("MoUs", "Give the date the MoU was terminated."))
        elif on > today:
            errors.add(
                "terminated_on",
                translate("MoUs", "{day} is in the future; terminate on or before today.").format(
                    day=indian_date(on)
                ),
            )
        elif not mou.start_date <= on <= mou.end_date:
            errors.add(
                "terminated_on",
                translate("MoUs", "{day} is outside the MoU's period ({start} to {end}).").format(
                    day=indian_date(on), start=indian_date(mou.start_date), end=indian_date(mou.end_date)
                ),
            )
        errors.raise_if_any()
        _move(session, mou, "terminated", today)
        mou.terminated_on, mou.termination_reason = on, cleaned
        return detail_of(session, mou)


def expire_lapsed(db: Database, *, today: date | None = None) -> list[str]:
    """Active MoUs whose end date has passed become expired; returns their references."""
    today = today or date.today()
    if db.read_only:
        return []
    lapsed_now = select(Mou.id).where(Mou.status == "active", Mou.end_date < today).limit(1)
    with db.reading() as session:  # on most openings nothing has lapsed: no write lock for that
        if session.scalar(lapsed_now) is None:
            return []
    with db.transaction() as session:
        lapsed = session.scalars(
            select(Mou).where(Mou.status == "active", Mou.end_date < today).order_by(Mou.end_date)
        ).all()
        for mou in lapsed:
            _move(session, mou, "expired", today)
        return [mou.reference for mou in lapsed]


def renew(
    db: Database,
    mou_id: int,
    reference: str,
    start: date | None,
    end: date | None,
    *,
    today: date | None = None,
) -> MouDetail:
    """A new draft MoU continuing an active or expired one: same partners, focus, coverage,
    obligations (all pending again), data-sharing terms and signatories (unsigned)."""
    today = today or date.today()
    with db.transaction() as session:
        old = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if old.status not in ("active", "expired"):
            raise ConflictError(
                translate(
                    "MoUs", "MoU {reference} is {status}; only an active or expired MoU is renewed."
                ).format(reference=old.reference, status=status_word(old.status))
            )
        errors = FieldErrors()
        reference = errors.required("reference", reference, translate("MoUs", "Reference number"), 80)
        if reference and is_taken(session, Mou.reference, reference, None):
            errors.add(
                "reference",
                translate("MoUs", "Another MoU already has the reference {reference}.").format(
                    reference=reference
                ),
            )
        if start is None or end is None:
            errors.add("start_date", translate("MoUs", "Give the start and end dates of the renewed MoU."))
        elif end < start:
            errors.add(
                "end_date",
                translate("MoUs", "The MoU ends ({end}) before it starts ({start}).").format(
                    end=indian_date(end), start=indian_date(start)
                ),
            )
        elif start <= old.start_date:
            errors.add(
                "start_date",
                translate("MoUs", "A renewal starts after the MoU it renews ({day}).").format(
                    day=indian_date(old.start_date)
                ),
            )
        errors.raise_if_any()
        new = Mou(
            **{column: getattr(old, column) for column in RENEWED_COLUMNS},
            reference=reference,
            start_date=start,
            end_date=end,
            status="draft",
            status_changed_on=today,
            renews_id=old.id,
            search_text=old.search_text.replace(old.reference.casefold(), reference.casefold()),
        )
        session.add(new)
        session.flush()
        _copy_parts(session, old, new)
        return detail_of(session, new)


def _copy_parts(session: Session, old: Mou, new: Mou) -> None:
    resets = {MouSignatory: {"signed_on": None}, MouObligation: {"status": "pending", "due_date": None}}
    for model in (MouPartner, MouCoverage, MouSignatory, MouObligation, MouDataShare):
        columns = [c.key for c in model.__table__.columns if c.key not in ("id", "mou_id")]
        for row in session.scalars(select(model).where(model.mou_id == old.id).order_by(model.id)):
            values = {key: getattr(row, key) for key in columns} | resets.get(model, {})
            session.add(model(mou_id=new.id, **values))


@dataclass(frozen=True)
class AmendmentInput:
    effective_from: date | None
    summary: str
    text: str = ""
    signed_on: date | None = None
    new_end_date: date | None = None  # an extension (or shortening) of the MoU


def amend(db: Database, mou_id: int, data: AmendmentInput, *, today: date | None = None) -> MouDetail:
    """Record an amendment to a signed or active MoU as its next version."""
    today = today or date.today()
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if mou.status not in ("signed", "active"):
            if mou.status in ("draft", "under_review"):
                message = translate(
                    "MoUs",
                    "MoU {reference} is {status}; only a signed or active MoU is amended "
                    "(edit the draft itself instead).",
                )
            else:
                message = translate(
                    "MoUs", "MoU {reference} is {status}; only a signed or active MoU is amended."
                )
            raise ConflictError(message.format(reference=mou.reference, status=status_word(mou.status)))
        errors = FieldErrors()
        summary = errors.required(
            "summary", data.summary, translate("MoUs", "What the amendment changes"), 500
        )
        end = data.new_end_date or mou.end_date
        if data.effective_from is None:
            errors.add("effective_from", translate("MoUs", "Give the date the amendment takes effect."))
        elif not mou.start_date <= data.effective_from <= end:
            errors.add(
                "effective_from",
                translate("MoUs", "{day} is outside the MoU's period ({start} to {end}).").format(
                    day=indian_date(data.effective_from),
                    start=indian_date(mou.start_date),
                    end=indian_date(end),
                ),
            )
        if data.new_end_date is not None and data.new_end_date < max(mou.start_date, today):
            errors.add(
                "new_end_date",
                translate("MoUs", "The new end date must not be before today or the start date."),
            )
        if data.signed_on is not None and data.signed_on > today:
            errors.add(
                "signed_on",
                translate("MoUs", "Signed on {day} is in the future.").format(
                    day=indian_date(data.signed_on)
                ),
            )
        errors.raise_if_any()
        latest = session.scalar(select(func.max(MouAmendment.version)).where(MouAmendment.mou_id == mou_id))
        session.add(
            MouAmendment(
                mou_id=mou_id,
                version=(latest or 1) + 1,
                effective_from=data.effective_from,
                signed_on=data.signed_on,
                summary=summary,
                text=data.text.strip(),
                new_end_date=data.new_end_date,
                previous_end_date=mou.end_date if data.new_end_date else None,
            )
        )
        if data.new_end_date is not None:
            mou.end_date = data.new_end_date
        session.flush()
        return detail_of(session, mou)


def next_start(detail: MouDetail) -> tuple[date, date]:
    """Suggested dates of a renewal: from the day after the end, for as long again (in whole
    months when the MoU ran whole months, so a year stays a year across 29 February)."""
    data = detail.data
    assert data.start_date is not None and data.end_date is not None
    start = data.end_date + timedelta(days=1)
    months = (start.year - data.start_date.year) * 12 + start.month - data.start_date.month
    if start.day == data.start_date.day and months > 0:
        return start, _add_months(start, months) - timedelta(days=1)
    return start, start + (data.end_date - data.start_date)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return day.replace(
        year=year, month=month + 1, day=min(day.day, 28)
    )  # whole-month MoUs start early in the month

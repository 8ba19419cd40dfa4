"""Creating, editing, reading and listing MoUs; each save is one transaction over all its parts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Mou,
    MouAmendment,
    MouAttachment,
    MouCoverage,
    MouDataShare,
    MouObligation,
    MouPartner,
    MouSignatory,
    Office,
    Organisation,
    Person,
)
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import translate
from desktop.services.mous import parts
from desktop.services.mous.coverage import (
    Coverage,
    check_coverage,
    coverage_of,
    district_of_office,
    save_coverage,
)
from desktop.services.mous.parts import DataShareInput, ObligationInput, SignatoryInput
from desktop.services.mous.vocabulary import (
    EDITABLE_STATUSES,
    FOCUS_AREAS,
    STATUSES,
    focus_label,
    status_word,
)
from desktop.services.records import get_or_raise, is_taken
from desktop.services.text import search_key
from desktop.services.validation import FieldErrors

LANGUAGES = ("en", "kn", "hi", "mr")


@dataclass(frozen=True)
class MouInput:
    reference: str
    title: str
    office_id: int | None
    partner_ids: tuple[int, ...]
    focus: str
    start_date: date | None
    end_date: date | None
    focus_other: str | None = None
    objectives: str | None = None
    nodal_officer_id: int | None = None
    funded: bool = False
    funding_amount: int | None = None
    coverage: Coverage = field(default_factory=Coverage)
    signatories: tuple[SignatoryInput, ...] = ()
    obligations: tuple[ObligationInput, ...] = ()
    data_shares: tuple[DataShareInput, ...] = ()
    language: str = "en"
    text: str = ""


@dataclass(frozen=True)
class MouDetail:
    """An MoU with all its parts, as the form shows it."""

    id: int
    status: str
    data: MouInput
    partner_names: tuple[str, ...]
    office_name: str
    renews_id: int | None
    renews_reference: str | None
    renewed_by: tuple[str, ...]
    status_changed_on: date | None
    terminated_on: date | None
    termination_reason: str | None
    overlap_reason: str | None
    amendments: tuple[AmendmentRow, ...] = field(default_factory=tuple)

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]


@dataclass(frozen=True)
class AmendmentRow:
    id: int
    version: int
    effective_from: date
    signed_on: date | None
    summary: str
    text: str
    new_end_date: date | None
    previous_end_date: date | None


@dataclass(frozen=True)
class _Checked:
    """A form's values, checked and cleaned: the MoU's own columns and each list of parts."""

    columns: dict[str, Any]
    signatories: list[dict[str, Any]]
    obligations: list[dict[str, Any]]
    data_shares: list[dict[str, Any]]


def _checked(session: Session, data: MouInput, own_id: int | None, today: date) -> _Checked:
    errors = FieldErrors()
    reference = errors.required("reference", data.reference, translate("MoUs", "Reference number"), 80)
    if reference and is_taken(session, Mou.reference, reference, own_id):
        errors.add(
            "reference",
            translate("MoUs", "Another MoU already has the reference {reference}.").format(
                reference=reference
            ),
        )
    title = errors.required("title", data.title, translate("MoUs", "Title"), 300)
    office = session.get(Office, data.office_id) if data.office_id is not None else None
    if office is None:
        errors.add("office_id", translate("MoUs", "Choose the office that signs for the district."))
    if not data.partner_ids:
        errors.add("partner_ids", translate("MoUs", "Choose at least one partner organisation."))
    elif any(session.get(Organisation, pid) is None for pid in data.partner_ids):
        errors.add(
            "partner_ids", translate("MoUs", "A chosen partner organisation no longer exists; choose again.")
        )
    if data.focus not in FOCUS_AREAS:
        errors.add("focus", translate("MoUs", "Choose the focus intervention."))
    focus_other = errors.optional("focus_other", data.focus_other, translate("MoUs", "Focus"), 200)
    if data.focus == "custom" and not focus_other:
        errors.add("focus_other", translate("MoUs", "Describe the focus intervention."))
    if data.start_date is None:
        errors.add("start_date", translate("MoUs", "Start date is required."))
    if data.end_date is None:
        errors.add("end_date", translate("MoUs", "End date is required."))
    elif data.start_date is not None and data.end_date < data.start_date:
        errors.add(
            "end_date",
            translate("MoUs", "The MoU ends ({end}) before it starts ({start}).").format(
                end=indian_date(data.end_date), start=indian_date(data.start_date)
            ),
        )
    if data.nodal_officer_id is not None and session.get(Person, data.nodal_officer_id) is None:
        errors.add("nodal_officer_id", translate("MoUs", "The chosen nodal officer no longer exists."))
    amount = data.funding_amount if data.funded else None
    if data.funded and (amount is None or amount <= 0):
        errors.add(
            "funding_amount",
            translate("MoUs", "Give the amount of funding in rupees, or mark the MoU non-financial."),
        )
    if data.language not in LANGUAGES:
        errors.add(
            "language",
            translate("MoUs", "Language must be one of {values}.").format(values=", ".join(LANGUAGES)),
        )
    if office is not None:
        check_coverage(session, data.coverage, district_of_office(session, office), errors)
    signatories = parts.check_signatories(data.signatories, data.start_date, data.end_date, today, errors)
    obligations = parts.check_obligations(data.obligations, errors)
    data_shares = parts.check_data_shares(data.data_shares, errors)
    objectives = errors.optional("objectives", data.objectives, translate("MoUs", "Objectives"), 5000)
    errors.raise_if_any()
    columns = {
        "reference": reference,
        "title": title,
        "office_id": data.office_id,
        "nodal_officer_id": data.nodal_officer_id,
        "focus": data.focus,
        "focus_other": focus_other if data.focus == "custom" else None,
        "objectives": objectives,
        "start_date": data.start_date,
        "end_date": data.end_date,
        "funded": data.funded,
        "funding_amount": amount,
        "language": data.language,
        "text": data.text.strip(),
    }
    return _Checked(columns, signatories, obligations, data_shares)


def _save_parts(session: Session, mou: Mou, data: MouInput, checked: _Checked) -> None:
    current = {
        p.organisation_id: p for p in session.scalars(select(MouPartner).where(MouPartner.mou_id == mou.id))
    }
    for organisation_id, partner in current.items():
        if organisation_id not in data.partner_ids:
            session.delete(partner)
    for organisation_id in data.partner_ids:
        if organisation_id not in current:
            session.add(MouPartner(mou_id=mou.id, organisation_id=organisation_id))
    save_coverage(session, mou, data.coverage)
    parts.sync_rows(session, MouSignatory, mou, checked.signatories, [s.id for s in data.signatories])
    parts.sync_rows(session, MouObligation, mou, checked.obligations, [o.id for o in data.obligations])
    parts.sync_rows(session, MouDataShare, mou, checked.data_shares, [d.id for d in data.data_shares])
    mou.search_text = _search_text(session, mou)


def mou_search_key(
    reference: str,
    title: str,
    focus: str,
    focus_other: str | None,
    office_name: str | None,
    partners: Sequence[str],
) -> str:
    """What search scans for an MoU, from plain values (the demo generator inserts rows directly)."""
    return search_key(reference, title, focus_label(focus, focus_other), office_name, *partners)[:2000]


def _search_text(session: Session, mou: Mou) -> str:
    partners = session.scalars(
        select(Organisation.name).join(MouPartner).where(MouPartner.mou_id == mou.id)
    ).all()
    office = session.get(Office, mou.office_id)
    return mou_search_key(
        mou.reference, mou.title, mou.focus, mou.focus_other, office.name if office else None, partners
    )


def create_mou(db: Database, data: MouInput, *, today: date | None = None) -> MouDetail:
    """A new MoU, in draft."""
    today = today or date.today()
    with db.transaction() as session:
        checked = _checked(session, data, None, today)
        mou = Mou(**checked.columns, status="draft", status_changed_on=today)
        session.add(mou)
        session.flush()
        _save_parts(session, mou, data, checked)
        session.flush()
        return detail_of(session, mou)


def update_mou(db: Database, mou_id: int, data: MouInput, *, today: date | None = None) -> MouDetail:
    """Change a draft or an MoU under review; a signed MoU changes only through an amendment."""
    today = today or date.today()
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if mou.status not in EDITABLE_STATUSES:
            raise ConflictError(
                translate(
                    "MoUs", "MoU {reference} is {status}; its terms change only through an amendment."
                ).format(reference=mou.reference, status=status_word(mou.status))
            )
        checked = _checked(session, data, mou_id, today)
        for key, value in checked.columns.items():
            setattr(mou, key, value)
        _save_parts(session, mou, data, checked)
        session.flush()
        return detail_of(session, mou)


def update_obligations(db: Database, mou_id: int, obligations: Sequence[ObligationInput]) -> MouDetail:
    """Track the obligations (owner, due date, status) of an MoU in any state but a closed one."""
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if mou.status in ("expired", "terminated"):
            raise ConflictError(
                translate("MoUs", "MoU {reference} is {status}; its obligations are closed.").format(
                    reference=mou.reference, status=status_word(mou.status)
                )
            )
        errors = FieldErrors()
        values = parts.check_obligations(obligations, errors)
        errors.raise_if_any()
        parts.sync_rows(session, MouObligation, mou, values, [o.id for o in obligations])
        return detail_of(session, mou)


def delete_mou(db: Database, mou_id: int) -> None:
    """Delete a draft; an MoU that went further stays on record (terminate it instead)."""
    with db.transaction() as session:
        mou = get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU"))
        if mou.status != "draft":
            raise ConflictError(
                translate("MoUs", "MoU {reference} is {status}; only drafts can be deleted.").format(
                    reference=mou.reference, status=status_word(mou.status)
                )
            )
        if session.scalar(select(Mou.id).where(Mou.renews_id == mou_id).limit(1)) is not None:
            raise ConflictError(
                translate("MoUs", "MoU {reference} has been renewed; it stays on record.").format(
                    reference=mou.reference
                )
            )
        # Parts one by one, so the audit log keeps each of them.
        for model in (
            MouPartner,
            MouCoverage,
            MouSignatory,
            MouObligation,
            MouDataShare,
            MouAmendment,
            MouAttachment,
        ):
            for row in session.scalars(select(model).where(model.mou_id == mou_id)):
                session.delete(row)
        session.flush()
        session.delete(mou)


def get_mou(db: Database, mou_id: int) -> MouDetail:
    with db.reading() as session:
        return detail_of(session, get_or_raise(session, Mou, mou_id, translate("MoUs", "MoU")))


def detail_of(session: Session, mou: Mou) -> MouDetail:
    partners = session.execute(
        select(Organisation.id, Organisation.name)
        .join(MouPartner)
        .where(MouPartner.mou_id == mou.id)
        .order_by(MouPartner.id)
    ).all()
    office = session.get(Office, mou.office_id)
    renews = session.get(Mou, mou.renews_id) if mou.renews_id else None
    renewed_by = session.scalars(select(Mou.reference).where(Mou.renews_id == mou.id).order_by(Mou.id)).all()
    amendments = parts.rows_of(session, MouAmendment, mou.id, lambda r: r.version)
    data = MouInput(
        reference=mou.reference,
        title=mou.title,
        office_id=mou.office_id,
        partner_ids=tuple(pid for pid, _name in partners),
        focus=mou.focus,
        start_date=mou.start_date,
        end_date=mou.end_date,
        focus_other=mou.focus_other,
        objectives=mou.objectives,
        nodal_officer_id=mou.nodal_officer_id,
        funded=mou.funded,
        funding_amount=mou.funding_amount,
        coverage=coverage_of(session, mou),
        signatories=parts.signatory_inputs(session, mou.id),
        obligations=parts.obligation_inputs(session, mou.id),
        data_shares=parts.data_share_inputs(session, mou.id),
        language=mou.language,
        text=mou.text,
    )
    return MouDetail(
        id=mou.id,
        status=mou.status,
        data=data,
        partner_names=tuple(name for _pid, name in partners),
        office_name=office.name if office else "",
        renews_id=mou.renews_id,
        renews_reference=renews.reference if renews else None,
        renewed_by=tuple(renewed_by),
        status_changed_on=mou.status_changed_on,
        terminated_on=mou.terminated_on,
        termination_reason=mou.termination_reason,
        overlap_reason=mou.overlap_reason,
        amendments=tuple(
            AmendmentRow(
                a.id,
                a.version,
                a.effective_from,
                a.signed_on,
                a.summary,
                a.text,
                a.new_end_date,
                a.previous_end_date,
            )
            for a in amendments
        ),
    )

"""The MoU register as a list, its filters, and the alerts on the dashboard and the MoU page.

Districts have tens or hundreds of MoUs, not thousands: the register is read whole and filtered
in memory. Every date question takes ``today`` so tests run on a fixed clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.models import Mou, MouObligation, MouPartner, Organisation
from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.i18n import translate
from desktop.services.mous.coverage import blocks_reached, coverages_of
from desktop.services.mous.vocabulary import (
    EXPIRY_WARNINGS,
    OPEN_OBLIGATION_STATUSES,
    STATUSES,
    focus_label,
)
from desktop.services.text import search_terms


@dataclass(frozen=True)
class MouRow:
    id: int
    reference: str
    title: str
    partners: str
    partner_ids: tuple[int, ...]
    focus: str
    focus_label: str
    status: str
    start_date: date
    end_date: date
    coverage: str  # in English, as the printed register gives it
    coverage_text: str  # in the interface's language, for the screens
    block_ids: frozenset[int]
    days_left: int | None  # for active MoUs: days until the end date
    open_obligations: int
    overdue_obligations: int
    search_text: str

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]


@dataclass(frozen=True)
class MouFilter:
    query: str = ""
    status: str | None = None
    partner_id: int | None = None
    block_id: int | None = None
    focus: str | None = None
    expiring_within: int | None = None  # days: active MoUs ending within this many days


def list_mous(db: Database, *, today: date | None = None) -> list[MouRow]:
    """Every MoU, newest start first."""
    today = today or date.today()
    with db.reading() as session:
        partners: dict[int, list[tuple[int, str]]] = {}
        for mou_id, org_id, name in session.execute(
            select(MouPartner.mou_id, Organisation.id, Organisation.name)
            .join(Organisation, MouPartner.organisation_id == Organisation.id)
            .order_by(MouPartner.id)
        ):
            partners.setdefault(mou_id, []).append((org_id, name))
        obligations: dict[int, list[tuple[str, date | None]]] = {}
        for mou_id, status, due in session.execute(
            select(MouObligation.mou_id, MouObligation.status, MouObligation.due_date)
        ):
            obligations.setdefault(mou_id, []).append((status, due))
        mous = list(session.scalars(select(Mou).order_by(Mou.start_date.desc(), Mou.id.desc())))
        coverages = coverages_of(session, mous)
        blocks = blocks_reached(session, mous, coverages)
        rows = []
        for mou in mous:
            own = obligations.get(mou.id, [])
            open_ = [due for status, due in own if status in OPEN_OBLIGATION_STATUSES]
            rows.append(
                MouRow(
                    id=mou.id,
                    reference=mou.reference,
                    title=mou.title,
                    partners=", ".join(name for _id, name in partners.get(mou.id, [])),
                    partner_ids=tuple(org_id for org_id, _name in partners.get(mou.id, [])),
                    focus=mou.focus,
                    focus_label=focus_label(mou.focus, mou.focus_other),
                    status=mou.status,
                    start_date=mou.start_date,
                    end_date=mou.end_date,
                    coverage=coverages[mou.id].summary(),
                    coverage_text=coverages[mou.id].summary_text(),
                    block_ids=frozenset(blocks[mou.id]),
                    days_left=(mou.end_date - today).days if mou.status == "active" else None,
                    open_obligations=len(open_),
                    overdue_obligations=sum(1 for due in open_ if due is not None and due < today)
                    if mou.status == "active"
                    else 0,
                    search_text=mou.search_text,
                )
            )
        return rows


def matches(row: MouRow, wanted: MouFilter) -> bool:
    """Whether a register row passes every filter that is set."""
    if wanted.status and row.status != wanted.status:
        return False
    if wanted.partner_id is not None and wanted.partner_id not in row.partner_ids:
        return False
    if wanted.block_id is not None and wanted.block_id not in row.block_ids:
        return False
    if wanted.focus and row.focus != wanted.focus:
        return False
    if wanted.expiring_within is not None and (
        row.days_left is None or row.days_left > wanted.expiring_within
    ):
        return False
    return all(term in row.search_text for term in search_terms(wanted.query))


@dataclass(frozen=True)
class OverdueObligation:
    mou_id: int
    reference: str
    description: str
    party: str
    owner: str | None
    due_date: date


@dataclass(frozen=True)
class MouAlerts:
    """What needs attention today. ``expiring`` maps 30 / 60 / 90 to the active MoUs ending
    within that many days (and not within the smaller window)."""

    expiring: dict[int, list[MouRow]]
    expired: list[MouRow]  # ended, status set to expired (on this opening or before, still recent)
    overdue: list[OverdueObligation]
    signed_not_active: list[MouRow]  # signed, start date reached, never activated

    @property
    def count(self) -> int:
        return (
            sum(len(rows) for rows in self.expiring.values())
            + len(self.expired)
            + len(self.overdue)
            + len(self.signed_not_active)
        )


RECENTLY_EXPIRED_DAYS = 30


def alerts(db: Database, *, today: date | None = None, rows: list[MouRow] | None = None) -> MouAlerts:
    """The alerts, after :func:`~desktop.services.mous.lifecycle.expire_lapsed` has run; ``rows``
    is the register as just listed for the same ``today``, if the caller has it."""
    today = today or date.today()
    rows = list_mous(db, today=today) if rows is None else rows
    expiring: dict[int, list[MouRow]] = {days: [] for days in EXPIRY_WARNINGS}
    for row in rows:
        if row.days_left is None or row.days_left < 0:
            continue
        window = next((days for days in EXPIRY_WARNINGS if row.days_left <= days), None)
        if window is not None:
            expiring[window].append(row)
    for window in expiring.values():
        window.sort(key=lambda row: row.end_date)
    expired = sorted(
        (r for r in rows if r.status == "expired" and (today - r.end_date).days <= RECENTLY_EXPIRED_DAYS),
        key=lambda r: r.end_date,
    )
    signed = [r for r in rows if r.status == "signed" and r.start_date <= today]
    with db.reading() as session:
        overdue = [
            OverdueObligation(mou_id, reference, description, party, owner, due)
            for mou_id, reference, description, party, owner, due in session.execute(
                select(
                    Mou.id,
                    Mou.reference,
                    MouObligation.description,
                    MouObligation.party,
                    MouObligation.owner,
                    MouObligation.due_date,
                )
                .join(Mou, MouObligation.mou_id == Mou.id)
                .where(
                    Mou.status == "active",
                    MouObligation.status.in_(OPEN_OBLIGATION_STATUSES),
                    MouObligation.due_date < today,
                )
                .order_by(MouObligation.due_date)
            )
        ]
    return MouAlerts(expiring, expired, overdue, signed)


def describe_alerts(found: MouAlerts) -> list[str]:
    """One plain sentence per kind of alert, for the dashboard and the MoU page's banner."""
    lines = []
    for days in sorted(found.expiring):
        rows = found.expiring[days]
        if rows:
            mous = "; ".join(f"{r.reference} ({r.partners}, {indian_date(r.end_date)})" for r in rows)
            lines.append(translate("MoUs", "Ending within {days} days: {mous}").format(days=days, mous=mous))
    if found.expired:
        ended = translate("MoUs", "{reference} (ended {day})")
        mous = "; ".join(
            ended.format(reference=r.reference, day=indian_date(r.end_date)) for r in found.expired
        )
        lines.append(translate("MoUs", "Expired: {mous}").format(mous=mous))
    if found.signed_not_active:
        starts = translate("MoUs", "{reference} (from {day})")
        mous = "; ".join(
            starts.format(reference=r.reference, day=indian_date(r.start_date))
            for r in found.signed_not_active
        )
        lines.append(translate("MoUs", "Signed but not yet active: {mous}").format(mous=mous))
    if found.overdue:
        due = translate("MoUs", "{reference}: {obligation} (due {day})")
        shown = "; ".join(
            due.format(reference=o.reference, obligation=o.description, day=indian_date(o.due_date))
            for o in found.overdue[:5]
        )
        if len(found.overdue) > 5:
            message = translate("MoUs", "Overdue obligations: {obligations} and {count} more")
        else:
            message = translate("MoUs", "Overdue obligations: {obligations}")
        lines.append(message.format(obligations=shown, count=len(found.overdue) - 5))
    return lines

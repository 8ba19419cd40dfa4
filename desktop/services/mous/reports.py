"""The MoU register printed or exported: what the MoU page shows, as PDF or XLSX."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import select

from db.models import Block, District, Mou, MouObligation, Office, Organisation
from desktop.documents.letterhead import Letterhead
from desktop.documents.mou_report import (
    DueObligation,
    RegisterReport,
    RegisterRow,
    render_register_pdf,
    render_register_xlsx,
)
from desktop.services.circulars import letterhead_for
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.mous.listing import MouFilter, MouRow, list_mous, matches
from desktop.services.mous.vocabulary import (
    OBLIGATION_STATUSES,
    OPEN_OBLIGATION_STATUSES,
    STATUSES,
    focus_label,
)

EXPIRING_DAYS = 90


def _row(row: MouRow) -> RegisterRow:
    return RegisterRow(
        row.reference, row.title, row.partners, row.focus_label, row.coverage, row.start_date,
        row.end_date, row.status_label, row.open_obligations, row.overdue_obligations,
    )  # fmt: skip


def _describe(db: Database, wanted: MouFilter) -> str:
    """The filters in words, as the page shows them: "Status: Active · Block: Badami"."""
    parts = []
    with db.reading() as session:
        if wanted.status:
            parts.append(f"Status: {STATUSES.get(wanted.status, wanted.status)}")
        if wanted.partner_id is not None:
            organisation = session.get(Organisation, wanted.partner_id)
            parts.append(f"Partner: {organisation.name if organisation else '(deleted)'}")
        if wanted.block_id is not None:
            block = session.get(Block, wanted.block_id)
            parts.append(f"Block: {block.name if block else '(deleted)'}")
    if wanted.focus:
        parts.append(f"Focus: {focus_label(wanted.focus, None)}")
    if wanted.expiring_within is not None:
        parts.append(f"Active, ending within {wanted.expiring_within} days")
    if wanted.query.strip():
        parts.append(f"Search: “{wanted.query.strip()}”")
    return " · ".join(parts)


def _letterhead(db: Database, rows: list[MouRow], office_id: int | None) -> Letterhead:
    """The given office's letterhead; else that of the office behind most of the MoUs listed,
    else the DDPI's, else any office's."""
    if office_id is None:
        with db.reading() as session:
            ids = [
                mou.office_id for mou in session.scalars(select(Mou).where(Mou.id.in_([r.id for r in rows])))
            ]
            if ids:
                office_id = Counter(ids).most_common(1)[0][0]
            else:
                offices = list(
                    session.scalars(select(Office).order_by(Office.kind != "DDPI", Office.id).limit(1))
                )
                office_id = offices[0].id if offices else None
            if office_id is None:
                district = session.scalar(select(District.name).limit(1))
                return Letterhead(f"{district} district" if district else "District Collective Desk")
    return letterhead_for(db, office_id)


def _obligations(db: Database, rows: list[MouRow], today: date) -> list[DueObligation]:
    by_id = {row.id: row for row in rows}
    with db.reading() as session:
        offices = {
            mou_id: name
            for mou_id, name in session.execute(
                select(Mou.id, Office.name).join(Office, Mou.office_id == Office.id)
            )
        }
        found = session.execute(
            select(MouObligation)
            .where(MouObligation.mou_id.in_(by_id), MouObligation.status.in_(OPEN_OBLIGATION_STATUSES))
            .order_by(MouObligation.due_date.is_(None), MouObligation.due_date, MouObligation.position)
        ).scalars()
        due = []
        for obligation in found:
            mou = by_id[obligation.mou_id]
            due.append(
                DueObligation(
                    mou.reference,
                    offices.get(mou.id, "The district") if obligation.party == "district" else mou.partners,
                    obligation.description,
                    obligation.owner,
                    obligation.due_date,
                    OBLIGATION_STATUSES[obligation.status],
                    # As the register counts them: only an active MoU's obligations fall overdue.
                    mou.status == "active"
                    and obligation.due_date is not None
                    and obligation.due_date < today,
                )
            )
    return due


def register_report(
    db: Database, wanted: MouFilter | None = None, *, today: date | None = None, office_id: int | None = None
) -> RegisterReport:
    """The MoUs passing ``wanted`` (everything when None), newest start first, with a summary."""
    today = today or date.today()
    wanted = wanted or MouFilter()
    rows = [row for row in list_mous(db, today=today) if matches(row, wanted)]
    counts = Counter(row.status for row in rows)
    expiring = sorted(
        (r for r in rows if r.days_left is not None and 0 <= r.days_left <= EXPIRING_DAYS),
        key=lambda r: r.end_date,
    )
    return RegisterReport(
        letterhead=_letterhead(db, rows, office_id),
        printed_on=today,
        rows=tuple(_row(row) for row in rows),
        obligations=tuple(_obligations(db, rows, today)),
        status_counts=tuple((label, counts[status]) for status, label in STATUSES.items() if counts[status]),
        expiring=tuple(_row(row) for row in expiring),
        filters=_describe(db, wanted),
    )


def register_pdf(
    db: Database, wanted: MouFilter | None = None, *, today: date | None = None, office_id: int | None = None
) -> bytes:
    """The register as a landscape PDF on the office's letterhead."""
    return render_register_pdf(register_report(db, wanted, today=today, office_id=office_id))


def register_xlsx(
    db: Database, wanted: MouFilter | None = None, *, today: date | None = None, office_id: int | None = None
) -> bytes:
    """The register as an XLSX workbook: sheets "MoUs" and "Obligations due"."""
    return render_register_xlsx(register_report(db, wanted, today=today, office_id=office_id))


def save_register(
    db: Database, path: Path, wanted: MouFilter | None = None, *, today: date | None = None,
    office_id: int | None = None,
) -> Path:  # fmt: skip
    """Write the register to ``path`` (.pdf or .xlsx by its suffix), whole or not at all."""
    render = {".pdf": render_register_pdf, ".xlsx": render_register_xlsx}.get(path.suffix.lower())
    if render is None:
        raise ValidationError.single(
            "path", translate("MoUs", "Save the register as a .pdf or an .xlsx file.")
        )
    write_file(path, render(register_report(db, wanted, today=today, office_id=office_id)))
    return path

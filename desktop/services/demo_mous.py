"""MoUs of the demo district, dated around today so that every kind of alert shows."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import (
    Block,
    Mou,
    MouCoverage,
    MouDataShare,
    MouObligation,
    MouPartner,
    MouSignatory,
    Office,
    Organisation,
)
from desktop.services.mous.register import mou_search_key

TEXT = (
    "This Memorandum of Understanding is made between {office} and {partner} for {focus} in the "
    "schools listed in the annexure, from {start_date} to {end_date}.\n"
    "1. The partner works with the schools under the guidance of the district.\n"
    "2. Data shared under this MoU is used only for the purpose stated in it."
)


def add_demo_mous(session: Session, office_id: int, today: date) -> int:
    """Five MoUs: active (one ending within a month), signed awaiting activation, under review, draft."""
    partners = list(session.scalars(select(Organisation).order_by(Organisation.id)))
    office_name = session.scalar(select(Office.name).where(Office.id == office_id))
    blocks = list(session.scalars(select(Block.id).order_by(Block.id)))
    plans = [
        # reference, partner, focus, status, start (days from today), length (days), blocks
        ("DDPI/KVD/MOU/2025/03", 0, "fln", "active", -340, 365, blocks[:3]),
        ("DDPI/KVD/MOU/2025/07", 1, "community_engagement", "active", -200, 730, None),
        ("DDPI/KVD/MOU/2026/02", 2, "teacher_development", "signed", -10, 730, blocks[3:5]),
        ("DDPI/KVD/MOU/2026/05", 3, "school_leadership", "under_review", 30, 1095, blocks[5:6]),
        ("DDPI/KVD/MOU/2026/06", 4, "fln", "draft", 60, 365, blocks[6:8]),
    ]
    for reference, index, focus, status, offset, length, covered in plans:
        partner = partners[index % len(partners)]
        start = today + timedelta(days=offset)
        mou_id = _insert(
            session,
            Mou,
            reference=reference,
            title=f"{partner.name}: partnership with the district",
            office_id=office_id,
            focus=focus,
            objectives="Improve learning outcomes in the schools covered.",
            start_date=start,
            end_date=start + timedelta(days=length - 1),
            whole_district=covered is None,
            status=status,
            status_changed_on=min(start, today),
            text=TEXT,
            search_text=mou_search_key(
                reference,
                f"{partner.name}: partnership with the district",
                focus,
                None,
                office_name,
                [partner.name],
            ),
        )
        _insert(session, MouPartner, mou_id=mou_id, organisation_id=partner.id)
        for block_id in covered or []:
            _insert(session, MouCoverage, mou_id=mou_id, block_id=block_id)
        signed = start - timedelta(days=5) if status in ("active", "signed") else None
        # Bulk inserts, like the rest of the demo: no audit rows, the demo is not anybody's change.
        session.execute(
            insert(MouSignatory),
            [
                {
                    "mou_id": mou_id,
                    "position": 1,
                    "name": "Savitha K. Patil",
                    "designation": "DDPI",
                    "party": "district",
                    "organisation_id": None,
                    "signed_on": signed,
                },
                {
                    "mou_id": mou_id,
                    "position": 2,
                    "name": partner.contact_person or "Director",
                    "designation": "Director",
                    "party": "partner",
                    "organisation_id": partner.id,
                    "signed_on": signed,
                },
            ],
        )
        session.execute(
            insert(MouObligation),
            [
                {
                    "mou_id": mou_id,
                    "position": 1,
                    "party": "district",
                    "kind": "responsibility",
                    "description": "Share the school directory",
                    "owner": "DDPI office",
                    "due_date": None,
                    "indicator": None,
                    "status": "done" if status == "active" else "pending",
                },
                {
                    "mou_id": mou_id,
                    "position": 2,
                    "party": "partner",
                    "kind": "deliverable",
                    "description": "Baseline assessment report",
                    "owner": "Programme lead",
                    "due_date": start + timedelta(days=90),
                    "indicator": "% of students at grade-level reading",
                    "status": "pending",
                },
            ],
        )
        session.execute(
            insert(MouDataShare),
            [
                {"mou_id": mou_id, "category": "school_directory", "purpose": "Plan school visits", "keep_months": 12},
                {"mou_id": mou_id, "category": "assessment_aggregates", "purpose": "Track progress",
                 "keep_months": 24},
            ],
        )  # fmt: skip
    return len(plans)


def _insert(session: Session, model: type, **values: object) -> int:
    """A row without the audit hook: the demo is not anybody's change."""
    return session.execute(insert(model).values(**values)).inserted_primary_key[0]

"""Overlapping MoUs: another active MoU with a partner of this one, for the same focus, over part
of the same period and coverage (activating over one needs a reason)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Mou, MouPartner
from desktop.documents.text import indian_date
from desktop.services.i18n import plural, translate
from desktop.services.mous.coverage import Coverage, coverage_of, covered_school_ids
from desktop.services.mous.vocabulary import focus_label


def overlaps(session: Session, mou: Mou) -> list[tuple[str, str]]:
    """Active MoUs sharing a partner, the focus, part of the period and part of the coverage."""
    partner_ids = set(session.scalars(select(MouPartner.organisation_id).where(MouPartner.mou_id == mou.id)))
    candidates = session.scalars(
        select(Mou)
        .join(MouPartner)
        .where(
            Mou.status == "active",
            Mou.id != mou.id,
            MouPartner.organisation_id.in_(partner_ids),
            Mou.start_date <= mou.end_date,
            Mou.end_date >= mou.start_date,
        )
        .distinct()
    ).all()
    mine = focus_label(mou.focus, mou.focus_other).casefold()
    coverage, schools = coverage_of(session, mou), covered_school_ids(session, mou)
    found = []
    for other in candidates:
        if other.id == mou.renews_id or focus_label(other.focus, other.focus_other).casefold() != mine:
            continue
        shared = _shared_schools(
            coverage, schools, coverage_of(session, other), covered_school_ids(session, other)
        )
        if shared is not None:
            text = plural(
                shared,
                translate("MoUs", "{reference} (until {day}, {count} school in common)"),
                translate("MoUs", "{reference} (until {day}, {count} schools in common)"),
            )
            found.append(
                (
                    other.reference,
                    text.format(reference=other.reference, day=indian_date(other.end_date), count=shared),
                )
            )
    return found


def _shared_schools(a: Coverage, a_schools: set[int], b: Coverage, b_schools: set[int]) -> int | None:
    """How many schools two coverages have in common, or None if they do not meet at all."""
    schools = a_schools & b_schools
    units_meet = (
        a.whole_district
        or b.whole_district
        or bool(set(a.block_ids) & set(b.block_ids))
        or bool(set(a.cluster_ids) & set(b.cluster_ids))
    )
    return len(schools) if schools or units_meet else None

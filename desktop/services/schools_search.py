"""What instant search on the Schools page scans, kept beside each school row."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Block, Cluster, School
from desktop.services.text import search_key


def school_search_text(school: School, block: Block | None, cluster: Cluster | None) -> str:
    return search_key(
        school.udise_code,
        school.name,
        school.name_local,
        school.village,
        block.name if block else None,
        block.name_local if block else None,
        cluster.name if cluster else None,
        cluster.name_local if cluster else None,
    )


def refresh_search_text(session: Session, condition: Any) -> int:
    """Recompute the search text of the schools matching ``condition`` (after a rename)."""
    schools = session.scalars(
        select(School).where(condition).options(selectinload(School.block), selectinload(School.cluster))
    ).all()
    for school in schools:
        school.search_text = school_search_text(school, school.block, school.cluster)
    return len(schools)

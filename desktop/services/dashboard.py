"""Figures for the Dashboard page."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from db.models import Block, Cluster, Office, Organisation, Person, School
from desktop.services.database import Database


@dataclass(frozen=True)
class BlockCounts:
    block_id: int
    block: str
    block_local: str | None
    clusters: int
    schools: int
    rural_schools: int
    urban_schools: int
    government_schools: int


@dataclass(frozen=True)
class Totals:
    blocks: int
    clusters: int
    schools: int
    offices: int
    organisations: int
    people: int


def totals(db: Database) -> Totals:
    with db.reading() as session:

        def n(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)

        return Totals(n(Block), n(Cluster), n(School), n(Office), n(Organisation), n(Person))


def counts_per_block(db: Database) -> list[BlockCounts]:
    """Clusters and schools per block, blocks in name order (blocks without schools included)."""
    clusters = (
        select(Cluster.block_id, func.count().label("clusters"))
        .group_by(Cluster.block_id)
        .subquery("cluster_counts")
    )
    schools = (
        select(
            School.block_id,
            func.count().label("schools"),
            func.sum(case((School.area == "rural", 1), else_=0)).label("rural"),
            func.sum(case((School.area == "urban", 1), else_=0)).label("urban"),
            func.sum(case((School.management == "Department of Education", 1), else_=0)).label("government"),
        )
        .group_by(School.block_id)
        .subquery("school_counts")
    )
    statement = (
        select(
            Block.id,
            Block.name,
            Block.name_local,
            func.coalesce(clusters.c.clusters, 0),
            func.coalesce(schools.c.schools, 0),
            func.coalesce(schools.c.rural, 0),
            func.coalesce(schools.c.urban, 0),
            func.coalesce(schools.c.government, 0),
        )
        .outerjoin(clusters, clusters.c.block_id == Block.id)
        .outerjoin(schools, schools.c.block_id == Block.id)
        .order_by(Block.name)
    )
    with db.reading() as session:
        return [BlockCounts(*row) for row in session.execute(statement)]

"""The unit a body or meeting belongs to: the district, a block, a cluster or a school."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func
from sqlalchemy.orm import Session, aliased

from db.models import Block, Body, Cluster, District, School
from desktop.services.committees.vocabulary import LEVELS
from desktop.services.i18n import translate
from desktop.services.records import get_or_raise

UNIT_COLUMNS: dict[str, str] = {
    "district": "district_id",
    "block": "block_id",
    "cluster": "cluster_id",
    "school": "school_id",
}
_MODELS: dict[str, Any] = {"district": District, "block": Block, "cluster": Cluster, "school": School}
_ClusterBlock = aliased(Block)

# The unit's name as units.unit_name writes it, computed in SQL so a list of bodies is one query.
body_unit_name: ColumnElement[str] = case(
    # As units.unit_name: a district whose name already says "district" is not named twice.
    (
        (Body.level == "district") & func.lower(District.name).like("% district"),
        District.name,
    ),
    (Body.level == "district", District.name + " district"),
    (Body.level == "block", Block.name + " block"),
    (Body.level == "cluster", Cluster.name + " cluster (" + _ClusterBlock.name + " block)"),
    else_=School.name + " (" + School.udise_code + ")",
).label("unit_name")


def join_units(statement: Select) -> Select:
    """Outer-join a statement over Body to the tables :data:`body_unit_name` reads."""
    return (
        statement.select_from(Body)
        .outerjoin(District, Body.district_id == District.id)
        .outerjoin(Block, Body.block_id == Block.id)
        .outerjoin(Cluster, Body.cluster_id == Cluster.id)
        .outerjoin(_ClusterBlock, Cluster.block_id == _ClusterBlock.id)
        .outerjoin(School, Body.school_id == School.id)
    )


@dataclass(frozen=True)
class Unit:
    level: str
    unit_id: int

    def columns(self) -> dict[str, int | None]:
        """The four unit columns of a body or meeting row, only this level's one set."""
        return {
            column: (self.unit_id if level == self.level else None) for level, column in UNIT_COLUMNS.items()
        }


def unit_of(row: Any) -> Unit:
    """The unit of a :class:`Body` or :class:`Meeting` row."""
    return Unit(row.level, getattr(row, UNIT_COLUMNS[row.level]))


def unit_record(session: Session, unit: Unit) -> Any:
    return get_or_raise(
        session, _MODELS[unit.level], unit.unit_id, translate("Committees", LEVELS[unit.level])
    )


def unit_name(session: Session, unit: Unit) -> str:
    """How the unit is named on screens and paper, e.g. "Cluster Hirehalli (Gubbi block)"."""
    record = unit_record(session, unit)
    if unit.level == "district":
        # "Tumakuru district", but not "Kaveri Demo District district".
        return record.name if record.name.casefold().endswith(" district") else f"{record.name} district"
    if unit.level == "block":
        return f"{record.name} block"
    if unit.level == "cluster":
        return f"{record.name} cluster ({record.block.name} block)"
    return f"{record.name} ({record.udise_code})"


def parent_unit(session: Session, unit: Unit) -> Unit | None:
    """The unit one level up: a school's cluster (or block), a cluster's block, a block's district."""
    record = unit_record(session, unit)
    if unit.level == "school":
        if record.cluster_id is not None:
            return Unit("cluster", record.cluster_id)
        return Unit("block", record.block_id)
    if unit.level == "cluster":
        return Unit("block", record.block_id)
    if unit.level == "block":
        return Unit("district", record.district_id)
    return None


def contains(session: Session, outer: Unit, inner: Unit) -> bool:
    """True when ``inner`` is ``outer`` or lies inside it."""
    current: Unit | None = inner
    while current is not None:
        if current == outer:
            return True
        current = parent_unit(session, current)
    return False

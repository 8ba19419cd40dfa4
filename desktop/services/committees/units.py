"""The unit a body or meeting belongs to: the district, a block, a cluster or a school.

A unit is named two ways from the same parts (:class:`UnitNames`): in English on paper and in what
is stored (documents, search text, action-item notes), and in the interface's language on screens
("Gokak block" in English, the block's word in Kannada around the same stored name).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, select
from sqlalchemy.orm import Bundle, Session, aliased

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


@dataclass(frozen=True)
class UnitNames:
    """What a unit is named from: its level, its own name (stored, never translated), a cluster's
    block and a school's UDISE code."""

    level: str
    name: str
    block: str | None = None
    udise_code: str | None = None

    def _names_district(self) -> bool:
        # "Kaveri Demo District" is not made "Kaveri Demo District district". The stored name is
        # English, so it is the English word that says so, in every interface language.
        return self.name.casefold().endswith(" district")

    @property
    def paper(self) -> str:
        """In English, as documents and stored text write it: "Hirehalli cluster (Gubbi block)"."""
        if self.level == "district":
            return self.name if self._names_district() else f"{self.name} district"
        if self.level == "block":
            return f"{self.name} block"
        if self.level == "cluster":
            return f"{self.name} cluster ({self.block} block)"
        return f"{self.name} ({self.udise_code})"

    @property
    def screen(self) -> str:
        """In the interface's language, for lists, choosers and messages on screens."""
        if self.level == "district":
            if self._names_district():
                return self.name
            return translate("Committees", "{name} district").format(name=self.name)
        if self.level == "block":
            return translate("Committees", "{name} block").format(name=self.name)
        if self.level == "cluster":
            return translate("Committees", "{name} cluster ({block} block)").format(
                name=self.name, block=self.block
            )
        return translate("Committees", "{name} ({udise_code})").format(
            name=self.name, udise_code=self.udise_code
        )


class _UnitNamesBundle(Bundle[UnitNames]):
    """The columns of a body's unit, read as one :class:`UnitNames` per row."""

    def create_row_processor(self, query: Any, procs: Any, labels: Any) -> Any:
        def make(row: Any) -> UnitNames:
            return UnitNames(*(proc(row) for proc in procs))

        return make


# The parts of a body's unit, read with the body, so a list of bodies is one query and each row is
# named on paper or on screen in Python. Only the column of the body's level is set.
body_unit = _UnitNamesBundle(
    "unit",
    Body.level,
    case(
        (Body.level == "district", District.name),
        (Body.level == "block", Block.name),
        (Body.level == "cluster", Cluster.name),
        else_=School.name,
    ),
    _ClusterBlock.name,
    School.udise_code,
)


def join_units(statement: Select) -> Select:
    """Outer-join a statement over Body to the tables :data:`body_unit` reads."""
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


def names_of(session: Session, unit: Unit) -> UnitNames:
    """The parts the unit is named from."""
    record = unit_record(session, unit)
    if unit.level == "cluster":
        return UnitNames(unit.level, record.name, block=record.block.name)
    if unit.level == "school":
        return UnitNames(unit.level, record.name, udise_code=record.udise_code)
    return UnitNames(unit.level, record.name)


def unit_name(session: Session, unit: Unit) -> str:
    """The unit in English, for paper and stored text: "Hirehalli cluster (Gubbi block)"."""
    return names_of(session, unit).paper


def screen_unit_name(session: Session, unit: Unit) -> str:
    """The unit in the interface's language, for screens and their messages."""
    return names_of(session, unit).screen


def unit_names(session: Session, units: Iterable[Unit]) -> dict[Unit, UnitNames]:
    """The names of many units, read in one query per level: the rows land in the session's
    identity map, where :func:`names_of` finds them instead of asking the database again."""
    wanted = set(units)
    keep: list[Any] = []  # the identity map holds rows weakly; keep them until named
    for level, model in (("district", District), ("block", Block), ("school", School)):
        ids = {unit.unit_id for unit in wanted if unit.level == level}
        if ids:
            keep.extend(session.scalars(select(model).where(model.id.in_(ids))))
    cluster_ids = {unit.unit_id for unit in wanted if unit.level == "cluster"}
    if cluster_ids:
        keep.extend(
            session.execute(
                select(Cluster, Block)
                .join(Block, Cluster.block_id == Block.id)
                .where(Cluster.id.in_(cluster_ids))
            ).all()
        )
    return {unit: names_of(session, unit) for unit in wanted}


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

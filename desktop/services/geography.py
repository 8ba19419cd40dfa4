"""Districts, blocks and clusters: the tree every school, office and later every report hangs from."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Block, Body, Cluster, District, MouCoverage, Office, School
from desktop.services.committees.bodies import refresh_bodies
from desktop.services.committees.units import UnitNames
from desktop.services.committees.usage import refuse_unit_in_committees
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import plural, translate
from desktop.services.mous.usage import refuse_if_in_mous
from desktop.services.recognition.usage import refuse_if_in_recognition
from desktop.services.records import assign, count, get_or_raise, is_taken
from desktop.services.search_text import refresh_offices, refresh_schools
from desktop.services.validation import FieldErrors


@dataclass(frozen=True)
class DistrictInput:
    name: str
    state_name: str
    udise_code: str
    name_local: str | None = None


@dataclass(frozen=True)
class DistrictRow:
    id: int
    name: str
    name_local: str | None
    state_name: str
    udise_code: str


@dataclass(frozen=True)
class BlockInput:
    district_id: int
    name: str
    name_local: str | None = None


@dataclass(frozen=True)
class BlockRow:
    id: int
    district_id: int
    name: str
    name_local: str | None


@dataclass(frozen=True)
class ClusterInput:
    block_id: int
    name: str
    name_local: str | None = None


@dataclass(frozen=True)
class ClusterRow:
    id: int
    block_id: int
    block_name: str
    name: str
    name_local: str | None


def _district_row(d: District) -> DistrictRow:
    return DistrictRow(d.id, d.name, d.name_local, d.state_name, d.udise_code)


def _block_row(b: Block) -> BlockRow:
    return BlockRow(b.id, b.district_id, b.name, b.name_local)


def _cluster_row(c: Cluster) -> ClusterRow:
    return ClusterRow(c.id, c.block_id, c.block.name, c.name, c.name_local)


# --- districts -------------------------------------------------------------------------------


def _district_values(session: Session, data: DistrictInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Geography", "District name"), 120)
    state = errors.required("state_name", data.state_name, translate("Geography", "State"), 120)
    # Length is checked below, after the spaces are gone: "29 01" is a valid way to type 2901.
    code = errors.required(
        "udise_code", data.udise_code, translate("Geography", "UDISE district code"), 20
    ).replace(" ", "")
    if code and not (code.isdigit() and len(code) == 4):
        errors.add(
            "udise_code",
            translate(
                "Geography", "UDISE district code '{code}' must be 4 digits (state 2 + district 2)."
            ).format(code=code),
        )
    if name and is_taken(session, District.name, name, own_id):
        errors.add(
            "name", translate("Geography", "A district named {name} already exists.").format(name=name)
        )
    if code and is_taken(session, District.udise_code, code, own_id):
        errors.add(
            "udise_code",
            translate("Geography", "Another district already has UDISE code {code}.").format(code=code),
        )
    name_local = errors.optional("name_local", data.name_local, translate("Geography", "Local name"), 120)
    errors.raise_if_any()
    return {"name": name, "state_name": state, "udise_code": code, "name_local": name_local}


def create_district(db: Database, data: DistrictInput) -> DistrictRow:
    with db.transaction() as session:
        district = District(**_district_values(session, data, None))
        session.add(district)
        session.flush()
        return _district_row(district)


def update_district(db: Database, district_id: int, data: DistrictInput) -> DistrictRow:
    with db.transaction() as session:
        district = get_or_raise(session, District, district_id, translate("Geography", "District"))
        values = _district_values(session, data, district_id)
        if values["udise_code"] != district.udise_code and count(session, School.district_id, district_id):
            raise ValidationError.single(
                "udise_code",
                translate(
                    "Geography", "The UDISE district code cannot change while the district has schools."
                ),
            )
        assign(district, values)
        session.flush()
        refresh_bodies(session, Body.district_id == district_id)
        return _district_row(district)


def delete_district(db: Database, district_id: int) -> None:
    with db.transaction() as session:
        district = get_or_raise(session, District, district_id, translate("Geography", "District"))
        blocks = count(session, Block.district_id, district_id)
        offices = count(session, Office.district_id, district_id)
        if blocks or offices:
            counted = {
                "blocks": plural(
                    blocks, translate("Geography", "{count} block"), translate("Geography", "{count} blocks")
                ).format(count=blocks),
                "offices": plural(
                    offices,
                    translate("Geography", "{count} office"),
                    translate("Geography", "{count} offices"),
                ).format(count=offices),
            }
            message = translate(
                "Geography", "{district} still has {blocks} and {offices}; remove them first."
            )
            raise ConflictError(message.format(district=district.name, **counted))
        name = UnitNames("district", district.name).screen
        refuse_unit_in_committees(session, name, "district", district_id)
        session.delete(district)


def list_districts(db: Database) -> list[DistrictRow]:
    with db.reading() as session:
        return [_district_row(d) for d in session.scalars(select(District).order_by(District.name))]


# --- blocks ----------------------------------------------------------------------------------


def _block_values(session: Session, data: BlockInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Geography", "Block name"), 120)
    name_local = errors.optional("name_local", data.name_local, translate("Geography", "Local name"), 120)
    if session.get(District, data.district_id) is None:
        errors.add("district_id", translate("Geography", "Choose the district the block belongs to."))
    elif name:
        clash = select(func.count()).where(
            Block.district_id == data.district_id, Block.name == name, Block.id != (own_id or -1)
        )
        if session.scalar(clash):
            errors.add(
                "name",
                translate("Geography", "The district already has a block named {name}.").format(name=name),
            )
    errors.raise_if_any()
    return {"district_id": data.district_id, "name": name, "name_local": name_local}


def create_block(db: Database, data: BlockInput) -> BlockRow:
    with db.transaction() as session:
        block = Block(**_block_values(session, data, None))
        session.add(block)
        session.flush()
        return _block_row(block)


def update_block(db: Database, block_id: int, data: BlockInput) -> BlockRow:
    with db.transaction() as session:
        block = get_or_raise(session, Block, block_id, translate("Geography", "Block"))
        values = _block_values(session, data, block_id)
        if values["district_id"] != block.district_id and count(session, School.block_id, block_id):
            raise ValidationError.single(
                "district_id", translate("Geography", "A block with schools cannot move to another district.")
            )
        assign(block, values)
        session.flush()
        refresh_schools(session, School.block_id == block_id)
        refresh_offices(session, Office.block_id == block_id)
        # A cluster is named with its block ("Hirehalli cluster (Gubbi block)").
        clusters = select(Cluster.id).where(Cluster.block_id == block_id)
        refresh_bodies(session, (Body.block_id == block_id) | Body.cluster_id.in_(clusters))
        return _block_row(block)


def delete_block(db: Database, block_id: int) -> None:
    with db.transaction() as session:
        block = get_or_raise(session, Block, block_id, translate("Geography", "Block"))
        schools = count(session, School.block_id, block_id)
        clusters = count(session, Cluster.block_id, block_id)
        if schools or clusters:
            counted = {
                "clusters": plural(
                    clusters,
                    translate("Geography", "{count} cluster"),
                    translate("Geography", "{count} clusters"),
                ).format(count=clusters),
                "schools": plural(
                    schools,
                    translate("Geography", "{count} school"),
                    translate("Geography", "{count} schools"),
                ).format(count=schools),
            }
            message = translate(
                "Geography", "Block {block} still has {clusters} and {schools}; move or delete them first."
            )
            raise ConflictError(message.format(block=block.name, **counted))
        name = translate("Geography", "Block {block}").format(block=block.name)
        refuse_if_in_mous(session, name, MouCoverage.block_id, block_id, "covered")
        refuse_unit_in_committees(session, name, "block", block_id)
        session.delete(block)


def list_blocks(db: Database, district_id: int | None = None) -> list[BlockRow]:
    with db.reading() as session:
        statement = select(Block).order_by(Block.name)
        if district_id is not None:
            statement = statement.where(Block.district_id == district_id)
        return [_block_row(b) for b in session.scalars(statement)]


# --- clusters --------------------------------------------------------------------------------


def _cluster_values(session: Session, data: ClusterInput, own_id: int | None) -> dict:
    errors = FieldErrors()
    name = errors.required("name", data.name, translate("Geography", "Cluster name"), 120)
    name_local = errors.optional("name_local", data.name_local, translate("Geography", "Local name"), 120)
    if session.get(Block, data.block_id) is None:
        errors.add("block_id", translate("Geography", "Choose the block the cluster belongs to."))
    elif name:
        clash = select(func.count()).where(
            Cluster.block_id == data.block_id, Cluster.name == name, Cluster.id != (own_id or -1)
        )
        if session.scalar(clash):
            errors.add(
                "name",
                translate("Geography", "The block already has a cluster named {name}.").format(name=name),
            )
    errors.raise_if_any()
    return {"block_id": data.block_id, "name": name, "name_local": name_local}


def create_cluster(db: Database, data: ClusterInput) -> ClusterRow:
    with db.transaction() as session:
        cluster = Cluster(**_cluster_values(session, data, None))
        session.add(cluster)
        session.flush()
        return _cluster_row(cluster)


def update_cluster(db: Database, cluster_id: int, data: ClusterInput) -> ClusterRow:
    with db.transaction() as session:
        cluster = get_or_raise(session, Cluster, cluster_id, translate("Geography", "Cluster"))
        values = _cluster_values(session, data, cluster_id)
        if values["block_id"] != cluster.block_id and count(session, School.cluster_id, cluster_id):
            raise ValidationError.single(
                "block_id", translate("Geography", "A cluster with schools cannot move to another block.")
            )
        assign(cluster, values)
        session.flush()
        refresh_schools(session, School.cluster_id == cluster_id)
        refresh_bodies(session, Body.cluster_id == cluster_id)
        return _cluster_row(cluster)


def delete_cluster(db: Database, cluster_id: int) -> None:
    with db.transaction() as session:
        cluster = get_or_raise(session, Cluster, cluster_id, translate("Geography", "Cluster"))
        schools = count(session, School.cluster_id, cluster_id)
        if schools:
            message = plural(
                schools,
                translate("Geography", "Cluster {cluster} still has one school; move it first."),
                translate("Geography", "Cluster {cluster} still has {count} schools; move them first."),
            )
            raise ConflictError(message.format(cluster=cluster.name, count=schools))
        name = translate("Geography", "Cluster {cluster}").format(cluster=cluster.name)
        refuse_if_in_mous(session, name, MouCoverage.cluster_id, cluster_id, "covered")
        refuse_unit_in_committees(session, name, "cluster", cluster_id)
        refuse_if_in_recognition(session, name, "cluster", cluster_id)
        session.delete(cluster)


def list_clusters(db: Database, block_id: int | None = None) -> list[ClusterRow]:
    with db.reading() as session:
        statement = select(Cluster).join(Cluster.block).order_by(Block.name, Cluster.name)
        if block_id is not None:
            statement = statement.where(Cluster.block_id == block_id)
        return [_cluster_row(c) for c in session.scalars(statement)]

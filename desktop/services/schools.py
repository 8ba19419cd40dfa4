"""Schools: create, update, delete and search, keyed by the 11-digit UDISE code."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from db.models import Block, Body, Cluster, District, MouCoverage, Person, School
from desktop.services.committees.bodies import refresh_bodies
from desktop.services.committees.usage import refuse_unit_in_committees
from desktop.services.database import Database
from desktop.services.errors import ConflictError
from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.listing import apply_search, apply_sort, chunks, ordered_ids
from desktop.services.listing_index import ListingIndex, build_index
from desktop.services.mous.usage import refuse_if_in_mous
from desktop.services.recognition.usage import refuse_if_in_recognition
from desktop.services.records import assign, count, get_or_raise, is_taken
from desktop.services.search_text import refresh_people, school_search_text
from desktop.services.udise import normalise_udise, udise_problem
from desktop.services.validation import LATITUDE_RANGE, LONGITUDE_RANGE, FieldErrors

# Kept in English in the database; the interface shows them with translate("Schools", value), and
# a value typed by hand (the combos are editable) is shown as it is.
MANAGEMENTS = (
    QT_TRANSLATE_NOOP("Schools", "Department of Education"),
    QT_TRANSLATE_NOOP("Schools", "Local body"),
    QT_TRANSLATE_NOOP("Schools", "Social Welfare Department"),
    QT_TRANSLATE_NOOP("Schools", "Tribal Welfare Department"),
    QT_TRANSLATE_NOOP("Schools", "Private aided"),
    QT_TRANSLATE_NOOP("Schools", "Private unaided"),
    QT_TRANSLATE_NOOP("Schools", "Central government"),
    QT_TRANSLATE_NOOP("Schools", "Other"),
)
CATEGORIES = (
    QT_TRANSLATE_NOOP("Schools", "Primary (1-5)"),
    QT_TRANSLATE_NOOP("Schools", "Upper primary (1-8)"),
    QT_TRANSLATE_NOOP("Schools", "Higher secondary (1-12)"),
    QT_TRANSLATE_NOOP("Schools", "Upper primary only (6-8)"),
    QT_TRANSLATE_NOOP("Schools", "Secondary (1-10)"),
    QT_TRANSLATE_NOOP("Schools", "Secondary only (9-10)"),
    QT_TRANSLATE_NOOP("Schools", "Higher secondary only (11-12)"),
)
MEDIUMS = (
    QT_TRANSLATE_NOOP("Schools", "Kannada"),
    QT_TRANSLATE_NOOP("Schools", "English"),
    QT_TRANSLATE_NOOP("Schools", "Urdu"),
    QT_TRANSLATE_NOOP("Schools", "Marathi"),
    QT_TRANSLATE_NOOP("Schools", "Hindi"),
    QT_TRANSLATE_NOOP("Schools", "Telugu"),
    QT_TRANSLATE_NOOP("Schools", "Tamil"),
    QT_TRANSLATE_NOOP("Schools", "Other"),
)
AREAS = ("rural", "urban")


@dataclass(frozen=True)
class SchoolInput:
    udise_code: str
    name: str
    block_id: int | None
    cluster_id: int | None = None
    name_local: str | None = None
    village: str | None = None
    management: str | None = None
    category: str | None = None
    area: str | None = None
    pincode: str | None = None
    medium: str | None = None
    latitude: str | float | None = None
    longitude: str | float | None = None


@dataclass(frozen=True)
class SchoolRow:
    id: int
    udise_code: str
    name: str
    name_local: str | None
    district_id: int
    block_id: int
    block_name: str
    cluster_id: int | None
    cluster_name: str | None
    village: str | None
    management: str | None
    category: str | None
    area: str | None
    pincode: str | None
    medium: str | None
    latitude: float | None
    longitude: float | None


_block = aliased(Block)
_cluster = aliased(Cluster)
SORT_KEYS: dict[str, Sequence[ColumnElement]] = {
    "udise_code": [School.udise_code],
    "name": [School.name.collate("NOCASE")],
    "block": [_block.name.collate("NOCASE"), School.name.collate("NOCASE")],
    "cluster": [_cluster.name.collate("NOCASE"), School.name.collate("NOCASE")],
    "village": [School.village.collate("NOCASE")],
    "management": [School.management],
    "category": [School.category],
}


def _values(session: Session, data: SchoolInput, own_id: int | None) -> tuple[dict, Block, Cluster | None]:
    errors = FieldErrors()
    code = normalise_udise(data.udise_code)
    block = session.get(Block, data.block_id) if data.block_id is not None else None
    cluster = session.get(Cluster, data.cluster_id) if data.cluster_id is not None else None
    district = session.get(District, block.district_id) if block else None
    problem = udise_problem(
        code, district.udise_code if district else None, district.name if district else None
    )
    if problem:
        errors.add("udise_code", problem)
    elif is_taken(session, School.udise_code, code, own_id):
        other = session.scalar(select(School.name).where(School.udise_code == code))
        message = translate("Schools", "UDISE code {code} already belongs to {school}.")
        errors.add("udise_code", message.format(code=code, school=other))
    name = errors.required("name", data.name, translate("Schools", "School name"), 200)
    if block is None:
        errors.add("block_id", translate("Schools", "Choose the block the school is in."))
    if data.cluster_id is not None and cluster is None:
        errors.add("cluster_id", translate("Schools", "The chosen cluster no longer exists."))
    elif cluster is not None and block is not None and cluster.block_id != block.id:
        message = translate("Schools", "Cluster {cluster} is not in block {block}.")
        errors.add("cluster_id", message.format(cluster=cluster.name, block=block.name))
    area = (data.area or "").lower() or None
    values = {
        "udise_code": code,
        "name": name,
        "name_local": errors.optional("name_local", data.name_local, translate("Schools", "Local name"), 200),
        "village": errors.optional("village", data.village, translate("Schools", "Village"), 120),
        "management": errors.optional("management", data.management, translate("Schools", "Management"), 80),
        "category": errors.optional("category", data.category, translate("Schools", "Category"), 80),
        "area": errors.choice("area", area, translate("Schools", "Rural / urban"), AREAS),
        "pincode": errors.pincode("pincode", data.pincode),
        "medium": errors.optional("medium", data.medium, translate("Schools", "Medium"), 40),
        "latitude": errors.coordinate(
            "latitude", data.latitude, translate("Schools", "Latitude"), LATITUDE_RANGE
        ),
        "longitude": errors.coordinate(
            "longitude", data.longitude, translate("Schools", "Longitude"), LONGITUDE_RANGE
        ),
    }
    errors.raise_if_any()
    assert block is not None and district is not None
    values.update(district_id=district.id, block_id=block.id, cluster_id=cluster.id if cluster else None)
    return values, block, cluster


def _row(school: School, block_name: str, cluster_name: str | None) -> SchoolRow:
    return SchoolRow(
        id=school.id,
        udise_code=school.udise_code,
        name=school.name,
        name_local=school.name_local,
        district_id=school.district_id,
        block_id=school.block_id,
        block_name=block_name,
        cluster_id=school.cluster_id,
        cluster_name=cluster_name,
        village=school.village,
        management=school.management,
        category=school.category,
        area=school.area,
        pincode=school.pincode,
        medium=school.medium,
        latitude=school.latitude,
        longitude=school.longitude,
    )


def create_school(db: Database, data: SchoolInput) -> SchoolRow:
    """Add a school; raises :class:`ValidationError` with a message per wrong field."""
    with db.transaction() as session:
        values, block, cluster = _values(session, data, None)
        school = School(**values)
        school.search_text = school_search_text(school, block, cluster)
        session.add(school)
        session.flush()
        return _row(school, block.name, cluster.name if cluster else None)


def update_school(db: Database, school_id: int, data: SchoolInput) -> SchoolRow:
    with db.transaction() as session:
        school = get_or_raise(session, School, school_id, translate("Schools", "School"))
        values, block, cluster = _values(session, data, school_id)
        assign(school, values)
        school.search_text = school_search_text(school, block, cluster)
        session.flush()
        refresh_people(session, Person.school_id == school_id)
        refresh_bodies(session, Body.school_id == school_id)
        return _row(school, block.name, cluster.name if cluster else None)


def delete_school(db: Database, school_id: int) -> None:
    with db.transaction() as session:
        school = get_or_raise(session, School, school_id, translate("Schools", "School"))
        people = count(session, Person.school_id, school_id)
        if people:
            # Two messages, not "person(s)": translate() cannot carry Qt's plural forms (%n).
            if people == 1:
                message = translate(
                    "Schools",
                    "{school} ({code}) still has one person recorded at it; "
                    "move them to another school or remove them first.",
                )
            else:
                message = translate(
                    "Schools",
                    "{school} ({code}) still has {count} people recorded at it; "
                    "move them to another school or remove them first.",
                )
            raise ConflictError(message.format(school=school.name, code=school.udise_code, count=people))
        name = f"{school.name} ({school.udise_code})"
        refuse_if_in_mous(session, name, MouCoverage.school_id, school_id, "covered")
        refuse_unit_in_committees(session, name, "school", school_id)
        refuse_if_in_recognition(session, name, "school", school_id)
        session.delete(school)


def get_school(db: Database, school_id: int) -> SchoolRow:
    with db.reading() as session:
        school = get_or_raise(session, School, school_id, translate("Schools", "School"))
        return _row(school, school.block.name, school.cluster.name if school.cluster else None)


def search_school_ids(
    db: Database,
    query: str = "",
    *,
    sort: str = "name",
    descending: bool = False,
    block_id: int | None = None,
) -> list[int]:
    """Ids of the schools matching ``query`` (every word, anywhere in name, code, village, block or
    cluster), in display order."""
    statement = (
        select(School.id)
        .join(_block, School.block_id == _block.id)
        .outerjoin(_cluster, School.cluster_id == _cluster.id)
    )
    statement = apply_search(statement, School.search_text, query)
    if block_id is not None:
        statement = statement.where(School.block_id == block_id)
    statement = apply_sort(statement, SORT_KEYS, sort, descending, School.id)
    with db.reading() as session:
        return ordered_ids(session, statement)


def school_rows(db: Database, ids: Sequence[int]) -> dict[int, SchoolRow]:
    """The display rows for ``ids``, keyed by id (order is the caller's)."""
    rows: dict[int, SchoolRow] = {}
    with db.reading() as session:
        for part in chunks(ids):
            statement = (
                select(School, Block.name, Cluster.name)
                .join(Block, School.block_id == Block.id)
                .outerjoin(Cluster, School.cluster_id == Cluster.id)
                .where(School.id.in_(part))
            )
            for school, block_name, cluster_name in session.execute(statement):
                rows[school.id] = _row(school, block_name, cluster_name)
    return rows


def count_schools(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(School)) or 0)


def find_school_id(db: Database, udise_code: str) -> int | None:
    """The id of the school with this UDISE code (spaces and dashes ignored), or None."""
    with db.reading() as session:
        return session.scalar(select(School.id).where(School.udise_code == normalise_udise(udise_code)))


# The table's in-memory index sorts the same way as SORT_KEYS above.
INDEX_SORTS = {
    "udise_code": ["udise_code"],
    "name": ["name"],
    "block": ["block", "name"],
    "cluster": ["cluster", "name"],
    "village": ["village"],
    "management": ["management"],
    "category": ["category"],
}
INDEX_EXACT = ["udise_code", "management", "category"]  # sorted without NOCASE in SORT_KEYS


def school_listing(db: Database) -> ListingIndex:
    """Every school's id, search text and sort columns, for the Schools table."""
    statement = (
        select(
            School.id,
            School.search_text,
            School.udise_code,
            School.name,
            Block.name,
            Cluster.name,
            School.village,
            School.management,
            School.category,
        )
        .join(Block, School.block_id == Block.id)
        .outerjoin(Cluster, School.cluster_id == Cluster.id)
        .order_by(School.id)
    )
    columns = ["udise_code", "name", "block", "cluster", "village", "management", "category"]
    with db.reading() as session:
        rows = session.execute(statement).all()
    return build_index(rows, columns, INDEX_SORTS, warm=["name"], exact=INDEX_EXACT)

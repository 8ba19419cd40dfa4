"""Review groups: the bodies that meet on the 2-4-6-8 cadence, formed at once for every unit of a
level in an office's district (every cluster, every block, the district, or chosen schools)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from db.models import Block, Body, Cluster, District, Office
from desktop.documents.text import indian_date
from desktop.services.calendar.cadence import CADENCE, UNIT_MODELS
from desktop.services.calendar.working_days import ordinal
from desktop.services.committees.units import UNIT_COLUMNS, Unit, unit_name
from desktop.services.committees.vocabulary import LEVELS, body_kind_label
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.i18n import translate
from desktop.services.meetings.vocabulary import CADENCE_WORKING_DAY
from desktop.services.records import get_or_raise
from desktop.services.text import clean, search_key

# The kind of body each level's review group is formed as (the district's has no kind of its own).
REVIEW_KINDS: dict[str, tuple[str, str | None]] = {
    "school": ("school_committee", None),
    "cluster": ("cluster_review_group", None),
    "block": ("block_review_group", None),
    "district": ("custom", "District review group"),
}
NAME_MAX = 200


def _units_to_cover(
    session: Session, district: District, level: str, unit_ids: Sequence[int] | None
) -> list[Any]:
    """The records of the level in the district (or the ones chosen), refusing ones outside it."""
    if unit_ids is not None and not unit_ids:
        message = translate("Calendar", "Choose at least one {level}.")
        raise ValidationError.single(
            "unit_ids", message.format(level=translate("Committees", LEVELS[level]).lower())
        )
    if level == "school" and unit_ids is None:
        raise ValidationError.single(
            "unit_ids", translate("Calendar", "Choose the schools whose committees are to review monthly.")
        )
    if level == "district":
        records: list[Any] = [district]
    elif level == "cluster":
        statement = (
            select(Cluster)
            .join(Block, Block.id == Cluster.block_id)
            .options(contains_eager(Cluster.block))
            .where(Block.district_id == district.id)
            .order_by(Block.name, Cluster.name)
        )
        if unit_ids is not None:
            statement = statement.where(Cluster.id.in_(unit_ids))
        records = list(session.scalars(statement))
    else:
        model = UNIT_MODELS[level]
        statement = select(model).where(model.district_id == district.id).order_by(model.name)
        if unit_ids is not None:
            statement = statement.where(model.id.in_(unit_ids))
        records = list(session.scalars(statement))
    outside = sorted(set(unit_ids or ()) - {record.id for record in records})
    if outside:
        numbers = ", ".join(f"#{unit_id}" for unit_id in outside)
        message = translate(
            "Calendar", "These {levels} are not in {district} district or no longer exist: {numbers}."
        )
        raise ValidationError.single(
            "unit_ids", message.format(levels=_levels(level), district=district.name, numbers=numbers)
        )
    return records


def _levels(level: str) -> str:
    """The level's plural inside a sentence ("these clusters")."""
    if level == "school":
        return translate("Calendar", "schools")
    if level == "cluster":
        return translate("Calendar", "clusters")
    if level == "block":
        return translate("Calendar", "blocks")
    return translate("Calendar", "districts")


def _group_name(level: str, record: Any) -> str:
    if level == "school":
        return f"{record.name} review"
    return f"{record.name} {level} review"


def create_review_groups(
    db: Database, office_id: int, level: str, formed_on: date, unit_ids: Sequence[int] | None = None
) -> int:
    """Form a review body on the 2-4-6-8 cadence, convened by the office, for every unit of the level
    in the office's district (or the chosen ones) that has none alive; returns how many were formed."""
    if level not in LEVELS:
        raise ValidationError.single(
            "level", translate("Calendar", "Choose the level: district, block, cluster or school.")
        )
    if formed_on is None:
        raise ValidationError.single("formed_on", translate("Calendar", "Date of formation is required."))
    kind, kind_other = REVIEW_KINDS[level]
    column = getattr(Body, UNIT_COLUMNS[level])
    with db.transaction() as session:
        office = get_or_raise(session, Office, office_id, translate("Offices", "Office"))
        if office.district_id is None:
            message = translate(
                "Calendar",
                "{office} has no district set, so it is not known whose {levels} it reviews; "
                "set its district on the Offices page first.",
            )
            raise ConflictError(message.format(office=office.name, levels=_levels(level)))
        district = get_or_raise(session, District, office.district_id, translate("Geography", "District"))
        records = _units_to_cover(session, district, level, unit_ids)
        others = session.execute(
            select(column, Body.name, Body.kind, Body.meeting_frequency, Body.dissolved_on).where(
                Body.level == level, column.in_([record.id for record in records])
            )
        ).all()
        covered = {
            unit_id
            for unit_id, _name, other_kind, frequency, dissolved_on in others
            if (other_kind == kind or frequency == CADENCE)
            and (dissolved_on is None or dissolved_on >= formed_on)
        }
        taken = {(unit_id, clean(name).casefold()) for unit_id, name, *_rest in others}
        created: list[tuple[Body, Unit]] = []
        for record in records:
            if record.id in covered:
                continue
            name = _group_name(level, record)[:NAME_MAX]
            # A unit's bodies have distinct names; an earlier group of the same name was dissolved.
            for candidate in (name, f"{name} ({formed_on.year})", f"{name} ({indian_date(formed_on)})"):
                if (record.id, candidate.casefold()) not in taken:
                    name = candidate
                    break
            unit = Unit(level, record.id)
            body = Body(
                name=name,
                kind=kind,
                kind_other=kind_other,
                level=level,
                **unit.columns(),
                office_id=office.id,
                formed_on=formed_on,
                meeting_frequency=CADENCE,
                purpose=f"Monthly review on the {ordinal(CADENCE_WORKING_DAY[level])} working day (2-4-6-8 cadence).",
            )
            session.add(body)
            created.append((body, unit))
        for body, unit in created:
            # As the committees service writes it: name, local name, kind, unit and office.
            body.search_text = search_key(
                body.name, None, body_kind_label(kind, kind_other), unit_name(session, unit), office.name
            )
        return len(created)

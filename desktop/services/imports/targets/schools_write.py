"""Storing a checked school directory in the caller's transaction, and taking a batch of it back.

Every district, block, cluster and school a batch creates is recorded as an
:class:`ImportBatchChange` with ``before`` NULL; every school it changes with the old values of
the columns it changed. Aliases carry the batch's id themselves.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db.models import (
    Base,
    Block,
    Body,
    Cluster,
    District,
    ImportBatch,
    ImportBatchChange,
    Person,
    School,
    SchoolAlias,
)
from desktop.services.committees.bodies import refresh_bodies
from desktop.services.errors import ConflictError
from desktop.services.i18n import QT_TRANSLATE_NOOP, and_list, plural, translate
from desktop.services.imports.targets.schools_cells import NUMBER_FIELDS, TEXT_FIELDS
from desktop.services.imports.targets.schools_check import SchoolPayload
from desktop.services.listing import chunks
from desktop.services.progress import Progress
from desktop.services.search_text import refresh_people, school_search_text

FLUSH_EVERY = 500
# How the records that can refer to a school, block, cluster or district are named in messages.
REFERRERS = {
    "person": (
        QT_TRANSLATE_NOOP("Imports", "{count} person"),
        QT_TRANSLATE_NOOP("Imports", "{count} people"),
    ),
    "body": (
        QT_TRANSLATE_NOOP("Imports", "{count} committee"),
        QT_TRANSLATE_NOOP("Imports", "{count} committees"),
    ),
    "meeting": (
        QT_TRANSLATE_NOOP("Imports", "{count} meeting"),
        QT_TRANSLATE_NOOP("Imports", "{count} meetings"),
    ),
    "mou_coverage": (
        QT_TRANSLATE_NOOP("Imports", "{count} MoU coverage entry"),
        QT_TRANSLATE_NOOP("Imports", "{count} MoU coverage entries"),
    ),
    "school_indicator": (
        QT_TRANSLATE_NOOP("Imports", "{count} indicator row"),
        QT_TRANSLATE_NOOP("Imports", "{count} indicator rows"),
    ),
    "student_result": (
        QT_TRANSLATE_NOOP("Imports", "{count} assessment result"),
        QT_TRANSLATE_NOOP("Imports", "{count} assessment results"),
    ),
    "school": (
        QT_TRANSLATE_NOOP("Imports", "{count} school"),
        QT_TRANSLATE_NOOP("Imports", "{count} schools"),
    ),
    "office": (
        QT_TRANSLATE_NOOP("Imports", "{count} office"),
        QT_TRANSLATE_NOOP("Imports", "{count} offices"),
    ),
    "cluster": (
        QT_TRANSLATE_NOOP("Imports", "{count} cluster"),
        QT_TRANSLATE_NOOP("Imports", "{count} clusters"),
    ),
    "block": (QT_TRANSLATE_NOOP("Imports", "{count} block"), QT_TRANSLATE_NOOP("Imports", "{count} blocks")),
}
ENTITIES = {"district": District, "block": Block, "cluster": Cluster, "school": School}


def _number(value: Any) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _places(session: Session, payload: SchoolPayload, created: list[Any]):
    """The districts, blocks and clusters the rows need, adding the missing ones."""
    districts = {d.udise_code: d for d in session.scalars(select(District))}
    for code, name, state in payload.new_districts:
        if code not in districts:
            districts[code] = District(name=name, state_name=state, udise_code=code)
            created.append(districts[code])
    session.add_all(created)
    session.flush()
    blocks = {(b.district.udise_code, b.name.casefold()): b for b in session.scalars(select(Block))}
    for code, name in payload.new_blocks:
        if (code, name.casefold()) not in blocks:
            block = Block(district_id=districts[code].id, name=name)
            blocks[(code, name.casefold())] = block
            session.add(block)
            created.append(block)
    session.flush()
    clusters = {(c.block_id, c.name.casefold()): c for c in session.scalars(select(Cluster))}
    for code, block_name, name in payload.new_clusters:
        block = blocks[(code, block_name.casefold())]
        if (block.id, name.casefold()) not in clusters:
            cluster = Cluster(block_id=block.id, name=name)
            clusters[(block.id, name.casefold())] = cluster
            session.add(cluster)
            created.append(cluster)
    session.flush()
    return districts, blocks, clusters


def _update(
    school: School, record: dict, mapped: frozenset[str], block: Block, cluster: Cluster | None
) -> dict:
    """Set the mapped, non-blank values that differ; returns the old values of what changed."""
    before: dict[str, Any] = {}

    def change(key: str, value: Any) -> None:
        before[key] = getattr(school, key)
        setattr(school, key, value)

    for key in TEXT_FIELDS:
        if key in mapped and record[key] and record[key] != getattr(school, key):
            change(key, record[key])
    for key in NUMBER_FIELDS:
        value = _number(record[key])
        old = getattr(school, key)
        if key in mapped and value is not None and (old is None or abs(old - value) > 1e-9):
            change(key, value)
    if block.id != school.block_id:
        change("block_id", block.id)
        # A cluster of the old block cannot stay; the file's cluster (if any) is set below.
        if school.cluster_id is not None and cluster is None:
            change("cluster_id", None)
    if cluster is not None and cluster.id != school.cluster_id:
        change("cluster_id", cluster.id)
    return before


def write_schools(session: Session, payload: SchoolPayload, batch: ImportBatch, progress: Progress) -> None:
    """Add the places and schools ``payload`` needs and update the changed schools."""
    created: list[Any] = []
    districts, blocks, clusters = _places(session, payload, created)
    records = payload.rows.to_dict("records")
    existing: dict[int, School] = {}
    ids = [int(r["school_id"]) for r in records if r["action"] == "update"]
    for part in chunks(ids):
        existing.update((s.id, s) for s in session.scalars(select(School).where(School.id.in_(part))))
    blocks_by_id = {b.id: b for b in blocks.values()}
    clusters_by_id = {c.id: c for c in clusters.values()}
    changes: list[ImportBatchChange] = []
    renamed: list[int] = []
    for done, record in enumerate(records, start=1):
        block = blocks[(record["district_code"], record["block"].casefold())]
        cluster = clusters.get((block.id, record["cluster"].casefold())) if record["cluster"] else None
        if record["action"] == "create":
            school = School(
                udise_code=record["udise"],
                district_id=districts[record["district_code"]].id,
                block_id=block.id,
                cluster_id=cluster.id if cluster else None,
                **{key: record[key] or None for key in TEXT_FIELDS},
                **{key: _number(record[key]) for key in NUMBER_FIELDS},
            )
            session.add(school)
            created.append(school)
        else:
            school = existing[int(record["school_id"])]
            before = _update(school, record, payload.mapped, block, cluster)
            if before:
                changes.append(
                    ImportBatchChange(batch_id=batch.id, entity="school", entity_id=school.id, before=before)
                )
                if "name" in before:
                    renamed.append(school.id)
        # The school's own block and cluster: an update may leave its cluster as it was.
        school.search_text = school_search_text(
            school, blocks_by_id[school.block_id], clusters_by_id.get(school.cluster_id)
        )
        if record["alias_new"]:
            session.add(
                SchoolAlias(
                    school=school, system=payload.alias_system, code=record["other_id"], batch_id=batch.id
                )
            )
        if done % FLUSH_EVERY == 0:
            session.flush()
            message = translate("Imports", "Stored {done:,} of {count:,} schools")
            progress.report(done, len(records), message.format(done=done, count=len(records)))
    session.flush()
    changes += [
        ImportBatchChange(batch_id=batch.id, entity=record.__tablename__, entity_id=record.id, before=None)
        for record in created
    ]
    session.add_all(changes)
    for part in chunks(renamed):
        refresh_people(session, Person.school_id.in_(part))
        refresh_bodies(session, Body.school_id.in_(part))
    session.flush()
    progress.report(
        len(records),
        len(records),
        translate("Imports", "Stored {count:,} schools").format(count=len(records)),
    )


def _counted(count: int, table: str) -> str:
    """ "2 MoU coverage entries", in the interface's language (a table not listed by its name)."""
    if table not in REFERRERS:
        words = table.replace("_", " ")
        return f"{count} {words}" if count == 1 else f"{count} {words} records"
    one, many = REFERRERS[table]
    return plural(count, translate("Imports", one), translate("Imports", many)).format(count=count)


def referrers(session: Session, table_name: str, ids: list[int]) -> dict[int, list[str]]:
    """What still refers to each of ``ids`` (rows of ``table_name``) through a foreign key that
    would stop its deletion, e.g. {12: ["1 person", "2 MoU coverage entries"]}.

    Found from the schema, so a table added later that refers to schools is counted too.
    """
    counts: dict[int, dict[str, int]] = {}
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name != table_name or key.ondelete in ("CASCADE", "SET NULL"):
                continue
            column = key.parent
            for part in chunks(ids):
                statement = select(column, func.count()).where(column.in_(part)).group_by(column)
                for record_id, count in session.execute(statement):
                    per_table = counts.setdefault(record_id, {})
                    per_table[table.name] = per_table.get(table.name, 0) + count
    return {
        record_id: [_counted(count, name) for name, count in per_table.items()]
        for record_id, per_table in counts.items()
    }


def _refuse_if_used(session: Session, school_ids: list[int]) -> None:
    used = referrers(session, "school", school_ids)
    if not used:
        return
    schools = {
        school_id: f"{name} ({code})"
        for school_id, name, code in session.execute(
            select(School.id, School.name, School.udise_code).where(School.id.in_(list(used)[:3]))
        )
    }
    referred = translate("Imports", "{school} is referred to by {records}")
    examples = "; ".join(
        referred.format(school=schools[i], records=and_list(used[i])) for i in list(used)[:3]
    )
    count = len(used)
    message = plural(
        count,
        translate(
            "Imports",
            "This import cannot be undone: {count} school it added is now in use — {examples}. "
            "Remove those records or move them to other schools first; nothing was changed.",
        ),
        translate(
            "Imports",
            "This import cannot be undone: {count} schools it added are now in use — {examples}. "
            "Remove those records or move them to other schools first; nothing was changed.",
        ),
    )
    raise ConflictError(message.format(count=count, examples=f"{examples} …" if count > 3 else examples))


def _load(session: Session, model: type, ids: list[int]) -> dict[int, Any]:
    loaded: dict[int, Any] = {}
    for part in chunks(ids):
        loaded.update((r.id, r) for r in session.scalars(select(model).where(model.id.in_(part))))
    return loaded


def _restore(session: Session, school: School, before: dict[str, Any]) -> None:
    for key, model in (("block_id", Block), ("cluster_id", Cluster)):
        if before.get(key) is not None and session.get(model, before[key]) is None:
            if key == "block_id":
                message = translate(
                    "Imports",
                    "This import cannot be undone: it moved {school} ({code}) out of a block that has since "
                    "been deleted; move the school back by hand first. Nothing was changed.",
                )
            else:
                message = translate(
                    "Imports",
                    "This import cannot be undone: it moved {school} ({code}) out of a cluster that has since "
                    "been deleted; move the school back by hand first. Nothing was changed.",
                )
            raise ConflictError(message.format(school=school.name, code=school.udise_code))
    for key, value in before.items():
        setattr(school, key, value)
    block = session.get(Block, school.block_id)
    cluster = session.get(Cluster, school.cluster_id) if school.cluster_id is not None else None
    school.search_text = school_search_text(school, block, cluster)


def undo_schools(session: Session, batch: ImportBatch) -> None:
    """Put back what ``batch`` changed and delete what it created, unless something now uses it."""
    changes = session.scalars(select(ImportBatchChange).where(ImportBatchChange.batch_id == batch.id)).all()
    created: dict[str, list[int]] = {entity: [] for entity in ENTITIES}
    updated: dict[int, dict[str, Any]] = {}
    for change in changes:
        if change.before is None:
            created[change.entity].append(change.entity_id)
        elif change.entity == "school":
            updated[change.entity_id] = change.before
    _refuse_if_used(session, created["school"])
    session.execute(delete(SchoolAlias).where(SchoolAlias.batch_id == batch.id))
    renamed = [school_id for school_id, before in updated.items() if "name" in before]
    for school_id, school in _load(session, School, list(updated)).items():
        _restore(session, school, updated[school_id])
    session.flush()
    for school in _load(session, School, created["school"]).values():
        session.delete(school)
    session.flush()
    # Places the batch added go too, unless something added since (a school, an office, an MoU
    # or a committee) refers to them: those stay and need nothing undone.
    for entity in ("cluster", "block", "district"):
        used = referrers(session, ENTITIES[entity].__tablename__, created[entity])
        for record_id, record in _load(session, ENTITIES[entity], created[entity]).items():
            if record_id not in used:
                session.delete(record)
        session.flush()
    for part in chunks(renamed):
        refresh_people(session, Person.school_id.in_(part))
        refresh_bodies(session, Body.school_id.in_(part))
    session.flush()

"""Checking a school directory file against the database: read-only, a whole column at a time.

Cells are read by :mod:`schools_cells`, places matched by :mod:`schools_places`; here the rows are
matched to the schools in the database and classified: to create, to update (a mapped, filled
cell differs from what is stored) or unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import School
from desktop.services.i18n import translate
from desktop.services.imports.target import CheckResult, Counts, ImportOptions, MappedRows, TargetField
from desktop.services.imports.targets.schools_cells import (
    NUMBER_FIELDS,
    TEXT_FIELDS,
    Findings,
    read_codes,
    read_coordinates,
    read_values,
    row_of,
    text_column,
)
from desktop.services.imports.targets.schools_notes import import_notes
from desktop.services.imports.targets.schools_places import (
    DistrictReading,
    capitalised,
    existing_places,
    fill_block_names,
    resolve_blocks,
    resolve_clusters,
    resolve_districts,
)
from desktop.services.imports.udise_codes import district_codes, school_ids_by_alias, school_ids_by_code
from desktop.services.listing import chunks
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.text import clean

PREVIEW_ROWS = 20


@dataclass(frozen=True)
class SchoolPayload:
    """What ``write`` needs: the rows to create or update, and the places to add first."""

    rows: pd.DataFrame  # one row per school to create or update (see _payload_rows)
    mapped: frozenset[str]  # field keys the file maps; other fields of existing schools stay
    new_districts: tuple[tuple[str, str, str], ...]  # (UDISE district code, name, state)
    new_blocks: tuple[tuple[str, str], ...]  # (district code, block name)
    coded_blocks: frozenset[str]  # names of new blocks known only by their UDISE block code
    new_clusters: tuple[tuple[str, str, str], ...]  # (district code, block name, cluster name)
    alias_system: str | None


def _district_problems(found: Findings, codes: pd.Series, district_code: pd.Series, reading: DistrictReading):
    unnamed = translate(
        "Imports",
        "is a school of district {code}, which is not in the database, "
        "and the file gives no district name to add it with",
    )
    stateless = translate(
        "Imports",
        "is a school of district {code}, which is not in the database, "
        "and its state is not known from the code's first two digits",
    )
    for codes_of, reason, expected in (
        (
            reading.unnamed,
            unnamed,
            translate(
                "Imports",
                "the District column mapped (e.g. dtname), or the district added on the Geography page first",
            ),
        ),
        (reading.stateless, stateless, translate("Imports", "the State column mapped (e.g. stname)")),
    ):
        mask = district_code.isin(list(codes_of))
        found.add_where(
            mask, "udise", codes, lambda p, r=reason: r.format(code=district_code.iat[p]), expected
        )
    for code, (name, other) in reading.name_taken.items():
        reason = translate(
            "Imports",
            "is a school of district {code}, which is not in the database; the file calls it {name}, "
            "but {name} is the district with code {other} in the database",
        ).format(code=code, name=name, other=other)
        expected = translate(
            "Imports", "the code or the district name corrected (school codes of {name} start with {other})"
        ).format(name=name, other=other)
        found.add_where(district_code == code, "udise", codes, reason, expected)


def _aliases(
    session: Session, found: Findings, options: ImportOptions, other: pd.Series, school_id: pd.Series
) -> tuple[pd.Series, str | None]:
    """Rows whose other-system id is not yet recorded, and the system's name."""
    none = pd.Series(False, index=other.index)
    if "other_id" not in found.rows.frame:
        return none, None
    system = clean(options.alias_system)
    if not system:
        found.add_to_file(
            "other_id",
            translate(
                "Imports", "the column of another system's school ids is mapped, but the system is not named"
            ),
            translate(
                "Imports",
                "the system's name (e.g. KLP) typed in the import options, or the column left unmapped",
            ),
        )
        return none, None
    given = other != ""
    first = pd.Series(np.arange(len(other))).groupby(other.where(given).to_numpy()).transform("first")
    repeated = given & other.duplicated(keep="first")
    found.add_where(
        repeated,
        "other_id",
        other,
        lambda p: translate("Imports", "is also on {row}").format(
            row=row_of(found.rows, int(first.iat[p]), p)
        ),
        translate("Imports", "each {system} id on one school").format(system=system),
    )
    owner = other.where(given).map(school_ids_by_alias(session, system))
    taken = owner.notna() & (school_id.isna() | (owner != school_id))
    if taken.any():
        owners = {
            float(school): f"{name} ({code})"
            for school, name, code in session.execute(
                select(School.id, School.name, School.udise_code).where(
                    School.id.in_([int(i) for i in owner[taken].unique()])
                )
            )
        }
        found.add_where(
            taken,
            "other_id",
            other,
            lambda p: translate("Imports", "is already the {system} id of {school}").format(
                system=system, school=owners[owner.iat[p]]
            ),
            translate("Imports", "each {system} id on one school").format(system=system),
        )
    return given & owner.isna(), system


def _current(session: Session, ids: list[int]) -> pd.DataFrame:
    """The stored values of existing schools, indexed by id (as float, like the ids it is matched to)."""
    columns = [getattr(School, key) for key in (*TEXT_FIELDS, *NUMBER_FIELDS)]
    records = []
    for part in chunks(ids):
        records += session.execute(
            select(School.id, *columns, School.block_id, School.cluster_id).where(School.id.in_(part))
        ).all()
    frame = pd.DataFrame(records, columns=["id", *TEXT_FIELDS, *NUMBER_FIELDS, "block_id", "cluster_id"])
    frame.index = frame.pop("id").astype(float)
    return frame


def _changed(data: pd.DataFrame, current: pd.DataFrame, mapped: frozenset[str]) -> pd.Series:
    """Existing schools a mapped, non-blank cell would change (or that get a new alias)."""
    now = current.reindex(data["school_id"].to_numpy())
    differs = data["alias_new"].to_numpy(dtype=bool).copy()
    for key in TEXT_FIELDS:
        if key in mapped:
            new = data[key].to_numpy(dtype=object)
            differs |= (new != "") & (new != now[key].fillna("").to_numpy(dtype=object))
    for key in NUMBER_FIELDS:
        if key in mapped:
            new, old = data[key].to_numpy(dtype=float), now[key].to_numpy(dtype=float)
            differs |= ~np.isnan(new) & ~np.isclose(new, old, rtol=0, atol=1e-9)
    block, old_block = data["block_id"].to_numpy(dtype=float), now["block_id"].to_numpy(dtype=float)
    differs |= np.isnan(block) | (block != old_block)
    if "cluster" in mapped:
        cluster, old_cluster = (
            data["cluster_id"].to_numpy(dtype=float),
            now["cluster_id"].to_numpy(dtype=float),
        )
        differs |= (data["cluster"].to_numpy(dtype=object) != "") & (
            np.isnan(cluster) | (cluster != old_cluster)
        )
    return pd.Series(differs, index=data.index)


def check_schools(
    session: Session,
    rows: MappedRows,
    options: ImportOptions,
    fields: tuple[TargetField, ...],
    progress: Progress = NO_PROGRESS,
) -> CheckResult:
    """Every row of a school directory checked against the database; nothing is written."""
    frame = rows.frame
    result = CheckResult(Counts())
    found = Findings(rows)
    for target_field in fields:
        if target_field.required and target_field.key not in frame:
            found.add_to_file(
                target_field.key,
                translate("Imports", "no column is mapped to {field}; every school needs it").format(
                    field=translate("Imports", target_field.label)
                ),
                translate("Imports", "the column that holds {field} mapped").format(
                    field=translate("Imports", target_field.label).lower()
                ),
            )
    if "udise" not in frame:
        result.problems, result.counts.error_rows = found.problems, len(frame)
        return result
    progress.report(0, 4, translate("Imports", "Reading UDISE codes"))
    codes = read_codes(rows, district_codes(session), options, found, result)
    district_code = codes.str[:4]
    keys = (
        "name",
        "name_local",
        "state",
        "district",
        "block",
        "cluster",
        "village",
        "management",
        "category",
        "area",
        "pincode",
        "other_id",
    )
    text = {key: text_column(frame, key) for key in keys}
    capitals: dict[str, str] = {}  # field key -> the one case the file wrote its names in
    for key in ("state", "district", "block", "cluster"):
        text[key], case = capitalised(text[key])
        if case:
            capitals[key] = case
    progress.report(1, 4, translate("Imports", "Matching districts, blocks and clusters"))
    places = existing_places(session)
    districts = resolve_districts(district_code, text["district"], text["state"], places)
    _district_problems(found, codes, district_code, districts)
    if "name" in frame:
        found.add_where(
            text["name"] == "",
            "name",
            text["name"],
            translate("Imports", "the school name is empty"),
            translate("Imports", "every school's school name"),
        )
    read_values(frame, found, text)
    latitude, longitude, placeholder = read_coordinates(frame, found)
    school_id = codes.map(school_ids_by_code(session)).astype(float)
    alias_new, system = _aliases(session, found, options, text["other_id"], school_id)
    block_names, coded = fill_block_names(session, codes, text["block"], school_id)
    progress.report(2, 4, translate("Imports", "Comparing with the schools in the database"))

    valid = ~found.bad
    mapped = frozenset(frame.columns)
    data = pd.DataFrame(
        {
            "udise": codes[valid],
            "school_id": school_id[valid],
            "district_code": district_code[valid],
            "district": districts.name[valid],
            "state": districts.state[valid],
            **{key: text[key][valid] for key in (*TEXT_FIELDS, "other_id")},
            "latitude": latitude[valid],
            "longitude": longitude[valid],
            "alias_new": alias_new[valid],
        }
    )
    data["block_id"], data["block"], new_blocks = resolve_blocks(
        data["district_code"], block_names[valid], places
    )
    data["cluster_id"], data["cluster"], new_clusters = resolve_clusters(
        data["district_code"], data["block_id"], data["block"], text["cluster"][valid], places
    )
    ids = [int(i) for i in data["school_id"].dropna().unique()]
    exists = data["school_id"].notna()
    changed = exists & _changed(data, _current(session, ids), mapped)
    result.counts.create = int((~exists).sum())
    result.counts.update = int(changed.sum())
    result.counts.unchanged = int((exists & ~changed).sum())
    result.counts.error_rows = int(found.bad.sum())
    # Row by row as a spreadsheet shows them; within a row in the order of the checks.
    result.problems = sorted(found.problems, key=lambda problem: (problem.file_name, problem.row or 0))
    progress.report(3, 4, translate("Imports", "Preparing the preview"))

    written = data[~exists | changed].assign(action=np.where(exists[~exists | changed], "update", "create"))
    new_districts = tuple(
        (code, name, state)
        for code, (name, state) in districts.new.items()
        if code in set(written["district_code"])
    )
    result.payload = SchoolPayload(
        rows=written.reset_index(drop=True),
        mapped=mapped,
        new_districts=new_districts,
        new_blocks=tuple(new_blocks),
        coded_blocks=coded & {name for _code, name in new_blocks},
        new_clusters=tuple(new_clusters),
        alias_system=system,
    )
    result.notes = import_notes(
        result.payload, districts, capitals, int((placeholder & valid).sum()), written
    )
    result.preview = _preview(data.head(PREVIEW_ROWS), fields, mapped)
    progress.report(4, 4, translate("Imports", "Checked"))
    return result


def _shown(value: object) -> str:
    if isinstance(value, float):
        return "" if np.isnan(value) else repr(value)
    return "" if value is None else str(value)


def _preview(
    data: pd.DataFrame, fields: tuple[TargetField, ...], mapped: frozenset[str]
) -> list[dict[str, str]]:
    shown = [f for f in fields if f.key in mapped or f.key in ("district", "state")]
    labels = {f.key: translate("Imports", f.label) for f in shown}
    return [{labels[f.key]: _shown(record[f.key]) for f in shown} for record in data.to_dict("records")]

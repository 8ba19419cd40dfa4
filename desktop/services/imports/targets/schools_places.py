"""The districts, blocks and clusters of a school directory file, matched to the database.

Names are matched ignoring case, so "jamakhandi" in a file finds the database's "Jamakhandi" (the
database keeps its spelling); names the database does not have are listed to be added. Work is
per distinct name: a file of 50,000 schools has a few hundred blocks and clusters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Block, Cluster, District, School
from desktop.services.i18n import translate
from desktop.services.imports.states import state_name
from desktop.services.imports.values import parse_distinct
from desktop.services.listing import chunks

_WORD_START = re.compile(r"(^|[\s\-./(])(\w)")
SEPARATOR = "\x1f"
LISTED_NAMES = 12
BLOCK_CODE_DIGITS = 6  # state 2 + district 2 + block 2 of an 11-digit UDISE code


def coded_block_name(prefix: str) -> str:
    """The name a block gets when only its UDISE block code is known: "Block 290207"."""
    return f"Block {prefix}"


@dataclass(frozen=True)
class Places:
    """What the database has: districts by UDISE code, blocks and clusters by case-folded name."""

    districts: dict[str, tuple[int, str, str]]  # code -> (id, name, state)
    blocks: dict[tuple[str, str], tuple[int, str]]  # (district code, folded name) -> (id, name)
    clusters: dict[tuple[int, str], tuple[int, str]]  # (block id, folded name) -> (id, name)


def existing_places(session: Session) -> Places:
    districts = {
        code: (district_id, name, state)
        for district_id, name, state, code in session.execute(
            select(District.id, District.name, District.state_name, District.udise_code)
        )
    }
    blocks = {
        (code, name.casefold()): (block_id, name)
        for block_id, name, code in session.execute(
            select(Block.id, Block.name, District.udise_code).join(District, Block.district_id == District.id)
        )
    }
    clusters = {
        (block_id, name.casefold()): (cluster_id, name)
        for cluster_id, name, block_id in session.execute(select(Cluster.id, Cluster.name, Cluster.block_id))
    }
    return Places(districts, blocks, clusters)


def title_case(text: str) -> str:
    """ "mangaluru south" -> "Mangaluru South", "H.D. KOTE" -> "H.D. Kote"."""
    return _WORD_START.sub(lambda match: match[1] + match[2].upper(), text.lower())


def capitalised(column: pd.Series) -> tuple[pd.Series, str | None]:
    """Names written all in lower case (or all in capitals) given capitals, and which of the two
    the file used ("lower" / "upper", None when left as typed: mixed case is the writer's choice)."""
    distinct = [value for value in column.unique() if value]
    if not any(value.lower() != value.upper() for value in distinct):
        return column, None  # nothing with letters that have a case (e.g. Kannada names)
    for case, convert in (("lower", str.lower), ("upper", str.upper)):
        if all(value == convert(value) for value in distinct):
            return parse_distinct(column, lambda value: title_case(value) if value else value), case
    return column, None


def listed(names: list[str]) -> str:
    """ "Badami, Bilagi" or the first dozen "… and 12 more"."""
    shown = ", ".join(names[:LISTED_NAMES])
    if len(names) <= LISTED_NAMES:
        return shown
    return translate("Imports", "{names} and {count} more").format(
        names=shown, count=len(names) - LISTED_NAMES
    )


@dataclass
class DistrictReading:
    """Each row's district name and state, and the districts to add or that cannot be added."""

    name: pd.Series
    state: pd.Series
    new: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (name, state)
    unnamed: set[str] = field(default_factory=set)  # codes of new districts the file gives no name for
    name_taken: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (name, its code)
    stateless: set[str] = field(default_factory=set)
    state_from_code: dict[str, str] = field(default_factory=dict)


def resolve_districts(
    district_code: pd.Series, names: pd.Series, states: pd.Series, places: Places
) -> DistrictReading:
    """Rows' districts from their codes; a district not in the database takes the file's name for it
    (the most common one) and its state from the file or, failing that, from the code."""
    known_names = {code: name for code, (_id, name, _state) in places.districts.items()}
    known_states = {code: state for code, (_id, _name, state) in places.districts.items()}
    reading = DistrictReading(district_code.map(known_names), district_code.map(known_states))
    unknown = district_code.notna() & ~district_code.isin(list(places.districts))
    if not unknown.any():
        return reading
    taken = {name.casefold(): code for code, name in known_names.items()}
    for code, rows in district_code[unknown].groupby(district_code[unknown]).groups.items():
        named = names.loc[rows][names.loc[rows] != ""]
        if named.empty:
            reading.unnamed.add(code)
            continue
        name = str(named.value_counts().index[0])
        if name.casefold() in taken:
            reading.name_taken[code] = (name, taken[name.casefold()])
            continue
        stated = states.loc[rows][states.loc[rows] != ""]
        state = str(stated.value_counts().index[0]) if not stated.empty else state_name(code)
        if state is None:
            reading.stateless.add(code)
            continue
        if stated.empty:
            reading.state_from_code[code] = state
        taken[name.casefold()] = code
        reading.new[code] = (name, state)
    reading.name = reading.name.where(
        ~unknown, district_code.map({c: n for c, (n, _s) in reading.new.items()})
    )
    reading.state = reading.state.where(
        ~unknown, district_code.map({c: s for c, (_n, s) in reading.new.items()})
    )
    return reading


def resolve_blocks(
    district_code: pd.Series, names: pd.Series, places: Places
) -> tuple[pd.Series, pd.Series, list[tuple[str, str]]]:
    """Each row's block id (NaN for a block to add) and name as stored; the blocks to add."""
    keys = district_code + SEPARATOR + names.str.casefold()
    resolved: dict[str, tuple[float, str]] = {}
    new: list[tuple[str, str]] = []
    first_name = names.groupby(keys.to_numpy()).first()
    for key, name in first_name.items():
        code, folded = key.split(SEPARATOR)
        found = places.blocks.get((code, folded))
        if found is None:
            new.append((code, name))
            resolved[key] = (np.nan, name)
        else:
            resolved[key] = (float(found[0]), found[1])
    return keys.map(lambda k: resolved[k][0]), keys.map(lambda k: resolved[k][1]), new


def resolve_clusters(
    district_code: pd.Series, block_id: pd.Series, block_name: pd.Series, names: pd.Series, places: Places
) -> tuple[pd.Series, pd.Series, list[tuple[str, str, str]]]:
    """Each row's cluster id (NaN for none or one to add) and name; the clusters to add.

    Rows with no cluster name get an empty name and no id.
    """
    given = names != ""
    keys = (district_code + SEPARATOR + block_name.str.casefold() + SEPARATOR + names.str.casefold())[given]
    resolved: dict[str, tuple[float, str]] = {}
    new: list[tuple[str, str, str]] = []
    firsts = pd.DataFrame({"block_id": block_id[given], "block": block_name[given], "name": names[given]})
    for key, first in firsts.groupby(keys.to_numpy()).first().iterrows():
        found = None
        if not pd.isna(first["block_id"]):
            found = places.clusters.get((int(first["block_id"]), first["name"].casefold()))
        if found is None:
            new.append((key.split(SEPARATOR)[0], first["block"], first["name"]))
            resolved[key] = (np.nan, first["name"])
        else:
            resolved[key] = (float(found[0]), found[1])
    cluster_id = pd.Series(np.nan, index=names.index)
    cluster_name = pd.Series("", index=names.index, dtype=object)
    cluster_id[given] = keys.map(lambda k: resolved[k][0])
    cluster_name[given] = keys.map(lambda k: resolved[k][1])
    return cluster_id, cluster_name, new


def _current_blocks(session: Session, school_ids: list[int]) -> pd.DataFrame:
    """Existing schools' block names and their districts' codes, indexed by school id (float)."""
    records = []
    for part in chunks(school_ids):
        records += session.execute(
            select(School.id, Block.name, District.udise_code)
            .join(Block, School.block_id == Block.id)
            .join(District, Block.district_id == District.id)
            .where(School.id.in_(part))
        ).all()
    frame = pd.DataFrame(records, columns=["id", "block", "district_code"])
    return frame.set_index(frame.pop("id").astype(float))


def _blocks_holding(session: Session, prefixes: list[str]) -> dict[str, str]:
    """Block code -> the name of the block of that district holding most of its schools."""
    prefix = func.substr(School.udise_code, 1, BLOCK_CODE_DIGITS)
    holding: dict[str, str] = {}
    for part in chunks(prefixes):
        statement = (
            select(prefix, Block.name)
            .join(Block, School.block_id == Block.id)
            .join(District, Block.district_id == District.id)
            # A school filed under another district's block says nothing about this code.
            .where(prefix.in_(part), District.udise_code == func.substr(School.udise_code, 1, 4))
            .group_by(prefix, Block.id)
            .order_by(prefix, func.count().desc(), Block.id)
        )
        for code, name in session.execute(statement):
            holding.setdefault(code, name)
    return holding


def fill_block_names(
    session: Session, codes: pd.Series, names: pd.Series, school_id: pd.Series
) -> tuple[pd.Series, frozenset[str]]:
    """Block names for the rows the file gives none, and the names made up from block codes.

    A school already in the database keeps its block. Any other row takes, by its code's first six
    digits: the block of the database holding most schools with those digits, else the block the
    file names most for other schools with them, else a new block named "Block 290207". A block
    renamed later still holds its schools, so the next import finds it again. Work is per code.
    """
    blank = (names == "") & codes.notna()
    if not blank.any():
        return names, frozenset()
    filled = names.copy()
    district_code = codes.str[:4]
    existing = blank & school_id.notna()
    if existing.any():
        current = _current_blocks(session, [int(i) for i in school_id[existing].unique()])
        block = school_id[existing].map(current["block"])
        same_district = school_id[existing].map(current["district_code"]) == district_code[existing]
        filled[existing] = block.where(same_district, "")
    blank = (filled == "") & codes.notna()
    if not blank.any():
        return filled, frozenset()
    prefix = codes.str[:BLOCK_CODE_DIGITS]
    wanted = sorted(prefix[blank].unique())
    held = _blocks_holding(session, wanted)
    given = (names != "") & codes.notna() & prefix.isin([p for p in wanted if p not in held])
    named = {
        code: str(group.value_counts().index[0])
        for code, group in names[given].groupby(prefix[given].to_numpy())
    }
    chosen = {code: held.get(code) or named.get(code) or coded_block_name(code) for code in wanted}
    filled[blank] = prefix[blank].map(chosen)
    coded = frozenset(coded_block_name(code) for code in wanted if code not in held and code not in named)
    return filled, coded

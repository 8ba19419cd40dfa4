"""Which blocks, clusters and schools an MoU covers, checked against the issuing office's district."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Block, Cluster, District, Mou, MouCoverage, Office, School
from desktop.services.i18n import plural, translate
from desktop.services.validation import FieldErrors


@dataclass(frozen=True)
class Coverage:
    """The whole district, or whole blocks, single clusters and single schools."""

    whole_district: bool = False
    block_ids: tuple[int, ...] = ()
    cluster_ids: tuple[int, ...] = ()
    school_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        # One canonical form (sorted, no repeats), so two equal choices compare equal.
        for name in ("block_ids", "cluster_ids", "school_ids"):
            object.__setattr__(self, name, tuple(sorted(set(getattr(self, name)))))

    @property
    def is_empty(self) -> bool:
        return not (self.whole_district or self.block_ids or self.cluster_ids or self.school_ids)

    def summary(self) -> str:
        """ "Whole district" or "2 blocks, 1 cluster, 3 schools"."""
        if self.whole_district:
            return "Whole district"
        parts = [
            f"{n} {word}{'' if n == 1 else 's'}"
            for n, word in (
                (len(self.block_ids), "block"),
                (len(self.cluster_ids), "cluster"),
                (len(self.school_ids), "school"),
            )
            if n
        ]
        return ", ".join(parts) or "Nothing yet"

    def summary_text(self) -> str:
        """:meth:`summary` in the interface's language, for the screens (the printed register keeps
        the English one)."""
        if self.whole_district:
            return translate("MoUs", "Whole district")
        counted = (
            (len(self.block_ids), translate("MoUs", "{count} block"), translate("MoUs", "{count} blocks")),
            (
                len(self.cluster_ids),
                translate("MoUs", "{count} cluster"),
                translate("MoUs", "{count} clusters"),
            ),
            (len(self.school_ids), translate("MoUs", "{count} school"), translate("MoUs", "{count} schools")),
        )
        parts = [plural(n, one, many).format(count=n) for n, one, many in counted if n]
        return ", ".join(parts) or translate("MoUs", "Nothing yet")


def district_of_office(session: Session, office: Office) -> int | None:
    """The office's district; for an office without one, the only district if there is one."""
    if office.district_id is not None:
        return office.district_id
    ids = list(session.scalars(select(District.id).limit(2)))
    return ids[0] if len(ids) == 1 else None


def check_coverage(
    session: Session, coverage: Coverage, district_id: int | None, errors: FieldErrors
) -> None:
    """Every unit exists and lies in the district; messages name the units that do not."""
    if coverage.is_empty:
        errors.add(
            "coverage",
            translate("MoUs", "Choose the whole district, or the blocks, clusters or schools covered."),
        )
        return
    if district_id is None:
        errors.add(
            "coverage", translate("MoUs", "Set the district of the issuing office first (Offices page).")
        )
        return
    outside: list[str] = []
    missing = 0
    for model, ids, label in (
        (Block, coverage.block_ids, translate("MoUs", "block {name}")),
        (Cluster, coverage.cluster_ids, translate("MoUs", "cluster {name}")),
        (School, coverage.school_ids, translate("MoUs", "school {name}")),
    ):
        for unit in _units(session, model, ids):
            if unit is None:
                missing += 1
            elif _district_of(session, unit) != district_id:
                outside.append(label.format(name=getattr(unit, "udise_code", None) or unit.name))
    if missing:
        errors.add(
            "coverage",
            translate("MoUs", "{count} of the chosen units no longer exist; choose again.").format(
                count=missing
            ),
        )
    elif outside:
        district = session.get(District, district_id)
        name = district.name if district else translate("MoUs", "the office's district")
        shown = ", ".join(outside[:5])
        if len(outside) > 5:
            shown = translate("MoUs", "{units} and {count} more").format(units=shown, count=len(outside) - 5)
        message = translate("MoUs", "Outside {district}: {units}. An MoU covers only its own district.")
        errors.add("coverage", message.format(district=name, units=shown))


def _units(session: Session, model: type, ids: Iterable[int]) -> list:
    return [session.get(model, unit_id) for unit_id in ids]


def _district_of(session: Session, unit: Block | Cluster | School) -> int | None:
    block = unit if isinstance(unit, Block) else session.get(Block, unit.block_id)
    return block.district_id if block else None


def save_coverage(session: Session, mou: Mou, coverage: Coverage) -> None:
    """Replace the MoU's coverage rows with ``coverage`` (rows kept where unchanged, for the log)."""
    mou.whole_district = coverage.whole_district
    wanted = set()
    if not coverage.whole_district:
        wanted = (
            {("block", i) for i in coverage.block_ids}
            | {("cluster", i) for i in coverage.cluster_ids}
            | {("school", i) for i in coverage.school_ids}
        )
    existing = {
        _key(row): row for row in session.scalars(select(MouCoverage).where(MouCoverage.mou_id == mou.id))
    }
    for key, row in existing.items():
        if key not in wanted:
            session.delete(row)
    for kind, unit_id in sorted(wanted - existing.keys()):
        session.add(MouCoverage(mou_id=mou.id, **{f"{kind}_id": unit_id}))


def _key(row: MouCoverage) -> tuple[str, int]:
    if row.block_id is not None:
        return ("block", row.block_id)
    if row.cluster_id is not None:
        return ("cluster", row.cluster_id)
    return ("school", row.school_id or 0)


def coverages_of(session: Session, mous: Sequence[Mou]) -> dict[int, Coverage]:
    """The coverage of each of ``mous``, read in one query (the register lists them all)."""
    units: dict[int, tuple[list[int], list[int], list[int]]] = {mou.id: ([], [], []) for mou in mous}
    statement = select(MouCoverage).where(MouCoverage.mou_id.in_(units)).order_by(MouCoverage.id)
    for row in session.scalars(statement):
        blocks, clusters, schools = units[row.mou_id]
        if row.block_id is not None:
            blocks.append(row.block_id)
        elif row.cluster_id is not None:
            clusters.append(row.cluster_id)
        elif row.school_id is not None:
            schools.append(row.school_id)
    return {mou.id: Coverage(mou.whole_district, *(tuple(ids) for ids in units[mou.id])) for mou in mous}


def coverage_of(session: Session, mou: Mou) -> Coverage:
    return coverages_of(session, [mou])[mou.id]


def covered_school_ids(session: Session, mou: Mou) -> set[int]:
    """Every school the MoU covers today (the blocks' and clusters' schools as they are now)."""
    coverage = coverage_of(session, mou)
    statement = select(School.id).join(Block, School.block_id == Block.id)
    if coverage.whole_district:
        district_id = district_of_office(session, session.get(Office, mou.office_id))  # type: ignore[arg-type]
        return set(session.scalars(statement.where(Block.district_id == district_id)))
    conditions = []
    if coverage.block_ids:
        conditions.append(School.block_id.in_(coverage.block_ids))
    if coverage.cluster_ids:
        conditions.append(School.cluster_id.in_(coverage.cluster_ids))
    if coverage.school_ids:
        conditions.append(School.id.in_(coverage.school_ids))
    return set(session.scalars(statement.where(or_(*conditions)))) if conditions else set()


def covered_block_ids(session: Session, mou: Mou) -> set[int]:
    """The blocks the MoU reaches into, wholly or in part (for filtering the register by block)."""
    return blocks_reached(session, [mou], {mou.id: coverage_of(session, mou)})[mou.id]


def blocks_reached(
    session: Session, mous: Sequence[Mou], coverages: dict[int, Coverage]
) -> dict[int, set[int]]:
    """For each MoU, the blocks it reaches into; a few queries for all of them together."""
    clusters = {c for coverage in coverages.values() for c in coverage.cluster_ids}
    schools = {s for coverage in coverages.values() for s in coverage.school_ids}
    # An empty IN () is valid SQLite and returns nothing: no need to skip the query.
    block_of_cluster = {
        cluster: block
        for cluster, block in session.execute(
            select(Cluster.id, Cluster.block_id).where(Cluster.id.in_(clusters))
        )
    }
    block_of_school = {
        school: block
        for school, block in session.execute(select(School.id, School.block_id).where(School.id.in_(schools)))
    }
    district_blocks: dict[int, set[int]] = {}
    reached: dict[int, set[int]] = {}
    for mou in mous:
        coverage = coverages[mou.id]
        if coverage.whole_district:
            if mou.office_id not in district_blocks:
                district_id = district_of_office(session, session.get(Office, mou.office_id))  # type: ignore[arg-type]
                district_blocks[mou.office_id] = set(
                    session.scalars(select(Block.id).where(Block.district_id == district_id))
                )
            reached[mou.id] = set(district_blocks[mou.office_id])
            continue
        reached[mou.id] = (
            set(coverage.block_ids)
            | {block_of_cluster[c] for c in coverage.cluster_ids if c in block_of_cluster}
            | {block_of_school[s] for s in coverage.school_ids if s in block_of_school}
        )
    return reached

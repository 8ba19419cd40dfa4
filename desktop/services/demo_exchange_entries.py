"""The demo's exchange log entries, written as the export and the import write theirs.

An export's entry is built from the export's own functions on the entry's day (``export_scope``,
``build_tables``), so its counts, schools, students and fields are what a package made that day
would have held; only the package itself (name, hash, size) is made up, as it was never written. A
partner's return goes through the import target as a real batch, as ``inbound.import_package``
stores it, so it can be undone from the log.
"""

from __future__ import annotations

import hashlib
import random
import uuid
import zlib
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    AssessmentRound,
    ExchangeErasure,
    ExchangeLogEntry,
    ImportBatch,
    Mou,
    Organisation,
    School,
    SchoolIndicator,
)
from desktop.services.exchange import pseudonyms
from desktop.services.exchange.catalogue import CATEGORIES, FORMAT_VERSION, INBOUND_CATEGORIES
from desktop.services.exchange.export import export_log_entry, package_file_name
from desktop.services.exchange.inbound_tables import InboundTable, mapped_rows
from desktop.services.exchange.scope import among, export_scope
from desktop.services.exchange.tables import ExportTable, build_tables
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import ImportOptions
from desktop.services.imports.targets.registry import get_target
from desktop.services.mous.coverage import covered_school_ids

RESULTS = "student_results_pseudonymised"
RETURNED = "school_indicators"
PACKAGE_OVERHEAD = 7_000  # bytes: README, manifest, signature, zip headers, the workbook's About sheet
XLSX_MAX_ROWS = 50_000  # tables this small are also in tables.xlsx (table_files.XLSX_MAX_ROWS)
SIZE_SAMPLE_ROWS = 1_000


def moment(day: date, at: time) -> datetime:
    """``at`` o'clock on ``day`` by this computer's clock, in UTC as the database keeps moments."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def _package_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _made_up_sha256(package_id: str) -> str:
    return hashlib.sha256(f"demo package {package_id}".encode("ascii")).hexdigest()


def _csv_text(rows: Sequence[Sequence[object]]) -> bytes:
    return "\n".join(",".join("" if v is None else str(v) for v in row) for row in rows).encode("utf-8")


def _estimated_size(tables: Sequence[ExportTable]) -> int:
    """About what the package would weigh: each table's CSV deflated, twice for those also in
    tables.xlsx, and the rest of the package."""
    size = PACKAGE_OVERHEAD
    for table in tables:
        # A sample is enough for an estimate, and a twentieth of the time for 18,000 results.
        sample = table.rows[:SIZE_SAMPLE_ROWS]
        packed = len(zlib.compress(_csv_text(sample), 6)) * table.records // max(1, len(sample))
        size += packed * (2 if table.records <= XLSX_MAX_ROWS else 1)
    return size


def export_entry(
    session: Session,
    rng: random.Random,
    mou_id: int,
    day: date,
    categories: tuple[str, ...],
    round_ids: Sequence[int] | None,
    signer: str,
    operator: str,
) -> ExchangeLogEntry:
    """The log entry of an export on ``day``, as ``export.export_package`` records it."""
    scope = export_scope(session, mou_id, today=day, categories=categories, round_ids=round_ids)
    secret = pseudonyms.mou_secret(session, mou_id) if RESULTS in scope.category_codes else None
    tables = build_tables(session, scope, secret)
    package_id = _package_id(rng)
    entry = export_log_entry(
        scope,
        tables,
        package_id=package_id,
        package_name=package_file_name(scope.reference, day, package_id),
        package_sha256=_made_up_sha256(package_id),
        package_size=_estimated_size(tables),
        signer_fingerprint=signer,
        operator=operator,
        occurred_at=moment(day, time(11, 5 + rng.randrange(50))),
    )
    session.add(entry)
    session.flush()
    return entry


def record_erasure(session: Session, entry: ExchangeLogEntry, day: date, confirmed_by: str) -> None:
    """The partner's confirmation that the export's data was deleted, recorded the next day."""
    session.add(
        ExchangeErasure(
            log_id=entry.id,
            confirmed_on=day,
            confirmed_by=confirmed_by,
            note="By letter: the school list used for the SDMC survey was deleted from the field "
            "tablets and the programme laptop.",
            recorded_by=entry.operator,
            recorded_at=moment(day + timedelta(days=1), time(16, 40)),
        )
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def partner_return(
    session: Session,
    rng: random.Random,
    mou: Mou,
    partner: Organisation,
    round_id: int,
    day: date,
    signer: str,
    operator: str,
) -> ExchangeLogEntry:
    """The partner's package, made on ``day``, of the boys and girls enrolled in the round in the
    first cluster it works in, imported as ``inbound.import_package`` stores it: the rows through
    the indicators import target as one batch, and the log entry naming it. It is imported when the
    demo is made, as the demo's own batches are: after them, as the batch it updates is."""
    round_name = session.scalar(select(AssessmentRound.name).where(AssessmentRound.id == round_id))
    covered = covered_school_ids(session, mou)
    cluster_id = session.scalar(select(func.min(School.cluster_id)).where(among(School.id, covered)))
    found = session.execute(
        select(
            School.udise_code,
            SchoolIndicator.enrolment,
            SchoolIndicator.attendance_percent,
            SchoolIndicator.teachers,
        )
        .join(School, School.id == SchoolIndicator.school_id)
        .where(
            SchoolIndicator.round_id == round_id,
            School.cluster_id == cluster_id,
            among(School.id, covered),
            SchoolIndicator.enrolment.is_not(None),
        )
        .order_by(School.udise_code)
    ).all()
    header = list(CATEGORIES[RETURNED].columns)
    cells = []
    for code, enrolment, attendance, teachers in found:
        girls = round(enrolment * rng.uniform(0.45, 0.54))
        values = {
            "udise_code": code,
            "round": round_name,
            "enrolment": enrolment,
            "enrolment_boys": enrolment - girls,
            "enrolment_girls": girls,
            "attendance_percent": attendance,
            "teachers": teachers,
        }
        cells.append([_cell(values[column]) for column in header])
    package_id = _package_id(rng)
    name = package_file_name(f"{mou.reference} return", day, package_id)
    table = InboundTable.of_file(RETURNED, f"{CATEGORIES[RETURNED].table}.csv", header, cells)
    sha256 = _made_up_sha256(package_id)
    rows, problems = mapped_rows(table, round_name, sha256)
    if rows is None or problems:
        raise RuntimeError(f"The demo's returned indicators do not pass the import's checks: {problems}")
    target_key, field_of = INBOUND_CATEGORIES[RETURNED]
    batch_id, _checked = store_rows(
        session,
        get_target(target_key),
        rows,
        ImportOptions(round_id=round_id, keep_names=True),
        valid_rows_only=False,
        file_names=[name, table.file_name],
        mapping=ColumnMapping(columns={key: column for column, key in field_of.items()}).as_json(),
        options_json={"source": "package", "package_id": package_id, "mou_reference": mou.reference},
        operator=operator,
    )
    batch = session.get(ImportBatch, batch_id)
    assert batch is not None
    entry = ExchangeLogEntry(
        event="import",
        package_id=package_id,
        format_version=FORMAT_VERSION,
        mou_id=mou.id,
        mou_reference=mou.reference,
        partner_names=[partner.name],
        organisation_ids=[partner.id],
        categories=[RETURNED],
        fields={RETURNED: header},
        counts={CATEGORIES[RETURNED].record_kind: len(cells)},
        school_codes=sorted(row[0] for row in cells),
        package_name=name,
        package_sha256=sha256,
        package_size=PACKAGE_OVERHEAD + len(zlib.compress(_csv_text(cells), 6)),
        signer_fingerprint=signer,
        batch_ids=[batch_id],
        operator=operator,
        occurred_at=batch.imported_at,
    )
    session.add(entry)
    session.flush()
    return entry

"""The school directory and a round's results written out in the import's own columns.

The headers are the import fields' labels, so a file exported here imports back with the
suggested mapping and changes nothing. Cells that a spreadsheet would run as a formula are
neutralised with a leading apostrophe, which the import takes off again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select

from db.models import AssessmentRound, Block, Cluster, District, School, StudentResult
from desktop.documents.spreadsheet_cells import safe_text
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate
from desktop.services.imports.targets.registry import get_target
from desktop.services.records import get_or_raise

SCHOOL_FIELDS = (
    "udise",
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
    "latitude",
    "longitude",
)
RESULT_FIELDS = ("student_id", "udise", "grade", "gender", "subject", "score", "level", "assessed_on")


def _headers(target_key: str, keys: tuple[str, ...]) -> list[str]:
    labels = {field.key: field.label for field in get_target(target_key).fields}
    return [labels[key] for key in keys]


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return safe_text(value) if isinstance(value, str) else value


def _write(path: Path, headers: list[str], rows: Iterable[tuple]) -> int:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError.single(
            "path", translate("Imports", "Save the export as a .csv or an .xlsx file.")
        )
    count = 0
    if suffix == ".csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_cell(value) for value in row])
            count += 1
        # With a byte-order mark Excel opens the file as UTF-8, so Kannada names stay readable.
        write_file(path, buffer.getvalue().encode("utf-8-sig"))
        return count
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(headers)
    for row in rows:
        sheet.append([_cell(value) for value in row])
        count += 1
    buffer = io.BytesIO()
    book.save(buffer)
    write_file(path, buffer.getvalue())
    return count


def export_schools(db: Database, path: Path | str) -> int:
    """Every school with its district, block and cluster; returns how many were written."""
    statement = (
        select(
            School.udise_code,
            School.name,
            School.name_local,
            District.state_name,
            District.name,
            Block.name,
            Cluster.name,
            School.village,
            School.management,
            School.category,
            School.area,
            School.pincode,
            School.latitude,
            School.longitude,
        )
        .join(District, District.id == School.district_id)
        .join(Block, Block.id == School.block_id)
        .outerjoin(Cluster, Cluster.id == School.cluster_id)
        .order_by(School.udise_code)
    )
    with db.reading() as session:
        return _write(Path(path), _headers("schools", SCHOOL_FIELDS), session.execute(statement))


def export_results(db: Database, round_id: int, path: Path | str) -> int:
    """A round's student results (ids, not names), levels by their names in the round's scheme."""
    with db.reading() as session:
        round_ = get_or_raise(session, AssessmentRound, round_id, translate("Baseline", "Assessment round"))
        levels = list(round_.level_scheme.levels) if round_.level_scheme else []
        statement = (
            select(
                StudentResult.student_key,
                School.udise_code,
                StudentResult.grade,
                StudentResult.gender,
                StudentResult.subject,
                StudentResult.score,
                StudentResult.level,
                StudentResult.assessed_on,
            )
            .join(School, School.id == StudentResult.school_id)
            .where(StudentResult.round_id == round_id)
            .order_by(StudentResult.student_key, StudentResult.subject)
        )
        rows = (
            (*row[:6], levels[row[6]] if row[6] is not None else None, row[7].isoformat() if row[7] else None)
            for row in session.execute(statement)
        )
        return _write(Path(path), _headers("assessment", RESULT_FIELDS), rows)

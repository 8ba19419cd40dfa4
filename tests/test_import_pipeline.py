"""The import pipeline end to end: real files in, batches recorded, all-or-none, undo, idempotence."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import ImportBatch, School, SchoolAlias, SchoolIndicator, StudentResult
from desktop.services import backups
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.geography import DistrictInput, create_district
from desktop.services.imports.batches import list_batches, undo_batch
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.pipeline import ImportRefusedError, ImportRequest, check_import, run_import
from desktop.services.imports.problem_workbook import save_problems_workbook
from desktop.services.imports.target import ImportOptions
from desktop.services.progress import CancelledError, Progress
from desktop.services.rounds import RoundInput, create_round, ensure_standard_schemes
from tests.conftest import SHARED_DATA

KLP_SCHOOLS = SHARED_DATA / "school_directory" / "klp_karnataka_village_school_mapping.csv"
KLP_MAPPING = ColumnMapping(
    {
        "udise": "DiseCode",
        "name": "SchoolName",
        "state": "State",
        "district": "District",
        "block": "Block",
        "cluster": "Cluster",
        "village": "Village",
        "other_id": "SchoolId",
    }
)
KLP_OPTIONS = ImportOptions(alias_system="KLP")
CONTEST = SHARED_DATA / "assessment" / "klp_gp_maths_contest_class4_2018-19_redacted.csv"
CONTEST_MAPPING = ColumnMapping(
    {
        "other_id": "Klp id",
        "grade": "Class",
        "gender": "Sex ( male / female )",
        "score": "Total",
        "assessed_on": "Date",
        "student_name": "Student name",
    },
    {"subject": "Mathematics"},
)


def _count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _klp_request() -> ImportRequest:
    return ImportRequest.of([KLP_SCHOOLS], "schools", KLP_MAPPING, options=KLP_OPTIONS)


def _write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_dry_run_changes_nothing_and_import_records_a_batch_after_a_backup(db) -> None:
    check = check_import(db, _klp_request())
    assert check.counts.create == 484 and check.counts.error_rows == 0 and not check.problems
    assert check.info.encoding == "utf-8-sig" and check.info.header_row == 1
    assert _count(db, School) == 0 and not backups.list_backups(db.path)

    outcome = run_import(db, _klp_request())
    assert outcome.batch_id is not None and outcome.counts.create == 484
    assert outcome.backup is not None and outcome.backup.exists()
    assert [b.kind for b in backups.list_backups(db.path)] == ["pre-import"]
    assert _count(db, School) == 484 and _count(db, SchoolAlias) == 484
    (batch,) = list_batches(db)
    assert batch.target == "schools" and batch.file_names == (KLP_SCHOOLS.name,)
    assert len(batch.sha256) == 64 and batch.counts["create"] == 484 and batch.live
    assert batch.mapping == KLP_MAPPING and batch.operator == db.operator


def test_the_same_file_twice_changes_nothing(db) -> None:
    first = run_import(db, _klp_request())
    again = check_import(db, _klp_request())
    assert again.counts.unchanged == 484 and again.counts.create == 0
    assert again.already_imported is not None and f"batch {first.batch_id}" in again.already_imported
    second = run_import(db, _klp_request())
    assert second.batch_id is None and second.already_imported
    assert len(list_batches(db)) == 1 and _count(db, School) == 484


def test_all_or_none_refuses_a_file_with_problems_and_valid_rows_only_stores_the_rest(db, tmp_path) -> None:
    source = _write_csv(
        tmp_path / "schools.csv",
        [
            "UDISE code,School name,District,Block",
            "29020904706,GHPS Linganur,Bagalkot,Jamakhandi",
            "2902090470,GLPS Short code,Bagalkot,Jamakhandi",
            "29020904707,,Bagalkot,Jamakhandi",
            "29020904708,GHS Hunnur,Bagalkot,Jamakhandi",
        ],
    )
    mapping = ColumnMapping(
        {"udise": "UDISE code", "name": "School name", "district": "District", "block": "Block"}
    )
    request = ImportRequest.of([source], "schools", mapping)
    check = check_import(db, request)
    assert check.counts.error_rows == 2 and check.counts.create == 2
    assert {(p.row, p.column) for p in check.problems} == {(3, "UDISE code"), (4, "School name")}
    with pytest.raises(ImportRefusedError) as refused:
        run_import(db, request)
    assert "schools.csv was not imported and nothing was saved: 2 problems" in refused.value.message
    assert _count(db, School) == 0 and _count(db, ImportBatch) == 0

    outcome = run_import(db, request, valid_rows_only=True)
    assert outcome.counts.create == 2 and len(outcome.problems) == 2
    with db.reading() as session:
        assert set(session.scalars(select(School.udise_code))) == {"29020904706", "29020904708"}

    workbook = save_problems_workbook(tmp_path / "problems.xlsx", check.problems, check.repairs)
    sheet = openpyxl.load_workbook(workbook)["Problems"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("File", "Sheet", "Row", "Column") and rows[1][2] == 3


def test_a_repair_is_used_only_when_accepted(db, tmp_path) -> None:
    create_district(db, DistrictInput("Anantnag", "Jammu and Kashmir", "0101"))
    source = _write_csv(
        tmp_path / "short.csv", ["DiseCode,SchoolName,Block", "1010203040,GPS Lost Zero,Dooru"]
    )
    mapping = ColumnMapping({"udise": "DiseCode", "name": "SchoolName", "block": "Block"})
    check = check_import(db, ImportRequest.of([source], "schools", mapping))
    assert check.counts.error_rows == 1 and [r.repaired for r in check.repairs] == ["01010203040"]
    accepted = ImportRequest.of([source], "schools", mapping, options=ImportOptions(accept_repairs=True))
    check = check_import(db, accepted)
    assert check.counts.create == 1 and check.counts.repaired == 1 and not check.problems
    run_import(db, accepted)
    with db.reading() as session:
        assert session.scalar(select(School.udise_code)) == "01010203040"


def test_cancel_during_the_write_leaves_the_database_as_it_was(db) -> None:
    cancel = threading.Event()

    def on_progress(done: int, total: int, message: str) -> None:
        if message == "Saving":  # the write has begun; the next report stops it
            cancel.set()

    with pytest.raises(CancelledError):
        run_import(db, _klp_request(), progress=Progress(on_progress, cancel))
    assert _count(db, School) == 0 and _count(db, ImportBatch) == 0


def test_undo_takes_a_batch_back_latest_first(db) -> None:
    schools = run_import(db, _klp_request())
    scheme = next(s for s in ensure_standard_schemes(db) if s.name == "NAS performance levels")
    contest_round = create_round(
        db, RoundInput("GP contest 2018", "custom", level_scheme_id=scheme.id, max_score=20)
    )
    request = ImportRequest.of(
        [CONTEST],
        "assessment",
        CONTEST_MAPPING,
        options=ImportOptions(round_id=contest_round.id, alias_system="KLP"),
    )
    results = run_import(db, request, valid_rows_only=True)
    assert results.batch_id is not None and _count(db, StudentResult) == results.counts.create > 0

    with pytest.raises(ConflictError, match="schools it added are now in use") as refused:
        undo_batch(db, schools.batch_id)
    assert "is referred to by" in refused.value.message and "assessment results" in refused.value.message
    backup = undo_batch(db, results.batch_id)
    assert backup.exists() and _count(db, StudentResult) == 0
    with pytest.raises(ConflictError, match="already undone"):
        undo_batch(db, results.batch_id)
    undo_batch(db, schools.batch_id)
    assert _count(db, School) == 0 and _count(db, SchoolAlias) == 0
    assert [b.status_text.split()[0] for b in list_batches(db)] == ["Undone", "Undone"]


def test_the_class_4_contest_file_stores_the_schools_it_can_match(db) -> None:
    """KLP ids of the contest file are matched through the KLP village-school mapping's ids."""
    run_import(db, _klp_request())
    scheme = next(s for s in ensure_standard_schemes(db) if s.name == "NAS performance levels")
    contest_round = create_round(
        db, RoundInput("GP contest", "custom", level_scheme_id=scheme.id, max_score=20)
    )
    request = ImportRequest.of(
        [CONTEST],
        "assessment",
        CONTEST_MAPPING,
        options=ImportOptions(round_id=contest_round.id, alias_system="KLP"),
    )
    check = check_import(db, request)
    # 273 of the 4,157 pupils are at schools the mapping file lists; the rest are named problems.
    assert check.counts.create == 273 and check.counts.error_rows == 4157 - 273
    unknown = check.problems[0]
    assert unknown.column == "Klp id" and unknown.value == "20145"
    assert "is not the KLP id of any school in the directory" in unknown.reason
    assert any("names were not stored" in note for note in check.notes)
    outcome = run_import(db, request, valid_rows_only=True)
    with db.reading() as session:
        stored = session.execute(
            select(func.count(), func.min(StudentResult.grade), func.max(StudentResult.score)).where(
                StudentResult.round_id == contest_round.id
            )
        ).one()
        assert session.scalar(select(func.count()).where(StudentResult.student_name.is_not(None))) == 0
    assert tuple(stored) == (273, 4, 20.0) and outcome.counts.create == 273


def test_round_targets_need_a_round_and_mappings_need_required_fields(db) -> None:
    with pytest.raises(ValidationError) as error:
        check_import(db, ImportRequest.of([CONTEST], "assessment", CONTEST_MAPPING))
    assert "assessment round" in error.value.field_errors["round"]
    with pytest.raises(ValidationError) as error:
        check_import(db, ImportRequest.of([KLP_SCHOOLS], "schools", ColumnMapping({"udise": "DiseCode"})))
    assert "School name is required" in str(error.value.field_errors)


def test_indicators_round_trip_from_an_exported_workbook(db, tmp_path) -> None:
    run_import(db, _klp_request())
    midline = create_round(db, RoundInput("Midline", "midline"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Enrolment and attendance, 2026-27"])  # a title row above the header
    sheet.append(["UDISE", "Enrolment", "Attendance %", "Teachers"])
    sheet.append([29020902404, 120, 88.5, 4])
    sheet.append(["2902 0901 101", 80, "NA", 3])
    book.save(tmp_path / "indicators.xlsx")
    mapping = ColumnMapping(
        {
            "udise": "UDISE",
            "enrolment": "Enrolment",
            "attendance_percent": "Attendance %",
            "teachers": "Teachers",
        }
    )
    request = ImportRequest.of(
        [tmp_path / "indicators.xlsx"], "indicators", mapping, options=ImportOptions(midline.id)
    )
    check = check_import(db, request)
    assert check.info.header_row == 2 and check.counts.create == 2 and check.counts.normalised == 1
    run_import(db, request)
    with db.reading() as session:
        stored = {
            (row.enrolment, row.attendance_percent, row.teachers)
            for row in session.scalars(select(SchoolIndicator).where(SchoolIndicator.round_id == midline.id))
        }
    assert stored == {(120, 88.5, 4), (80, None, 3)}


def test_the_nas_district_file_is_read_and_refused_as_student_results(db) -> None:
    """NAS 2021 is district-level (% correct per district, grade, subject): its semicolons are read,
    and mapped as student results every row is refused, naming the 4-digit district code."""
    nas = SHARED_DATA / "assessment" / "nas2021_performance_district_by_gender.csv"
    scheme = next(s for s in ensure_standard_schemes(db) if s.name == "NAS performance levels")
    nas_round = create_round(db, RoundInput("NAS 2021", "custom", level_scheme_id=scheme.id)).id
    mapping = ColumnMapping(
        {"udise": "udise_district_code", "grade": "grade", "subject": "subject", "score": "boys"}
    )
    request = ImportRequest.of([nas], "assessment", mapping, options=ImportOptions(round_id=nas_round))
    check = check_import(db, request)
    assert check.info.delimiter == ";" and check.info.headers[:3] == (
        "district_name",
        "state_name",
        "udise_district_code",
    )
    assert check.counts.create == 0 and check.counts.error_rows == 4469
    first = next(p for p in check.problems if p.column == "udise_district_code")
    assert first.row == 2 and first.value == "1701" and "has 4 digits" in first.reason
    with pytest.raises(ImportRefusedError):
        run_import(db, request)
    assert _count(db, StudentResult) == 0

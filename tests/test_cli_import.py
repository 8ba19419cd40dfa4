"""``district-desk import``: the same checks as the wizard, printed, with an honest exit status."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import Block, ImportBatch, School, StudentResult
from desktop.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, main
from desktop.services.opening import open_database
from desktop.services.rounds import RoundInput, create_round, ensure_standard_schemes
from tests.conftest import SHARED_DATA

DIRECTORY = SHARED_DATA / "school_directory"
KLP_SCHOOLS = DIRECTORY / "klp_karnataka_village_school_mapping.csv"
GIS_PAGES = sorted(DIRECTORY.glob("ud_dt_n_2902_page_*.geojson"))
NAS = SHARED_DATA / "assessment" / "nas2021_performance_district_by_gender.csv"


def _counts(path: Path) -> tuple[int, int, int]:
    db, _report = open_database(path)
    try:
        with db.reading() as session:
            return tuple(
                session.scalar(select(func.count()).select_from(model))
                for model in (School, Block, ImportBatch)
            )
    finally:
        db.close()


def _klp(path: Path, *extra: str) -> list[str]:
    return [
        "import",
        str(KLP_SCHOOLS),
        "--target",
        "schools",
        "--alias-system",
        "KLP",
        "--map",
        "other_id=SchoolId",
        "--db",
        str(path),
        *extra,
    ]


def test_dry_run_prints_the_summary_and_changes_nothing(tmp_path, capsys) -> None:
    path = tmp_path / "office.db"
    assert main(_klp(path, "--dry-run")) == EXIT_OK
    out = capsys.readouterr().out
    assert "File:      klp_karnataka_village_school_mapping.csv (CSV, UTF-8-SIG, comma-separated" in out
    assert 'udise ← "DiseCode"' in out and 'other_id ← "SchoolId"' in out
    assert "Checked:   484 rows: 484 to create, 0 to update, 0 unchanged, 0 with problems" in out
    assert "Dry run: nothing was changed." in out
    assert _counts(path) == (0, 0, 0)


def test_import_then_the_same_file_again(tmp_path, capsys) -> None:
    path = tmp_path / "office.db"
    assert main(_klp(path)) == EXIT_OK
    assert "Imported as batch 1. Backup taken first:" in capsys.readouterr().out
    schools, blocks, batches = _counts(path)
    assert (schools, batches) == (484, 1) and blocks > 0
    assert main(_klp(path)) == EXIT_OK
    assert "already imported as batch 1" in capsys.readouterr().out
    assert _counts(path) == (schools, blocks, 1)


def test_the_gis_pages_import_as_one_file_with_blocks_from_the_codes(tmp_path, capsys) -> None:
    path = tmp_path / "office.db"
    assert main(["import", *map(str, GIS_PAGES), "--target", "schools", "--db", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "ud_dt_n_2902_page_01.geojson and 2 more (GEOJSON" in out
    assert "2,387 rows: 2,387 to create" in out and "Block 290201" in out
    assert _counts(path) == (2387, 6, 1)


def test_problems_give_exit_status_1_and_a_workbook(tmp_path, capsys) -> None:
    path = tmp_path / "office.db"
    source = tmp_path / "schools.csv"
    source.write_text(
        "UDISE code;School name;District;Block\n"
        "29020904706;GHPS Linganur;Bagalkot;Jamakhandi\n"
        "2.90209E+10;GLPS Rounded;Bagalkot;Jamakhandi\n",
        encoding="utf-8",
    )
    errors = tmp_path / "problems.xlsx"
    command = ["import", str(source), "--target", "schools", "--db", str(path), "--errors-out", str(errors)]
    assert main(command) == EXIT_PROBLEM
    captured = capsys.readouterr().out
    assert "1 with problems" in captured and "semicolon-separated" in captured
    assert 'row 3, column "UDISE code": "2.90209E+10" was shortened by Excel' in captured
    assert "Nothing was imported" in captured and _counts(path)[0] == 0
    rows = list(openpyxl.load_workbook(errors)["Problems"].iter_rows(values_only=True))
    assert rows[1][2] == 3 and rows[1][3] == "UDISE code"

    assert main([*command, "--valid-rows-only"]) == EXIT_PROBLEM
    assert "Imported as batch 1" in capsys.readouterr().out
    assert _counts(path)[0] == 1


def test_round_targets_need_an_existing_round(tmp_path, capsys) -> None:
    path = tmp_path / "office.db"
    command = ["import", str(NAS), "--target", "assessment", "--db", str(path), "--dry-run"]
    assert main(command) == EXIT_USAGE
    assert "add --round NAME" in capsys.readouterr().err
    assert main([*command, "--round", "Endline"]) == EXIT_USAGE
    assert "no assessment round named Endline" in capsys.readouterr().err


def test_an_unreadable_file_is_refused_with_its_reason(tmp_path, capsys) -> None:
    broken = tmp_path / "results.xlsx"
    broken.write_text("not really a workbook", encoding="utf-8")
    assert (
        main(["import", str(broken), "--target", "schools", "--db", str(tmp_path / "o.db")]) == EXIT_PROBLEM
    )
    assert "results.xlsx" in capsys.readouterr().err


def test_assessment_results_with_typed_subject_and_saved_mapping(tmp_path, capsys) -> None:
    path = tmp_path / "office.db"
    assert main(_klp(path)) == EXIT_OK
    db, _report = open_database(path)
    try:
        scheme = next(s for s in ensure_standard_schemes(db) if s.name == "FLN reading levels")
        create_round(db, RoundInput("Baseline 2026", "baseline", level_scheme_id=scheme.id))
    finally:
        db.close()
    results = tmp_path / "results.csv"
    results.write_text(
        "Student ID,UDISE,Class,Gender,Level\n"
        "S1,29020902404,3,Girl,Word\n"
        "S2,29020902404,3,Boy,Story\n"
        "S3,29020901101,Class 3,ಹೆಣ್ಣು,2\n",
        encoding="utf-8",
    )
    command = [
        "import",
        str(results),
        "--target",
        "assessment",
        "--round",
        "baseline 2026",
        "--db",
        str(path),
    ]
    assert main([*command, "--value", "subject=Kannada"]) == EXIT_OK
    capsys.readouterr()
    db, _report = open_database(path)
    try:
        with db.reading() as session:
            stored = sorted(
                session.execute(select(StudentResult.student_key, StudentResult.gender, StudentResult.level))
            )
    finally:
        db.close()
    assert stored == [("S1", "F", 2), ("S2", "M", 4), ("S3", "F", 1)]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (["--value", "subject"], "expects FIELD=VALUE"),
        (["--map", "=DiseCode"], "expects FIELD=VALUE"),
        (
            ["--value", "subject=Kannada"],
            "School directory has no field 'subject'; its fields are udise, name",
        ),
    ],
)
def test_typed_mappings_are_checked(tmp_path, given: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["import", str(KLP_SCHOOLS), "--target", "schools", "--db", str(tmp_path / "o.db"), *given])
    assert message in str(stopped.value)


def test_a_database_the_command_cannot_use_is_refused_in_one_line(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A newer release's database or someone else's SQLite file: the reason, no traceback."""
    import sqlite3

    newer = tmp_path / "newer.db"
    database, _report = open_database(newer, operator="tester")
    database.close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    foreign = tmp_path / "members.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE members (id INTEGER PRIMARY KEY)")
    for path, reason in (
        (newer, "made by a newer version"),
        (foreign, "not one made by District Collective Desk"),
    ):
        command = ["import", str(KLP_SCHOOLS), "--target", "schools", "--db", str(path)]
        assert main(command) == EXIT_PROBLEM
        error = capsys.readouterr().err
        assert reason in error and "Traceback" not in error and error.count("\n") == 1

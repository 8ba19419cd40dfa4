"""Exported files import back unchanged; any generated CSV imports exactly or is refused with reasons."""

from __future__ import annotations

import csv
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.models import School, StudentResult
from desktop.services.errors import DomainError
from desktop.services.geography import DistrictInput, create_district
from desktop.services.imports.exports import export_results, export_schools
from desktop.services.imports.mapping import ColumnMapping, suggest_mapping
from desktop.services.imports.pipeline import ImportRequest, check_import, run_import
from desktop.services.imports.problems import FileProblemsError
from desktop.services.imports.sources import detect_source
from desktop.services.imports.target import ImportOptions
from desktop.services.imports.targets.registry import get_target
from desktop.services.rounds import RoundInput, create_round, ensure_standard_schemes
from tests.test_import_pipeline import KLP_MAPPING, KLP_OPTIONS, KLP_SCHOOLS


def _schools(db) -> list[tuple]:
    with db.reading() as session:
        return sorted(
            session.execute(
                select(School.udise_code, School.name, School.block_id, School.cluster_id, School.village)
            ).all()
        )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_exported_directory_imports_back_unchanged(db, tmp_path: Path, suffix: str) -> None:
    run_import(db, ImportRequest.of([KLP_SCHOOLS], "schools", KLP_MAPPING, options=KLP_OPTIONS))
    with db.transaction() as session:  # a name a spreadsheet would take for a formula
        session.scalars(select(School).order_by(School.id)).first().name = "=HYPERLINK(evil)"
    before = _schools(db)
    exported = tmp_path / f"schools{suffix}"
    assert export_schools(db, exported) == 484
    if suffix == ".csv":
        with exported.open(encoding="utf-8-sig", newline="") as handle:
            cells = [row[1] for row in csv.reader(handle)]
        assert "'=HYPERLINK(evil)" in cells
    info = detect_source([exported])
    mapping = suggest_mapping(info.headers, get_target("schools").fields)
    assert set(mapping.columns) >= {"udise", "name", "district", "block", "cluster", "village"}
    check = check_import(db, ImportRequest.of([exported], "schools", mapping))
    assert (check.counts.unchanged, check.counts.create, check.counts.update) == (484, 0, 0), check.problems[
        :3
    ]
    assert _schools(db) == before


def test_exported_results_import_into_another_round_identically(db, tmp_path: Path) -> None:
    run_import(db, ImportRequest.of([KLP_SCHOOLS], "schools", KLP_MAPPING, options=KLP_OPTIONS))
    scheme = next(s for s in ensure_standard_schemes(db) if s.name == "FLN reading levels")
    first, second = (
        create_round(db, RoundInput(name, "baseline", level_scheme_id=scheme.id, max_score=20)).id
        for name in ("Round A", "Round B")
    )
    source = tmp_path / "results.csv"
    source.write_text(
        "Student ID,UDISE,Class,Gender,Subject,Score,Level,Date\n"
        "S1,29020902404,3,Girl,Kannada,12,Word,15/07/2026\n"
        "S1,29020902404,3,Girl,Maths,9.5,Letter,15/07/2026\n"
        "+91 98450,29020901101,IV,ಗಂಡು,Kannada,NA,Story,16.07.2026\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping(
        {
            "student_id": "Student ID",
            "udise": "UDISE",
            "grade": "Class",
            "gender": "Gender",
            "subject": "Subject",
            "score": "Score",
            "level": "Level",
            "assessed_on": "Date",
        }
    )
    run_import(db, ImportRequest.of([source], "assessment", mapping, options=ImportOptions(first)))
    exported = tmp_path / "exported.csv"
    assert export_results(db, first, exported) == 3
    info = detect_source([exported])
    suggested = suggest_mapping(info.headers, get_target("assessment").fields)
    run_import(db, ImportRequest.of([exported], "assessment", suggested, options=ImportOptions(second)))

    def stored(round_id: int) -> list[tuple]:
        with db.reading() as session:
            return sorted(
                session.execute(
                    select(
                        StudentResult.student_key,
                        StudentResult.school_id,
                        StudentResult.grade,
                        StudentResult.gender,
                        StudentResult.subject,
                        StudentResult.score,
                        StudentResult.level,
                        StudentResult.assessed_on,
                    ).where(StudentResult.round_id == round_id)
                ).all()
            )

    assert stored(second) == stored(first) and len(stored(first)) == 3


# --- any CSV: imported exactly, or refused with reasons; never a crash ------------------------------

CELL = st.text(alphabet=string.ascii_letters + string.digits + " ,;\"'-=+.\n\tಕನ್ನಡ", max_size=14)
CODE = st.one_of(
    st.integers(min_value=29020900000, max_value=29020999999).map(str),
    st.integers(min_value=0, max_value=10**12).map(str),
    CELL,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(CODE, CELL, CELL), min_size=1, max_size=8), delimiter=st.sampled_from(",;\t|"))
def test_any_generated_directory_file_imports_exactly_or_is_refused(
    db, tmp_path_factory, rows, delimiter
) -> None:
    folder = tmp_path_factory.mktemp("generated")
    with db.transaction() as session:
        session.query(School).delete()
    if not _has_district(db):
        create_district(db, DistrictInput("Bagalkot", "Karnataka", "2902"))
    path = folder / "schools.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["UDISE code", "School name", "Block"])
        writer.writerows(rows)
    mapping = ColumnMapping({"udise": "UDISE code", "name": "School name", "block": "Block"})
    request = ImportRequest.of([path], "schools", mapping)
    try:
        check = check_import(db, request)
    except (FileProblemsError, DomainError) as refused:
        assert refused.message  # refused, with a reason
        return
    if check.problems:
        assert all(problem.message for problem in check.problems)
        return
    run_import(db, request)
    with db.reading() as session:
        stored = dict(session.execute(select(School.udise_code, School.name)).all())
    assert len(stored) == check.counts.create
    for code, name, _block in rows:
        if code in stored:
            assert stored[code] == " ".join(name.split())


def _has_district(db) -> bool:
    from db.models import District

    with db.reading() as session:
        return session.scalar(select(District.id)) is not None

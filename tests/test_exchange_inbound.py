"""Importing a partner's package: verified first, dry run, all or nothing, idempotent, undoable;
pseudonyms turned back into the office's students; conflicts with the office's newer data listed
and kept unless chosen; every refusal stores nothing."""

from __future__ import annotations

import base64
import csv
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from db.models import (
    AssessmentRound,
    Base,
    ExchangeLogEntry,
    ImportBatch,
    LevelScheme,
    SchoolIndicator,
    StudentResult,
)
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange import keys, pseudonyms
from desktop.services.exchange.catalogue import CATEGORIES, FORMAT_NAME, FORMAT_VERSION
from desktop.services.exchange.contents import PackageFile
from desktop.services.exchange.inbound import (
    OWN_PACKAGE,
    check_package,
    check_workbook,
    import_package,
    import_workbook,
    undo_batches_in,
    undo_package_import,
)
from desktop.services.exchange.package import PackageRefusedError, write_package
from desktop.services.exchange.partner_keys import register_partner_key
from desktop.services.exchange.return_template import return_template_bytes
from desktop.services.imports.pipeline import ImportRefusedError, store_rows
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.opening import open_database
from desktop.services.progress import CancelledError, Progress
from tests.conftest import copy_database
from tests.exchange_fixtures import (
    FLN_REFERENCE,
    PUPILS,
    SCHEME_LEVELS,
    WIDE_REFERENCE,
    ExchangeDistrict,
    add_mou,
    build_district,
)

CHEAP_KDF = {"name": "scrypt", "n": 2**10, "r": 8, "p": 1}
PASSPHRASE = "K7QD-M3XP-9RTA-WX4E"
IST = timezone(timedelta(hours=5, minutes=30))
CREATED = datetime(2026, 11, 20, 10, 0, tzinfo=IST)
RESULTS = "student_results_pseudonymised"
INDICATORS = "school_indicators"
RESULT_COLUMNS = CATEGORIES[RESULTS].columns
INDICATOR_COLUMNS = CATEGORIES[INDICATORS].columns
SCHOOL = "29310100102"  # in the FLN MoU's block, 5 pupils with baseline and midline results
PUPILS_OF_SCHOOL = [(key, name) for code, key, name, _gender in PUPILS if code == SCHOOL]
GENDER = {key: gender for _code, key, _name, gender in PUPILS}
MIDLINE_ASSESSED = "10/11/2026"  # as the fixture's midline results were assessed
ENDLINE = "Endline 2027"
TEMPLATE_DAY = date(2026, 11, 23)
MIDLINE = "Midline 2026"


@dataclass
class Office:
    db: Database
    district: ExchangeDistrict
    akshara: Ed25519PrivateKey
    kalike: Ed25519PrivateKey
    secret: bytes  # the FLN MoU's pseudonym secret, as its first export made it
    folder: Path

    def pseudonym(self, student_key: str) -> str:
        return pseudonyms.pseudonym(self.secret, student_key)


def _register(db: Database, organisation_id: int) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    register_partner_key(db, organisation_id, base64.b64encode(key.public_key().public_bytes_raw()).decode())
    return key


@dataclass(frozen=True)
class Template:
    path: Path
    district: ExchangeDistrict
    akshara: Ed25519PrivateKey
    kalike: Ed25519PrivateKey
    secret: bytes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The exchange district with both partners' keys registered, the FLN MoU's pseudonym secret
    (as its first export made it) and an empty endline round; built once, copied for each test."""
    path = tmp_path_factory.mktemp("inbound-template") / "district.db"
    db, _report = open_database(path, operator="tester")
    try:
        district = build_district(db)
        akshara = _register(db, district.organisation_ids["akshara"])
        kalike = _register(db, district.organisation_ids["kalike"])
        with db.transaction() as session:
            secret = pseudonyms.mou_secret(session, district.fln_mou_id)
            scheme_id = session.scalar(select(LevelScheme.id))
            session.add(
                AssessmentRound(name=ENDLINE, kind="endline", level_scheme_id=scheme_id, max_score=20)
            )
    finally:
        db.close()
    return Template(path, district, akshara, kalike, secret)


@pytest.fixture
def office(template: Template, tmp_path: Path) -> Iterator[Office]:
    db, _report = open_database(
        copy_database(template.path, tmp_path / "office" / "district.db"), operator="tester"
    )
    folder = tmp_path / "stick"
    folder.mkdir()
    try:
        yield Office(db, template.district, template.akshara, template.kalike, template.secret, folder)
    finally:
        db.close()


def csv_data(header: tuple[str, ...] | list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def result_row(
    student: str,
    subject: str = "Kannada",
    score: str = "15",
    level: str = "Paragraph",
    *,
    school: str = SCHOOL,
    round_name: str = ENDLINE,
    grade: str = "3",
    gender: str = "F",
    assessed_on: str = "02/02/2027",
) -> list[str]:
    values = {
        "student_pseudonym": student,
        "udise_code": school,
        "round": round_name,
        "grade": grade,
        "gender": gender,
        "subject": subject,
        "score": score,
        "level": level,
        "assessed_on": assessed_on,
    }
    return [values[column] for column in RESULT_COLUMNS]


def indicator_row(school: str, enrolment: int, *, round_name: str = MIDLINE) -> list[str]:
    values = {
        "udise_code": school,
        "round": round_name,
        "enrolment": str(enrolment),
        "enrolment_boys": str(enrolment // 2),
        "enrolment_girls": str(enrolment - enrolment // 2),
        "attendance_percent": "88.5",
        "teachers": "4",
    }
    return [values[column] for column in INDICATOR_COLUMNS]


def make_package(
    office: Office,
    tables: dict[str, tuple[tuple[str, ...] | list[str], list[list[str]]]],
    *,
    key: Ed25519PrivateKey | None = None,
    mou: str = FLN_REFERENCE,
    round_name: str | None = ENDLINE,
    direction: str = "to_district",
    created_at: datetime = CREATED,
    name: str | None = None,
) -> Path:
    """A partner's package as its app writes it, signed with ``key`` (Akshara's by default)."""
    package_id = str(uuid.uuid4())
    manifest = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "package_id": package_id,
        "direction": direction,
        "created_at": created_at.isoformat(timespec="seconds"),
        "issuer": {"kind": "partner", "name": "Akshara Learning Trust"},
        "mou": {"reference": mou},
        "categories": [
            {"code": code, "table": CATEGORIES[code].table, "fields": list(header), "records": len(rows)}
            for code, (header, rows) in tables.items()
        ],
    }
    if round_name is not None:
        manifest["round"] = round_name
    files = [
        PackageFile(f"{CATEGORIES[code].table}.csv", csv_data(header, rows))
        for code, (header, rows) in tables.items()
    ]
    written = write_package(
        office.folder,
        name or f"return_{package_id[:8]}.zip",
        manifest,
        files,
        "Returned by the partner.\n",
        PASSPHRASE,
        key or office.akshara,
        kdf=CHEAP_KDF,
    )
    return written.path


def endline_package(office: Office, **changes: object) -> Path:
    """Endline results of the five pupils of SCHOOL, by their pseudonyms, in two subjects."""
    rows = [
        result_row(office.pseudonym(key), subject, str(10 + n), SCHEME_LEVELS[n % 5])
        for n, (key, _name) in enumerate(PUPILS_OF_SCHOOL)
        for subject in ("Kannada", "Mathematics")
    ]
    return make_package(office, {RESULTS: (RESULT_COLUMNS, rows)}, **changes)  # type: ignore[arg-type]


def all_counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }


def round_id(db: Database, name: str) -> int:
    with db.reading() as session:
        return session.scalar(select(AssessmentRound.id).where(AssessmentRound.name == name))  # type: ignore[return-value]


def results(db: Database, round_name: str) -> dict[tuple[str, str], tuple[float | None, str | None]]:
    """(student key, subject) -> (score, name) of the round's results."""
    with db.reading() as session:
        rows = session.execute(
            select(
                StudentResult.student_key,
                StudentResult.subject,
                StudentResult.score,
                StudentResult.student_name,
            )
            .join(AssessmentRound, AssessmentRound.id == StudentResult.round_id)
            .where(AssessmentRound.name == round_name)
        )
        return {(key, subject): (score, name) for key, subject, score, name in rows}


def log_events(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(ExchangeLogEntry.event).order_by(ExchangeLogEntry.id)))


# --- the happy path -------------------------------------------------------------------------------


def test_dry_run_reports_everything_and_changes_nothing(office: Office) -> None:
    path = endline_package(office)
    before = all_counts(office.db)

    check = check_package(office.db, path, PASSPHRASE)

    assert check.source == "package"
    assert check.mou_reference == FLN_REFERENCE and check.mou_id == office.district.fln_mou_id
    assert check.organisation_name == "Akshara Learning Trust"
    assert check.round_name == ENDLINE and check.round_id == round_id(office.db, ENDLINE)
    assert check.created_at == CREATED
    [table] = check.tables
    assert (table.category, table.target, table.file_name, table.rows) == (
        RESULTS,
        "assessment",
        "student_results.csv",
        10,
    )
    assert (table.counts.create, table.counts.update, table.counts.error_rows) == (10, 0, 0)
    assert check.importable and check.rows_to_store == 10
    assert check.conflicts == [] and check.unknown_students == 0 and check.already_imported is None
    assert all_counts(office.db) == before
    assert backups.list_backups(office.db.path) == []


def test_import_stores_results_under_the_office_students_ids(office: Office) -> None:
    path = endline_package(office)

    outcome = import_package(office.db, path, PASSPHRASE)

    assert outcome.counts[RESULTS].create == 10 and len(outcome.batch_ids) == 1
    assert outcome.backup is not None and outcome.backup.exists() and outcome.skipped_conflicts == 0
    stored = results(office.db, ENDLINE)
    office_keys = {key for key, _name in PUPILS_OF_SCHOOL}
    assert {key for key, _subject in stored} == office_keys
    baseline_keys = {key for key, _subject in results(office.db, "Baseline 2026")}
    assert office_keys <= baseline_keys  # the endline links to the baseline's students
    assert all(name is None for _score, name in stored.values())  # no name came in with it
    with office.db.reading() as session:
        entry = session.get(ExchangeLogEntry, outcome.log_id)
        assert entry is not None
        assert entry.event == "import" and entry.mou_reference == FLN_REFERENCE
        assert entry.partner_names == ["Akshara Learning Trust"]
        assert entry.organisation_ids == [office.district.organisation_ids["akshara"]]
        assert entry.categories == [RESULTS] and entry.counts == {"student results": 10}
        assert entry.batch_ids == list(outcome.batch_ids) and entry.school_codes == [SCHOOL]
        assert entry.package_name == path.name and entry.package_size == path.stat().st_size
        assert (
            entry.signer_fingerprint
            == keys.key_for_fingerprint(session, entry.signer_fingerprint).fingerprint
        )
        batch = session.get(ImportBatch, outcome.batch_ids[0])
        assert (
            batch is not None
            and batch.target == "assessment"
            and batch.round_id == round_id(office.db, ENDLINE)
        )
        assert batch.file_names == [path.name, "student_results.csv"]


def test_pseudonyms_the_office_did_not_give_are_kept_and_noted(office: Office) -> None:
    key, _name = PUPILS_OF_SCHOOL[0]
    rows = [result_row(office.pseudonym(key)), result_row("AKS-0001"), result_row("AKS-0001", "Mathematics")]
    path = make_package(office, {RESULTS: (RESULT_COLUMNS, rows)})

    check = check_package(office.db, path, PASSPHRASE)
    assert check.unknown_students == 1
    assert any(
        "1 student in student_results.csv has an id this office did not give" in n
        for n in check.tables[0].notes
    )

    import_package(office.db, path, PASSPHRASE)
    assert set(results(office.db, ENDLINE)) == {
        (key, "Kannada"),
        ("AKS-0001", "Kannada"),
        ("AKS-0001", "Mathematics"),
    }


def test_an_mou_that_never_sent_results_knows_no_pseudonym_and_gets_no_secret(office: Office) -> None:
    """Reading is read-only: the wide MoU has no secret, so every id stays the partner's."""
    key, _name = PUPILS_OF_SCHOOL[0]
    path = make_package(
        office,
        {RESULTS: (RESULT_COLUMNS, [result_row(office.pseudonym(key))])},
        key=office.kalike,
        mou=WIDE_REFERENCE,
    )
    before = all_counts(office.db)
    check = check_package(office.db, path, PASSPHRASE)
    assert check.unknown_students == 1 and check.organisation_name == "Kalike Foundation"
    assert all_counts(office.db) == before


def test_the_same_package_twice_changes_nothing(office: Office) -> None:
    path = endline_package(office)
    first = import_package(office.db, path, PASSPHRASE)
    before = all_counts(office.db)
    backups_before = backups.list_backups(office.db.path)

    again = import_package(office.db, path, PASSPHRASE)

    assert again.log_id is None and again.batch_ids == () and again.backup is None
    assert again.already_imported is not None
    assert re.search(r"already imported on \d\d/\d\d/\d{4} by tester", again.already_imported)
    assert f"exchange log entry {first.log_id}" in again.already_imported
    assert all_counts(office.db) == before and backups.list_backups(office.db.path) == backups_before
    assert log_events(office.db) == ["import"]
    assert check_package(office.db, path, PASSPHRASE).already_imported == again.already_imported


# --- undo -----------------------------------------------------------------------------------------


def test_undo_takes_the_import_back_and_it_can_be_imported_again(office: Office) -> None:
    path = endline_package(office)
    before = all_counts(office.db)
    first = import_package(office.db, path, PASSPHRASE)
    assert first.log_id is not None

    backup = undo_package_import(office.db, first.log_id)

    assert backup.exists()
    assert results(office.db, ENDLINE) == {}
    after = all_counts(office.db)
    assert after["student_result"] == before["student_result"]
    assert after["result_summary"] == before["result_summary"]
    assert log_events(office.db) == ["import", "import_undone"]
    with office.db.reading() as session:
        undone = session.scalars(
            select(ExchangeLogEntry).where(ExchangeLogEntry.event == "import_undone")
        ).one()
        assert undone.refers_to_id == first.log_id and undone.batch_ids == list(first.batch_ids)
        batch = session.get(ImportBatch, first.batch_ids[0])
        assert batch is not None and batch.undone_at is not None and batch.undone_by == "tester"
    with pytest.raises(ConflictError, match=r"already undone on \d\d/\d\d/\d{4} by tester"):
        undo_package_import(office.db, first.log_id)

    assert check_package(office.db, path, PASSPHRASE).already_imported is None
    second = import_package(office.db, path, PASSPHRASE)
    assert second.log_id not in (None, first.log_id) and len(results(office.db, ENDLINE)) == 10


def _office_import(db: Database, target: str, round_name: str, rows: list[dict[str, str]], name: str) -> int:
    """An import the office makes itself, through the pipeline; returns its batch id."""
    frame = pd.DataFrame(rows).astype(str)
    with db.transaction() as session:
        batch_id, _checked = store_rows(
            session,
            get_target(target),
            MappedRows(
                frame=frame,
                row_numbers=np.arange(2, len(frame) + 2),
                file_names=np.repeat(np.array([name], dtype=object), len(frame)),
                sheet=None,
                column_of={key: key for key in frame.columns},
                source_sha256=uuid.uuid4().hex * 2,
            ),
            ImportOptions(round_id=round_id(db, round_name), keep_names=True),
            valid_rows_only=False,
            file_names=[name],
            mapping={},
            options_json={},
            operator="office clerk",
        )
    assert batch_id is not None
    return batch_id


def test_undo_is_refused_while_a_later_batch_into_the_same_records_is_in_place(office: Office) -> None:
    outcome = import_package(office.db, endline_package(office), PASSPHRASE)
    key, name = PUPILS_OF_SCHOOL[0]
    later = _office_import(
        office.db,
        "assessment",
        ENDLINE,
        [
            {
                "student_id": key,
                "student_name": name,
                "udise": SCHOOL,
                "grade": "3",
                "subject": "Kannada",
                "score": "19",
            }
        ],
        "endline-corrections.csv",
    )
    before = all_counts(office.db)

    with pytest.raises(ConflictError, match=rf"Batch {later} \(endline-corrections.csv\) was imported after"):
        undo_package_import(office.db, outcome.log_id)  # type: ignore[arg-type]

    assert all_counts(office.db) == before


def test_undo_batches_in_refuses_a_batch_already_undone(office: Office) -> None:
    outcome = import_package(office.db, endline_package(office), PASSPHRASE)
    undo_package_import(office.db, outcome.log_id)  # type: ignore[arg-type]
    with pytest.raises(ConflictError, match="already undone"), office.db.transaction() as session:
        undo_batches_in(session, outcome.batch_ids, "tester")


# --- conflicts ------------------------------------------------------------------------------------


@dataclass
class MidlineSetup:
    path: Path
    package_scores: dict[str, float]  # student key -> the package's Kannada score
    office_score_c: float  # the office's newer score of the third student
    third: str


def _midline_setup(office: Office) -> MidlineSetup:
    """The office's midline was imported on 01/11/2026; the partner's package of 20/11/2026
    changes three students' Kannada scores; the office re-imported the third student's row on
    21/11/2026, after the package was made."""
    with office.db.transaction() as session:
        session.execute(update(ImportBatch).values(imported_at=datetime(2026, 11, 1, 6, 0, tzinfo=UTC)))
    held = results(office.db, MIDLINE)
    three = [key for key, _name in PUPILS_OF_SCHOOL[:3]]
    package_scores = {key: 20.0 if held[(key, "Kannada")][0] != 20 else 19.0 for key in three}
    with office.db.reading() as session:
        levels = dict(
            session.execute(
                select(StudentResult.student_key, StudentResult.level).where(
                    StudentResult.round_id == round_id(office.db, MIDLINE), StudentResult.subject == "Kannada"
                )
            ).all()
        )
    rows = [
        result_row(
            office.pseudonym(key),
            "Kannada",
            f"{package_scores[key]:g}",
            SCHEME_LEVELS[levels[key]],
            round_name=MIDLINE,
            gender=GENDER[key],
            assessed_on=MIDLINE_ASSESSED,
        )
        for key in three
    ]
    path = make_package(office, {RESULTS: (RESULT_COLUMNS, rows)}, round_name=MIDLINE)
    third, third_name = PUPILS_OF_SCHOOL[2]
    office_score = 1.0
    correction = _office_import(
        office.db,
        "assessment",
        MIDLINE,
        [
            {
                "student_id": third,
                "student_name": third_name,
                "udise": SCHOOL,
                "grade": "3",
                "gender": GENDER[third],
                "subject": "Kannada",
                "score": f"{office_score:g}",
                "level": SCHEME_LEVELS[levels[third]],
                "assessed_on": MIDLINE_ASSESSED,
            }
        ],
        "midline-corrections.csv",
    )
    with office.db.transaction() as session:
        session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == correction)
            .values(imported_at=datetime(2026, 11, 21, 12, 0, tzinfo=UTC))
        )
    return MidlineSetup(path, package_scores, office_score, third)


def test_a_row_that_would_overwrite_newer_office_data_is_a_conflict_and_the_office_wins(
    office: Office,
) -> None:
    setup = _midline_setup(office)
    names_before = {key: name for (key, _subject), (_score, name) in results(office.db, MIDLINE).items()}

    check = check_package(office.db, setup.path, PASSPHRASE)

    assert (check.tables[0].counts.update, check.tables[0].counts.create) == (3, 0)
    [conflict] = check.conflicts
    assert conflict.key == f"results:{setup.third}:Kannada" and conflict.category == RESULTS
    assert conflict.description == f"Student {setup.third}, Kannada, school {SCHOOL}"
    assert conflict.fields == ("Score",)
    assert conflict.office_value == "Score 1"
    assert conflict.package_value == f"Score {setup.package_scores[setup.third]:g}"
    assert conflict.office_changed_by == "office clerk"
    assert "(imported 21/11/2026 by office clerk)" in conflict.text
    assert check.rows_to_store == 2

    outcome = import_package(office.db, setup.path, PASSPHRASE)

    assert outcome.skipped_conflicts == 1 and outcome.counts[RESULTS].update == 2
    stored = results(office.db, MIDLINE)
    for key, score in setup.package_scores.items():
        expected = setup.office_score_c if key == setup.third else score
        assert stored[(key, "Kannada")][0] == expected
    # The names the office keeps were not erased by a package that never holds them.
    assert {key: name for (key, _subject), (_score, name) in stored.items()} == names_before
    with office.db.reading() as session:
        entry = session.get(ExchangeLogEntry, outcome.log_id)
        assert entry is not None and entry.note == "1 conflicting row kept as the office had them."


@pytest.mark.parametrize("choice", ["one", "all"])
def test_the_package_value_is_taken_where_the_user_chooses(office: Office, choice: str) -> None:
    setup = _midline_setup(office)
    take = "all" if choice == "all" else {f"results:{setup.third}:Kannada"}

    outcome = import_package(office.db, setup.path, PASSPHRASE, take_package_for=take)

    assert outcome.skipped_conflicts == 0 and outcome.counts[RESULTS].update == 3
    stored = results(office.db, MIDLINE)
    assert {key: stored[(key, "Kannada")][0] for key in setup.package_scores} == setup.package_scores


def test_changes_to_office_data_older_than_the_package_are_plain_updates(office: Office) -> None:
    with office.db.transaction() as session:
        session.execute(update(ImportBatch).values(imported_at=datetime(2026, 11, 1, 6, 0, tzinfo=UTC)))
    key, _name = PUPILS_OF_SCHOOL[0]
    rows = [result_row(office.pseudonym(key), "Kannada", "0", "Beginner", round_name=MIDLINE)]
    path = make_package(office, {RESULTS: (RESULT_COLUMNS, rows)}, round_name=MIDLINE)

    check = check_package(office.db, path, PASSPHRASE)
    assert check.conflicts == [] and check.tables[0].counts.update == 1

    outcome = import_package(office.db, path, PASSPHRASE)
    assert results(office.db, MIDLINE)[(key, "Kannada")][0] == 0
    undo_package_import(office.db, outcome.log_id)  # type: ignore[arg-type]
    assert results(office.db, MIDLINE)[(key, "Kannada")][0] != 0  # the office's value is back


def test_indicator_conflicts_are_listed_by_school(office: Office) -> None:
    with office.db.transaction() as session:
        session.execute(update(ImportBatch).values(imported_at=datetime(2026, 11, 1, 6, 0, tzinfo=UTC)))
    newer, older = "29310200101", "29310200102"
    correction = _office_import(
        office.db, "indicators", MIDLINE, [{"udise": newer, "enrolment": "300"}], "indicators-fix.csv"
    )
    with office.db.transaction() as session:
        session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == correction)
            .values(imported_at=datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
        )
    rows = [indicator_row(newer, 120), indicator_row(older, 130)]
    path = make_package(
        office,
        {INDICATORS: (INDICATOR_COLUMNS, rows)},
        key=office.kalike,
        mou=WIDE_REFERENCE,
        round_name=MIDLINE,
    )

    check = check_package(office.db, path, PASSPHRASE)

    [conflict] = check.conflicts
    assert conflict.key == f"indicators:{newer}" and conflict.description == f"School {newer} GHPS Saunshi"
    assert conflict.office_value.startswith("Enrolment 300") and conflict.package_value.startswith(
        "Enrolment 120"
    )
    assert conflict.office_changed_on.isoformat() == "2026-11-22"

    import_package(office.db, path, PASSPHRASE)
    with office.db.reading() as session:
        enrolment = dict(
            session.execute(
                select(SchoolIndicator.school_id, SchoolIndicator.enrolment).where(
                    SchoolIndicator.round_id == round_id(office.db, MIDLINE)
                )
            ).all()
        )
    assert enrolment[office.district.school_ids[newer]] == 300
    assert enrolment[office.district.school_ids[older]] == 130


# --- problems in the tables -----------------------------------------------------------------------


def test_rows_with_problems_refuse_the_whole_package_naming_each_place(office: Office) -> None:
    good, bad_grade, unknown_school = (key for key, _name in PUPILS_OF_SCHOOL[:3])
    rows = [
        result_row(office.pseudonym(good)),
        result_row(office.pseudonym(bad_grade), grade="Class Z"),
        result_row(office.pseudonym(unknown_school), school="29319999999"),
        result_row(office.pseudonym(good), "Mathematics", round_name="Baseline 2026"),
    ]
    path = make_package(office, {RESULTS: (RESULT_COLUMNS, rows)})
    before = all_counts(office.db)

    check = check_package(office.db, path, PASSPHRASE)

    assert not check.importable
    messages = [problem.message for problem in check.tables[0].problems]
    assert any(m.startswith('student_results.csv, row 3, column "grade": "Class Z"') for m in messages)
    assert any(
        m.startswith('student_results.csv, row 4, column "udise_code": "29319999999"') for m in messages
    )
    assert any(m.startswith('student_results.csv, row 5, column "round": "Baseline 2026"') for m in messages)
    with pytest.raises(ImportRefusedError, match="nothing was saved") as refused:
        import_package(office.db, path, PASSPHRASE)
    assert 'row 3, column "grade"' in str(refused.value)
    assert all_counts(office.db) == before and backups.list_backups(office.db.path) == []


@pytest.mark.parametrize(
    ("header", "column", "reason"),
    [
        ([c for c in RESULT_COLUMNS if c != "score"], "score", "Is missing from the header"),
        ([*RESULT_COLUMNS, "remarks"], "remarks", "Is not a column of Pseudonymised student-level"),
    ],
)
def test_a_missing_or_unknown_column_is_named_with_its_file(
    office: Office, header: list[str], column: str, reason: str
) -> None:
    key, _name = PUPILS_OF_SCHOOL[0]
    full = dict(zip(RESULT_COLUMNS, result_row(office.pseudonym(key)), strict=True))
    row = [full.get(name, "") for name in header]
    path = make_package(office, {RESULTS: (header, [row])})
    before = all_counts(office.db)

    check = check_package(office.db, path, PASSPHRASE)

    [problem] = check.tables[0].problems
    assert problem.message.startswith(f'student_results.csv, row 1, column "{column}": {reason}')
    with pytest.raises(ImportRefusedError):
        import_package(office.db, path, PASSPHRASE)
    assert all_counts(office.db) == before


# --- refusals of the envelope ---------------------------------------------------------------------


def _refused_unchanged(
    office: Office, path: Path, error: type[Exception], match: str, **kwargs: object
) -> Exception:
    before = all_counts(office.db)
    with pytest.raises(error, match=match) as checked:
        check_package(office.db, path, PASSPHRASE, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(error, match=match):
        import_package(office.db, path, PASSPHRASE, **kwargs)  # type: ignore[arg-type]
    assert all_counts(office.db) == before and backups.list_backups(office.db.path) == []
    return checked.value


def test_an_unknown_signer_is_refused(office: Office) -> None:
    path = endline_package(office, key=Ed25519PrivateKey.generate())
    refusal = _refused_unchanged(office, path, PackageRefusedError, "has not registered")
    assert refusal.reason == "unknown_signer"  # type: ignore[attr-defined]


def test_a_tampered_package_is_refused(office: Office) -> None:
    path = endline_package(office)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    refusal = _refused_unchanged(office, path, PackageRefusedError, re.escape(path.name))
    assert refusal.reason in {"changed", "damaged", "bad_signature"}  # type: ignore[attr-defined]


def test_a_wrong_passphrase_is_refused(office: Office) -> None:
    path = endline_package(office)
    before = all_counts(office.db)
    for step in (check_package, import_package):
        with pytest.raises(PackageRefusedError) as refused:
            step(office.db, path, "WRONG-PASS-PHRASE-1")
        assert refused.value.reason == "wrong_passphrase"
    assert all_counts(office.db) == before


def test_the_offices_own_package_is_refused(office: Office) -> None:
    path = endline_package(office, key=keys.signing_key(office.db))
    assert str(_refused_unchanged(office, path, ConflictError, "made by this office")) == OWN_PACKAGE


def test_a_package_not_meant_for_the_district_is_refused(office: Office) -> None:
    _refused_unchanged(office, endline_package(office, direction="to_partner"), ConflictError, "to_partner")


def test_an_mou_the_office_does_not_have_is_refused(office: Office) -> None:
    path = endline_package(office, mou="DDPI/SNR/MOU/2099/99")
    _refused_unchanged(office, path, ConflictError, r"refers to MoU DDPI/SNR/MOU/2099/99, which is not in")


def test_a_signer_who_is_not_a_partner_of_the_mou_is_refused(office: Office) -> None:
    path = endline_package(office, key=office.kalike)
    refusal = _refused_unchanged(office, path, ConflictError, "is signed by Kalike Foundation")
    assert f"not a partner of MoU {FLN_REFERENCE} (its partners: Akshara Learning Trust)" in str(refusal)


def test_an_mou_not_yet_signed_is_refused(office: Office) -> None:
    add_mou(office.db, office.district, "DDPI/SNR/MOU/2026/09", status="draft", block_names=("Hubballi",))
    path = endline_package(office, mou="DDPI/SNR/MOU/2026/09")
    _refused_unchanged(office, path, ConflictError, "is draft: it is not signed yet")


def test_an_expired_mou_may_still_return_its_endline_with_a_note(office: Office) -> None:
    reference = "DDPI/SNR/MOU/2025/04"
    mou_id = add_mou(
        office.db,
        office.district,
        reference,
        status="expired",
        start=date(2025, 6, 1),
        end=date(2026, 10, 31),
        block_names=("Hubballi",),
    )
    with office.db.transaction() as session:
        secret = pseudonyms.mou_secret(session, mou_id)
    key, _name = PUPILS_OF_SCHOOL[0]
    rows = [result_row(pseudonyms.pseudonym(secret, key))]
    check = check_package(
        office.db, make_package(office, {RESULTS: (RESULT_COLUMNS, rows)}, mou=reference), PASSPHRASE
    )
    assert check.importable and check.unknown_students == 0
    assert any(f"MoU {reference} expired on 31/10/2026" in note for note in check.notes)


def test_a_category_partners_do_not_send_back_is_refused(office: Office) -> None:
    key, _name = PUPILS_OF_SCHOOL[0]
    contacts = (
        CATEGORIES["official_contacts"].columns,
        [["A. Person", "", "BEO", "BEO Hubballi", "9448000000", ""]],
    )
    path = make_package(
        office,
        {RESULTS: (RESULT_COLUMNS, [result_row(office.pseudonym(key))]), "official_contacts": contacts},
    )
    _refused_unchanged(office, path, ConflictError, "Contact details of officials")


def test_the_round_is_chosen_when_the_package_names_none_the_office_has(office: Office) -> None:
    path = endline_package(office, round_name="Endline 2099")
    refusal = _refused_unchanged(office, path, ValidationError, "Choose the assessment round")
    assert "Endline 2099" in refusal.field_errors["round"]  # type: ignore[attr-defined]
    endline = round_id(office.db, ENDLINE)
    # The partner's own name for the round is then expected in its round cells.
    check = check_package(office.db, endline_package(office, round_name=None), PASSPHRASE, round_id=endline)
    assert check.round_name == ENDLINE and check.importable


def test_cancelling_mid_import_leaves_nothing(office: Office) -> None:
    path = endline_package(office)
    before = all_counts(office.db)
    seen: list[str] = []

    def cancel_once_saving(_done: int, _total: int, message: str) -> None:
        seen.append(message)
        if message == "Saving":  # the batch row is written; the results are next
            progress.cancel()

    progress = Progress(cancel_once_saving)
    with pytest.raises(CancelledError):
        import_package(office.db, path, PASSPHRASE, progress=progress)
    assert "Saving" in seen
    assert all_counts(office.db) == before and log_events(office.db) == []


# --- a filled return template (no app at the partner) ---------------------------------------------


def filled_template(office: Office) -> Path:
    """The FLN MoU's return template for the endline, with SCHOOL's results typed in."""
    path = office.folder / "return-template.xlsx"
    path.write_bytes(
        return_template_bytes(office.db, office.district.fln_mou_id, today=TEMPLATE_DAY, round_name=ENDLINE)
    )
    book = load_workbook(path)
    sheet = book[CATEGORIES[RESULTS].table]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=columns["udise_code"]).value == SCHOOL:
            sheet.cell(row=row, column=columns["score"]).value = 12
            sheet.cell(row=row, column=columns["level"]).value = "Word"
    book.save(path)
    return path


def test_a_filled_return_template_imports_like_a_package_but_unsigned(office: Office) -> None:
    path = filled_template(office)
    before = all_counts(office.db)

    check = check_workbook(office.db, path)

    assert check.source == "workbook" and check.signer_fingerprint is None and check.created_at is None
    assert check.organisation_name == "Akshara Learning Trust" and check.round_name == ENDLINE
    assert any("is not signed" in note for note in check.notes)
    assert any("pre-filled rows were left empty" in note for note in check.notes)
    [table] = check.tables
    assert (table.file_name, table.counts.create, table.counts.error_rows) == (path.name, 10, 0)
    assert check.importable and check.unknown_students == 0
    assert all_counts(office.db) == before

    outcome = import_workbook(office.db, path)

    assert outcome.counts[RESULTS].create == 10
    assert {key for key, _subject in results(office.db, ENDLINE)} == {key for key, _name in PUPILS_OF_SCHOOL}
    with office.db.reading() as session:
        entry = session.get(ExchangeLogEntry, outcome.log_id)
        assert (
            entry is not None
            and entry.signer_fingerprint == ""
            and entry.partner_names == ["Akshara Learning Trust"]
        )
    assert import_workbook(office.db, path).already_imported is not None


def test_a_workbook_row_with_a_problem_names_its_sheet_and_row(office: Office) -> None:
    path = filled_template(office)
    book = load_workbook(path)
    sheet = book[CATEGORIES[RESULTS].table]
    columns = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=2, column=columns["score"]).value = 45  # the round's maximum is 20
    book.save(path)

    with pytest.raises(
        ImportRefusedError, match=r'sheet student_results, row 2, column "score": "45" is above'
    ):
        import_workbook(office.db, path)
    assert results(office.db, ENDLINE) == {}

"""The tables of a package and their CSV and XLSX bytes: only the terms' categories and fields,
only the covered schools, pseudonyms, small groups suppressed, cells that never run as formulas."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from db.models import District, Office, Person
from desktop.services.database import Database
from desktop.services.exchange import table_files as files_module
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.pseudonyms import mou_secret, pseudonym_map
from desktop.services.exchange.scope import ExportScope, export_scope
from desktop.services.exchange.table_files import (
    CSV_ENCODING,
    WORKBOOK_NAME,
    csv_bytes,
    read_csv_table,
    table_files,
)
from desktop.services.exchange.tables import ExportTable, build_tables, count_records
from desktop.services.imports.values import unguard
from desktop.services.progress import CancelledError, Progress
from tests.exchange_fixtures import (
    FORMULA_SCHOOLS,
    HUBBALLI_BEO,
    KUNDGOL_BEO,
    OFFICIALS,
    OUTSIDERS,
    PUPILS,
    SCHOOLS,
    SMALL_SCHOOL,
    STUDENT_KEYS,
    STUDENT_NAMES,
    TODAY,
    DistrictTemplate,
    ExchangeDistrict,
    add_mou,
    build_template,
    district_copy,
)

ABOUT = [("MoU", "DDPI/SNR/MOU/2026/02"), ("Keep until", date(2027, 5, 23))]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> DistrictTemplate:
    return build_template(tmp_path_factory.mktemp("exchange-tables"))


@pytest.fixture
def world(template: DistrictTemplate, tmp_path: Path) -> Iterator[tuple[Database, ExchangeDistrict]]:
    with district_copy(template, tmp_path) as opened:
        yield opened


def _build(db: Database, mou_id: int, **options) -> tuple[ExportScope, list[ExportTable]]:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        scope = export_scope(session, mou_id, today=TODAY, **options)
        return scope, build_tables(session, scope, mou_secret(session, mou_id))


def _table(tables: list[ExportTable], code: str) -> ExportTable:
    return next(table for table in tables if table.category == code)


def _package_text(files: list) -> str:  # type: ignore[type-arg]
    """Every byte of the files as text: CSVs decoded, the workbook unzipped and its XML parts too."""
    parts = []
    for file in files:
        if file.name.endswith(".xlsx"):
            with zipfile.ZipFile(io.BytesIO(file.data)) as book:
                parts += [book.read(name).decode("utf-8") for name in book.namelist()]
        else:
            parts.append(file.data.decode(CSV_ENCODING))
    return "\n".join(parts)


def _sheets(data: bytes) -> dict[str, list[tuple]]:
    book = load_workbook(io.BytesIO(data))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}


# --- THE scope test: one category allowed, one table, its fields only ---------------------------


@pytest.mark.parametrize("code", list(CATEGORIES))
def test_terms_allowing_one_category_give_only_its_table_with_only_its_fields(world, code):
    db, district = world
    mou_id = add_mou(
        db, district, f"DDPI/SNR/ONLY/{code}", shares=((code, "One purpose", 12),), whole_district=True
    )
    scope, tables = _build(db, mou_id)
    category = CATEGORIES[code]
    assert [(t.category, t.name) for t in tables] == [(code, category.table)]
    table = tables[0]
    assert table.columns == category.columns
    assert table.records > 0
    assert all(len(row) == len(category.columns) for row in table.rows)

    files = table_files(tables, [("MoU", scope.reference), ("Keep until", scope.keep_until)])
    assert [f.name for f in files] == [f"{category.table}.csv", WORKBOOK_NAME]
    header, rows = read_csv_table(files[0].data)
    assert tuple(header) == category.columns
    assert len(rows) == table.records
    sheets = _sheets(files[1].data)
    assert list(sheets) == [category.table, "About"]
    assert sheets[category.table][0] == category.columns
    assert len(sheets[category.table]) == table.records + 1

    text = _package_text(files)
    for secret in (*STUDENT_NAMES, *STUDENT_KEYS):
        assert secret not in text
    for phone, email in OUTSIDERS.values():
        assert phone not in text and email not in text
    for name, (phone, email) in OFFICIALS.items():
        shared = code == "official_contacts"
        assert (name in text, phone in text, email in text) == (shared, shared, shared)


def test_no_student_name_or_id_in_a_package_with_every_category(world):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id)
    text = _package_text(table_files(tables, ABOUT))
    assert not [secret for secret in (*STUDENT_NAMES, *STUDENT_KEYS) if secret in text]
    students = _table(tables, "student_results_pseudonymised")
    assert students.student_keys == set(STUDENT_KEYS)


# --- coverage ---------------------------------------------------------------------------------


def test_schools_outside_the_coverage_never_appear(world):
    db, district = world
    _scope, tables = _build(db, district.fln_mou_id)
    covered = district.school_codes_of_block("Hubballi") | {"29310200101"}
    outside = {code for code, *_rest in SCHOOLS} - covered
    text = _package_text(table_files(tables, ABOUT))
    assert not [code for code in outside if code in text]
    assert all(code in text for code in covered)
    assert _table(tables, "school_directory").school_codes == covered
    assert {row[0] for row in _table(tables, "school_directory").rows} == covered
    results = _table(tables, "student_results_pseudonymised")
    assert {row[1] for row in results.rows} == covered == results.school_codes
    assert results.student_keys == {key for code, key, _name, _gender in PUPILS if code in covered}


def test_a_whole_district_mou_covers_every_school(world):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id)
    every = {code for code, *_rest in SCHOOLS}
    for code in (
        "school_directory",
        "school_indicators",
        "assessment_aggregates",
        "student_results_pseudonymised",
    ):
        assert _table(tables, code).school_codes == every
    assert _table(tables, "official_contacts").school_codes == set()


def test_the_school_directory_row(world):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id, categories=["school_directory"])
    rows = {row[0]: row for row in tables[0].rows}
    assert rows["29310100102"] == (
        "29310100102", "GHPS Amargol", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಅಮರಗೋಳ", "Hubballi", "Amargol", "Amargol",
        "Department of Education", "Primary with upper primary (1-8)", "rural", "580201", "Kannada", 15.31, 75.11,
    )  # fmt: skip
    assert rows["29310200901"][4] is None  # no cluster


def test_indicators_of_the_chosen_rounds_only(world):
    db, district = world
    midline = district.round_ids["Midline 2026"]
    _scope, tables = _build(db, district.wide_mou_id, categories=["school_indicators"], round_ids=[midline])
    rows = tables[0].rows
    assert len(rows) == 12 and {row[1] for row in rows} == {"Midline 2026"}
    assert rows[0] == ("29310100101", "Midline 2026", 44, 22, 22, 81.0, 2)


# --- aggregates -------------------------------------------------------------------------------


def _aggregate(table: ExportTable, level: str, name: str, round_name: str, subject: str) -> tuple:
    position = {"block": 1, "cluster": 2, "school": 3}[level]
    return next(
        row[8:]
        for row in table.rows
        if row[0] == level and row[position] == name and row[5] == round_name and row[7] == subject
    )


def test_aggregates_by_hand_with_small_groups_suppressed(world):
    db, district = world
    _scope, tables = _build(db, district.fln_mou_id, categories=["assessment_aggregates"])
    table = tables[0]
    # GLPS Amargol has 3 pupils: its row is kept, its figures are not.
    assert _aggregate(table, "school", SMALL_SCHOOL, "Baseline 2026", "Kannada") == (None, None, None, "yes")
    # GHPS Amargol: scores 8, 12, 12, 16, 20 -> 68 / 5 = 13.6; Paragraph or above 2 of 5.
    assert _aggregate(table, "school", "29310100102", "Baseline 2026", "Kannada") == (5, 13.6, 40.0, "no")
    # GKMS Amargol: 5, 9, 11, 13, 15, 19 -> 72 / 6 = 12.0; 2 of 6 = 33.3 %.
    assert _aggregate(table, "school", "29310100103", "Baseline 2026", "Kannada") == (6, 12.0, 33.3, "no")
    # The cluster adds up all three, the small school too: 182 / 14 = 13.0; 6 of 14 = 42.9 %.
    assert _aggregate(table, "cluster", "Amargol", "Baseline 2026", "Kannada") == (14, 13.0, 42.9, "no")
    # A round without a level scheme has no grade-level share.
    assert _aggregate(table, "cluster", "Byahatti", "Camp check 2026", "Kannada")[2] is None
    # The MoU covers one school of Kundgol: the block's figures are that school's.
    block = _aggregate(table, "block", "Kundgol", "Baseline 2026", "Kannada")
    assert block == _aggregate(table, "school", "29310200101", "Baseline 2026", "Kannada")
    assert block[0] == 7
    small = next(row for row in table.rows if row[3] == SMALL_SCHOOL)
    assert small[:8] == (
        "school",
        "Hubballi",
        "Amargol",
        SMALL_SCHOOL,
        "GLPS Amargol",
        "Baseline 2026",
        3,
        "Kannada",
    )


def test_aggregates_come_block_then_clusters_then_schools(world):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id, categories=["assessment_aggregates"])
    baseline_kannada = [
        (row[0], row[2] if row[0] == "cluster" else row[3] or row[1])
        for row in tables[0].rows
        if row[5] == "Baseline 2026" and row[7] == "Kannada"
    ]
    assert baseline_kannada[:5] == [
        ("block", "Hubballi"),
        ("cluster", "Amargol"),
        ("school", "29310100101"),
        ("school", "29310100102"),
        ("school", "29310100103"),
    ]
    assert baseline_kannada[-2:] == [("cluster", "(no cluster)"), ("school", "29310200901")]
    assert _aggregate(tables[0], "block", "Kundgol", "Baseline 2026", "Kannada")[0] == 36


def test_suppressed_figures_are_blank_in_the_files(world):
    db, district = world
    _scope, tables = _build(db, district.fln_mou_id, categories=["assessment_aggregates"])
    header, rows = read_csv_table(csv_bytes(tables[0]))
    small = [row for row in rows if row[header.index("udise_code")] == SMALL_SCHOOL]
    assert small and all(row[8:] == ["", "", "", "yes"] for row in small)


# --- student results --------------------------------------------------------------------------


def test_student_results_carry_pseudonyms_level_names_and_dates(world):
    db, district = world
    scope, tables = _build(db, district.fln_mou_id, categories=["student_results_pseudonymised"])
    table = tables[0]
    with db.reading() as session:
        secret = mou_secret(session, district.fln_mou_id)
    aliases = pseudonym_map(secret, table.student_keys)
    small = [
        row
        for row in table.rows
        if row[1] == SMALL_SCHOOL and row[2] == "Baseline 2026" and row[5] == "Kannada"
    ]
    keys = [key for code, key, _name, _gender in PUPILS if code == SMALL_SCHOOL]
    assert sorted(small) == sorted(
        (aliases[key], SMALL_SCHOOL, "Baseline 2026", 3, gender, "Kannada", score, level, date(2026, 7, 7))
        for key, gender, score, level in zip(
            keys, ("M", "F", "M"), (10.0, 14.0, 18.0), ("Letter", "Paragraph", "Story"), strict=True
        )
    )
    assert all(row[7] is None for row in table.rows if row[2] == "Camp check 2026")
    header, rows = read_csv_table(csv_bytes(table))
    first = dict(zip(header, rows[0], strict=True))
    assert (first["score"], first["assessed_on"]) == (str(int(table.rows[0][6])), "07/07/2026")
    assert scope.round_names == ("Baseline 2026", "Camp check 2026", "Midline 2026")


def test_student_results_come_by_round_school_pseudonym_and_subject(world):
    db, district = world
    scope, tables = _build(db, district.wide_mou_id, categories=["student_results_pseudonymised"])
    rows = tables[0].rows
    position = {name: n for n, name in enumerate(scope.round_names)}
    assert len(rows) > 100 and len(scope.round_names) == 3
    assert rows == sorted(rows, key=lambda row: (position[row[2]], row[1], row[0], row[5]))
    # Not in the order of the office's own ids.
    with db.reading() as session:
        aliases = pseudonym_map(mou_secret(session, district.wide_mou_id), tables[0].student_keys)
    by_id = sorted(rows, key=lambda row: (position[row[2]], row[1], _key_of(aliases, row[0]), row[5]))
    assert rows != by_id


def _key_of(aliases: dict[str, str], alias: str) -> str:
    return next(key for key, value in aliases.items() if value == alias)


def test_a_table_held_by_column_writes_the_files_a_table_of_rows_does(world):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id)
    as_rows = [ExportTable(t.category, t.name, t.columns, list(t.rows), t.school_codes) for t in tables]
    assert [t.values for t in as_rows] == [t.values for t in tables]
    assert [csv_bytes(t) for t in as_rows] == [csv_bytes(t) for t in tables]
    assert _sheets(table_files(as_rows, ABOUT)[-1].data) == _sheets(table_files(tables, ABOUT)[-1].data)
    results = _table(tables, "student_results_pseudonymised")
    by_column = ExportTable(results.category, results.name, results.columns, values=results.values)
    assert by_column.records == results.records and by_column.rows == results.rows


def test_pseudonyms_are_stable_across_builds_and_differ_between_mous(world):
    db, district = world
    _scope, first = _build(db, district.fln_mou_id, categories=["student_results_pseudonymised"])
    _scope, again = _build(db, district.fln_mou_id, categories=["student_results_pseudonymised"])
    assert first[0].rows == again[0].rows
    _scope, other = _build(db, district.wide_mou_id, categories=["student_results_pseudonymised"])
    assert not {row[0] for row in first[0].rows} & {row[0] for row in other[0].rows}
    # The same student links across rounds under one MoU.
    per_round = {}
    for row in first[0].rows:
        per_round.setdefault(row[2], set()).add(row[0])
    assert per_round["Baseline 2026"] == per_round["Midline 2026"]


def test_student_results_need_the_secret(world):
    db, district = world
    with db.reading() as session:
        scope = export_scope(session, district.fln_mou_id, today=TODAY)
        with pytest.raises(ValueError, match="secret"):
            build_tables(session, scope, None)


# --- official contacts ------------------------------------------------------------------------


def _contact_names(db: Database, mou_id: int) -> list[str]:
    _scope, tables = _build(db, mou_id, categories=["official_contacts"])
    return [row[0] for row in tables[0].rows]


def test_official_contacts_of_the_office_the_district_and_the_covered_blocks(world):
    db, district = world
    hubballi = add_mou(
        db,
        district,
        "DDPI/SNR/MOU/2026/20",
        block_names=("Hubballi",),
        shares=(("official_contacts", "Visits", 6),),
    )
    names = _contact_names(db, hubballi)
    assert names == [HUBBALLI_BEO, "Savitha K. Patil", "Prakash Hiremath"]  # by office: BEO, DDPI, DIET
    assert KUNDGOL_BEO not in names
    assert sorted(_contact_names(db, district.wide_mou_id)) == sorted(OFFICIALS)
    _scope, tables = _build(db, district.wide_mou_id, categories=["official_contacts"])
    assert ("Savitha K. Patil", "ಸವಿತಾ ಕೆ. ಪಾಟೀಲ", "DDPI", "DDPI Sunnur", "+91 98450 12345",
            "ddpi.sunnur@example.gov.in") in tables[0].rows  # fmt: skip


def test_an_office_without_a_district_counts_only_in_a_one_district_database(world):
    db, district = world
    with db.transaction() as session:
        office = Office(name="Samagra Shiksha office", kind="Samagra Shiksha (DPO)", office_code="SS/X")
        session.add(office)
        session.flush()
        session.add(Person(name="Nagaraj Itagi", designation="DPO", office_id=office.id, phone="94485 00001"))
    assert "Nagaraj Itagi" not in _contact_names(db, district.wide_mou_id)
    with db.transaction() as session:
        for person in session.query(Person).filter(Person.office_id == district.office_ids["DDPI/GDG"]):
            session.delete(person)
        session.flush()
        session.delete(session.get(Office, district.office_ids["DDPI/GDG"]))
        session.flush()
        session.delete(session.query(District).filter(District.name == "Gadag").one())
    assert "Nagaraj Itagi" in _contact_names(db, district.wide_mou_id)


# --- counts, progress -------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["fln", "wide"])
def test_counts_before_building_match_the_tables(world, which):
    db, district = world
    mou_id = district.fln_mou_id if which == "fln" else district.wide_mou_id
    scope, tables = _build(db, mou_id)
    with db.reading() as session:
        counts = count_records(session, scope)
    assert counts == {table.category: table.records for table in tables}


def test_progress_is_reported_per_table_and_cancel_stops_before_any(world):
    db, district = world
    seen: list[tuple[int, int, str]] = []
    with db.transaction() as session:
        scope = export_scope(session, district.wide_mou_id, today=TODAY)
        build_tables(
            session, scope, mou_secret(session, district.wide_mou_id), Progress(lambda *a: seen.append(a))
        )
    assert [(done, total) for done, total, _message in seen] == [(n, 5) for n in range(6)]
    assert seen[0][2] == "Table 1 of 5: School directory (names, UDISE codes, location, management)"
    cancelled = Progress()
    cancelled.cancel()
    with db.reading() as session, pytest.raises(CancelledError):
        build_tables(session, scope, None, cancelled)


# --- files ------------------------------------------------------------------------------------


def test_formula_like_cells_are_neutralised_in_csv_and_xlsx_and_phones_kept(world):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id, categories=["school_directory", "official_contacts"])
    files = {f.name: f.data for f in table_files(tables, ABOUT)}
    _header, rows = read_csv_table(files["school_directory.csv"])
    names = {row[0]: row[1] for row in rows}
    hyperlink, command = (names[code] for code in FORMULA_SCHOOLS)
    assert hyperlink == """'=HYPERLINK("http://evil.example/x","Click")"""
    assert command == "'+cmd|' /C calc'!A0"
    # The import side takes the apostrophe off again.
    assert unguard(pd.Series([hyperlink, command, "GHPS Amargol"])).tolist() == [
        """=HYPERLINK("http://evil.example/x","Click")""",
        "+cmd|' /C calc'!A0",
        "GHPS Amargol",
    ]
    _header, contacts = read_csv_table(files["official_contacts.csv"])
    assert ["Savitha K. Patil", "ಸವಿತಾ ಕೆ. ಪಾಟೀಲ", "DDPI", "DDPI Sunnur", "+91 98450 12345",
            "ddpi.sunnur@example.gov.in"] in contacts  # fmt: skip

    book = load_workbook(io.BytesIO(files[WORKBOOK_NAME]))
    cells = {row[0].value: row[1] for row in book["school_directory"].iter_rows(min_row=2)}
    assert cells[FORMULA_SCHOOLS[0]].value == hyperlink and cells[FORMULA_SCHOOLS[0]].data_type == "s"
    assert cells[FORMULA_SCHOOLS[1]].value == command and cells[FORMULA_SCHOOLS[1]].data_type == "s"
    phones = [row[4] for row in book["official_contacts"].iter_rows(min_row=2, values_only=True)]
    assert "+91 98450 12345" in phones
    with zipfile.ZipFile(io.BytesIO(files[WORKBOOK_NAME])) as archive:
        assert not [name for name in archive.namelist() if "<f>" in archive.read(name).decode()]


def test_the_csv_is_standard_csv_with_kannada_numbers_and_dates():
    table = ExportTable(
        "school_directory",
        "odd",
        ("text", "number", "date", "empty"),
        [
            ("a,b", 12.0, date(2026, 7, 7), None),
            ('say "hi"', 12.5, None, None),
            ("two\nlines", 7, date(2026, 11, 10), None),
            ("=1+2", -3.0, None, None),
            ("ಕನ್ನಡ\x07", 0.1, None, ""),
        ],
    )
    data = csv_bytes(table)
    assert data.startswith("\ufeff".encode())
    expected = io.StringIO()
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerows(
        [
            ("text", "number", "date", "empty"),
            ("a,b", 12, "07/07/2026", None),
            ('say "hi"', 12.5, None, None),
            ("two\nlines", 7, "10/11/2026", None),
            ("'=1+2", -3, None, None),
            ("ಕನ್ನಡ", 0.1, None, ""),
        ]
    )
    assert data == expected.getvalue().encode("utf-8-sig")
    header, rows = read_csv_table(data)
    assert header == ["text", "number", "date", "empty"]
    assert rows[2] == ["two\nlines", "7", "10/11/2026", ""]


def test_xlsx_dates_are_dates_shown_day_first(world):
    db, district = world
    _scope, tables = _build(db, district.fln_mou_id, categories=["student_results_pseudonymised"])
    book = load_workbook(io.BytesIO(table_files(tables, ABOUT)[-1].data))
    cell = book["student_results"]["I2"]
    assert (cell.value, cell.number_format) == (datetime(2026, 7, 7), "DD/MM/YYYY")
    about = {row[0].value: row[1] for row in book["About"].iter_rows()}
    assert about["MoU"].value == "DDPI/SNR/MOU/2026/02"
    assert (about["Keep until"].value, about["Keep until"].number_format) == (
        datetime(2027, 5, 23),
        "DD/MM/YYYY",
    )
    assert book["About"]["A1"].font.bold


def test_tables_longer_than_a_sheet_are_in_their_csv_only(world, monkeypatch):
    db, district = world
    _scope, tables = _build(db, district.wide_mou_id)
    records = {table.name: table.records for table in tables}
    limit = records["school_indicators"]  # a table of exactly the limit still gets its sheet
    monkeypatch.setattr(files_module, "XLSX_MAX_ROWS", limit)
    files = table_files(tables, ABOUT)
    assert [f.name for f in files] == [f"{table.name}.csv" for table in tables] + [WORKBOOK_NAME]
    sheets = _sheets(files[-1].data)
    kept = [name for name, count in records.items() if count <= limit]
    assert list(sheets) == [*kept, "About"]
    assert {"student_results", "assessment_aggregates"} <= set(records) - set(kept)
    notes = {row[0]: row[1] for row in sheets["About"]}
    assert notes["student_results"] == (
        f"{records['student_results']:,} rows: in student_results.csv only "
        f"(a sheet of this workbook holds at most {limit:,} rows)."
    )
    for f in files[:-1]:
        _header, rows = read_csv_table(f.data)
        assert len(rows) == records[f.name.removesuffix(".csv")]

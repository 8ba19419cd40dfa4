"""Return templates and return packages: the workbook the office makes for a partner, read back as
typed (or refused, saying where), and the partner's signed package made from it."""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.models import MouExchangeSecret
from desktop.services.database import Database
from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange import keys
from desktop.services.exchange.catalogue import CATEGORIES, FORMAT_NAME, FORMAT_VERSION
from desktop.services.exchange.fingerprints import decode_public_key
from desktop.services.exchange.package import verify_package
from desktop.services.exchange.pseudonyms import mou_secret, pseudonym
from desktop.services.exchange.return_package import build_return_package
from desktop.services.exchange.return_template import return_template_bytes
from desktop.services.exchange.return_template_reader import ReturnTables, read_return_template
from desktop.services.exchange.scope import export_scope
from desktop.services.exchange.table_files import read_csv_table
from desktop.services.imports.problems import FileProblemsError
from desktop.services.opening import open_database
from tests.conftest import copy_database
from tests.exchange_fixtures import (
    FLN_REFERENCE,
    PUPILS,
    SCHEME_LEVELS,
    SCHOOLS,
    STUDENT_KEYS,
    STUDENT_NAMES,
    SUBJECTS,
    TODAY,
    ExchangeDistrict,
    add_mou,
    build_district,
    row_counts,
)

CHEAP = {"n": 2**10, "r": 8, "p": 1}
PASSPHRASE = "K7QD-M3XP-9RTA-4WHN"
ROUND = "Endline 2027"
RESULTS, INDICATORS = "student_results_pseudonymised", "school_indicators"
RESULT_COLUMNS = CATEGORIES[RESULTS].columns
INDICATOR_COLUMNS = CATEGORIES[INDICATORS].columns
NOW = datetime(2027, 2, 10, 15, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
PARTNER = "Akshara Learning Trust"
FLN_SCHOOLS = {code for code, _n, _l, block, _c, _p in SCHOOLS if block == "Hubballi"} | {"29310200101"}
# The midline (the latest round) has both subjects for every pupil of the covered schools.
FLN_RESULT_ROWS = len(SUBJECTS) * sum(1 for code, *_rest in PUPILS if code in FLN_SCHOOLS)


@pytest.fixture(scope="module")
def district_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ExchangeDistrict]:
    """The exchange district built once for the module; each test gets a copy."""
    path = tmp_path_factory.mktemp("returns-district") / "district.db"
    database, _report = open_database(path, operator="tester")
    try:
        world = build_district(database)
    finally:
        database.close()
    return path, world


@pytest.fixture
def office(tmp_path: Path, district_template: tuple[Path, ExchangeDistrict]) -> Iterator[Database]:
    database, _report = open_database(
        copy_database(district_template[0], tmp_path / "office" / "district.db"), operator="tester"
    )
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def world(district_template: tuple[Path, ExchangeDistrict]) -> ExchangeDistrict:
    return district_template[1]


@pytest.fixture(scope="module")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("returns-partner") / "partner.db"
    database, _report = open_database(path, operator="Ramesh")
    database.close()
    return path


@pytest.fixture
def partner_db(tmp_path: Path, empty_template: Path) -> Iterator[Database]:
    """The partner's own installation: an empty database that knows no MoU."""
    database, _report = open_database(
        copy_database(empty_template, tmp_path / "partner" / "partner.db"), operator="Ramesh"
    )
    try:
        yield database
    finally:
        database.close()


def save_template(office: Database, mou_id: int, folder: Path, round_name: str = ROUND) -> Path:
    path = folder / "return-template.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(return_template_bytes(office, mou_id, today=TODAY, round_name=round_name))
    return path


def sheet_rows(path: Path, sheet: str) -> list[list[object]]:
    return [list(row) for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def fill(path: Path, sheet: str, cells: dict[tuple[int, str], object], out: Path | None = None) -> Path:
    """Type ``cells`` ((row, heading) -> value) into a sheet with openpyxl, as a partner would."""
    book = load_workbook(path)
    page = book[sheet]
    columns = {cell.value: cell.column for cell in page[1]}
    for (row, heading), value in cells.items():
        page.cell(row=row, column=columns[heading]).value = value
    target = out or path
    book.save(target)
    return target


def stick(tmp_path: Path, name: str = "stick") -> Path:
    """An empty folder standing for the USB drive."""
    folder = tmp_path / name
    folder.mkdir()
    return folder


def problems_of(refusal: pytest.ExceptionInfo[FileProblemsError]) -> list[str]:
    return [problem.message for problem in refusal.value.problems]


# --- the template -------------------------------------------------------------------------------


def test_template_has_the_catalogue_sheets_and_headings(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    path = save_template(office, world.fln_mou_id, tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == ["About", "student_results", "school_indicators", "schools"]
    assert [cell.value for cell in book["student_results"][1]] == list(RESULT_COLUMNS)
    assert [cell.value for cell in book["school_indicators"][1]] == list(INDICATOR_COLUMNS)
    for name in ("student_results", "school_indicators", "schools"):
        assert book[name].freeze_panes == "A2"
        assert all(cell.font.bold for cell in book[name][1])
    validated = {
        str(check.sqref).split(":")[0]: (check.type, check.formula1)
        for check in book["student_results"].data_validations.dataValidation
    }
    assert validated["D2"] == ("whole", "1")  # grade 1 to 12
    assert validated["E2"] == ("list", '"F,M,O"')  # gender


def test_template_about_sheet_names_the_mou_round_and_rules(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    path = save_template(office, world.fln_mou_id, tmp_path, round_name="Midline 2026")
    about = {row[0]: row[1] for row in sheet_rows(path, "About")}
    assert about["MoU"] == f"{FLN_REFERENCE}: Partnership {FLN_REFERENCE}"
    assert about["Office"] == "DDPI Sunnur"
    assert about["Partner"] == PARTNER
    assert about["Round"] == "Midline 2026"
    assert uuid.UUID(about["Template id"])
    assert "Do not rename the sheets or the column headings" in about["Do not change"]
    assert "F, M or O" in about["student_results: gender"]
    assert "from 1 to 12" in about["student_results: grade"]
    assert "DD/MM/YYYY" in about["student_results: assessed_on"]
    assert "from 0 to 20" in about["student_results: score"]  # the round's top score
    assert ", ".join(SCHEME_LEVELS) in about["student_results: level"]  # the round's scheme
    levels = [
        c for c in load_workbook(path)["student_results"].data_validations.dataValidation if c.type == "list"
    ]
    assert f'"{",".join(SCHEME_LEVELS)}"' in [check.formula1 for check in levels]


def test_a_round_without_a_scheme_asks_for_no_level(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    path = save_template(office, world.fln_mou_id, tmp_path, round_name="Camp check 2026")
    about = {row[0]: row[1] for row in sheet_rows(path, "About")}
    assert "leave it empty" in about["student_results: level"]


def test_prefilled_students_are_the_latest_rounds_under_the_mous_pseudonyms(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    path = save_template(office, world.fln_mou_id, tmp_path)
    rows = sheet_rows(path, "student_results")[1:]
    with office.transaction() as session:
        secret = mou_secret(session, world.fln_mou_id)
    expected = {
        (pseudonym(secret, key), code, ROUND, "3", gender, subject, None, None, None)
        for code, key, _name, gender in PUPILS
        if code in FLN_SCHOOLS
        for subject in SUBJECTS
    }
    assert len(rows) == len(expected) == FLN_RESULT_ROWS == 84
    assert {tuple(row) for row in rows} == expected
    assert [row[1] for row in rows] == sorted(row[1] for row in rows)  # by school
    indicators = sheet_rows(path, "school_indicators")[1:]
    assert [row[:2] for row in indicators] == [[code, ROUND] for code in sorted(FLN_SCHOOLS)]
    assert all(value is None for row in indicators for value in row[2:])


def test_the_same_mou_gives_the_same_pseudonyms_again(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    first = sheet_rows(save_template(office, world.fln_mou_id, tmp_path / "a"), "student_results")
    second = sheet_rows(save_template(office, world.fln_mou_id, tmp_path / "b"), "student_results")
    assert first == second
    with office.reading() as session:
        assert session.scalar(select(func.count()).select_from(MouExchangeSecret)) == 1


def test_the_template_holds_no_student_ids_or_names(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    path = save_template(office, world.wide_mou_id, tmp_path)
    with zipfile.ZipFile(path) as archive:
        text = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
    assert len(sheet_rows(path, "student_results")) > 100  # the whole district is pre-filled
    assert not [key for key in STUDENT_KEYS if key in text]
    assert not [name for name in STUDENT_NAMES if name in text]
    with office.transaction() as session:
        secret = mou_secret(session, world.wide_mou_id)
    assert all(pseudonym(secret, key) in text for key in STUDENT_KEYS)  # the search finds what is there


def test_schools_sheet_lists_covered_schools_with_formulas_neutralised(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    path = save_template(office, world.wide_mou_id, tmp_path)
    schools = sheet_rows(path, "schools")
    assert schools[0] == ["UDISE code", "School", "Block", "Cluster"]
    by_code = {row[0]: row for row in schools[1:]}
    assert set(by_code) == {code for code, *_rest in SCHOOLS}
    assert by_code["29310100201"] == ["29310100201", "GLPS Byahatti", "Hubballi", "Byahatti"]
    assert by_code["29310200201"][1] == "'" + '=HYPERLINK("http://evil.example/x","Click")'
    assert by_code["29310200901"][3] is None  # no cluster


def test_an_mou_without_student_terms_prefills_only_schools(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    mou_id = add_mou(
        office,
        world,
        "DDPI/SNR/MOU/2026/05",
        shares=(("school_directory", "Plan visits", 12),),
        cluster_names=("Saunshi",),
    )
    path = save_template(office, mou_id, tmp_path)
    assert sheet_rows(path, "student_results") == [list(RESULT_COLUMNS)]
    assert [row[0] for row in sheet_rows(path, "school_indicators")[1:]] == [
        "29310200101",
        "29310200102",
        "29310200103",
    ]
    with office.reading() as session:  # no pseudonym secret was made for it
        assert session.get(MouExchangeSecret, mou_id) is None


def test_an_mou_without_any_data_terms_still_gets_a_template(
    office: Database, world: ExchangeDistrict, tmp_path: Path
):
    mou_id = add_mou(office, world, "DDPI/SNR/MOU/2026/06", shares=(), school_codes=("29310200901",))
    with office.reading() as session, pytest.raises(ConflictError, match="no data-sharing terms"):
        export_scope(session, mou_id, today=TODAY)
    path = save_template(office, mou_id, tmp_path)
    assert sheet_rows(path, "school_indicators")[1][:2] == ["29310200901", ROUND]


@pytest.mark.parametrize(
    ("status", "changes"),
    [
        ("draft", {}),
        ("signed", {}),
        ("expired", {}),
        ("terminated", {"terminated_on": date(2026, 10, 1)}),
        ("active", {"end": date(2026, 11, 1)}),
        ("active", {"start": date(2027, 1, 1), "end": date(2027, 12, 31)}),
        ("draft", {"shares": ()}),
    ],
)
def test_an_mou_not_in_force_is_refused_as_an_export_is(
    office: Database, world: ExchangeDistrict, status: str, changes: dict
):
    mou_id = add_mou(
        office, world, "DDPI/SNR/MOU/2026/07", status=status, block_names=("Kundgol",), **changes
    )
    with office.reading() as session, pytest.raises(ConflictError) as export_refusal:
        export_scope(session, mou_id, today=TODAY)
    before = row_counts(office)
    with pytest.raises(ConflictError) as refusal:
        return_template_bytes(office, mou_id, today=TODAY, round_name=ROUND)
    assert str(refusal.value) == str(export_refusal.value)
    assert row_counts(office) == before


def test_an_mou_covering_no_schools_is_refused(office: Database, world: ExchangeDistrict):
    mou_id = add_mou(office, world, "DDPI/SNR/MOU/2026/08")
    with pytest.raises(ConflictError, match="DDPI/SNR/MOU/2026/08 covers no schools today"):
        return_template_bytes(office, mou_id, today=TODAY, round_name=ROUND)


@pytest.mark.parametrize(
    ("name", "message"), [("  ", "Give the name of the round"), ("x" * 121, "at most 120")]
)
def test_the_round_name_is_required_and_fits(
    office: Database, world: ExchangeDistrict, name: str, message: str
):
    before = row_counts(office)
    with pytest.raises(ValidationError, match=message) as refusal:
        return_template_bytes(office, world.fln_mou_id, today=TODAY, round_name=name)
    assert set(refusal.value.field_errors) == {"round_name"}
    assert row_counts(office) == before


# --- reading a filled template back ------------------------------------------------------------


@pytest.fixture
def template(office: Database, world: ExchangeDistrict, tmp_path: Path) -> Path:
    return save_template(office, world.fln_mou_id, tmp_path / "template")


def test_an_unfilled_template_reads_back_with_its_marks_and_nothing_filled(template: Path):
    about = {row[0]: row[1] for row in sheet_rows(template, "About")}
    returned = read_return_template(template)
    assert isinstance(returned, ReturnTables)
    assert (returned.mou_reference, returned.round_name, returned.office_name) == (
        FLN_REFERENCE,
        ROUND,
        "DDPI Sunnur",
    )
    assert returned.template_id == about["Template id"]
    assert returned.tables == {RESULTS: (list(RESULT_COLUMNS), []), INDICATORS: (list(INDICATOR_COLUMNS), [])}
    assert returned.filled_counts == {RESULTS: 0, INDICATORS: 0}
    assert returned.left_empty_counts == {RESULTS: FLN_RESULT_ROWS, INDICATORS: len(FLN_SCHOOLS)}


def test_filled_rows_read_back_as_typed_with_their_row_numbers(template: Path):
    import hashlib

    prefilled = sheet_rows(template, "student_results")
    fill(
        template,
        "student_results",
        {
            (2, "score"): 14,  # a number cell: "14", not "14.0"
            (2, "level"): "Word",
            (2, "assessed_on"): date(2027, 1, 15),  # a date cell: DD/MM/YYYY
            (5, "score"): 12.5,
            (5, "assessed_on"): "16/01/2027",  # typed as text
            (7, "level"): "ಪದ",  # Kannada, as typed
            (7, "subject"): "'=SUM(A1:A3)",  # text the app wrote guarded comes back without the guard
        },
    )
    fill(
        template,
        "school_indicators",
        {
            (3, "enrolment"): 52,
            (3, "enrolment_boys"): 25,
            (3, "enrolment_girls"): 27,
            (3, "attendance_percent"): 86.5,
            (3, "teachers"): 3,
            (3, "udise_code"): 29310100102,  # the code retyped as a number
            (3, "round"): None,  # a round left empty is the template's
        },
    )
    returned = read_return_template(template)
    header, rows = returned.tables[RESULTS]
    assert header == list(RESULT_COLUMNS)
    assert returned.row_numbers[RESULTS] == [2, 5, 7]
    assert rows[0] == [*prefilled[1][:6], "14", "Word", "15/01/2027"]
    assert rows[1] == [*prefilled[4][:6], "12.5", "", "16/01/2027"]
    assert rows[2][5:] == ["=SUM(A1:A3)", "", "ಪದ", ""]
    assert returned.tables[INDICATORS] == (
        list(INDICATOR_COLUMNS),
        [["29310100102", ROUND, "52", "25", "27", "86.5", "3"]],
    )
    assert returned.row_numbers[INDICATORS] == [3]
    assert returned.filled_counts == {RESULTS: 3, INDICATORS: 1}
    assert returned.left_empty_counts == {RESULTS: FLN_RESULT_ROWS - 3, INDICATORS: len(FLN_SCHOOLS) - 1}
    assert returned.sha256 == hashlib.sha256(template.read_bytes()).hexdigest()
    assert returned.source_path == template


def test_blank_rows_are_dropped_and_row_numbers_kept(template: Path):
    book = load_workbook(template)
    page = book["student_results"]
    last = page.max_row
    page.cell(row=last + 3, column=1, value="S0000000000000001")  # after two blank rows
    page.cell(row=last + 3, column=7, value=9)
    for column in range(1, 10):  # a pre-filled row emptied completely
        page.cell(row=4, column=column).value = None
    book.save(template)
    returned = read_return_template(template)
    assert returned.row_numbers[RESULTS] == [last + 3]
    assert returned.tables[RESULTS][1] == [["S0000000000000001", "", ROUND, "", "", "", "9", "", ""]]
    assert (
        returned.left_empty_counts[RESULTS] == FLN_RESULT_ROWS - 1
    )  # the emptied row is blank, not unfilled


def test_a_renamed_sheet_is_refused_naming_it(template: Path):
    book = load_workbook(template)
    book["school_indicators"].title = "indicators"
    book.save(template)
    with pytest.raises(FileProblemsError) as refusal:
        read_return_template(template)
    [message] = problems_of(refusal)
    assert message.startswith(
        "return-template.xlsx, sheet school_indicators: Is missing: the sheet was renamed or deleted"
    )
    assert "sheets not of the template: indicators" in message


def test_a_renamed_heading_is_refused_naming_file_sheet_and_column(template: Path):
    book = load_workbook(template)
    book["student_results"]["G1"] = "marks"
    book.save(template)
    with pytest.raises(FileProblemsError) as refusal:
        read_return_template(template)
    assert problems_of(refusal) == [
        'return-template.xlsx, sheet student_results, row 1, column "marks": "marks" (column G) is not a '
        "heading of this template; expected only the template's headings: " + ", ".join(RESULT_COLUMNS) + ".",
        'return-template.xlsx, sheet student_results, row 1, column "score": Is missing: the heading was '
        'renamed or the column deleted; expected the heading "score" as the template had it.',
    ]
    assert "return-template.xlsx was not imported" in str(refusal.value)


def test_an_extra_column_is_refused(template: Path):
    book = load_workbook(template)
    book["school_indicators"]["H1"] = "remarks"
    book["school_indicators"]["H2"] = "closed for repairs"
    book["school_indicators"]["J5"] = "a note without a heading"
    book.save(template)
    with pytest.raises(FileProblemsError) as refusal:
        read_return_template(template)
    messages = problems_of(refusal)
    assert len(messages) == 2
    assert messages[0].startswith(
        'return-template.xlsx, sheet school_indicators, row 1, column "remarks": "remarks" (column H) is '
        "not a heading of this template"
    )
    assert messages[1].startswith(
        'return-template.xlsx, sheet school_indicators, row 1, column "column J": Has values but no heading'
    )


def test_a_deleted_column_and_a_repeated_heading_are_refused(template: Path):
    book = load_workbook(template)
    page = book["student_results"]
    page.delete_cols(9)  # assessed_on
    page["I1"] = "level"
    book.save(template)
    with pytest.raises(FileProblemsError) as refusal:
        read_return_template(template)
    messages = problems_of(refusal)
    assert 'column "level": "level" (column I) is a second column with this heading' in messages[0]
    assert 'column "assessed_on": Is missing' in messages[1]


def test_reordered_columns_are_read_by_their_headings(template: Path):
    book = load_workbook(template)
    page = book["school_indicators"]
    page["G1"], page["C1"] = "enrolment", "teachers"
    page["G2"], page["C2"] = 40, 2
    book.save(template)
    returned = read_return_template(template)
    assert returned.tables[INDICATORS][1][0][2:] == ["40", "", "", "", "2"]


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda book: book.remove(book["About"]), "it has no About sheet"),
        (lambda book: book["About"].delete_cols(4, 2), "its About sheet does not carry the template's marks"),
        (lambda book: book["About"].cell(row=2, column=5, value="7"), "it is of version 7"),
        (
            lambda book: book["About"].cell(row=3, column=5, value="changed"),
            "the template id on its About sheet",
        ),
        (
            lambda book: setattr(book["About"]["E4"], "value", None),
            "the MoU reference on its About sheet",
        ),
    ],
)
def test_a_workbook_without_the_templates_marks_is_refused(template: Path, change, why: str):  # type: ignore[no-untyped-def]
    book = load_workbook(template)
    change(book)
    book.save(template)
    with pytest.raises(FileProblemsError) as refusal:
        read_return_template(template)
    [message] = problems_of(refusal)
    assert message.startswith(
        "return-template.xlsx, sheet About: Is not a return template of this app: " + why
    )


def test_the_marks_are_found_where_the_rows_moved(template: Path):
    book = load_workbook(template)
    book["About"].insert_rows(1, amount=3)
    book.save(template)
    assert read_return_template(template).mou_reference == FLN_REFERENCE


def test_a_plain_workbook_is_not_a_template(tmp_path: Path):
    book = Workbook()
    book.active.title = "student_results"
    book.active.append(list(RESULT_COLUMNS))
    path = tmp_path / "results.xlsx"
    book.save(path)
    with pytest.raises(FileProblemsError, match=r"results\.xlsx, sheet About: Is not a return template"):
        read_return_template(path)


def test_a_csv_file_is_not_a_template(tmp_path: Path):
    path = tmp_path / "results.csv"
    path.write_text(",".join(RESULT_COLUMNS) + "\n", encoding="utf-8")
    with pytest.raises(FileProblemsError, match=r"results\.csv: Is not a workbook"):
        read_return_template(path)


def test_a_row_of_another_round_is_refused(template: Path):
    fill(template, "student_results", {(3, "score"): 11, (3, "round"): "Baseline 2026"})
    with pytest.raises(FileProblemsError) as refusal:
        read_return_template(template)
    assert problems_of(refusal) == [
        'return-template.xlsx, sheet student_results, row 3, column "round": "Baseline 2026" is not this '
        f"template's round; expected {ROUND}, or the cell left empty."
    ]


# --- the partner's return package --------------------------------------------------------------


def filled_template(template: Path) -> Path:
    fill(
        template,
        "student_results",
        {
            (2, "score"): 17,
            (2, "level"): "Paragraph",
            (2, "assessed_on"): date(2027, 1, 20),
            (3, "score"): 9.5,
            (3, "level"): "ಅಕ್ಷರ",
            (3, "assessed_on"): "21/01/2027",
        },
    )
    return fill(template, "school_indicators", {(2, "enrolment"): 44, (2, "teachers"): 2})


def test_a_return_package_carries_the_filled_tables_signed_by_the_partner(
    template: Path, partner_db: Database, tmp_path: Path
):
    filled = filled_template(template)
    expected = read_return_template(filled)
    written = build_return_package(
        partner_db, filled, stick(tmp_path), PASSPHRASE, issuer_name=f"  {PARTNER} ", now=NOW, kdf=CHEAP
    )
    assert re.fullmatch(r"DDPI-SNR-MOU-2026-01-return_20270210_[0-9a-f]{8}\.zip", written.path.name)
    assert written.path.name.endswith(f"_{written.manifest['package_id'][:8]}.zip")
    public_text, own_fingerprint = keys.own_public_key_text(partner_db)
    opened = verify_package(written.path, PASSPHRASE, {own_fingerprint: decode_public_key(public_text)})
    manifest = opened.manifest
    assert manifest["format"] == FORMAT_NAME
    assert manifest["format_version"] == FORMAT_VERSION
    assert uuid.UUID(manifest["package_id"])
    assert manifest["direction"] == "to_district"
    assert manifest["created_at"] == "2027-02-10T15:30:00+05:30"
    assert manifest["issuer"] == {"kind": "partner", "name": PARTNER}
    assert manifest["recipients"] == ["DDPI Sunnur"]
    assert manifest["mou"] == {"reference": FLN_REFERENCE}
    assert manifest["round"] == ROUND
    assert manifest["template_id"] == expected.template_id
    assert manifest["categories"] == [
        {
            "code": RESULTS,
            "label": CATEGORIES[RESULTS].label,
            "table": "student_results",
            "fields": list(RESULT_COLUMNS),
            "records": 2,
        },
        {
            "code": INDICATORS,
            "label": CATEGORIES[INDICATORS].label,
            "table": "school_indicators",
            "fields": list(INDICATOR_COLUMNS),
            "records": 1,
        },
    ]
    assert manifest["counts"] == {"student results": 2, "school indicator rows": 1}
    assert set(opened.files) == {"student_results.csv", "school_indicators.csv"}
    for code, name in ((RESULTS, "student_results.csv"), (INDICATORS, "school_indicators.csv")):
        assert read_csv_table(opened.files[name]) == (
            list(expected.tables[code][0]),
            expected.tables[code][1],
        )
    _header, rows = read_csv_table(opened.files["student_results.csv"])
    assert [row[6:] for row in rows] == [["17", "Paragraph", "20/01/2027"], ["9.5", "ಅಕ್ಷರ", "21/01/2027"]]
    assert f"Data returned by {PARTNER}" in opened.readme
    assert f"Under MoU:  {FLN_REFERENCE}" in opened.readme
    assert own_fingerprint in opened.readme
    assert opened.signer_fingerprint == own_fingerprint


def test_formula_looking_cells_travel_guarded_and_come_back_as_typed(
    template: Path, partner_db: Database, tmp_path: Path
):
    book = load_workbook(template)
    page = book["student_results"]
    page["G2"] = 10
    page["F2"] = "=1+1"
    page["F2"].data_type = "s"  # typed as text ('=1+1 in Excel), not a formula
    book.save(template)
    written = build_return_package(
        partner_db, template, stick(tmp_path), PASSPHRASE, issuer_name=PARTNER, now=NOW, kdf=CHEAP
    )
    public_text, own_fingerprint = keys.own_public_key_text(partner_db)
    opened = verify_package(written.path, PASSPHRASE, {own_fingerprint: decode_public_key(public_text)})
    _header, rows = read_csv_table(opened.files["student_results.csv"])
    assert rows[0][5] == "'=1+1"  # the CSV never runs it; the import takes the apostrophe off


def test_an_unfilled_template_makes_no_package(template: Path, partner_db: Database, tmp_path: Path):
    folder = stick(tmp_path)
    left = FLN_RESULT_ROWS + len(FLN_SCHOOLS)
    with pytest.raises(ValidationError, match=f"has nothing filled in: its {left} pre-filled rows"):
        build_return_package(
            partner_db, template, folder, PASSPHRASE, issuer_name=PARTNER, now=NOW, kdf=CHEAP
        )
    assert list(folder.iterdir()) == []
    assert keys.own_key(partner_db) is None  # no key was made either


@pytest.mark.parametrize(
    ("passphrase", "issuer", "field"),
    [
        ("short", PARTNER, "passphrase"),
        (PASSPHRASE, "   ", "issuer_name"),
        (PASSPHRASE, "x" * 201, "issuer_name"),
    ],
)
def test_a_refused_passphrase_or_name_writes_nothing(
    template: Path, partner_db: Database, tmp_path: Path, passphrase: str, issuer: str, field: str
):
    filled = filled_template(template)
    folder = stick(tmp_path)
    with pytest.raises(ValidationError) as refusal:
        build_return_package(partner_db, filled, folder, passphrase, issuer_name=issuer, now=NOW, kdf=CHEAP)
    assert field in refusal.value.field_errors
    assert list(folder.iterdir()) == []
    assert keys.own_key(partner_db) is None


def test_a_refused_template_makes_no_package(template: Path, partner_db: Database, tmp_path: Path):
    book = load_workbook(filled_template(template))
    book["student_results"]["H1"] = "learning level"
    book.save(template)
    folder = stick(tmp_path)
    with pytest.raises(FileProblemsError, match='sheet student_results, row 1, column "learning level"'):
        build_return_package(
            partner_db, template, folder, PASSPHRASE, issuer_name=PARTNER, now=NOW, kdf=CHEAP
        )
    assert list(folder.iterdir()) == []


def test_the_partner_key_is_made_once_and_reused(template: Path, partner_db: Database, tmp_path: Path):
    filled = filled_template(template)
    first = build_return_package(
        partner_db, filled, stick(tmp_path, "a"), PASSPHRASE, issuer_name=PARTNER, kdf=CHEAP
    )
    second = build_return_package(
        partner_db, filled, stick(tmp_path, "b"), PASSPHRASE, issuer_name=PARTNER, kdf=CHEAP
    )
    assert first.manifest["signer"] == second.manifest["signer"]
    assert first.manifest["package_id"] != second.manifest["package_id"]
    assert len(keys.office_keys(partner_db)) == 1

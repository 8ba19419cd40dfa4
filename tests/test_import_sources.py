"""Reading import files: the shared real files, encodings, delimiters, header rows, workbooks, GeoJSON."""

from __future__ import annotations

import importlib.util
import zipfile
from datetime import date, datetime

import numpy as np
import openpyxl
import pandas as pd
import pytest

from desktop.services.imports.header_row import column_letter, detect_header_row, header_names
from desktop.services.imports.problems import FileProblemsError
from desktop.services.imports.sources import detect_source, raw_rows, read_source
from desktop.services.imports.table import SourceOptions
from desktop.services.progress import CancelledError, Progress
from tests.conftest import SHARED_DATA

DIRECTORY = SHARED_DATA / "school_directory"
ASSESSMENT = SHARED_DATA / "assessment"
PAGES = [DIRECTORY / f"ud_dt_n_2902_page_0{page}.geojson" for page in (1, 2, 3)]


def test_nas_file_is_semicolon_delimited():
    table = read_source([ASSESSMENT / "nas2021_performance_district_by_gender.csv"])
    assert table.info.delimiter == ";" and table.info.encoding == "utf-8"
    assert table.frame.shape == (4469, 16)
    assert table.frame.columns[2] == "udise_district_code"
    assert table.row_numbers[0] == 2 and table.row_numbers[-1] == 4470


def test_klp_mapping_has_bom_and_crlf_and_keeps_lower_case_names():
    table = read_source([DIRECTORY / "klp_karnataka_village_school_mapping.csv"])
    assert table.info.encoding == "utf-8-sig"
    assert table.frame.shape == (484, 11)
    assert table.frame.columns[0] == "State"  # no BOM left in the first name
    first = table.frame.iloc[0]
    assert (first["District"], first["Block"], first["DiseCode"]) == ("bagalkot", "jamakhandi", "29020902404")
    assert not table.frame["new_village"].str.endswith("\r").any()


def test_block_names_drop_empty_trailing_columns_and_name_the_index_column():
    table = read_source([DIRECTORY / "klp_karnataka_block_names_translations.csv"])
    assert list(table.frame.columns) == [
        "Column A",
        "district_id",
        "district_name",
        "block_id",
        "block_name",
        "block_kannada_name",
    ]
    assert len(table.frame) == 203
    assert table.frame.iloc[0]["block_kannada_name"] == "ಶಿರಸಿ "  # the trailing space is the file's


def test_flattened_bagalkot_keeps_codes_as_text():
    table = read_source([DIRECTORY / "bagalkot_2902_flattened.csv"])
    assert table.frame.shape == (2387, 33)
    assert table.frame.iloc[0]["schcd"] == "29020904706"
    assert table.frame.iloc[0]["pincode"] == " "
    assert table.frame["geom_lat"].iloc[0] == "12.341999999880375"


def test_other_shared_csv_files_read_with_their_shapes():
    contest = read_source([ASSESSMENT / "klp_gp_maths_contest_class4_2018-19_redacted.csv"])
    assert contest.frame.shape == (4157, 32) and contest.frame.iloc[0]["Date"] == "27/09/2018"
    codes = read_source([ASSESSMENT / "nas2021_district_udise_codes.csv"])
    assert codes.frame.shape == (733, 3) and codes.frame.iloc[0]["udise_district_code"] == "3501"


def test_geojson_pages_read_as_one_table():
    table = read_source(PAGES)
    assert table.info.format == "geojson"
    assert len(table.frame) == 2387 and "schcd" in table.frame.columns
    assert table.frame["schcd"].iloc[0] == "29020904706"
    assert table.frame["longitude"].iloc[0] == "77.005"
    # The row number is the feature's place in its page; the file index says which page.
    assert list(table.row_numbers[998:1002]) == [999, 1000, 1, 2]
    assert list(table.file_index[998:1002]) == [0, 0, 1, 1]
    assert table.file_name_of(1000) == "ud_dt_n_2902_page_02.geojson"


def test_geojson_adds_point_coordinates_when_properties_lack_them(tmp_path):
    path = tmp_path / "points.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "properties": {"schcd": "29020904706", "enrol": 120.0, "note": null},'
        ' "geometry": {"type": "Point", "coordinates": [75.5, 16.25]}},'
        '{"type": "Feature", "properties": {"schcd": "29020904707", "enrol": 7}, "geometry": null}]}'
    )
    table = read_source([path])
    assert list(table.frame.columns) == ["schcd", "enrol", "note", "longitude", "latitude"]
    assert table.frame.values.tolist() == [
        ["29020904706", "120", "", "75.5", "16.25"],
        ["29020904707", "7", "", "", ""],
    ]


def test_stacked_tables_skip_repeated_headers(tmp_path):
    # The FLS file's first tables share one header, repeated above each table after a blank row.
    lines = (ASSESSMENT / "fls2022_literacy_karnataka_kannada.csv").read_text().splitlines()
    path = tmp_path / "fls.csv"
    path.write_text("\n".join(lines[:28]) + "\n")
    table = read_source([path])
    assert list(table.frame.columns) == [
        "Descriptor",
        "State Average Performance (%)",
        "National Average Performance (%)",
    ]
    assert len(table.frame) == 17
    assert "Descriptor" not in set(table.frame["Descriptor"])
    assert list(table.row_numbers[:3]) == [2, 5, 6]


def test_stacked_file_with_a_differently_shaped_last_table_is_refused():
    with pytest.raises(FileProblemsError) as caught:
        read_source([ASSESSMENT / "fls2022_literacy_karnataka_kannada.csv"])
    first = caught.value.problems[0]
    assert first.row == 30
    assert "has 6 cells; the header (row 1) has 3" in first.reason
    assert "second table" in first.reason


def test_utf16_and_cp1252_files(tmp_path):
    frame = "Name,Block\nಶಿರಸಿ,Sirsi\nRāmapura,Hunnur\n"
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(frame.encode("utf-16"))
    table = read_source([utf16])
    assert table.info.encoding == "utf-16"
    assert table.frame.values.tolist() == [["ಶಿರಸಿ", "Sirsi"], ["Rāmapura", "Hunnur"]]
    windows = tmp_path / "windows.csv"
    windows.write_bytes("School;Head\nSt. José’s;Ré\n".encode("cp1252"))
    info = detect_source([windows])
    assert (info.encoding, info.delimiter) == ("cp1252", ";")
    assert read_source([windows]).frame.values.tolist() == [["St. José’s", "Ré"]]


def test_encoding_and_delimiter_options_override_detection(tmp_path):
    path = tmp_path / "codes.txt"
    path.write_bytes("A|B\nx,1|é\n".encode("cp1252"))
    table = read_source([path], SourceOptions(encoding="cp1252", delimiter="|"))
    assert table.frame.values.tolist() == [["x,1", "é"]]


def test_title_row_above_the_header_is_skipped(tmp_path):
    path = tmp_path / "schools.csv"
    path.write_text(
        "Government of Karnataka — School list 2025-26\n"
        "\n"
        "UDISE code,School name,Block\n"
        "29020904706,GHPS Linganur,Jamkhandi\n"
        "29020904707,GLPS Hunnur,Jamkhandi\n"
    )
    info = detect_source([path])
    assert (info.delimiter, info.header_row, info.headers) == (",", 3, ("UDISE code", "School name", "Block"))
    table = read_source([path])
    assert list(table.row_numbers) == [4, 5]
    assert raw_rows([path], limit=3)[0] == ["Government of Karnataka — School list 2025-26"]
    chosen = read_source([path], SourceOptions(header_row=4))
    assert list(chosen.frame.columns) == ["29020904706", "GHPS Linganur", "Jamkhandi"]


def test_quoted_line_break_keeps_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('UDISE code,"Head\nteacher",Note\n1,"A","line one\nline two"\n2,B,\n\n3,C,x\n')
    table = read_source([path])
    assert list(table.frame.columns) == ["UDISE code", "Head teacher", "Note"]
    assert table.frame["Note"].tolist() == ["line one\nline two", "", "x"]
    assert list(table.row_numbers) == [2, 3, 5]


def test_headers_cleaned_letters_and_duplicates():
    assert [column_letter(p) for p in (0, 2, 25, 26, 27, 701, 702)] == [
        "A",
        "C",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]
    assert header_names([" Name ", "", "name", "Name (2)", "a\r\nb"], [0, 1, 2, 3, 4]) == [
        "Name",
        "Column B",
        "name (2)",
        "Name (2) (2)",
        "a b",
    ]


def test_header_detection_rules():
    data = [["29020904706", "GHPS", "12"], ["29020904707", "GLPS", "30"]]
    assert detect_header_row([["UDISE", "School", "Enrolment"], *data]) == 0
    assert detect_header_row([["School list 2025-26"], ["UDISE", "School", "Enrolment"], *data]) == 1
    # A title spread over two cells does not reach as far right as the data.
    assert detect_header_row([["District:", "Bagalkot"], ["UDISE", "School", "Enrolment"], *data]) == 1
    # Numbers and dates are data, not names.
    assert detect_header_row([["1", "2", "01/06/2025"], *data]) is None
    assert detect_header_row([["", "id", "name", "", ""], ["0", "9648", "sirsi", "510", ""]]) is None
    assert detect_header_row([["", "id", "name", "block", ""], ["0", "9648", "sirsi", "510", ""]]) == 0


def test_multiple_csv_files_with_columns_in_another_order(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("Code,Name\n1,A\n")
    second.write_text("Name,Code\nB,2\n")
    table = read_source([first, second])
    assert table.frame.values.tolist() == [["1", "A"], ["2", "B"]]
    assert list(table.file_index) == [0, 1] and list(table.row_numbers) == [2, 2]
    assert table.info.file_name == "a.csv and 1 more"


def test_progress_is_reported_and_cancel_stops(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("Code,Name\n" + "".join(f"{n},School {n}\n" for n in range(1000)))
    reports = []
    read_source(
        [path], progress=Progress(lambda done, total, message: reports.append((done, total, message)))
    )
    assert reports and reports[-1][:2] == (100, 100)
    assert any("rows.csv" in message for _, _, message in reports)
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(CancelledError):
        read_source([path], progress=cancelled)


def test_detect_source_reports_hash_and_size(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"Code,Name\r\n1,A\r\n")
    info = detect_source([str(path)])
    assert info.size == 16 and len(info.sha256) == 64 and info.format == "csv"
    assert info.headers == ("Code", "Name")


def _write_workbook(path):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Prepared by the block office"
    sheet = book.create_sheet("Schools")
    sheet.append(["Bagalkot district — schools 2025-26"])
    sheet.append([])
    sheet.append(["UDISE code", "School name", "Opened", "Checked at", "Enrolment", None])
    sheet.append(
        [29020904706.0, "GHPS Linganur", date(2025, 6, 1), datetime(2025, 6, 1, 10, 30), 120.5, None]
    )
    sheet.append([None, None, None, None, None, None])
    sheet.append([29020904707, "GLPS Hunnur", datetime(2024, 1, 2), None, 45, None])
    book.save(path)


def test_xlsx_cells_read_as_text_from_the_first_sheet_with_a_header(tmp_path):
    path = tmp_path / "schools.xlsx"
    _write_workbook(path)
    info = detect_source([path])
    assert info.sheets == ("Notes", "Schools") and info.sheet == "Schools" and info.header_row == 3
    table = read_source([path])
    assert list(table.frame.columns) == ["UDISE code", "School name", "Opened", "Checked at", "Enrolment"]
    assert table.frame.values.tolist() == [
        ["29020904706", "GHPS Linganur", "2025-06-01", "2025-06-01 10:30:00", "120.5"],
        ["29020904707", "GLPS Hunnur", "2024-01-02", "", "45"],
    ]
    assert list(table.row_numbers) == [4, 6]
    assert raw_rows([path], SourceOptions(sheet="Notes")) == [["Prepared by the block office"]]


def test_xlsx_raw_rows_show_the_chosen_sheet(tmp_path):
    path = tmp_path / "schools.xlsx"
    _write_workbook(path)
    rows = raw_rows([path], limit=3)
    assert rows[0][0] == "Bagalkot district — schools 2025-26"
    assert rows[2][:2] == ["UDISE code", "School name"]


@pytest.mark.skipif(
    importlib.util.find_spec("odf") is None, reason="odfpy is not installed, so no .ods can be written"
)
def test_ods_workbook(tmp_path):
    path = tmp_path / "schools.ods"
    pd.DataFrame({"UDISE code": ["29020904706"], "Enrolment": [120]}).to_excel(
        path, engine="odf", index=False
    )
    table = read_source([path])
    assert table.frame.values.tolist() == [["29020904706", "120"]]


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)

ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def test_hand_written_ods_reads_numbers_and_dates(tmp_path):
    # Written by hand so the .ods path is tested even without odfpy.
    cell = '<table:table-cell office:value-type="{0}" {1}><text:p>{2}</text:p></table:table-cell>'
    rows = [
        cell.format("string", "", "UDISE code") + cell.format("string", "", "Opened"),
        cell.format("float", 'office:value="29020904706"', "29020904706")
        + cell.format("date", 'office:date-value="2025-06-01"', "01/06/25"),
    ]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Schools">'
        + "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "schools.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    table = read_source([path])
    assert (table.info.format, table.info.sheet) == ("ods", "Schools")
    assert table.frame.values.tolist() == [["29020904706", "2025-06-01"]]
    assert list(table.row_numbers) == [2]


def test_frame_is_text_and_row_numbers_are_integers():
    table = read_source([DIRECTORY / "klp_karnataka_village_school_mapping.csv"])
    assert all(pd.api.types.is_string_dtype(dtype) for dtype in table.frame.dtypes)
    assert table.row_numbers.dtype == np.int64 and len(table.file_index) == len(table.frame)

"""Files an import cannot read: each refused with a specific reason, never a raw exception."""

from __future__ import annotations

import csv
import io
import zipfile

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.imports import file_safety
from desktop.services.imports.problems import FileProblemsError
from desktop.services.imports.sources import SIZE_LIMIT_BYTES, SUPPORTED_SUFFIXES, detect_source, read_source
from desktop.services.imports.table import SourceOptions
from tests.conftest import SHARED_DATA

PAGES = [SHARED_DATA / "school_directory" / f"ud_dt_n_2902_page_0{page}.geojson" for page in (1, 2, 3)]


def problem_of(call, *args, **kwargs) -> str:
    with pytest.raises(FileProblemsError) as caught:
        call(*args, **kwargs)
    # The reasons as written (the message capitalises the first word), with the file and the row.
    return "\n".join(
        f"{problem.file_name}: row {problem.row}: {problem.reason}; expected {problem.expected}"
        for problem in caught.value.problems
    )


@pytest.mark.parametrize("call", [detect_source, read_source])
def test_missing_file_and_unsupported_suffix(tmp_path, call):
    assert "was not found at" in problem_of(call, [tmp_path / "gone.csv"])
    other = tmp_path / "report.pdf"
    other.write_bytes(b"%PDF-1.4")
    message = problem_of(call, [other])
    assert "is a .pdf file, which this import does not read" in message and ".xlsx" in message
    assert ".csv" in SUPPORTED_SUFFIXES and ".geojson" in SUPPORTED_SUFFIXES


def test_empty_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "is empty (0 bytes)" in problem_of(read_source, [empty])
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\r\n  \n")
    assert "every line is blank" in problem_of(read_source, [blank])
    assert "every line is blank" in problem_of(detect_source, [blank])


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("Code,Name\n" + "1,A\n" * 400)
    monkeypatch.setattr(file_safety, "SIZE_LIMIT_BYTES", 1000)
    message = problem_of(read_source, [path])
    assert "over the limit of" in message and "split it" in message
    assert SIZE_LIMIT_BYTES == 200 * 1024 * 1024


def test_no_header_among_the_first_rows(tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("".join(f"{n},{n * 2},{n * 3}\n" for n in range(40)))
    message = problem_of(detect_source, [path])
    assert "none of the first 30 rows looks like a header row" in message
    assert "header row chosen by hand" in message
    assert read_source([path], SourceOptions(header_row=1)).frame.shape == (39, 3)
    assert "has no row 90" in problem_of(read_source, [path], SourceOptions(header_row=90))


def test_broken_and_truncated_utf8(tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_bytes("Name,Block\nಶಿರಸಿ,Sirsi\n".encode() + b"Bad \xff\xfe,x\n")
    message = problem_of(read_source, [broken])
    assert "is not valid UTF-8 at row 3 (byte" in message and "cut short or damaged" in message
    truncated = tmp_path / "truncated.csv"
    truncated.write_bytes("Name,Block\nRama,ಶಿರಸಿ\n".encode()[:-3])
    assert "is not valid UTF-8 at row 2" in problem_of(read_source, [truncated])
    wrong = tmp_path / "wrong.csv"
    wrong.write_bytes(b"Name,Block\nA,\x81\n")
    assert "is not valid Windows-1252 at row 2" in problem_of(
        read_source, [wrong], SourceOptions(encoding="cp1252")
    )


def test_ragged_rows_name_the_row_and_counts(tmp_path):
    path = tmp_path / "ragged.csv"
    rows = ["School list", "Code,Name,Block,Cluster,Village,Pincode,Phone"]
    rows += [f"{n},School {n},B,C,V,587001,999" for n in range(3, 57)]
    rows += ["57,Sri Rama, Vidya Kendra,B,C,V,587001,999,x", "58,S,B,C,V,587001,999"]
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(FileProblemsError) as caught:
        read_source([path])
    (problem,) = caught.value.problems
    assert problem.row == 57
    assert "has 9 cells; the header (row 2) has 7 — a comma inside a value without quotes?" in problem.reason


def test_a_wide_row_after_the_sample_is_found_by_its_record_number(tmp_path):
    path = tmp_path / "late.csv"
    body = "".join(f'{n},"two\nlines"\n' for n in range(200))
    path.write_text("Code,Note\n" + body + "201,x;y,z\n")
    with pytest.raises(FileProblemsError) as caught:
        read_source([path])
    assert caught.value.problems[0].row == 202
    assert "has 3 cells; the header (row 1) has 2" in caught.value.problems[0].reason


def test_unclosed_quote_names_its_row(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('Code,Note\n1,"two\nlines"\n2,ok\n3,"never closed\n4,x\n5,y\n')
    with pytest.raises(FileProblemsError) as caught:
        read_source([path])
    (problem,) = caught.value.problems
    assert problem.row == 4
    assert 'has a quote (") opened in row 4 that is never closed' in problem.reason


def test_empty_extra_cells_and_short_rows_are_fine(tmp_path):
    path = tmp_path / "trailing.csv"
    path.write_text("Code,Name,,\n1,A,,,,\n2\n")
    assert read_source([path]).frame.values.tolist() == [["1", "A"], ["2", ""]]


def _zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_zip_bomb_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    _zip(path, {"[Content_Types].xml": b"<Types/>", "xl/worksheets/sheet1.xml": b"\0" * (3 * 1024 * 1024)})
    message = problem_of(read_source, [path])
    assert "xl/worksheets/sheet1.xml" in message and "zip bomb" in message and "limit of 100" in message


def test_declared_size_over_the_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "large.xlsx"
    _zip(path, {"[Content_Types].xml": b"<Types/>" * 200})
    monkeypatch.setattr(file_safety, "UNZIPPED_LIMIT_BYTES", 100)
    assert "would expand to" in problem_of(detect_source, [path])


def test_xml_entities_are_refused(tmp_path):
    path = tmp_path / "entity.xlsx"
    _zip(
        path,
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><workbook/>',
        },
    )
    assert "xl/workbook.xml) that declares a DOCTYPE or XML entities" in problem_of(read_source, [path])


def test_not_a_workbook_and_damaged_workbooks(tmp_path):
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_text("Code,Name\n1,A\n")
    assert "is not a workbook: it holds plain text" in problem_of(detect_source, [renamed])
    page = tmp_path / "portal.xls"
    page.write_text("<html><table><tr><td>1</td></tr></table></html>")
    assert "is a web page (HTML)" in problem_of(read_source, [page])
    damaged = tmp_path / "damaged.xlsx"
    _zip(damaged, {"hello.txt": b"not a workbook"})
    assert "is damaged and cannot be read as a workbook" in problem_of(read_source, [damaged])
    cut = tmp_path / "cut.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Code", "Name"])
    book.save(cut)
    cut.write_bytes(cut.read_bytes()[:300])
    assert "is damaged" in problem_of(read_source, [cut])
    workbook_as_csv = tmp_path / "book.csv"
    workbook_as_csv.write_bytes(b"PK\x03\x04rest")
    assert "is an Excel workbook, not a text file" in problem_of(read_source, [workbook_as_csv])


def test_workbook_sheet_problems(tmp_path):
    path = tmp_path / "numbers.xlsx"
    book = openpyxl.Workbook()
    book.active.append([1, 2, 3])
    book.save(path)
    assert "has no sheet with a header row among its first 30 rows" in problem_of(read_source, [path])
    assert 'has no sheet named "Schools"' in problem_of(read_source, [path], SourceOptions(sheet="Schools"))


def test_mixed_formats_and_different_columns(tmp_path):
    csv_file, workbook = tmp_path / "a.csv", tmp_path / "b.xlsx"
    csv_file.write_text("Code,Name\n1,A\n")
    workbook.write_bytes(b"PK")
    message = problem_of(read_source, [csv_file, workbook])
    assert "b.xlsx: row None: is an Excel workbook (.xlsx) but a.csv is a text (CSV) file" in message
    other = tmp_path / "c.csv"
    other.write_text("Code,School\n2,B\n")
    message = problem_of(read_source, [csv_file, other])
    assert (
        'c.csv: row None: has other columns than a.csv: it lacks "Name" and has "School" besides' in message
    )


def test_missing_geojson_page_and_bad_geojson(tmp_path):
    message = problem_of(read_source, PAGES[:2])
    assert "ud_dt_n_2902_page_02.geojson" in message and "says more features follow" in message
    assert "next page" in message
    cut = tmp_path / "cut.geojson"
    cut.write_bytes(PAGES[2].read_bytes()[:5000])
    assert "is not valid JSON" in problem_of(read_source, [cut])
    feature = tmp_path / "feature.json"
    feature.write_text('{"type": "Feature", "properties": {}}')
    assert 'is not a GeoJSON FeatureCollection (its type is "Feature")' in problem_of(read_source, [feature])
    empty = tmp_path / "none.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}')
    assert "has no features" in problem_of(read_source, [empty])


HEADER_WORD = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_", min_size=1, max_size=8
)
ANY_CELL = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=12
)
PLAIN_CELL = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters='\x00\ufeff,;\t|"\r\n'), max_size=12
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]


@st.composite
def tables(draw, cell):
    headers = draw(st.lists(HEADER_WORD, min_size=2, max_size=5, unique_by=str.casefold))
    rows = draw(st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers)), max_size=8))
    return headers, rows


def _written(headers, rows, delimiter, encoding) -> bytes | None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([headers, *rows])
    try:
        return buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return None


def _expected(headers, rows):
    return [row for row in rows if any(row) and row != headers]


def _check_round_trip(tmp_path, headers, rows, delimiter, encoding, options):
    data = _written(headers, rows, delimiter, encoding)
    if data is None:
        return
    path = tmp_path / "table.csv"
    path.write_bytes(data)
    try:
        table = read_source([path], options)
    except FileProblemsError:
        return
    assert list(table.frame.columns) == headers
    assert table.frame.values.tolist() == _expected(headers, rows)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables(ANY_CELL), st.sampled_from([",", ";", "\t", "|"]), st.sampled_from(ENCODINGS))
def test_any_table_reads_back_with_its_delimiter_and_encoding_given(tmp_path, table, delimiter, encoding):
    headers, rows = table
    _check_round_trip(
        tmp_path, headers, rows, delimiter, encoding, SourceOptions(encoding=encoding, delimiter=delimiter)
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables(PLAIN_CELL), st.sampled_from([",", ";", "\t", "|"]), st.sampled_from(ENCODINGS))
def test_any_table_reads_back_with_delimiter_and_encoding_detected(tmp_path, table, delimiter, encoding):
    headers, rows = table
    options = SourceOptions()
    data = _written(headers, rows, delimiter, encoding)
    if encoding == "cp1252" and data is not None:
        try:
            data.decode("utf-8")
            options = SourceOptions(encoding="cp1252")  # also valid UTF-8: nothing can tell them apart
        except UnicodeDecodeError:
            pass
    _check_round_trip(tmp_path, headers, rows, delimiter, encoding, options)

"""Checks made before a file is opened: it exists, has a known kind, fits the limits, is what its
name says, and (for zipped workbooks) is no zip bomb and declares no XML entities."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop.services.imports.problems import FileProblemsError, ImportProblem

MEGABYTE = 1024 * 1024
SIZE_LIMIT_BYTES = 200 * MEGABYTE  # all files of one import together
UNZIPPED_LIMIT_BYTES = 1024 * MEGABYTE  # what a zipped workbook may expand to
MAX_COMPRESSION_RATIO = 100
# A part this small cannot hurt whatever its ratio (a tiny styles part of repeated tags compresses
# very well), so the ratio is checked only above it.
RATIO_CHECKED_FROM_BYTES = MEGABYTE
XML_HEAD_BYTES = 4096

FORMAT_OF_SUFFIX = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".geojson": "geojson",
    ".json": "geojson",
}
SUPPORTED_SUFFIXES = tuple(FORMAT_OF_SUFFIX)
FORMAT_NAMES = {
    "csv": "a text (CSV) file",
    "xlsx": "an Excel workbook (.xlsx)",
    "xls": "an old Excel workbook (.xls)",
    "ods": "an OpenDocument spreadsheet (.ods)",
    "geojson": "a GeoJSON file",
}
EXPECTED_KINDS = "a CSV or text file (.csv, .tsv, .txt), a workbook (.xlsx, .xlsm, .xls, .ods) or GeoJSON (.geojson, .json)"

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DECLARATION = re.compile(rb"<!(doctype|entity)", re.IGNORECASE)


def fail(
    file_name: str,
    reason: str,
    expected: str | None = None,
    *,
    row: int | None = None,
    sheet: str | None = None,
) -> NoReturn:
    """Raise the one problem that stops ``file_name`` from being read."""
    raise FileProblemsError(file_name, [ImportProblem(file_name, row, None, None, reason, expected, sheet)])


def megabytes(size: int) -> str:
    if size < MEGABYTE:
        return f"{size / 1024:,.0f} KB"
    return f"{size / MEGABYTE:,.1f} MB" if size < 10 * MEGABYTE else f"{size / MEGABYTE:,.0f} MB"


def check_paths(paths: Sequence[Path | str]) -> tuple[tuple[Path, ...], str]:
    """The paths as ``Path``s and their one format, or the first reason they cannot be imported."""
    if not paths:
        fail("The import", "has no file to read", "one or more files chosen")
    checked = tuple(Path(path) for path in paths)
    total = 0
    for path in checked:
        if not path.is_file():
            fail(
                path.name, f"was not found at {path.parent}", "a file that exists (was it moved or renamed?)"
            )
        if path.suffix.lower() not in FORMAT_OF_SUFFIX:
            kind = f"a {path.suffix} file" if path.suffix else "a file without an extension"
            fail(path.name, f"is {kind}, which this import does not read", EXPECTED_KINDS)
        size = path.stat().st_size
        if size == 0:
            fail(path.name, "is empty (0 bytes)", "a file with a header row and data rows")
        total += size
    if total > SIZE_LIMIT_BYTES:
        what = "is" if len(checked) == 1 else "and the other files are"
        fail(
            checked[0].name,
            f"{what} {megabytes(total)} in all, over the limit of {megabytes(SIZE_LIMIT_BYTES)} per import",
            "a smaller file: split it (e.g. by block) and import the parts one after another",
        )
    formats = [FORMAT_OF_SUFFIX[path.suffix.lower()] for path in checked]
    for path, kind in zip(checked, formats, strict=True):
        if kind != formats[0]:
            fail(
                path.name,
                f"is {FORMAT_NAMES[kind]} but {checked[0].name} is {FORMAT_NAMES[formats[0]]}",
                "files of one kind with the same columns; import the others separately",
            )
    return checked, formats[0]


def sha256_and_size(paths: Sequence[Path]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for path in paths:
        with path.open("rb") as handle:
            while block := handle.read(4 * MEGABYTE):
                digest.update(block)
                size += len(block)
    return digest.hexdigest(), size


def _looks_like(head: bytes) -> str:
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith((b"<!doctype html", b"<html", b"<table")):
        return "html"
    return "text"


def check_text_content(path: Path, head: bytes) -> None:
    """A .csv/.txt file that is really a workbook gets a clear message instead of gibberish."""
    kind = _looks_like(head)
    if kind in ("zip", "ole"):
        fail(
            path.name,
            f"is an Excel workbook, not a text file, though its name ends in {path.suffix}",
            "the file renamed to .xlsx (or .xls), or saved from Excel as CSV",
        )


def check_workbook_content(path: Path) -> None:
    """The file is the workbook its name says; zipped ones are no bomb and declare no entities."""
    with path.open("rb") as handle:
        head = handle.read(512)
    suffix = path.suffix.lower()
    kind = _looks_like(head)
    zipped = suffix in (".xlsx", ".xlsm", ".ods")
    if kind == "html":
        fail(
            path.name,
            "is a web page (HTML) saved with a workbook's name",
            "open it in Excel and save it as .xlsx",
        )
    if kind == "text":
        fail(
            path.name,
            f"is not a workbook: it holds plain text, though its name ends in {path.suffix}",
            "the file renamed to .csv if it is a CSV export, or saved from Excel as .xlsx",
        )
    if zipped and kind == "ole":
        fail(
            path.name,
            "is protected with a password, or is an old .xls workbook renamed",
            "a copy saved from Excel as .xlsx without a password",
        )
    if suffix == ".xls" and kind == "zip":
        fail(path.name, "is an .xlsx workbook with an .xls name", "the file renamed to .xlsx")
    if zipped:
        check_zip(path)


def check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            declared = sum(member.file_size for member in members)
            if declared > UNZIPPED_LIMIT_BYTES:
                fail(
                    path.name,
                    f"would expand to {megabytes(declared)} when opened, over the limit of "
                    f"{megabytes(UNZIPPED_LIMIT_BYTES)} (a damaged or hostile file: a zip bomb)",
                    "a workbook saved again from Excel or LibreOffice",
                )
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > RATIO_CHECKED_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
                    fail(
                        path.name,
                        f"has a part ({member.filename}) compressed {ratio:,.0f} times, over the limit of "
                        f"{MAX_COMPRESSION_RATIO} (a damaged or hostile file: a zip bomb)",
                        "a workbook saved again from Excel or LibreOffice",
                    )
            for member in members:
                if not member.filename.lower().endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as part:
                    head = part.read(XML_HEAD_BYTES).replace(b"\x00", b"")
                if _DECLARATION.search(head):
                    fail(
                        path.name,
                        f"has a part ({member.filename}) that declares a DOCTYPE or XML entities, which "
                        "workbooks saved by Excel or LibreOffice never do (it may be hostile)",
                        "a workbook saved again from Excel or LibreOffice",
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as error:
        fail(
            path.name,
            f"is damaged and cannot be opened as a workbook ({error})",
            "the workbook opened in Excel or LibreOffice and saved again",
        )

"""Checks made before a file is opened: it exists, has a known kind, fits the limits, is what its
name says, and (for zipped workbooks) is no zip bomb and declares no XML entities."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop.services.i18n import QT_TRANSLATE_NOOP, translate
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
    "csv": QT_TRANSLATE_NOOP("Imports", "a text (CSV) file"),
    "xlsx": QT_TRANSLATE_NOOP("Imports", "an Excel workbook (.xlsx)"),
    "xls": QT_TRANSLATE_NOOP("Imports", "an old Excel workbook (.xls)"),
    "ods": QT_TRANSLATE_NOOP("Imports", "an OpenDocument spreadsheet (.ods)"),
    "geojson": QT_TRANSLATE_NOOP("Imports", "a GeoJSON file"),
}
EXPECTED_KINDS = QT_TRANSLATE_NOOP(
    "Imports",
    "a CSV or text file (.csv, .tsv, .txt), a workbook (.xlsx, .xlsm, .xls, .ods) or GeoJSON "
    "(.geojson, .json)",
)

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
        fail(
            translate("Imports", "The import"),
            translate("Imports", "has no file to read"),
            translate("Imports", "one or more files chosen"),
        )
    checked = tuple(Path(path) for path in paths)
    total = 0
    for path in checked:
        if not path.is_file():
            fail(
                path.name,
                translate("Imports", "was not found at {folder}").format(folder=path.parent),
                translate("Imports", "a file that exists (was it moved or renamed?)"),
            )
        if path.suffix.lower() not in FORMAT_OF_SUFFIX:
            kind = (
                translate("Imports", "a {suffix} file").format(suffix=path.suffix)
                if path.suffix
                else translate("Imports", "a file without an extension")
            )
            fail(
                path.name,
                translate("Imports", "is {kind}, which this import does not read").format(kind=kind),
                translate("Imports", EXPECTED_KINDS),
            )
        size = path.stat().st_size
        if size == 0:
            fail(
                path.name,
                translate("Imports", "is empty (0 bytes)"),
                translate("Imports", "a file with a header row and data rows"),
            )
        total += size
    if total > SIZE_LIMIT_BYTES:
        if len(checked) == 1:
            message = translate("Imports", "is {size} in all, over the limit of {limit} per import")
        else:
            message = translate(
                "Imports", "and the other files are {size} in all, over the limit of {limit} per import"
            )
        fail(
            checked[0].name,
            message.format(size=megabytes(total), limit=megabytes(SIZE_LIMIT_BYTES)),
            translate(
                "Imports", "a smaller file: split it (e.g. by block) and import the parts one after another"
            ),
        )
    formats = [FORMAT_OF_SUFFIX[path.suffix.lower()] for path in checked]
    for path, kind in zip(checked, formats, strict=True):
        if kind != formats[0]:
            fail(
                path.name,
                translate("Imports", "is {kind} but {first} is {first_kind}").format(
                    kind=translate("Imports", FORMAT_NAMES[kind]),
                    first=checked[0].name,
                    first_kind=translate("Imports", FORMAT_NAMES[formats[0]]),
                ),
                translate("Imports", "files of one kind with the same columns; import the others separately"),
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
            translate(
                "Imports", "is an Excel workbook, not a text file, though its name ends in {suffix}"
            ).format(suffix=path.suffix),
            translate("Imports", "the file renamed to .xlsx (or .xls), or saved from Excel as CSV"),
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
            translate("Imports", "is a web page (HTML) saved with a workbook's name"),
            translate("Imports", "open it in Excel and save it as .xlsx"),
        )
    if kind == "text":
        fail(
            path.name,
            translate(
                "Imports", "is not a workbook: it holds plain text, though its name ends in {suffix}"
            ).format(suffix=path.suffix),
            translate(
                "Imports", "the file renamed to .csv if it is a CSV export, or saved from Excel as .xlsx"
            ),
        )
    if zipped and kind == "ole":
        fail(
            path.name,
            translate("Imports", "is protected with a password, or is an old .xls workbook renamed"),
            translate("Imports", "a copy saved from Excel as .xlsx without a password"),
        )
    if suffix == ".xls" and kind == "zip":
        fail(
            path.name,
            translate("Imports", "is an .xlsx workbook with an .xls name"),
            translate("Imports", "the file renamed to .xlsx"),
        )
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
                    translate(
                        "Imports",
                        "would expand to {size} when opened, over the limit of {limit} "
                        "(a damaged or hostile file: a zip bomb)",
                    ).format(size=megabytes(declared), limit=megabytes(UNZIPPED_LIMIT_BYTES)),
                    translate("Imports", "a workbook saved again from Excel or LibreOffice"),
                )
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > RATIO_CHECKED_FROM_BYTES and ratio > MAX_COMPRESSION_RATIO:
                    fail(
                        path.name,
                        translate(
                            "Imports",
                            "has a part ({part}) compressed {ratio:,.0f} times, over the limit of {limit} "
                            "(a damaged or hostile file: a zip bomb)",
                        ).format(part=member.filename, ratio=ratio, limit=MAX_COMPRESSION_RATIO),
                        translate("Imports", "a workbook saved again from Excel or LibreOffice"),
                    )
            for member in members:
                if not member.filename.lower().endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as part:
                    head = part.read(XML_HEAD_BYTES).replace(b"\x00", b"")
                if _DECLARATION.search(head):
                    fail(
                        path.name,
                        translate(
                            "Imports",
                            "has a part ({part}) that declares a DOCTYPE or XML entities, which workbooks saved "
                            "by Excel or LibreOffice never do (it may be hostile)",
                        ).format(part=member.filename),
                        translate("Imports", "a workbook saved again from Excel or LibreOffice"),
                    )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError) as error:
        fail(
            path.name,
            translate("Imports", "is damaged and cannot be opened as a workbook ({reason})").format(
                reason=error
            ),
            translate("Imports", "the workbook opened in Excel or LibreOffice and saved again"),
        )

"""XLSX workbooks written column by column, for tables of tens of thousands of rows.

openpyxl builds a cell object per value (about 10 µs each): the exchange package's 240,000 cells
took 2.5 s, more than the rest of the export together; XlsxWriter, made for fast writing, took
2 s. Here each column's *distinct* values are turned into their cell XML once and the rows are
joined from them, so the same workbook takes about a tenth of a second.

What is written is what ``spreadsheet_cells.write_only_cell`` gives with openpyxl: text through
``safe_text`` (never a formula: text is always a string cell, held in the shared-strings part),
numbers as numbers, dates and datetimes as real dates shown DD/MM/YYYY, None and "" as no cell;
headings in bold; About-style columns in bold or wrapped at the top. The parts are the minimal
set Excel itself writes (content types, relationships, workbook, styles, shared strings, one part
per sheet, document properties).
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import chain, repeat
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from desktop import APP_NAME
from desktop.documents.spreadsheet_cells import safe_text

MAX_ROWS = 1_048_576  # Excel's limit, headings included
MAX_COLUMNS = 16_384
# What Excel and openpyxl use. Level 1 deflates the exchange workbook's 8 MB of XML in a third of
# the time (0.03 s instead of 0.08 s), 27 % larger.
COMPRESSLEVEL = 6
DATE_FORMAT = "DD/MM/YYYY"
STYLES = ("", "bold", "wrap")  # what a column's cells may be

_EXCEL_EPOCH = date(1899, 12, 30).toordinal()
# cellXfs in styles.xml: plain, bold, date, wrapped, wrapped date.
_PLAIN, _BOLD, _DATE, _WRAP, _WRAP_DATE = range(5)
_STYLE_IDS = {"": (_PLAIN, _DATE), "bold": (_BOLD, _DATE), "wrap": (_WRAP, _WRAP_DATE)}
# Excel reads _xHHHH_ in a string as an escaped character: its underscore is escaped in turn.
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CORE = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_TYPE = "application/vnd.openxmlformats-officedocument."


@dataclass(frozen=True)
class ColumnSheet:
    """One sheet: its ``columns`` of values (all the same length), under bold ``headings`` if
    given; ``styles`` per column ("", "bold" or "wrap"), ``widths`` per column in characters."""

    title: str
    columns: Sequence[Sequence[Any]]
    headings: Sequence[str] | None = None
    styles: Sequence[str] | None = None
    widths: Sequence[float] | None = None


def column_letter(index: int) -> str:
    """A, B, …, Z, AA, … for the column at ``index`` (0 is A)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _excel_day(value: date) -> float | int:
    """The serial number Excel keeps for a date or a (naive) datetime."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise TypeError("Excel does not keep time zones: give a naive datetime")
        fraction = (value - datetime.combine(value.date(), datetime.min.time())).total_seconds() / 86400
        return _excel_day(value.date()) + fraction
    days = value.toordinal() - _EXCEL_EPOCH
    return days - 1 if 0 < days <= 60 else days  # Excel's 29/02/1900, as openpyxl counts


class _SharedStrings:
    """The workbook's text, each distinct string once, numbered in order of first use."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def cell_tail(self, text: str) -> str | None:
        """The end of a string cell's XML, or None for an empty string (no cell)."""
        text = safe_text(text)
        if not text:
            return None
        number = self.index.setdefault(text, len(self.index))
        return f' t="s"><v>{number}</v></c>'

    def xml(self) -> bytes:
        items = []
        for text in self.index:
            text = escape(_EXCEL_ESCAPE.sub(r"_x005F_\1", text), {"\r": "&#13;"})
            space = ' xml:space="preserve"' if text != text.strip() else ""
            items.append(f"<si><t{space}>{text}</t></si>")
        return (
            f'{_HEAD}<sst xmlns="{_MAIN}" uniqueCount="{len(self.index)}">{"".join(items)}</sst>'
        ).encode()


def _cell_tail(value: Any, style: int, date_style: int, strings: _SharedStrings) -> str | None:
    """What follows ``<c r="A1"`` for ``value``, or None when the value makes no cell."""
    kind = type(value)
    if value is None:
        return None
    if kind is str:
        tail = strings.cell_tail(value)
    elif kind is bool:
        tail = f' t="b"><v>{int(value)}</v></c>'
    elif kind is int or kind is float:
        if not math.isfinite(value):
            return None  # Excel has no infinity or NaN
        tail = f"><v>{value!r}</v></c>"
    elif isinstance(value, date):
        return f' s="{date_style}"><v>{_excel_day(value)!r}</v></c>'
    elif isinstance(value, int | float):  # numpy and other number types
        return _cell_tail(float(value), style, date_style, strings)
    else:
        raise TypeError(f"a workbook cell cannot hold {kind.__name__} ({value!r})")
    return tail if tail is None or not style else f' s="{style}"{tail}'


def _column_cells(
    letter: str, column: Sequence[Any], numbers: Sequence[str], style: str, strings: _SharedStrings
) -> list[str]:
    """Every cell of one column, as XML ("" where a value makes no cell)."""
    style_id, date_style = _STYLE_IDS[style]
    kinds = set(map(type, column))
    if bool in kinds and kinds & {int, float}:
        # True == 1: one lookup table would write them alike, so each value is taken alone.
        tails: Sequence[str | None] = [_cell_tail(v, style_id, date_style, strings) for v in column]
    else:
        by_value = {v: _cell_tail(v, style_id, date_style, strings) for v in dict.fromkeys(column)}
        tails = list(map(by_value.__getitem__, column))
    opening = f'<c r="{letter}'
    return [
        f'{opening}{n}"{tail}' if tail is not None else "" for n, tail in zip(numbers, tails, strict=True)
    ]


def _sheet_xml(sheet: ColumnSheet, strings: _SharedStrings, selected: bool) -> bytes:
    columns = list(sheet.columns)
    rows = len(columns[0]) if columns else 0
    if any(len(column) != rows for column in columns):
        raise ValueError(f"the columns of sheet {sheet.title!r} are not all the same length")
    if sheet.headings is not None and len(sheet.headings) != len(columns):
        raise ValueError(
            f"sheet {sheet.title!r} has {len(sheet.headings)} headings for {len(columns)} columns"
        )
    first = 1 if sheet.headings is None else 2
    if rows + first - 1 > MAX_ROWS or len(columns) > MAX_COLUMNS:
        raise ValueError(f"sheet {sheet.title!r} is larger than a spreadsheet can hold")
    letters = [column_letter(index) for index in range(len(columns))]
    styles = list(sheet.styles or [""] * len(columns))
    body = []
    if sheet.headings is not None:
        tails = (strings.cell_tail(str(heading)) for heading in sheet.headings)
        cells = "".join(
            f'<c r="{letter}1" s="{_BOLD}"{tail}'
            for letter, tail in zip(letters, tails, strict=True)
            if tail is not None
        )
        body.append(f'<row r="1">{cells}</row>')
    numbers = list(map(str, range(first, first + rows)))
    cells = [
        _column_cells(letter, column, numbers, style, strings)
        for letter, column, style in zip(letters, columns, styles, strict=True)
    ]
    openings = [f'<row r="{n}">' for n in numbers]
    body.extend(chain.from_iterable(zip(openings, *cells, repeat("</row>"))))
    last_row = rows + first - 1
    dimension = f"A1:{letters[-1]}{last_row}" if columns and last_row else "A1"
    widths = "".join(
        f'<col min="{n}" max="{n}" width="{width}" customWidth="1"/>'
        for n, width in enumerate(sheet.widths or (), start=1)
    )
    view = (
        '<sheetView tabSelected="1" workbookViewId="0"/>' if selected else '<sheetView workbookViewId="0"/>'
    )
    return "".join(
        (
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><dimension ref="{dimension}"/>',
            f"<sheetViews>{view}</sheetViews>",
            '<sheetFormatPr defaultRowHeight="15"/>',
            f"<cols>{widths}</cols>" if widths else "",
            "<sheetData>",
            *body,
            '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            'footer="0.3"/></worksheet>',
        )
    ).encode()


def _styles_xml() -> bytes:
    font = '<sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/>'
    wrap = '<alignment vertical="top" wrapText="1"/>'
    xfs = (
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
        f'<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">{wrap}</xf>',
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" '
        f'applyAlignment="1">{wrap}</xf>',
    )
    return (
        f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
        f'<numFmts count="1"><numFmt numFmtId="164" formatCode="{DATE_FORMAT}"/></numFmts>'
        f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    ).encode()


def _relationships(targets: Sequence[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets, start=1)
    )
    return f'{_HEAD}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'.encode()


def _properties(title: str | None, now: datetime) -> tuple[bytes, bytes]:
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = (
        f'{_HEAD}<cp:coreProperties xmlns:cp="{_CORE}" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + (f"<dc:title>{escape(title)}</dc:title>" if title else "")
        + f"<dc:creator>{escape(APP_NAME)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    app = (
        f'{_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{escape(APP_NAME)}</Application></Properties>"
    )
    return core.encode(), app.encode()


def column_workbook(
    sheets: Sequence[ColumnSheet],
    *,
    title: str | None = None,
    now: datetime | None = None,
    compresslevel: int = COMPRESSLEVEL,
) -> bytes:
    """The bytes of an .xlsx file holding ``sheets`` in order, the first one shown on opening,
    marked as made by this app; its parts deflated at ``compresslevel`` (1 to 9)."""
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    titles = [sheet.title for sheet in sheets]
    if len({t.casefold() for t in titles}) != len(titles) or any(not 0 < len(t) <= 31 for t in titles):
        raise ValueError(f"sheet titles must be distinct and 1 to 31 characters long: {titles}")
    strings = _SharedStrings()
    parts = [_sheet_xml(sheet, strings, selected=n == 0) for n, sheet in enumerate(sheets)]
    count = len(sheets)
    sheet_names = [f"worksheets/sheet{n}.xml" for n in range(1, count + 1)]
    workbook = (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}">'
        '<bookViews><workbookView activeTab="0"/></bookViews><sheets>'
        + "".join(
            f'<sheet name={quoteattr(t)} sheetId="{n}" r:id="rId{n}"/>' for n, t in enumerate(titles, start=1)
        )
        + "</sheets></workbook>"
    ).encode()
    overrides = [
        ("/xl/workbook.xml", f"{_TYPE}spreadsheetml.sheet.main+xml"),
        *((f"/xl/{name}", f"{_TYPE}spreadsheetml.worksheet+xml") for name in sheet_names),
        ("/xl/styles.xml", f"{_TYPE}spreadsheetml.styles+xml"),
        ("/xl/sharedStrings.xml", f"{_TYPE}spreadsheetml.sharedStrings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", f"{_TYPE}extended-properties+xml"),
    ]
    content_types = (
        f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides)
        + "</Types>"
    ).encode()
    package_rels = _relationships(
        [
            (f"{_DOC_RELS}/officeDocument", "xl/workbook.xml"),
            (f"{_PKG_RELS}/metadata/core-properties", "docProps/core.xml"),
            (f"{_DOC_RELS}/extended-properties", "docProps/app.xml"),
        ]
    )
    workbook_rels = _relationships(
        [
            *((f"{_DOC_RELS}/worksheet", name) for name in sheet_names),
            (f"{_DOC_RELS}/styles", "styles.xml"),
            (f"{_DOC_RELS}/sharedStrings", "sharedStrings.xml"),
        ]
    )
    core, app = _properties(title, now or datetime.now(UTC))
    members = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", package_rels),
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", workbook_rels),
        ("xl/styles.xml", _styles_xml()),
        *((f"xl/{name}", part) for name, part in zip(sheet_names, parts, strict=True)),
        ("xl/sharedStrings.xml", strings.xml()),
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()

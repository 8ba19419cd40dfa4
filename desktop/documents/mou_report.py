"""The MoU register as a report: a landscape A4 PDF on the office's letterhead, and an XLSX workbook.

Both take a :class:`RegisterReport` (plain values, no database). The workbook has a sheet "MoUs"
with the register's columns and a sheet "Obligations due" with the open obligations.

Spreadsheet text is never read as a formula: a text cell whose first character is ``=``, ``+``,
``-``, ``@``, a tab or a carriage return gets a leading apostrophe in its value (``'=HYPERLINK(…)``)
and stays a text cell. The apostrophe is visible, and it survives a "Save as CSV", where a style
flag such as Excel's quote prefix would be lost and the formula would run when the CSV is opened.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents.circular import grid_table_commands, styles
from desktop.documents.fonts import LATIN, font_name
from desktop.documents.letterhead import Letterhead, draw_letterhead, letterhead_layout, load_logo
from desktop.documents.paged import counting_canvas
from desktop.documents.pages import MARGIN, PAGE_HEIGHT, PAGE_WIDTH
from desktop.documents.spreadsheet_cells import safe_text, workbook_bytes
from desktop.documents.text import draw_text, indian_date, plain_markup

WIDE, TALL = landscape(A4)


@dataclass(frozen=True)
class RegisterRow:
    reference: str
    title: str
    partners: str
    focus: str
    coverage: str
    start_date: date
    end_date: date
    status: str  # as printed: "Active"
    open_obligations: int
    overdue_obligations: int


@dataclass(frozen=True)
class DueObligation:
    reference: str
    party: str
    description: str
    owner: str | None
    due_date: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class RegisterReport:
    letterhead: Letterhead
    printed_on: date
    rows: tuple[RegisterRow, ...]
    obligations: tuple[DueObligation, ...] = ()
    status_counts: tuple[tuple[str, int], ...] = ()  # ("Active", 3), in the register's order
    expiring: tuple[RegisterRow, ...] = ()  # active, ending within the next 90 days
    filters: str = ""  # what the register was narrowed to, in words; "" for all of it


# (heading, width in the PDF in mm, width in the workbook in characters)
COLUMNS = (
    ("Reference", 44, 26), ("Partner(s)", 47, 34), ("Focus", 42, 30), ("Coverage", 32, 22),
    ("Start", 21, 12), ("End", 21, 12), ("Status", 22, 13), ("Obligations open / overdue", 28, 0),
)  # fmt: skip


# --- PDF -----------------------------------------------------------------------------------------


def _summary(report: RegisterReport, style: Any) -> list[Any]:
    counts = " · ".join(f"{label}: {count}" for label, count in report.status_counts) or "none"
    lines = [f"MoUs listed: {len(report.rows)} ({counts})"]
    if report.expiring:
        soon = "; ".join(f"{r.reference} ends {indian_date(r.end_date, '—')}" for r in report.expiring)
        lines.append(f"Expiring within 90 days: {len(report.expiring)} — {soon}")
    else:
        lines.append("Expiring within 90 days: none")
    overdue = sum(r.overdue_obligations for r in report.rows)
    if overdue:
        lines.append(f"Overdue obligations: {overdue}")
    return [Paragraph(plain_markup(line), style) for line in lines]


def _register_table(report: RegisterReport, style: Any) -> Table:
    cell = style.cell
    header = [Paragraph(plain_markup(heading, True), cell) for heading, _pdf, _xlsx in COLUMNS]
    data: list[list[Any]] = [header]
    for row in report.rows:
        reference = plain_markup(row.reference, True) + "<br/>" + plain_markup(row.title)
        values = [
            row.partners,
            row.focus,
            row.coverage,
            indian_date(row.start_date, "—"),
            indian_date(row.end_date, "—"),
            row.status,
        ]
        obligations = f"{row.open_obligations} / {row.overdue_obligations}"
        data.append(
            [Paragraph(reference, cell)]
            + [Paragraph(plain_markup(value), cell) for value in values]
            + [Paragraph(plain_markup(obligations, row.overdue_obligations > 0), cell)]
        )
    if not report.rows:
        data.append([Paragraph(plain_markup("No MoU matches."), cell)] + [""] * (len(COLUMNS) - 1))
    table = Table(data, colWidths=[width * mm for _h, width, _x in COLUMNS], repeatRows=1, hAlign="LEFT")
    commands = grid_table_commands()
    commands += [("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f7f7")) for i in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _decorate(report: RegisterReport, logo: Any, head_height: float) -> Any:
    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        if page == 1:
            # The letterhead is laid out for portrait A4: centre it on the wide page, and carry
            # its rule across the full width.
            canvas.saveState()
            canvas.translate((WIDE - PAGE_WIDTH) / 2, TALL - PAGE_HEIGHT)
            draw_letterhead(canvas, report.letterhead, logo)
            canvas.restoreState()
            canvas.setLineWidth(1.2)
            canvas.line(MARGIN, TALL - MARGIN - head_height, WIDE - MARGIN, TALL - MARGIN - head_height)
        else:
            draw_text(canvas, WIDE - MARGIN, TALL - 12 * mm, "MoU register", 8, align="right")
        footer = f"MoU register as on {indian_date(report.printed_on, '—')} · Page {page} of {pages}"
        draw_text(canvas, WIDE / 2, 10 * mm, footer, 8, align="centre")

    return decorate


def render_register_pdf(report: RegisterReport) -> bytes:
    """The register on landscape A4: a summary, then one row per MoU."""
    style = styles(9.5)
    logo = load_logo(report.letterhead)
    _lines, head_height = letterhead_layout(report.letterhead, logo is not None)
    title = Paragraph(
        plain_markup(f"MoU register as on {indian_date(report.printed_on, '—')}", True), style.plain
    )
    story: list[Any] = [NextPageTemplate("later"), title]
    if report.filters:
        story.append(Paragraph(plain_markup(f"Showing: {report.filters}"), style.plain))
    story += [Spacer(1, 2 * mm), *_summary(report, style.plain), Spacer(1, 4 * mm)]
    story.append(_register_table(report, style))
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(WIDE, TALL),
        title="MoU register",
        author=report.letterhead.office_name,
        creator="District Collective Desk",
        initialFontName=font_name(LATIN),
        invariant=1,
    )
    no_padding = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    width = WIDE - 2 * MARGIN
    first = Frame(MARGIN, MARGIN, width, TALL - 2 * MARGIN - head_height - 6 * mm, **no_padding)
    later = Frame(MARGIN, MARGIN, width, TALL - 2 * MARGIN - 4 * mm, **no_padding)
    document.addPageTemplates([PageTemplate("first", [first]), PageTemplate("later", [later])])
    document.build(story, canvasmaker=counting_canvas(_decorate(report, logo, head_height)))
    return buffer.getvalue()


# --- XLSX ----------------------------------------------------------------------------------------


_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _sheet(sheet: Worksheet, columns: list[tuple[str, int]], rows: list[list[Any]]) -> None:
    """Header row styled and frozen, column widths, dates as real dates, text made safe."""
    for index, (heading, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=heading)
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_number, values in enumerate(rows, start=2):
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=index)
            cell.value = safe_text(value) if isinstance(value, str) else value
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            cell.alignment = _WRAP
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"


def render_register_xlsx(report: RegisterReport) -> bytes:
    """The register as a workbook: "MoUs" and "Obligations due"."""
    book = Workbook()
    mous = book.active
    mous.title = "MoUs"
    columns = [("Reference", 26), ("Title", 40)]
    columns += [(heading, width) for heading, _pdf, width in COLUMNS[1:-1]]
    columns += [("Open obligations", 12), ("Overdue obligations", 12)]
    _sheet(
        mous,
        columns,
        [
            [
                r.reference,
                r.title,
                r.partners,
                r.focus,
                r.coverage,
                r.start_date,
                r.end_date,
                r.status,
                r.open_obligations,
                r.overdue_obligations,
            ]
            for r in report.rows
        ],
    )
    due = book.create_sheet("Obligations due")
    _sheet(
        due,
        [
            ("MoU reference", 26),
            ("Party", 34),
            ("Description", 50),
            ("Owner", 24),
            ("Due date", 12),
            ("Status", 13),
            ("Overdue", 10),
        ],
        [
            [
                o.reference,
                o.party,
                o.description,
                o.owner or "",
                o.due_date,
                o.status,
                "Yes" if o.overdue else "No",
            ]
            for o in report.obligations
        ],
    )
    return workbook_bytes(book)

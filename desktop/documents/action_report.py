"""The action-item status report: a landscape A4 PDF on the office's letterhead, and an XLSX
workbook with the same tables.

Both take an :class:`ActionReport`: every action item the filters select. Summaries count them by
owner, by body and by level (open, of which overdue, done, dropped); the detailed list shows the
open items in the order given, overdue ones in bold with the days in red. Spreadsheet text goes
through :func:`desktop.documents.spreadsheet_cells.safe_text`, so nothing typed into an action runs as a
formula.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from desktop.documents.circular import styles
from desktop.documents.contact_sheet import paged_pdf, table_style, title_styles
from desktop.documents.errors import DocumentError
from desktop.documents.governance_data import ActionLine, ActionReport, long_date
from desktop.documents.markup import Span
from desktop.documents.spreadsheet_cells import about_sheet, safe_text, workbook_bytes
from desktop.documents.text import indian_date, paragraph_markup, plain_markup
from desktop.services.committees.vocabulary import LEVEL_ORDER, LEVELS
from desktop.services.i18n import or_list, translate
from desktop.services.meetings.vocabulary import ACTION_STATUSES

OVERDUE_COLOUR = colors.HexColor("#c62828")
OVERDUE_ROW = colors.HexColor("#fdecea")
# (heading, width in the PDF in mm); together the width between the margins of landscape A4
DETAIL_COLUMNS = (
    ("No.", 10), ("Action", 75), ("Owner", 34), ("Body", 40), ("Level · unit", 30), ("Raised on", 22),
    ("Due date", 22), ("Overdue", 24),
)  # fmt: skip
COUNT_HEADINGS = ("Open", "of which overdue", "Done", "Dropped", "Total")


@dataclass(frozen=True)
class Tally:
    """How many items of one owner, body or level are in each state."""

    label: str
    open: int = 0
    overdue: int = 0
    done: int = 0
    dropped: int = 0

    @property
    def total(self) -> int:
        return self.open + self.done + self.dropped

    def counts(self) -> tuple[int, int, int, int, int]:
        return self.open, self.overdue, self.done, self.dropped, self.total


def _level_rank(label: str) -> int:
    # District first, then block, cluster and school.
    by_label = {LEVELS[code]: -index for index, code in enumerate(LEVEL_ORDER)}
    return by_label.get(label, 0)


# (sheet and heading, the column's heading, what groups an item, how the groups are ordered)
SUMMARIES: tuple[tuple[str, str, Callable[[ActionLine], str], Callable[[str], Any]], ...] = (
    ("By owner", "Owner", lambda item: item.owner, str.casefold),
    ("By body", "Body", lambda item: item.body, str.casefold),
    ("By level", "Level", lambda item: LEVELS[item.level], _level_rank),
)


def tallies(
    items: tuple[ActionLine, ...], key: Callable[[ActionLine], str], order: Callable[[str], Any]
) -> list[Tally]:
    """The items counted per group, the groups sorted by ``order``."""
    counts: dict[str, dict[str, int]] = {}
    for item in items:
        group = counts.setdefault(key(item), {"open": 0, "overdue": 0, "done": 0, "dropped": 0})
        group[item.status] += 1
        group["overdue"] += item.overdue
    return [Tally(label, **counts[label]) for label in sorted(counts, key=order)]


def total(rows: list[Tally]) -> Tally:
    return Tally(
        "Total",
        *(sum(getattr(row, name) for row in rows) for name in ("open", "overdue", "done", "dropped")),
    )


def open_items(report: ActionReport) -> list[ActionLine]:
    return [item for item in report.items if item.status == "open"]


def _check(report: ActionReport) -> None:
    for item in report.items:
        if item.status not in ACTION_STATUSES:
            message = translate(
                "Documents",
                "The action item '{item}' has the status '{status}'; it must be one of {statuses}.",
            )
            allowed = or_list(list(ACTION_STATUSES))
            raise DocumentError(message.format(item=item.description, status=item.status, statuses=allowed))
        if item.level not in LEVELS:
            message = translate(
                "Documents", "The action item '{item}' is at the level '{level}'; it must be one of {levels}."
            )
            levels = or_list(list(LEVELS))
            raise DocumentError(message.format(item=item.description, level=item.level, levels=levels))


def report_title(report: ActionReport) -> str:
    return f"Action items — status as on {long_date(report.as_on)}"


def _overview(report: ActionReport) -> str:
    whole = total(tallies(report.items, lambda _item: "", str))
    return (
        f"Items: {whole.total} · Open: {whole.open} (overdue: {whole.overdue}) · "
        f"Done: {whole.done} · Dropped: {whole.dropped}"
    )


# --- PDF -----------------------------------------------------------------------------------------


def _summary_table(heading: str, rows: list[Tally], cell: ParagraphStyle) -> Table:
    number = ParagraphStyle("count", parent=cell, alignment=TA_RIGHT)
    data: list[list[Any]] = [
        [Paragraph(plain_markup(heading, True), cell)]
        + [Paragraph(plain_markup(text, True), number) for text in COUNT_HEADINGS]
    ]
    for row, bold in [*((row, False) for row in rows), (total(rows), True)]:
        counts = [plain_markup(str(value), bold) for value in row.counts()]
        if row.overdue:
            counts[1] = (
                f'<font color="{OVERDUE_COLOUR.hexval()}">{plain_markup(str(row.overdue), True)}</font>'
            )
        data.append([Paragraph(plain_markup(row.label, bold), cell)] + [Paragraph(c, number) for c in counts])
    table = Table(data, colWidths=[100 * mm] + [24 * mm] * len(COUNT_HEADINGS), repeatRows=1, hAlign="LEFT")
    style = table_style(len(data) - 1)
    style.add("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#e8eef4"))
    table.setStyle(style)
    return table


def _detail_row(number: int, item: ActionLine, cell: ParagraphStyle) -> list[Paragraph]:
    bold = item.overdue
    action = plain_markup(item.description, bold)
    if item.note:
        action += "<br/>" + paragraph_markup([Span(item.note, italic=True)])
    overdue = "—"
    if item.overdue:
        days = f"{item.overdue_days} day{'' if item.overdue_days == 1 else 's'}"
        overdue = f'<font color="{OVERDUE_COLOUR.hexval()}">{plain_markup(days, True)}</font>'
    values = [
        plain_markup(str(number), bold),
        action,
        plain_markup(item.owner, bold),
        plain_markup(item.body),
        plain_markup(f"{LEVELS[item.level]} · {item.unit}"),
        plain_markup(indian_date(item.raised_on)),
        plain_markup(indian_date(item.due_date), bold),
        overdue,
    ]
    return [Paragraph(value, cell) for value in values]


def _detail_table(items: list[ActionLine], cell: ParagraphStyle) -> Table:
    data: list[list[Any]] = [[Paragraph(plain_markup(heading, True), cell) for heading, _w in DETAIL_COLUMNS]]
    data += [_detail_row(number, item, cell) for number, item in enumerate(items, start=1)]
    table = Table(
        data,
        colWidths=[width * mm for _h, width in DETAIL_COLUMNS],
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1,  # a very long action runs on to the next page
    )
    style = table_style(len(data))
    for row, item in enumerate(items, start=1):
        if item.overdue:
            style.add("BACKGROUND", (0, row), (-1, row), OVERDUE_ROW)
    table.setStyle(style)
    return table


def action_report_pdf(report: ActionReport) -> bytes:
    """The report on landscape A4: what it shows, the three summaries, then the open items.
    Raises :class:`DocumentError` with a message for staff when something cannot be printed."""
    _check(report)
    style = styles(9.5)
    title_style, centre = title_styles(style.plain)
    heading_style = ParagraphStyle("report-heading", parent=style.plain, spaceBefore=8, spaceAfter=3)

    def heading(text: str) -> list[Any]:
        # Room for the heading and a few rows, else a new page. (Not keepWithNext: that would move
        # the heading and the whole of a long table to the next page.)
        return [CondPageBreak(28 * mm), Paragraph(plain_markup(text, True), heading_style)]

    story: list[Any] = [
        Paragraph(plain_markup(report_title(report), True), title_style),
        Paragraph(plain_markup(f"Showing: {report.filters or 'all action items'}"), centre),
        Spacer(1, 3 * mm),
        Paragraph(plain_markup(_overview(report)), style.plain),
    ]
    for title, column, key, order in SUMMARIES:
        story += [*heading(title), _summary_table(column, tallies(report.items, key, order), style.cell)]
    items = open_items(report)
    overdue = sum(item.overdue for item in items)
    story += heading(f"Open action items ({len(items)}, of which {overdue} overdue)")
    story.append(
        _detail_table(items, style.cell)
        if items
        else Paragraph(plain_markup("No open action item."), style.plain)
    )
    return paged_pdf(
        story,
        letterhead=report.letterhead,
        title=report_title(report),
        running_head=f"Action items as on {indian_date(report.as_on)}",
        wide=True,
    )


# --- XLSX ----------------------------------------------------------------------------------------

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(wrap_text=True, vertical="top")
_OVERDUE_FONT = Font(bold=True, color="C62828")


def _write(sheet: Worksheet, columns: list[tuple[str, int]], rows: list[list[Any]]) -> None:
    """Header row styled and frozen, column widths, dates as real dates, every text made safe."""
    for index, (heading, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=safe_text(heading))
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_number, values in enumerate(rows, start=2):
        for index, value in enumerate(values, start=1):
            cell = sheet.cell(
                row=row_number, column=index, value=safe_text(value) if isinstance(value, str) else value
            )
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            cell.alignment = _WRAP
    sheet.freeze_panes = "A2"


def _detail_sheet(sheet: Worksheet, items: list[ActionLine]) -> None:
    columns = [
        ("No.", 6), ("Action", 60), ("Owner", 28), ("Body", 32), ("Level", 10), ("Unit", 24),
        ("Raised on", 12), ("Due date", 12), ("Overdue (days)", 10), ("Latest remark", 40),
    ]  # fmt: skip
    rows = [
        [
            number,
            item.description,
            item.owner,
            item.body,
            LEVELS[item.level],
            item.unit,
            item.raised_on,
            item.due_date,
            item.overdue_days if item.overdue else None,
            item.note or "",
        ]
        for number, item in enumerate(items, start=1)
    ]
    _write(sheet, columns, rows)
    for row_number, item in enumerate(items, start=2):
        if item.overdue:
            sheet.cell(row=row_number, column=2).font = Font(bold=True)
            sheet.cell(row=row_number, column=9).font = _OVERDUE_FONT
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"


def _summary_sheet(sheet: Worksheet, column: str, rows: list[Tally]) -> None:
    columns = [(column, 40)] + [(heading, 12) for heading in COUNT_HEADINGS]
    _write(sheet, columns, [[row.label, *row.counts()] for row in [*rows, total(rows)]])
    for cell in sheet[len(rows) + 2]:
        cell.font = Font(bold=True)


def action_report_xlsx(report: ActionReport) -> bytes:
    """The report as a workbook: "Open items", "By owner", "By body", "By level" and "About"."""
    _check(report)
    book = Workbook()
    detail = book.active
    detail.title = "Open items"
    _detail_sheet(detail, open_items(report))
    for title, column, key, order in SUMMARIES:
        _summary_sheet(book.create_sheet(title), column, tallies(report.items, key, order))
    facts: list[tuple[str, Any]] = [
        ("Report", report_title(report)),
        ("As on", report.as_on),
        ("Showing", report.filters or "all action items"),
        ("Office", report.letterhead.office_name),
        ("Counts", _overview(report)),
    ]
    about_sheet(book, facts, (12, 80))
    return workbook_bytes(book, report_title(report))

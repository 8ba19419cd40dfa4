"""The baseline report as an XLSX workbook: a sheet per level (district, blocks, clusters,
schools), the impact indicators and the comparison by block, and "About".

Meant for sharing like the PDF: a figure resting on fewer than five students is written "<5";
one with nothing behind it is left empty. Numbers stay numbers so they can be sorted and added.
Every text goes through :func:`desktop.documents.spreadsheet_cells.safe_text`: a name starting with
``=``, ``+``, ``-`` or ``@`` gets a leading apostrophe and can never run as a formula.
"""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.documents.baseline_report import (
    BaselineReport,
    achieving_meaning,
    filters_line,
    method_note,
    report_title,
    round_line,
)
from desktop.documents.spreadsheet_cells import about_sheet, safe_text, workbook_bytes
from desktop.services.baseline.analysis import RoundAnalysis, UnitRow
from desktop.services.baseline.comparison import RoundComparison, UnitChange

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _write(
    sheet: Worksheet, columns: list[tuple[str, int]], rows: list[list[Any]], bold_last: bool = False
) -> None:
    for index, (heading, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index, value=safe_text(heading))
        cell.font, cell.fill, cell.alignment = _HEADER_FONT, _HEADER_FILL, _WRAP
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row_number, values in enumerate(rows, start=2):
        for index, value in enumerate(values, start=1):
            sheet.cell(
                row=row_number, column=index, value=safe_text(value) if isinstance(value, str) else value
            )
    if bold_last and rows:
        for cell in sheet[len(rows) + 1]:
            cell.font = Font(bold=True)
    sheet.freeze_panes = "B2"


def _unit_columns(analysis: RoundAnalysis) -> list[tuple[str, int]]:
    columns = [(analysis.by.capitalize(), 34), ("Local name", 24)]
    if analysis.by in ("cluster", "school"):
        columns.append(("Block", 20))
    if analysis.by == "school":
        columns += [("Cluster", 20), ("UDISE code", 14)]
    columns.append(("Students assessed", 11))
    columns += [(f"{level} %", 11) for level in analysis.round.levels]
    columns += [("% achieving", 11), ("Students with a level", 11), ("Mean score", 10),
                ("Mean score % of maximum", 11), ("Students with a score", 11), ("Enrolment", 11),
                ("Attendance %", 11), ("Pupils per teacher", 10), ("Schools reporting", 10)]  # fmt: skip
    return columns


def _unit_values(analysis: RoundAnalysis, row: UnitRow, name: str | None = None) -> list[Any]:
    unit, results, indicators = row.unit, row.results, row.indicators
    values: list[Any] = [name or unit.name, unit.name_local or ""]
    if analysis.by in ("cluster", "school"):
        values.append(unit.block or "")
    if analysis.by == "school":
        values += [unit.cluster or "", unit.code or ""]
    values.append(results.students)
    values += [figure.shared() for figure in results.level_percents()]
    values += [
        results.achieving_percent().shared(),
        results.with_level,
        results.mean_score().shared(),
        results.mean_score_percent().shared(),
        results.scored,
        indicators.enrolment,
        indicators.average_attendance().value,
        indicators.pupil_teacher_ratio().value,
        indicators.schools,
    ]
    return values


def _unit_sheet(sheet: Worksheet, analysis: RoundAnalysis) -> None:
    rows = [_unit_values(analysis, row) for row in analysis.rows]
    if analysis.by != "district":
        rows.append(_unit_values(analysis, analysis.total, f"{analysis.total.unit.name} (total)"))
    _write(sheet, _unit_columns(analysis), rows, bold_last=analysis.by != "district")


def _change_values(pair: UnitChange) -> list[Any]:
    values: list[Any] = []
    for name in ("achieving", "score", "enrolment", "attendance"):
        values += [figure.shared() for figure in pair.values(name)]
    return values


def _comparison_sheet(sheet: Worksheet, comparison: RoundComparison) -> None:
    columns = [("Block", 34), ("Local name", 24)]
    for label, unit in (("% achieving", "points"), ("Mean score", "points"), ("Enrolment", "%"),
                        ("Attendance %", "%")):  # fmt: skip
        columns += [(f"{label}, earlier", 11), (f"{label}, later", 11), (f"{label}, change ({unit})", 11)]
    rows = [[pair.unit.name, pair.unit.name_local or "", *_change_values(pair)] for pair in comparison.rows]
    rows.append([f"{comparison.total.unit.name} (total)", "", *_change_values(comparison.total)])
    _write(sheet, columns, rows, bold_last=True)
    start = len(rows) + 3
    for title, pairs in (("Most improved schools", comparison.most_improved),
                         ("Least improved schools", comparison.least_improved)):  # fmt: skip
        sheet.cell(row=start, column=1, value=title).font = Font(bold=True)
        headings = ["School", "UDISE code", "% achieving, earlier", "% achieving, later", "Change (points)",
                    "Mean score change", "Block", "Cluster"]  # fmt: skip
        for index, heading in enumerate(headings, start=1):
            sheet.cell(row=start + 1, column=index, value=heading).font = Font(bold=True)
        for offset, pair in enumerate(pairs, start=2):
            values = [pair.unit.name, pair.unit.code or "", *(f.shared() for f in pair.values("achieving")),
                      pair.score_change().shared(), pair.unit.block or "", pair.unit.cluster or ""]  # fmt: skip
            for index, value in enumerate(values, start=1):
                sheet.cell(
                    row=start + offset,
                    column=index,
                    value=safe_text(value) if isinstance(value, str) else value,
                )
        start += len(pairs) + 3


def baseline_workbook(report: BaselineReport) -> bytes:
    """The workbook's bytes: "District", "Blocks", "Clusters", "Schools", "Impact indicators" and
    "Comparison" (when two rounds are compared), "About"."""
    book = Workbook()
    first = book.active
    first.title = "District"
    _unit_sheet(first, report.district)
    for title, analysis in (
        ("Blocks", report.blocks),
        ("Clusters", report.clusters),
        ("Schools", report.schools),
    ):
        _unit_sheet(book.create_sheet(title), analysis)
    if report.impact:
        rows = [
            [i.name, i.earlier.shared(), i.later.shared(), i.change.shared(), i.change_unit, i.note]
            for i in report.impact
        ]
        columns = [
            ("Indicator", 44),
            ("Earlier", 10),
            ("Later", 10),
            ("Change", 10),
            ("Change in", 10),
            ("Note", 70),
        ]
        _write(book.create_sheet("Impact indicators"), columns, rows)
    if report.comparison is not None:
        _comparison_sheet(book.create_sheet("Comparison"), report.comparison)
    facts: list[tuple[str, Any]] = [
        ("Report", report_title(report)),
        ("Round", round_line(report.round)),
        ("Compared with", round_line(report.comparison.earlier.round) if report.comparison else "—"),
        ("Showing", filters_line(report.blocks)),
        ("Achieving", achieving_meaning(report.round)),
        ("Prepared on", report.today),
        ("Office", report.letterhead.office_name),
    ]
    facts += [("Method", note) for note in method_note(report)]
    about_sheet(book, facts, (14, 100), wrap=True)
    return workbook_bytes(book, report_title(report))

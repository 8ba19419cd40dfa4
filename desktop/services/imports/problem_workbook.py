"""The problems and proposed repairs of a checked file, as a workbook the data officer can work from."""

from __future__ import annotations

import io
from pathlib import Path

from desktop.documents.spreadsheet_cells import safe_text
from desktop.services.disk import write_file
from desktop.services.imports.problems import ImportProblem, ProposedRepair

PROBLEM_HEADERS = ("File", "Sheet", "Row", "Column", "Value", "Problem", "Expected")
REPAIR_HEADERS = ("File", "Sheet", "Row", "Column", "In the file", "Repaired to", "Why")


def problems_workbook(problems: list[ImportProblem], repairs: list[ProposedRepair]) -> bytes:
    """An XLSX with a Problems sheet and a Repairs sheet; cells cannot run as formulas."""
    from openpyxl import Workbook  # only when a workbook is written
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Problems"
    _fill(
        sheet,
        PROBLEM_HEADERS,
        [
            (p.file_name, p.sheet or "", p.row, p.column or "", p.value or "", p.reason, p.expected or "")
            for p in problems
        ],
        Font,
    )
    _fill(
        book.create_sheet("Repairs"),
        REPAIR_HEADERS,
        [(r.file_name, r.sheet or "", r.row, r.column, r.original, r.repaired, r.reason) for r in repairs],
        Font,
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fill(sheet, headers: tuple[str, ...], rows: list[tuple], font_class) -> None:
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = font_class(bold=True)
    for row in rows:
        sheet.append(
            [value if isinstance(value, int) or value is None else safe_text(str(value)) for value in row]
        )
    widths = (28, 12, 8, 24, 28, 60, 48)
    for index, width in enumerate(widths[: len(headers)]):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"


def save_problems_workbook(
    path: Path | str, problems: list[ImportProblem], repairs: list[ProposedRepair]
) -> Path:
    target = Path(path)
    write_file(target, problems_workbook(problems, repairs))
    return target

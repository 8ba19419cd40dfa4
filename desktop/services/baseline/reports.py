"""The baseline report and workbook from the database, on an office's letterhead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.documents.baseline_report import BaselineReport, baseline_report_pdf
from desktop.documents.baseline_workbook import baseline_workbook
from desktop.services.baseline.analysis import round_analysis
from desktop.services.baseline.comparison import compare_rounds, impact_indicators
from desktop.services.circulars import letterhead_for
from desktop.services.database import Database
from desktop.services.disk import write_file
from desktop.services.errors import ValidationError
from desktop.services.i18n import translate


def baseline_report(
    db: Database,
    round_id: int,
    *,
    office_id: int,
    today: date,
    earlier_id: int | None = None,
    grade: int | None = None,
    subject: str | None = None,
) -> BaselineReport:
    """Everything the report prints: the round by district, block, cluster and school; compared
    with ``earlier_id`` when given (changes, most and least improved schools, impact indicators)."""
    filters = {"grade": grade, "subject": subject}
    analyses = {
        by: round_analysis(db, round_id, by, **filters) for by in ("district", "block", "cluster", "school")
    }
    comparison = cluster_comparison = None
    impact: tuple = ()
    if earlier_id is not None:
        comparison = compare_rounds(db, earlier_id, round_id, "block", **filters)
        cluster_comparison = compare_rounds(db, earlier_id, round_id, "cluster", **filters)
        impact = tuple(impact_indicators(db, earlier_id, round_id))
    return BaselineReport(
        letterhead=letterhead_for(db, office_id),
        today=today,
        district=analyses["district"],
        blocks=analyses["block"],
        clusters=analyses["cluster"],
        schools=analyses["school"],
        comparison=comparison,
        cluster_comparison=cluster_comparison,
        impact=impact,
    )


def save_baseline_report(
    db: Database,
    path: Path,
    round_id: int,
    *,
    office_id: int,
    today: date,
    earlier_id: int | None = None,
    grade: int | None = None,
    subject: str | None = None,
) -> Path:
    """Write the report to ``path`` (.pdf, or .xlsx for the workbook), whole or not at all."""
    render = {".pdf": baseline_report_pdf, ".xlsx": baseline_workbook}.get(path.suffix.lower())
    if render is None:
        raise ValidationError.single(
            "path", translate("Baseline", "Save the assessment report as a .pdf or an .xlsx file.")
        )
    report = baseline_report(
        db, round_id, office_id=office_id, today=today, earlier_id=earlier_id, grade=grade, subject=subject
    )
    write_file(path, render(report))
    return path

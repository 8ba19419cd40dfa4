"""Saving the Analysis tab's round (or two rounds compared) as the PDF report or the workbook,
in the background, on the chosen office's letterhead."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services.baseline.reports import save_baseline_report
from desktop.ui.tasks import BackgroundTask, run_with_progress

if TYPE_CHECKING:
    from desktop.ui.pages.baseline_analysis_view import AnalysisTab


def _file_name(tab: AnalysisTab, suffix: str) -> str:
    answer = tab.answer
    name = answer.analysis.round.name if answer else "Assessment"
    if answer is not None and answer.comparison is not None:
        name = f"{answer.comparison.earlier.round.name} and {name}"
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in name).strip()
    return f"{safe or 'Assessment'} report{suffix}"


def _save(tab: AnalysisTab, suffix: str, title: str, file_filter: str) -> BackgroundTask | None:
    answer = tab.answer
    office_id = tab.office.currentData()
    if answer is None:
        return None
    if office_id is None:
        QMessageBox.warning(
            tab,
            title,
            QCoreApplication.translate(
                "AnalysisTab", "Add the office whose letterhead the report goes on first."
            ),
        )
        return None
    name, _chosen = QFileDialog.getSaveFileName(tab, title, _file_name(tab, suffix), file_filter)
    if not name:
        return None
    path = Path(name).with_suffix(suffix)
    request, db, today = answer.request, tab.db, tab.today()

    def work(_progress: Any) -> Path:
        return save_baseline_report(
            db, path, request.round_id, office_id=office_id, today=today, earlier_id=request.earlier_id,
            grade=request.grade, subject=request.subject,
        )  # fmt: skip

    task = run_with_progress(tab, title, work)
    task.succeeded.connect(lambda saved: _saved(tab, Path(saved)))
    task.failed.connect(lambda error: QMessageBox.warning(tab, title, getattr(error, "message", str(error))))
    tab.export_task = task
    return task


def _saved(tab: AnalysisTab, path: Path) -> None:
    tab.show_status(QCoreApplication.translate("AnalysisTab", "Saved %s") % path)
    if path.suffix.lower() != ".pdf":
        return
    answer = QMessageBox.question(
        tab,
        QCoreApplication.translate("AnalysisTab", "Report saved"),
        QCoreApplication.translate("AnalysisTab", "Saved %s.\n\nOpen it now?") % path,
    )
    if answer == QMessageBox.StandardButton.Yes and not QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(path))
    ):
        QMessageBox.warning(
            tab,
            QCoreApplication.translate("AnalysisTab", "Report saved"),
            QCoreApplication.translate("AnalysisTab", "No program on this computer opens %s.") % path,
        )


def save_report(tab: AnalysisTab) -> BackgroundTask | None:
    """The report as a landscape PDF (shared: small groups print as "<5")."""
    return _save(
        tab,
        ".pdf",
        QCoreApplication.translate("AnalysisTab", "Saving the assessment report"),
        QCoreApplication.translate("AnalysisTab", "PDF files (*.pdf)"),
    )


def save_workbook(tab: AnalysisTab) -> BackgroundTask | None:
    """The same figures as an Excel workbook."""
    return _save(
        tab,
        ".xlsx",
        QCoreApplication.translate("AnalysisTab", "Saving the assessment workbook"),
        QCoreApplication.translate("AnalysisTab", "Excel workbook (*.xlsx)"),
    )

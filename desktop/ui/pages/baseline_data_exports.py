"""Saving the school directory or a round's results as CSV / XLSX in the import's own columns,
in the background (a round can hold a million results)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.database import Database
from desktop.services.imports.exports import export_results, export_schools
from desktop.ui.tasks import BackgroundTask, run_with_progress

FILE_FILTER = QT_TRANSLATE_NOOP("BaselineDataExports", "Excel workbook (*.xlsx);;CSV file (*.csv)")


def _ask_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("BaselineDataExports", FILE_FILTER)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    return path


def _run(parent: QWidget, title: str, work: Any, what: str) -> BackgroundTask:
    task = run_with_progress(parent, title, work)
    task.succeeded.connect(
        lambda result: QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("BaselineDataExports", "Saved %(count)s %(what)s to %(file)s.")
            % {"count": f"{result[0]:,}", "what": what, "file": result[1]},
        )
    )
    task.failed.connect(
        lambda error: QMessageBox.warning(parent, title, getattr(error, "message", str(error)))
    )
    return task


def save_school_directory(parent: QWidget, db: Database) -> BackgroundTask | None:
    """Ask where, then write every school; the file imports back unchanged."""
    title = QCoreApplication.translate("BaselineDataExports", "Export the school directory")
    path = _ask_path(parent, title, "School directory.xlsx")
    if path is None:
        return None
    return _run(
        parent,
        title,
        lambda _progress: (export_schools(db, path), path),
        QCoreApplication.translate("BaselineDataExports", "schools"),
    )


def save_round_results(
    parent: QWidget, db: Database, round_id: int, round_name: str
) -> BackgroundTask | None:
    """Ask where, then write the round's results (student ids, never names)."""
    title = QCoreApplication.translate("BaselineDataExports", "Export the results of %s") % round_name
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "-" for ch in round_name).strip() or "Round"
    path = _ask_path(parent, title, f"{safe} results.xlsx")
    if path is None:
        return None
    return _run(
        parent,
        title,
        lambda _progress: (export_results(db, round_id, path), path),
        QCoreApplication.translate("BaselineDataExports", "results"),
    )

"""The Baseline page's Imports tab: every import batch, importing a file through the wizard, and
undoing a batch as a whole (after a backup, in the background)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from desktop.services import rounds
from desktop.services.database import Database
from desktop.services.imports import batches
from desktop.services.imports.batches import BatchRow
from desktop.services.imports.targets.registry import TARGET_LABELS
from desktop.services.text import search_key, search_terms
from desktop.ui.dialogs.mou_records import local_time
from desktop.ui.pages.baseline_data_exports import save_school_directory
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import (
    button_bar,
    filter_combo,
    open_dialog,
    record_table,
    refill_combo,
    select_row,
    selected_row,
)

UNDONE_COLOUR = "#757575"


def _count(row: BatchRow, key: str) -> int:
    return int(row.counts.get(key, 0))


def matches(row: BatchRow, terms: list[str]) -> bool:
    text = search_key(str(row.id), row.target_label, row.round_name, row.files_text, row.operator)
    return all(term in text for term in terms)


class ImportsTab(QWidget):
    """The batches table with its filters; ``changed`` after an import or an undo."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[BatchRow] = []
        self.dialog: Any = None
        self.task: BackgroundTask | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by batch number, file or who imported it"))
        self.search.setClearButtonEnabled(True)
        self.target = filter_combo(
            self.tr("any kind of data"),
            [(k, QCoreApplication.translate("Imports", v)) for k, v in TARGET_LABELS.items()],
        )
        self.round = filter_combo(self.tr("any round"), [])
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.target, 1)
        filters.addWidget(self.round, 1)
        filters.addWidget(self.count)
        bar, self.actions = button_bar(
            ("import", self.tr("Import a file…"), self.import_file),
            ("undo", self.tr("Undo this import…"), self.undo_selected),
            ("export", self.tr("Export the school directory…"), self.export_directory),
        )
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        bar.addWidget(self.status_line, 1)
        self.model = ListTableModel(
            [
                Column(self.tr("No."), lambda r: r.id, align_right=True),
                Column(self.tr("When"), lambda r: local_time(r.imported_at), order_by=lambda r: r.id),
                Column(self.tr("What"), lambda r: QCoreApplication.translate("Imports", r.target_label)),
                Column(self.tr("Round"), lambda r: r.round_name or ""),
                Column(self.tr("Files"), lambda r: r.files_text),
                Column(self.tr("Created"), lambda r: _count(r, "create"), align_right=True),
                Column(self.tr("Updated"), lambda r: _count(r, "update"), align_right=True),
                Column(self.tr("Unchanged"), lambda r: _count(r, "unchanged"), align_right=True),
                Column(self.tr("Errors"), lambda r: _count(r, "error_rows"), align_right=True),
                Column(self.tr("Who"), lambda r: r.operator),
                Column(
                    self.tr("Status"),
                    lambda r: r.status_text,
                    foreground=lambda r: None if r.live else UNDONE_COLOUR,
                ),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filter)
        self.target.currentIndexChanged.connect(self.reload)
        self.round.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_database(self, db: Database) -> None:
        self.db = db
        self.reload()

    def reload(self) -> None:
        refill_combo(self.round, [(r.id, r.name) for r in rounds.list_rounds(self.db)])
        self.rows = batches.list_batches(
            self.db, target=self.target.currentData(), round_id=self.round.currentData()
        )
        self._filter()

    def _filter(self) -> None:
        selected = self.selected()
        terms = search_terms(self.search.text())
        shown = [row for row in self.rows if matches(row, terms)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("%(shown)s of %(total)s") % {"shown": len(shown), "total": len(self.rows)})
        if selected is not None:
            select_row(self.table, selected.id)
        self._update_buttons()

    def selected(self) -> BatchRow | None:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        row = self.selected()
        busy = self.task is not None and self.task.running
        self.actions["import"].setEnabled(writable and not busy)
        self.actions["undo"].setEnabled(writable and not busy and row is not None and row.live)

    def what_goes(self, row: BatchRow) -> str:
        """What undoing ``row`` takes back, in the confirmation's words."""
        what = self.tr("%(what)s from %(files)s") % {
            "what": QCoreApplication.translate("Imports", row.target_label).lower(),
            "files": row.files_text,
        }
        if row.round_name:
            what = self.tr("%(what)s in the round %(round)s") % {"what": what, "round": row.round_name}
        return self.tr(
            "Undo import batch %(batch)s (%(what)s)?\n\nThe %(created)s record(s) it created will be removed and the %(updated)s "
            "record(s) it changed will get their earlier values back. A backup of the database is "
            "made first."
        ) % {
            "batch": row.id,
            "what": what,
            "created": _count(row, "create"),
            "updated": _count(row, "update"),
        }

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    # --- importing ------------------------------------------------------------------------------

    def export_directory(self) -> BackgroundTask | None:
        """Every school as CSV or XLSX, in the columns the school directory import reads."""
        self.task = save_school_directory(self, self.db)
        return self.task

    def import_file(self) -> Any:
        """The import wizard, set to the kind of data and round the filters show."""
        from desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(
            self.db, self, target=self.target.currentData(), round_id=self.round.currentData()
        )
        wizard.imported.connect(self._imported)
        self.dialog = open_dialog(wizard, lambda _dialog: None)
        return self.dialog

    def _imported(self, batch_id: int) -> None:
        self.reload()
        select_row(self.table, batch_id)
        self.show_status(self.tr("Imported as batch %s.") % batch_id)
        self.changed.emit()

    # --- undoing --------------------------------------------------------------------------------

    def undo_selected(self) -> BackgroundTask | None:
        """Ask, then undo the selected batch in the background; a refusal is shown as it is."""
        row = self.selected()
        if row is None or not row.live:
            return None
        answer = QMessageBox.question(self, self.tr("Undo import"), self.what_goes(row))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db, batch_id = self.db, row.id
        title = self.tr("Undoing import batch %s") % batch_id
        task = run_with_progress(
            self, title, lambda _progress: batches.undo_batch(db, batch_id), cancellable=False
        )
        task.succeeded.connect(lambda backup: self._undone(batch_id, backup))
        task.failed.connect(lambda error: self._undo_failed(batch_id, error))
        task.finished.connect(self._update_buttons)
        self.task = task
        self._update_buttons()
        return task

    def _undone(self, batch_id: int, backup: Path) -> None:
        self.reload()
        select_row(self.table, batch_id)
        self.show_status(
            self.tr("Batch %(batch)s undone; the database as it was is kept in %(backup)s.")
            % {"batch": batch_id, "backup": backup}
        )
        self.changed.emit()

    def _undo_failed(self, batch_id: int, error: object) -> None:
        QMessageBox.warning(
            self, self.tr("Undo import batch %s") % batch_id, getattr(error, "message", str(error))
        )
        self.reload()

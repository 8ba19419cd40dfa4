"""The Baseline page's Rounds tab: the assessment rounds, with New / Edit / Delete and the level
schemes they use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from desktop.services import rounds
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.rounds import RoundRow
from desktop.services.text import search_key, search_terms
from desktop.ui.dialogs.level_scheme_dialog import LevelSchemesDialog
from desktop.ui.dialogs.round_dialog import RoundDialog
from desktop.ui.pages.baseline_data_exports import save_round_results
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import button_bar, open_dialog, record_table, select_row, selected_row


def dates_text(row: RoundRow) -> str:
    start = f"{row.start_date:%d/%m/%Y}" if row.start_date else ""
    end = f"{row.end_date:%d/%m/%Y}" if row.end_date else ""
    return f"{start} – {end}" if start and end else start or end


def matches(row: RoundRow, terms: list[str]) -> bool:
    text = search_key(row.name, row.kind_label, row.tool, row.level_scheme_name, row.mou_reference)
    return all(term in text for term in terms)


class RoundsTab(QWidget):
    """The rounds table; ``changed`` after a round or a scheme is saved or deleted."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[RoundRow] = []
        self.dialog: Any = None
        self.task: BackgroundTask | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, kind, tool, scheme or MoU"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        bar, self.actions = button_bar(
            ("new", self.tr("New round…"), self.new_round),
            ("edit", self.tr("Edit…"), self.edit_selected),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("schemes", self.tr("Level schemes…"), self.open_schemes),
            ("export", self.tr("Export results…"), self.export_selected),
        )
        bar.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        self.model = ListTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: QCoreApplication.translate("Baseline", r.kind_label)),
                Column(self.tr("Dates"), dates_text, order_by=lambda r: r.start_date or r.end_date),
                Column(self.tr("Tool"), lambda r: r.tool or ""),
                Column(self.tr("Level scheme"), lambda r: r.level_scheme_name or ""),
                Column(self.tr("MoU"), lambda r: r.mou_reference or ""),
                Column(self.tr("Results"), lambda r: r.results, align_right=True),
                Column(
                    self.tr("Schools with indicators"), lambda r: r.schools_with_indicators, align_right=True
                ),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # latest first
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(self._filter)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._schemes_checked = False

    def set_database(self, db: Database) -> None:
        self.db = db
        self._schemes_checked = False
        self.reload()

    def reload(self) -> None:
        # The standard FLN / NAS schemes are offered from the first visit on a writable database.
        if not self._schemes_checked and not self.db.read_only:
            rounds.ensure_standard_schemes(self.db)
            self._schemes_checked = True
        self.rows = rounds.list_rounds(self.db)
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

    def selected(self) -> RoundRow | None:
        return selected_row(self.table)

    def _update_buttons(self) -> None:
        writable = not self.db.read_only
        row = self.selected()
        self.actions["new"].setEnabled(writable)
        self.actions["edit"].setEnabled(writable and row is not None)
        self.actions["delete"].setEnabled(writable and row is not None)
        self.actions["schemes"].setEnabled(writable)
        self.actions["export"].setEnabled(row is not None and row.results > 0)

    def _saved(self, dialog: Any) -> None:
        self.reload()
        if getattr(dialog, "saved", None) is not None:
            select_row(self.table, dialog.saved.id)
        self.changed.emit()

    def new_round(self) -> RoundDialog:
        self.dialog = open_dialog(RoundDialog(self.db, None, self), self._saved)
        return self.dialog

    def edit_selected(self) -> RoundDialog | None:
        row = self.selected()
        if row is None or self.db.read_only:
            return None
        self.dialog = open_dialog(RoundDialog(self.db, row, self), self._saved)
        return self.dialog

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete round"),
            self.tr("Delete the assessment round %s? This cannot be undone.") % row.name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            rounds.delete_round(self.db, row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Round %s") % row.name, exc.message)
            return
        self.reload()
        self.changed.emit()

    def export_selected(self) -> BackgroundTask | None:
        """The selected round's results as CSV or XLSX, in the columns the import reads."""
        row = self.selected()
        if row is None:
            return None
        self.task = save_round_results(self, self.db, row.id, row.name)
        return self.task

    def open_schemes(self) -> LevelSchemesDialog:
        manager = LevelSchemesDialog(self.db, self)
        manager.changed.connect(self.reload)
        manager.changed.connect(self.changed)
        self.dialog = open_dialog(manager, lambda _dialog: None)
        return self.dialog

"""The Committees page: every committee, task force and review group with its chair and members
today, filters, the body's forms and lifecycle, its members below, and its printed documents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.committees import bodies, listing
from desktop.services.committees.listing import BodyRow
from desktop.services.committees.vocabulary import BODY_KINDS, LEVEL_ORDER, LEVELS
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.text import search_terms
from desktop.ui.dialogs.body_dialog import BodyDialog, DissolveDialog
from desktop.ui.pages import committee_printing
from desktop.ui.pages.committee_members import MembersPanel, fit_columns
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import button_bar, filter_combo, open_dialog, record_table, select_row, selected_row

LEVEL_COLUMN = 2


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


class CommitteesPage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rows: list[BodyRow] = []
        self.dialog: Any = None
        self.issued_dialog: Any = None
        self.task: Any = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, kind, unit or office"))
        self.search.setClearButtonEnabled(True)
        self.level = filter_combo(
            self.tr("any level"),
            [(c, QCoreApplication.translate("Committees", t)) for c, t in LEVELS.items()],
        )
        self.kind = filter_combo(
            self.tr("any kind"),
            [(c, QCoreApplication.translate("Committees", t)) for c, t in BODY_KINDS.items()],
        )
        self.show_dissolved = QCheckBox(self.tr("Show dissolved"))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.level, 1)
        filters.addWidget(self.kind, 1)
        filters.addWidget(self.show_dissolved)
        filters.addWidget(self.count)

        bar, self.actions = button_bar(
            ("new", self.tr("New body…"), self.new_body),
            ("edit", self.tr("Edit…"), self.edit_body),
            ("dissolve", self.tr("Dissolve…"), self.dissolve_body),
            ("delete", self.tr("Delete"), self.delete_body),
            ("contacts", self.tr("Contact sheet…"), lambda: committee_printing.save_contact_sheet(self)),
            (
                "order",
                self.tr("Constitution order…"),
                lambda: committee_printing.constitution_order(self),
            ),
        )
        # The printed documents stand apart from the changes.
        bar.insertSpacing(bar.indexOf(self.actions["delete"]) + 1, 24)
        self.status_line = QLabel()
        bar.addWidget(self.status_line, 1)

        self.model = ListTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: QCoreApplication.translate("Committees", r.kind_label)),
                Column(
                    self.tr("Level"),
                    lambda r: QCoreApplication.translate("Committees", r.level_label),
                    order_by=lambda r: -LEVEL_ORDER.index(r.level),
                ),
                Column(self.tr("Unit"), lambda r: r.unit_name),
                Column(self.tr("Convening office"), lambda r: r.office_name),
                Column(self.tr("Chair today"), lambda r: r.chair_name),
                Column(self.tr("Members today"), lambda r: r.members, align_right=True),
                Column(
                    self.tr("Meets"), lambda r: QCoreApplication.translate("Committees", r.frequency_label)
                ),
                Column(self.tr("Formed"), lambda r: _day(r.formed_on), order_by=lambda r: r.formed_on),
                Column(
                    self.tr("Dissolved"), lambda r: _day(r.dissolved_on), order_by=lambda r: r.dissolved_on
                ),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LEVEL_COLUMN, Qt.SortOrder.AscendingOrder)  # district first, as listed
        self.table.horizontalHeader().setStretchLastSection(True)
        self.members = MembersPanel(db, today=today)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.members)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Committees and task forces"))))
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._filter)
        for combo in (self.level, self.kind):
            combo.currentIndexChanged.connect(self._filter)
        self.show_dissolved.toggled.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_body())
        self.members.changed.connect(self._members_changed)
        self.set_database(db)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.members.set_database(db)
        self.reload()

    def reload(self) -> None:
        """Read every body again (chair and members as of today) and show those the filters pass."""
        self.rows = listing.list_bodies(self.db, self.today())
        self._filter()

    def _passes(self, row: BodyRow, terms: list[str], today: date) -> bool:
        if not self.show_dissolved.isChecked() and row.dissolved_on is not None and row.dissolved_on < today:
            return False
        if self.level.currentData() is not None and row.level != self.level.currentData():
            return False
        if self.kind.currentData() is not None and row.kind != self.kind.currentData():
            return False
        return all(term in row.search_text for term in terms)

    def _filter(self) -> None:
        selected = self.selected()
        terms, today = search_terms(self.search.text()), self.today()
        shown = [row for row in self.rows if self._passes(row, terms, today)]
        self.model.set_rows(shown)
        fit_columns(self.table, widest=220)
        self.count.setText(self.tr("%(shown)s of %(total)s") % {"shown": len(shown), "total": len(self.rows)})
        if selected is not None:
            self.select(selected.id)
        self._selection_changed()

    def selected(self) -> BodyRow | None:
        return selected_row(self.table)

    def select(self, body_id: int) -> None:
        select_row(self.table, body_id)

    def _selection_changed(self) -> None:
        row = self.selected()
        if row != self.members.body:
            self.members.set_body(row)
        writable = not self.db.read_only
        alive = row is not None and row.dissolved_on is None
        self.actions["new"].setEnabled(writable)
        self.actions["edit"].setEnabled(writable and row is not None)
        self.actions["dissolve"].setEnabled(writable and alive)
        self.actions["delete"].setEnabled(writable and row is not None)
        self.actions["contacts"].setEnabled(row is not None)
        self.actions["order"].setEnabled(writable and alive)

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def after_change(self, body_id: int | None = None) -> None:
        """Read the bodies again, keep (or move to) the body concerned, and tell the window."""
        self.reload()
        if body_id is not None:
            self.select(body_id)
        self.members.reload()
        self.changed.emit()

    def _members_changed(self) -> None:
        row = self.selected()
        self.reload()  # the chair and member count may have changed
        if row is not None:
            self.select(row.id)
        self.changed.emit()

    # --- the body -----------------------------------------------------------------------------

    def new_body(self) -> BodyDialog:
        self.dialog = open_dialog(BodyDialog(self.db, None, self, today=self.today()), self._saved)
        return self.dialog

    def edit_body(self) -> BodyDialog | None:
        row = self.selected()
        if row is None or self.db.read_only:
            return None
        detail = bodies.get_body(self.db, row.id, self.today())
        self.dialog = open_dialog(BodyDialog(self.db, detail, self, today=self.today()), self._saved)
        return self.dialog

    def _saved(self, dialog: Any) -> None:
        self.after_change(dialog.saved)

    def dissolve_body(self) -> DissolveDialog | None:
        row = self.selected()
        if row is None:
            return None
        self.dialog = open_dialog(DissolveDialog(self.db, row.id, row.name, self.today(), self), self._saved)
        return self.dialog

    def delete_body(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete body"),
            self.tr(
                "Delete %s and its memberships? Only a body entered by mistake is deleted; "
                "one that has met is dissolved instead. This cannot be undone."
            )
            % row.name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            bodies.delete_body(self.db, row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Delete body"), exc.message)
            return
        self.after_change()

"""The members of the body chosen on the Committees page: who sat on it on a date, or every seat it
has had, and the buttons that add, replace, end, correct and remove memberships."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.committees import memberships
from desktop.services.committees.listing import BodyRow
from desktop.services.committees.memberships import MemberRow
from desktop.services.committees.vocabulary import ROLE_ORDER
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.ui.dialogs.membership_dialogs import (
    AddMemberDialog,
    CorrectMembershipDialog,
    EndMembershipDialog,
    ReplaceMemberDialog,
)
from desktop.ui.dialogs.mou_widgets import date_edit
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import button_bar, open_dialog, record_table, select_row, selected_row

# Columns only the history shows, and those it leaves out.
HISTORY_ONLY = (8, 9)
PRESENT_ONLY = (4, 5)
ROLE_COLUMN, FROM_COLUMN = 1, 6
WIDEST_COLUMN = 280  # pixels


def fit_columns(table: QTableView, widest: int = WIDEST_COLUMN) -> None:
    """Columns as wide as their contents, but none wider than ``widest`` (long office names are
    cut with "…"), so every column of the table fits on the screen."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def _day(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


class MembersPanel(QWidget):
    """``changed`` is emitted after any membership changes."""

    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.body: BodyRow | None = None
        self.rows: list[MemberRow] = []
        self.dialog: Any = None
        self._view: tuple[int | None, bool] | None = None  # (body, history) last shown
        self.title = QLabel()
        self.as_on = date_edit(today())
        self.as_on.setToolTip(self.tr("Show who sat on the body on this date"))
        self.history = QCheckBox(self.tr("Show history"))
        self.history.setToolTip(self.tr("Every membership the body has had, with when and why each ended"))
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        self.as_on_label = QLabel(self.tr("Members as on"))
        top.addWidget(self.as_on_label)
        top.addWidget(self.as_on)
        top.addWidget(self.history)
        top.addWidget(self.count)

        bar, self.buttons = button_bar(
            ("add", self.tr("Add member…"), self.add_member),
            ("replace", self.tr("Replace…"), self.replace_member),
            ("end", self.tr("End membership…"), self.end_membership),
            ("correct", self.tr("Correct…"), self.correct_membership),
            ("remove", self.tr("Remove (entered by mistake)"), self.remove_membership),
        )
        bar.addStretch(1)

        self.model = ListTableModel(
            [
                Column(self.tr("Name"), lambda r: r.person_name),
                Column(
                    self.tr("Role"),
                    lambda r: QCoreApplication.translate("Committees", r.role_label),
                    order_by=lambda r: ROLE_ORDER[r.role],
                ),
                Column(self.tr("Designation"), lambda r: r.designation),
                Column(self.tr("Representing"), lambda r: r.representing),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("E-mail"), lambda r: r.email),
                Column(self.tr("From"), lambda r: _day(r.start_date), order_by=lambda r: r.start_date),
                Column(self.tr("Until"), lambda r: _day(r.end_date), order_by=lambda r: r.end_date),
                Column(self.tr("Why it ended"), lambda r: r.end_reason),
                Column(self.tr("Replaces"), lambda r: r.replaces),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.Interactive)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.as_on.dateChanged.connect(lambda _d: self.reload())
        self.history.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.correct_membership())
        self.set_body(None)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.set_body(None)

    def set_body(self, body: BodyRow | None) -> None:
        same = body is not None and self.body is not None and body.id == self.body.id
        self.body = body
        if not same:
            self.as_on.blockSignals(True)
            self.as_on.setDate(QDate(self.today()))
            self.as_on.blockSignals(False)
        self.reload()

    def as_on_date(self) -> date:
        return self.as_on.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        """Show the body's members on the chosen date, or its whole history."""
        history = self.history.isChecked()
        selected = self.selected()
        if self.body is None:
            self.rows = []
            self.title.setText(self.tr("Choose a body above to see its members."))
        elif history:
            self.rows = memberships.membership_history(self.db, self.body.id)
            self.title.setText(self.tr("<b>%s</b>: every membership") % html.escape(self.body.name))
        else:
            self.rows = memberships.composition_on(self.db, self.body.id, self.as_on_date())
            self.title.setText(f"<b>{html.escape(self.body.name)}</b>")
        self.as_on.setEnabled(not history)
        self.as_on_label.setEnabled(not history)
        for column in HISTORY_ONLY:
            self.table.setColumnHidden(column, not history)
        for column in PRESENT_ONLY:
            self.table.setColumnHidden(column, history)
        self.model.set_rows(self.rows)
        view = (self.body.id if self.body else None, history)
        if view != self._view:  # a header the user clicked is kept while the view stays the same
            # The chair first on a date; the order they joined in the history (ties keep the
            # service's order: by name, by role).
            self.table.sortByColumn(FROM_COLUMN if history else ROLE_COLUMN, Qt.SortOrder.AscendingOrder)
            self._view = view
        fit_columns(self.table)
        noun = self.tr("memberships") if history else self.tr("members")
        self.count.setText(f"{len(self.rows)} {noun}" if self.body else "")
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> MemberRow | None:
        return selected_row(self.table)

    def select(self, membership_id: int) -> None:
        select_row(self.table, membership_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = not self.db.read_only and self.body is not None
        alive = writable and self.body is not None and self.body.dissolved_on is None
        running = row is not None and row.end_date is None
        self.buttons["add"].setEnabled(alive)
        self.buttons["replace"].setEnabled(alive and running)
        self.buttons["end"].setEnabled(alive and running)
        self.buttons["correct"].setEnabled(writable and row is not None)
        self.buttons["remove"].setEnabled(writable and row is not None)

    # --- actions ------------------------------------------------------------------------------

    def _open(self, dialog: Any) -> Any:
        self.dialog = open_dialog(dialog, self._saved)
        return dialog

    def _saved(self, dialog: Any) -> None:
        self.reload()
        if isinstance(dialog.saved, int):
            self.select(dialog.saved)
        self.changed.emit()

    def add_member(self) -> Any:
        if self.body is None:
            return None
        start = max(self.as_on_date(), self.body.formed_on)
        return self._open(AddMemberDialog(self.db, self.body.id, self.body.name, start, self))

    def replace_member(self) -> Any:
        row = self.selected()
        if self.body is None or row is None:
            return None
        return self._open(ReplaceMemberDialog(self.db, row, self.body.name, self.today(), self))

    def end_membership(self) -> Any:
        row = self.selected()
        if self.body is None or row is None:
            return None
        return self._open(EndMembershipDialog(self.db, row, self.body.name, self.today(), self))

    def correct_membership(self) -> Any:
        row = self.selected()
        if self.body is None or row is None or not self.buttons["correct"].isEnabled():
            return None
        return self._open(CorrectMembershipDialog(self.db, row, self.body.name, self))

    def remove_membership(self) -> None:
        row = self.selected()
        if self.body is None or row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove membership"),
            self.tr(
                "Remove %(person)s's membership of %(body)s as entered by mistake? It disappears from the history. "
                "A member who left is ended or replaced instead."
            )
            % {"person": row.person_name, "body": self.body.name},
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            memberships.delete_membership(self.db, row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Remove membership"), exc.message)
            return
        self.reload()
        self.changed.emit()

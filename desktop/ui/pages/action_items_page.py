"""The Action items page: every body's action items in one table, with filters (owner, status,
overdue, level, body) and search; each item's next step (done, dropped, reopened, changed,
escalated), its history, and the status report of what is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.committees.listing import body_choices
from desktop.services.committees.vocabulary import LEVEL_ORDER, LEVELS
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.meetings.action_listing import ActionFilter, ActionRow, list_action_items
from desktop.services.meetings.action_report import save_status_report
from desktop.services.meetings.vocabulary import ACTION_STATUSES
from desktop.services.text import search_terms
from desktop.ui.dialogs.action_item_dialogs import (
    ChangeDialog,
    CloseDialog,
    EscalateDialog,
    HistoryDialog,
    ReopenDialog,
)
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

OVERDUE_COLOUR = "#c62828"
REPORT_FILTERS = {"PDF (*.pdf)": ".pdf", "Excel workbook (*.xlsx)": ".xlsx"}
BODY_COLUMN, DUE_COLUMN, ORIGIN_COLUMN = 2, 5, 8
ACTION_WIDTH, BODY_WIDTH = 340, 220


class ActionItemsPage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.all_rows: list[ActionRow] = []  # every item, for the count and the owner list
        self.rows: list[ActionRow] = []  # those passing the filters other than the search
        self._rows_for: ActionFilter | None = None
        self.dialog: Any = None
        self.task: Any = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by action, owner, meeting, unit or body"))
        self.search.setClearButtonEnabled(True)
        self.owner = filter_combo(self.tr("any owner"), [])
        self.status = filter_combo(
            self.tr("any status"),
            [
                (code, QCoreApplication.translate("ActionItems", label))
                for code, label in ACTION_STATUSES.items()
            ],
        )
        self.level = filter_combo(
            self.tr("any level"),
            [
                (code, QCoreApplication.translate("Committees", LEVELS[code]))
                for code in reversed(LEVEL_ORDER)
            ],
        )
        self.body = filter_combo(self.tr("any body"), [])
        for combo in (self.owner, self.status, self.level, self.body):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo, stretch in ((self.owner, 2), (self.status, 1), (self.level, 1), (self.body, 2)):
            filters.addWidget(combo, stretch)
        filters.addWidget(self.overdue)
        filters.addWidget(self.count)

        bar, self.actions = button_bar(
            ("done", self.tr("Mark done…"), self.mark_done),
            ("dropped", self.tr("Drop…"), self.drop),
            ("reopen", self.tr("Reopen…"), self.reopen),
            ("change", self.tr("Change…"), self.change),
            ("escalate", self.tr("Escalate…"), self.escalate),
            ("history", self.tr("History…"), self.history),
            ("report", self.tr("Status report…"), self.save_report),
        )
        self.status_line = QLabel()
        bar.addWidget(self.status_line, 1)

        red = lambda row: OVERDUE_COLOUR if row.overdue else None  # noqa: E731
        self.model = ListTableModel(
            [
                Column(self.tr("Action"), lambda r: r.description, foreground=red),
                Column(self.tr("Owner"), lambda r: r.owner_name, foreground=red),
                Column(self.tr("Body"), lambda r: r.current_body_name or self.tr("(none)"), foreground=red),
                Column(
                    self.tr("Level"),
                    lambda r: QCoreApplication.translate("Committees", r.current_level_label),
                    order_by=lambda r: -LEVEL_ORDER.index(r.current_level),
                    foreground=red,
                ),
                Column(
                    self.tr("Raised on"),
                    lambda r: f"{r.raised_on:%d/%m/%Y}",
                    order_by=lambda r: r.raised_on,
                    foreground=red,
                ),
                Column(
                    self.tr("Due"),
                    lambda r: f"{r.due_date:%d/%m/%Y}",
                    order_by=lambda r: r.due_date,
                    foreground=red,
                ),
                Column(
                    self.tr("Status"),
                    lambda r: QCoreApplication.translate("ActionItems", r.status_label),
                    foreground=red,
                ),
                Column(
                    self.tr("Days overdue"),
                    lambda r: r.days_overdue if r.overdue else "",
                    align_right=True,
                    order_by=lambda r: r.days_overdue,  # 0 when not overdue: descending puts the worst first
                    foreground=red,
                ),
                # Where an escalated item came from; the whole story is in its history.
                Column(
                    self.tr("Escalated from"),
                    lambda r: r.raised_meeting_title if r.escalated else "",
                    foreground=red,
                ),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column, width in ((0, ACTION_WIDTH), (BODY_COLUMN, BODY_WIDTH)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(ORIGIN_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)  # the oldest due first
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("Action items"))))
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._filter)
        for combo in (self.owner, self.status, self.level, self.body):
            combo.currentIndexChanged.connect(self._filter)
        self.overdue.toggled.connect(self._filter)
        self.table.doubleClicked.connect(lambda _index: self.history())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_database(db)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        refill_combo(self.body, body_choices(db))
        self.reload()

    def reload(self) -> None:
        """Read the items again (after a change here or elsewhere); filters and selection stay."""
        self.all_rows = list_action_items(self.db, ActionFilter(), self.today())
        owners = {row.owner_id: f"{row.owner_name}, {row.owner_designation}" for row in self.all_rows}
        refill_combo(self.owner, sorted(owners.items(), key=lambda item: item[1].casefold()))
        self._rows_for = None
        self._filter()

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            owner_id=self.owner.currentData(),
            status=self.status.currentData(),
            overdue_only=self.overdue.isChecked(),
            level=self.level.currentData(),
            body_id=self.body.currentData(),
            search=self.search.text(),
        )

    def _filter(self) -> None:
        wanted = self.current_filter()
        # The choices go to the service (its rules for owner, body, level and overdue); typing
        # only narrows the rows already read.
        chosen = replace(wanted, search="")
        if chosen != self._rows_for:
            self.rows = list_action_items(self.db, chosen, self.today())
            self._rows_for = chosen
        terms = search_terms(wanted.search)
        shown = [row for row in self.rows if all(term in row.search_text for term in terms)]
        selected = self.selected()
        self.model.set_rows(shown)
        self.count.setText(
            self.tr("%(shown)s of %(total)s") % {"shown": len(shown), "total": len(self.all_rows)}
        )
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> ActionRow | None:
        return selected_row(self.table)

    def select(self, item_id: int) -> None:
        select_row(self.table, item_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = not self.db.read_only
        is_open = row is not None and row.status == "open"
        for key in ("done", "dropped", "change"):
            self.actions[key].setEnabled(writable and is_open)
        self.actions["escalate"].setEnabled(writable and is_open and row is not None and row.overdue)
        self.actions["reopen"].setEnabled(writable and row is not None and row.status != "open")
        self.actions["history"].setEnabled(row is not None)

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def _after_change(self, dialog: Any) -> None:
        self.reload()
        if isinstance(dialog.saved, int):
            self.select(dialog.saved)
        self.changed.emit()

    # --- the steps ------------------------------------------------------------------------------

    def _open(
        self, make: Callable[[ActionRow], Any], on_accepted: Callable[[Any], None] | None = None
    ) -> Any:
        row = self.selected()
        if row is None:
            return None
        try:
            dialog = make(row)
        except DomainError as exc:  # the item was deleted or changed elsewhere meanwhile
            QMessageBox.warning(self, self.tr("Action item"), exc.message)
            self.reload()
            return None
        self.dialog = open_dialog(dialog, on_accepted or self._after_change)
        return self.dialog

    def mark_done(self) -> Any:
        return self._open(lambda row: CloseDialog(self.db, row, "done", self.today(), self))

    def drop(self) -> Any:
        return self._open(lambda row: CloseDialog(self.db, row, "dropped", self.today(), self))

    def reopen(self) -> Any:
        return self._open(lambda row: ReopenDialog(self.db, row, self.today(), self))

    def change(self) -> Any:
        return self._open(lambda row: ChangeDialog(self.db, row, self.today(), self))

    def escalate(self) -> Any:
        return self._open(lambda row: EscalateDialog(self.db, row, self.today(), self))

    def history(self) -> Any:
        return self._open(lambda row: HistoryDialog(self.db, row, self), lambda _dialog: None)

    # --- the report -------------------------------------------------------------------------------

    def save_report(self) -> BackgroundTask | None:
        """The status report of the items the filters select, as PDF or Excel, in the background."""
        today = self.today()
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the action-item report"), f"Action-items-{today:%Y-%m-%d}.pdf",
            ";;".join(REPORT_FILTERS),
        )  # fmt: skip
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in REPORT_FILTERS.values():
            path = path.with_suffix(REPORT_FILTERS.get(chosen, ".pdf"))
        db, wanted, title = self.db, self.current_filter(), self.tr("Preparing the action-item report")
        task = run_with_progress(self, title, lambda _progress: save_status_report(db, path, wanted, today))
        task.succeeded.connect(lambda saved: self.show_status(self.tr("Saved %s") % saved))
        task.failed.connect(
            lambda error: QMessageBox.warning(self, title, getattr(error, "message", str(error)))
        )
        self.task = task
        return task

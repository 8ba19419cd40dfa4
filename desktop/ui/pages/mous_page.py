"""The MoU page: the register with filters, the alerts banner, and each MoU's lifecycle steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import geography, organisations
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.mous import lifecycle, listing, register
from desktop.services.mous.lifecycle import OverlapError
from desktop.services.mous.listing import MouFilter, MouRow
from desktop.services.mous.vocabulary import FOCUS_AREAS, STATUSES
from desktop.ui.dialogs.mou_actions import AmendDialog, OverlapReasonDialog, RenewDialog, TerminateDialog
from desktop.ui.pages import mou_printing
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import (
    button_bar,
    filter_combo,
    notice_label,
    open_dialog,
    record_table,
    refill_combo,
    select_row,
    selected_row,
    show_lines,
)

EXPIRING_CHOICES = (30, 60, 90)


class MousPage(QWidget):
    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.rows: list[MouRow] = []
        self.dialog: Any = None
        self.issued_dialog: Any = None
        self.task: Any = None
        self.banner = notice_label()
        self.banner.setObjectName("alerts")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by reference, title, partner or office"))
        self.search.setClearButtonEnabled(True)
        self.status = filter_combo(
            self.tr("any status"),
            [(code, QCoreApplication.translate("MoUs", label)) for code, label in STATUSES.items()],
        )
        self.partner = filter_combo(self.tr("any partner"), [])
        self.block = filter_combo(self.tr("any block"), [])
        self.focus = filter_combo(
            self.tr("any focus"),
            [(code, QCoreApplication.translate("MoUs", label)) for code, label in FOCUS_AREAS.items()],
        )
        self.expiring = filter_combo(
            self.tr("any end date"),
            [(days, self.tr("ending within %s days") % days) for days in EXPIRING_CHOICES],
        )
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.status, self.partner, self.block, self.focus, self.expiring):
            filters.addWidget(combo, 1)
        filters.addWidget(self.count)

        self.new_button = QPushButton(self.tr("New MoU…"))
        self.open_button = QPushButton(self.tr("Open…"))
        bar, self.actions = button_bar(
            ("under_review", self.tr("Send for review"), self.submit_for_review),
            ("draft", self.tr("Return to draft"), self.return_to_draft),
            ("signed", self.tr("Mark signed"), self.mark_signed),
            ("active", self.tr("Activate"), self.activate),
            ("terminated", self.tr("Terminate…"), self.terminate),
            ("renew", self.tr("Renew…"), self.renew),
            ("amend", self.tr("Amend…"), self.amend),
            ("delete", self.tr("Delete draft"), self.delete),
        )
        bar.insertWidget(0, self.open_button)
        bar.insertWidget(0, self.new_button)
        bar.addStretch(1)
        prints, made = button_bar(
            ("print", self.tr("MoU as PDF…"), lambda: mou_printing.save_mou_pdf(self)),
            ("letter", self.tr("Authorisation letter…"), lambda: mou_printing.authorisation_letter(self)),
            ("report", self.tr("Register report…"), lambda: mou_printing.save_register_report(self)),
        )
        self.actions.update(made)
        self.status_line = QLabel()
        prints.addWidget(self.status_line, 1)

        self.model = ListTableModel(
            [
                Column(self.tr("Reference"), lambda r: r.reference),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Partner"), lambda r: r.partners),
                Column(self.tr("Focus"), lambda r: QCoreApplication.translate("MoUs", r.focus_label)),
                Column(self.tr("Coverage"), lambda r: r.coverage_text),
                Column(
                    self.tr("Starts"), lambda r: f"{r.start_date:%d/%m/%Y}", order_by=lambda r: r.start_date
                ),
                Column(self.tr("Ends"), lambda r: f"{r.end_date:%d/%m/%Y}", order_by=lambda r: r.end_date),
                Column(self.tr("Status"), lambda r: QCoreApplication.translate("MoUs", r.status_label)),
                Column(
                    self.tr("Days left"),
                    lambda r: "" if r.days_left is None else r.days_left,
                    align_right=True,
                ),
                Column(self.tr("Overdue"), lambda r: r.overdue_obligations or "", align_right=True),
            ],
            self,
        )
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # soonest end first
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>{}</h2>".format(self.tr("MoUs"))))
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addLayout(prints)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self._filter)
        for combo in (self.status, self.partner, self.block, self.focus, self.expiring):
            combo.currentIndexChanged.connect(self._filter)
        self.new_button.clicked.connect(self.new_mou)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_database(db)

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Show ``db``; active MoUs past their end date become expired now (the banner says so)."""
        self.db = db
        lifecycle.expire_lapsed(db, today=self.today())
        refill_combo(self.partner, [(o.id, o.name) for o in organisations.list_organisations(db)])
        refill_combo(self.block, [(b.id, b.name) for b in geography.list_blocks(db)])
        self.reload()

    def reload(self) -> None:
        today = self.today()
        self.rows = listing.list_mous(self.db, today=today)
        lines = listing.describe_alerts(listing.alerts(self.db, today=today, rows=self.rows))
        show_lines(self.banner, lines)
        self._filter()

    def current_filter(self) -> MouFilter:
        return MouFilter(
            query=self.search.text(),
            status=self.status.currentData(),
            partner_id=self.partner.currentData(),
            block_id=self.block.currentData(),
            focus=self.focus.currentData(),
            expiring_within=self.expiring.currentData(),
        )

    def _filter(self) -> None:
        wanted = self.current_filter()
        selected = self.selected()
        shown = [row for row in self.rows if listing.matches(row, wanted)]
        self.model.set_rows(shown)
        self.count.setText(self.tr("%(shown)s of %(total)s") % {"shown": len(shown), "total": len(self.rows)})
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected(self) -> MouRow | None:
        return selected_row(self.table)

    def select(self, mou_id: int) -> None:
        select_row(self.table, mou_id)

    def _update_buttons(self) -> None:
        row = self.selected()
        writable = not self.db.read_only
        self.new_button.setEnabled(writable)
        self.open_button.setEnabled(row is not None)
        allowed = lifecycle.allowed_actions(row.status) if row else ()
        for key in ("under_review", "draft", "signed", "active", "terminated"):
            self.actions[key].setEnabled(writable and key in allowed)
        self.actions["renew"].setEnabled(writable and row is not None and row.status in ("active", "expired"))
        self.actions["amend"].setEnabled(writable and row is not None and row.status in ("signed", "active"))
        self.actions["delete"].setEnabled(writable and row is not None and row.status == "draft")
        self.actions["print"].setEnabled(row is not None)
        self.actions["letter"].setEnabled(writable and row is not None and row.status in ("signed", "active"))

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    def _after_change(self, detail: Any) -> None:
        self.reload()
        if detail is not None and hasattr(detail, "id"):
            self.select(detail.id)
        self.changed.emit()

    # --- the form -----------------------------------------------------------------------------

    def new_mou(self) -> Any:
        from desktop.ui.dialogs.mou_dialog import MouDialog

        self.dialog = open_dialog(MouDialog(self.db, None, self, today=self.today()), self._saved)
        return self.dialog

    def open_selected(self) -> Any:
        from desktop.ui.dialogs.mou_dialog import MouDialog

        row = self.selected()
        if row is None:
            return None
        self.dialog = open_dialog(MouDialog(self.db, row.id, self, today=self.today()), self._saved)
        return self.dialog

    def _saved(self, dialog: Any) -> None:
        self._after_change(dialog.saved)

    # --- lifecycle ----------------------------------------------------------------------------

    def _step(self, action: Callable[[int], Any]) -> Any:
        row = self.selected()
        if row is None:
            return None
        try:
            detail = action(row.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("MoU %s") % row.reference, exc.message)
            return None
        self._after_change(detail)
        return detail

    def submit_for_review(self) -> Any:
        return self._step(lambda mou_id: lifecycle.submit_for_review(self.db, mou_id, today=self.today()))

    def return_to_draft(self) -> Any:
        return self._step(lambda mou_id: lifecycle.return_to_draft(self.db, mou_id, today=self.today()))

    def mark_signed(self) -> Any:
        return self._step(lambda mou_id: lifecycle.mark_signed(self.db, mou_id, today=self.today()))

    def activate(self) -> Any:
        """Activate; if another active MoU overlaps, ask for the reason to record."""
        row = self.selected()
        if row is None:
            return None
        try:
            detail = lifecycle.activate(self.db, row.id, today=self.today())
        except OverlapError as exc:
            mou = register.get_mou(self.db, row.id)
            dialog = OverlapReasonDialog(self.db, mou, exc.message, self.today(), self)
            self.dialog = open_dialog(dialog, self._saved)
            return self.dialog
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("MoU %s") % row.reference, exc.message)
            return None
        self._after_change(detail)
        return detail

    def _form(self, dialog_class: type) -> Any:
        row = self.selected()
        if row is None:
            return None
        mou = register.get_mou(self.db, row.id)
        self.dialog = open_dialog(dialog_class(self.db, mou, self.today(), self), self._saved)
        return self.dialog

    def terminate(self) -> Any:
        return self._form(TerminateDialog)

    def renew(self) -> Any:
        return self._form(RenewDialog)

    def amend(self) -> Any:
        return self._form(AmendDialog)

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft MoU %s? This cannot be undone.") % row.reference,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._step(lambda mou_id: register.delete_mou(self.db, mou_id))

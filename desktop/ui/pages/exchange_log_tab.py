"""The Exchange page's log tab: every package sent or received, with filters, the erasure
reminders, who holds data about a school or a student, and what can be done with an entry
(details, the hand-over receipt, the partner's confirmation of deletion, undoing an import)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import organisations
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.exchange import log
from desktop.services.exchange.log import LogEntry, LogFilter
from desktop.ui.dates import date_edit
from desktop.ui.dialogs.erasure_dialog import ErasureDialog
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.dialogs.mou_records import TextTableModel
from desktop.ui.pages import exchange_log_actions
from desktop.ui.pages.exchange_log_actions import day_text
from desktop.ui.pages.exchange_log_parts import (
    MouSearchProxy,
    Narrowed,
    bar_with_button,
    financial_year,
    holders_text,
    records_in,
)
from desktop.ui.table_model import Column
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets import NOTICE_STYLE, button_bar, filter_combo, open_dialog, record_table, refill_combo

DUE_COLOUR = "#b00020"
ENDED_COLOUR = "#757575"  # deleted by the partner, or an import taken back
EVENT_CHOICES = (
    ("export", QT_TRANSLATE_NOOP("ExchangeLogTab", "Sent to partners")),
    ("import", QT_TRANSLATE_NOOP("ExchangeLogTab", "Received from partners")),
)
CATEGORIES_COLUMN = 5


class ExchangeLogTab(QWidget):
    """``changed`` after a deletion is recorded or an import undone."""

    changed = Signal()

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.entries: list[LogEntry] = []
        self.narrowed: Narrowed | None = None
        self.dialog: Any = None
        self.task: BackgroundTask | None = None

        self.show_due_button = QPushButton(self.tr("S&how them"))
        self.show_due_button.clicked.connect(self.show_due)
        self.banner, self.banner_text = bar_with_button("erasure_banner", NOTICE_STYLE, self.show_due_button)

        self.direction = filter_combo(
            self.tr("Sent and received"), [(k, self.tr(v)) for k, v in EVENT_CHOICES]
        )
        self.partner = filter_combo(self.tr("any partner"), [])
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.set_financial_year()
        self.mou_search = QLineEdit()
        self.mou_search.setPlaceholderText(self.tr("Search by MoU reference"))
        self.mou_search.setClearButtonEnabled(True)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.direction)
        filters.addWidget(self.partner, 1)
        from_label = QLabel(self.tr("&From"))
        from_label.setBuddy(self.since)
        until_label = QLabel(self.tr("&to"))
        until_label.setBuddy(self.until)
        for widget in (from_label, self.since, until_label, self.until):
            filters.addWidget(widget)
        filters.addWidget(self.mou_search, 1)
        filters.addWidget(self.count)

        self.holder_query = QLineEdit()
        self.holder_query.setPlaceholderText(self.tr("UDISE code of a school, or a student's id"))
        self.holder_query.setClearButtonEnabled(True)
        self.holder_query.textEdited.connect(lambda _text: self.holder_error.hide())
        self.school_button = QPushButton(self.tr("&School (UDISE code)"))
        self.student_button = QPushButton(self.tr("Stude&nt id"))
        self.school_button.clicked.connect(self.find_school_holders)
        self.student_button.clicked.connect(self.find_student_holders)
        self.holder_error = QLabel()
        self.holder_error.setStyleSheet(ERROR_STYLE)
        self.holder_error.setWordWrap(True)
        self.holder_error.hide()
        holders = QGroupBox(self.tr("Who holds data about…"))
        holder_row = QHBoxLayout(holders)
        self.holder_query.setMinimumWidth(280)
        self.holder_query.setMaximumWidth(420)
        holder_row.addWidget(self.holder_query)
        holder_row.addWidget(self.school_button)
        holder_row.addWidget(self.student_button)
        holder_row.addWidget(self.holder_error, 1)
        holder_row.addStretch(1)

        self.whole_log_button = QPushButton(self.tr("Show &whole log"))
        self.whole_log_button.clicked.connect(self.show_whole_log)
        self.narrowed_bar, self.narrowed_text = bar_with_button(
            "narrowed_bar", "background: #e8f0fe; padding: 4px;", self.whole_log_button
        )

        bar, self.actions = button_bar(
            ("details", self.tr("&Details…"), self.show_details),
            ("receipt", self.tr("Save &receipt…"), self.save_receipt),
            ("erasure", self.tr("Record de&letion…"), self.record_erasure),
            ("undo", self.tr("&Undo import…"), self.undo_import),
        )
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.status_line, 1)

        self.model = TextTableModel(self._columns(), self)  # elided cells show whole as tooltips
        self.proxy = MouSearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table(self.proxy, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(CATEGORIES_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        self.table.setWordWrap(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(holders)
        layout.addWidget(self.narrowed_bar)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.direction.currentIndexChanged.connect(self.reload)
        self.partner.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.mou_search.textChanged.connect(self._search)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.show_details())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda e: day_text(e.occurred_on), order_by=lambda e: e.occurred_at),
            Column(self.tr("Event"), lambda e: QCoreApplication.translate("Exchange", e.event_label)),
            # Before the wide columns: whether the partner still holds the data is what is looked for.
            Column(self.tr("Status"), self.status_text, foreground=self._status_colour),
            Column(self.tr("MoU"), lambda e: e.mou_reference),
            Column(self.tr("Partner(s)"), lambda e: ", ".join(e.partner_names)),
            Column(self.tr("Categories"), self.categories_text),
            Column(self.tr("Records"), lambda e: f"{records_in(e):,}", order_by=records_in, align_right=True),
            Column(
                self.tr("Schools"),
                lambda e: f"{e.school_count:,}",
                order_by=lambda e: e.school_count,
                align_right=True,
            ),
            Column(self.tr("Keep until"), lambda e: day_text(e.keep_until), order_by=lambda e: e.keep_until),
            Column(self.tr("Package file"), lambda e: e.package_name),
            Column(self.tr("By"), lambda e: e.operator),
        ]

    def _date_edit(self) -> QDateEdit:
        return date_edit(fixed_width=False)

    # --- data -----------------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        self.db = db
        self.narrowed = None
        self.reload()

    def set_financial_year(self) -> None:
        """The date filter to the current financial year (the default)."""
        start, end = financial_year(self.today())
        for edit, day in ((self.since, start), (self.until, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day))
            edit.blockSignals(False)

    def current_filter(self) -> LogFilter:
        return LogFilter(
            event=self.direction.currentData(),
            organisation_id=self.partner.currentData(),
            since=self.since.date().toPython(),  # type: ignore[arg-type]
            until=self.until.date().toPython(),  # type: ignore[arg-type]
        )

    def reload(self) -> None:
        """Read the log again: the filtered log, or the question the table answers now."""
        refill_combo(self.partner, [(o.id, o.name) for o in organisations.list_organisations(self.db)])
        self._show_banner(len(log.due_erasures(self.db, today=self.today())))
        if self.narrowed is not None:
            self._show(self.narrowed.entries())
        else:
            self._show(log.list_entries(self.db, self.current_filter()))

    def _show(self, entries: list[LogEntry]) -> None:
        selected = self.selected()
        self.entries = entries
        if self.narrowed is not None:
            self.narrowed_text.setText(self.narrowed.describe(entries))
        self.narrowed_bar.setVisible(self.narrowed is not None)
        for widget in (self.direction, self.partner, self.since, self.until):
            widget.setEnabled(self.narrowed is None)
        self.model.set_rows(entries)
        if selected is not None:
            self.select(selected.id)
        self._search()

    def _show_banner(self, due: int) -> None:
        if due == 1:
            text = self.tr("1 package is past its keep-until date: ask the partner to confirm deletion.")
        else:
            text = (
                self.tr("%s packages are past their keep-until date: ask the partners to confirm deletion.")
                % due
            )
        self.banner_text.setText(text)
        self.banner.setVisible(due > 0)

    def _search(self) -> None:
        self.proxy.set_query(self.mou_search.text())
        self.count.setText(
            self.tr("%(shown)s of %(total)s") % {"shown": self.proxy.rowCount(), "total": len(self.entries)}
        )
        self.update_buttons()

    def categories_text(self, entry: LogEntry) -> str:
        """The categories without what each holds (the details say that): the table stays narrow."""
        return ", ".join(
            QCoreApplication.translate("MoUs", label).split(" (")[0] for label in entry.category_labels
        )

    def status_text(self, entry: LogEntry) -> str:
        if entry.event in log.SENT_EVENTS:
            return entry.holding_status(self.today())
        if entry.event == "import":
            return self.tr("Import undone") if entry.undone_by_id is not None else self.tr("Imported")
        return self.tr("Takes back an earlier import")

    def _status_colour(self, entry: LogEntry) -> str | None:
        if entry.erasure_due(self.today()):
            return DUE_COLOUR
        if entry.erasure is not None or entry.undone_by_id is not None or entry.event == "import_undone":
            return ENDED_COLOUR
        return None

    def selected(self) -> LogEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def select(self, log_id: int) -> None:
        for position in range(self.proxy.rowCount()):
            if self.proxy.row_at(position).id == log_id:
                self.table.selectRow(position)
                return

    def shown(self) -> list[LogEntry]:
        """The entries the table shows, top to bottom."""
        return [self.proxy.row_at(position) for position in range(self.proxy.rowCount())]

    def update_buttons(self) -> None:
        entry = self.selected()
        writable = not self.db.read_only
        busy = self.task is not None and self.task.running
        is_export = entry is not None and entry.event == "export"
        is_sent = entry is not None and entry.event in log.SENT_EVENTS
        self.actions["details"].setEnabled(entry is not None)
        self.actions["receipt"].setEnabled(is_export and not busy)
        self.actions["erasure"].setEnabled(
            writable and is_sent and entry is not None and entry.erasure is None
        )
        self.actions["undo"].setEnabled(
            writable
            and not busy
            and entry is not None
            and entry.event == "import"
            and entry.undone_by_id is None
        )
        exchange_log_actions.explain_actions(self.actions, entry)

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    # --- narrowing the table to one question ----------------------------------------------------

    def _narrow(self, narrowed: Narrowed | None) -> None:
        self.narrowed = narrowed
        self.reload()

    def show_due(self) -> None:
        """Only the packages past their keep-until date whose deletion is not confirmed yet."""
        db, today = self.db, self.today
        self._narrow(
            Narrowed(
                lambda: log.due_erasures(db, today=today()),
                lambda found: (
                    self.tr("Packages past their keep-until date, deletion not confirmed: %s") % len(found)
                ),
            )
        )

    def show_whole_log(self) -> None:
        self._narrow(None)

    def find_school_holders(self) -> None:
        code = self.holder_query.text()
        self._find(lambda: log.holders_of_school(self.db, code), self.tr("school %s") % code.strip())

    def find_student_holders(self) -> None:
        key = self.holder_query.text()
        self._find(lambda: log.holders_of_student(self.db, key), self.tr("student %s") % key.strip())

    def _find(self, query: Callable[[], list[LogEntry]], whom: str) -> None:
        try:
            found = query()
        except ValidationError as exc:  # nothing typed: said beside the box, the table stays
            self.holder_error.setText(" ".join(exc.field_errors.values()))
            self.holder_error.show()
            return
        self.holder_error.hide()
        self.narrowed = Narrowed(query, lambda entries: self.describe_holders(entries, whom))
        self._show(found)

    def describe_holders(self, found: list[LogEntry], whom: str) -> str:
        """Which partners hold data about ``whom`` now, from the exports that carried it."""
        return holders_text(found, whom)

    # --- actions on the selected entry ----------------------------------------------------------

    def show_details(self) -> QDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        self.dialog = exchange_log_actions.EntryDetailsDialog(entry, self.status_text(entry), self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def save_receipt(self) -> BackgroundTask | None:
        return exchange_log_actions.save_receipt(self)

    def record_erasure(self) -> ErasureDialog | None:
        entry = self.selected()
        if entry is None or entry.event not in log.SENT_EVENTS or entry.erasure is not None:
            return None
        dialog = ErasureDialog(self.db, entry, self.today(), self)
        self.dialog = open_dialog(dialog, self._erasure_recorded)
        return self.dialog

    def _erasure_recorded(self, dialog: ErasureDialog) -> None:
        self.reload()
        self.select(dialog.saved.id)
        self.show_status(self.tr("Deletion of %s recorded.") % dialog.saved.package_name)
        self.changed.emit()

    def undo_import(self) -> BackgroundTask | None:
        return exchange_log_actions.undo_import(self)

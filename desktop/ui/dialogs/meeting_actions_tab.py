"""The Action items tab of the meeting form: the items this meeting raised (add, change), and
those it carries forward from earlier meetings as they stood on its date, with where each came
from and how overdue it was; a carried item is marked done, reviewed or dropped here, in this
meeting. Every button calls one service of :mod:`desktop.services.meetings.actions`."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.meetings import actions
from desktop.services.meetings.action_listing import ActionRow, items_for_meeting
from desktop.services.meetings.action_report import action_item_input
from desktop.services.meetings.actions import ActionItemInput
from desktop.services.meetings.reading import MeetingDetail
from desktop.ui.dialogs.action_item_dialogs import CloseDialog, OwnerChooser, item_summary
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_actions import date_of
from desktop.ui.dialogs.mou_widgets import compact, date_edit, hint_label
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import open_dialog, record_table

OVERDUE = QColor("#c62828")
DEFAULT_DAYS_TO_DUE = 30


def _red(row: ActionRow) -> QColor | None:
    return OVERDUE if row.overdue else None


def _date_column(header: str, value: Callable[[ActionRow], date | None]) -> Column:
    return Column(
        header,
        lambda r: f"{value(r):%d/%m/%Y}" if value(r) else "",
        order_by=lambda r: value(r) or date.max,
        foreground=_red,
    )


class ActionsTab(QWidget):
    saved = Signal()

    def __init__(self, db: Database, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self._detail: MeetingDetail | None = None
        self.dialog: QDialog | None = None
        self.hint = hint_label("")
        self.raised = ListTableModel(
            [
                Column(self.tr("Action"), lambda r: r.description),
                Column(self.tr("Owner"), lambda r: f"{r.owner_name}, {r.owner_designation}"),
                _date_column(self.tr("Due"), lambda r: r.due_date),
                Column(
                    self.tr("Status"), lambda r: QCoreApplication.translate("ActionItems", r.status_label)
                ),
            ],
            self,
        )
        self.carried = ListTableModel(
            [
                Column(self.tr("Action"), lambda r: r.description, foreground=_red),
                Column(self.tr("Owner"), lambda r: f"{r.owner_name}, {r.owner_designation}", foreground=_red),
                _date_column(self.tr("Due"), lambda r: r.due_date),
                Column(
                    self.tr("Overdue then"),
                    lambda r: self.tr("%d days") % r.days_overdue if r.overdue else "",
                    order_by=lambda r: r.days_overdue,
                    align_right=True,
                    foreground=_red,
                ),
                Column(
                    self.tr("Status now"),
                    lambda r: QCoreApplication.translate("ActionItems", r.status_label),
                    foreground=_red,
                ),
                Column(self.tr("Where it came from"), lambda r: r.origin, foreground=_red),
            ],
            self,
        )
        self.raised_table = self._table(self.raised, 0)
        self.carried_table = self._table(self.carried, 5)
        self.add_button = QPushButton(self.tr("Add action item…"))
        self.change_button = QPushButton(self.tr("Change…"))
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.review_button = QPushButton(self.tr("Review note…"))
        self.drop_button = QPushButton(self.tr("Drop…"))
        self.add_button.clicked.connect(self.add_item)
        self.change_button.clicked.connect(self.change_item)
        self.done_button.clicked.connect(lambda: self.close_item("done"))
        self.drop_button.clicked.connect(lambda: self.close_item("dropped"))
        self.review_button.clicked.connect(self.review_item)
        raised_box = QGroupBox(self.tr("Raised in this meeting"))
        column = QVBoxLayout(raised_box)
        column.addWidget(self.raised_table)
        column.addLayout(_row(self.add_button, self.change_button))
        self.carried_box = QGroupBox(self.tr("Carried forward from earlier meetings"))
        column = QVBoxLayout(self.carried_box)
        column.addWidget(self.carried_table)
        column.addLayout(_row(self.done_button, self.review_button, self.drop_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(raised_box, 2)
        layout.addWidget(self.carried_box, 3)
        for table in (self.raised_table, self.carried_table):
            table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
            table.doubleClicked.connect(lambda _i, t=table: self._double_clicked(t))

    @staticmethod
    def _table(model: ListTableModel, stretch: int) -> QTableView:
        table = record_table(model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)  # owners' names run long
        table.setColumnWidth(1, 230)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # by due date, as the service gives them
        table.setSortingEnabled(True)
        table.setWordWrap(True)
        # Rows as tall as their wrapped text: again after a reload or a sort, and when the table
        # gets its width (a tab not shown yet lays its columns out narrow).
        model.layoutChanged.connect(table.resizeRowsToContents)
        model.modelReset.connect(table.resizeRowsToContents)
        table.viewport().installEventFilter(_RowFitter(table))
        return table

    def load(self, detail: MeetingDetail) -> None:
        self._detail = detail
        found = items_for_meeting(self._db, detail.id)
        self.raised.set_rows(found.raised)
        self.carried.set_rows(found.carried)
        self.carried_box.setTitle(
            self.tr("Carried forward from earlier meetings (%(count)d), as they stood on %(date)s")
            % {"count": len(found.carried), "date": f"{detail.meeting_date:%d/%m/%Y}"}
        )
        future = detail.meeting_date > self._today()
        self.hint.setText(
            self.tr("Action items are recorded from the meeting's decisions, from its day on.")
            if future
            else self.tr(
                "Items raised here are followed up in the body's later meetings until done or dropped. "
                "Overdue items are in red."
            )
        )
        self._update_buttons()

    def _selected(self, table: QTableView, model: ListTableModel) -> ActionRow | None:
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    def selected_raised(self) -> ActionRow | None:
        return self._selected(self.raised_table, self.raised)

    def selected_carried(self) -> ActionRow | None:
        return self._selected(self.carried_table, self.carried)

    def _update_buttons(self) -> None:
        raised, carried = self.selected_raised(), self.selected_carried()
        self.change_button.setEnabled(raised is not None and raised.status == "open")
        for button in (self.done_button, self.review_button, self.drop_button):
            button.setEnabled(carried is not None and carried.status == "open")

    def _double_clicked(self, table: QTableView) -> None:
        if table is self.raised_table and self.change_button.isVisible() and self.change_button.isEnabled():
            self.change_item()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = open_dialog(dialog, lambda _d: self._changed())
        return dialog

    def _changed(self) -> None:
        assert self._detail is not None
        self.load(self._detail)
        self.saved.emit()

    # --- actions --------------------------------------------------------------------------------

    def add_item(self) -> QDialog:
        assert self._detail is not None
        return self._open(ActionItemDialog(self._db, self._detail, self._today(), None, self))

    def change_item(self) -> QDialog | None:
        row = self.selected_raised()
        if row is None or self._detail is None:
            return None
        return self._open(ActionItemDialog(self._db, self._detail, self._today(), row, self))

    def close_item(self, status: str) -> QDialog | None:
        row = self.selected_carried()
        if row is None or self._detail is None:
            return None
        on = min(self._detail.meeting_date, self._today())
        return self._open(CloseInMeetingDialog(self._db, row, status, on, self._detail.id, self))

    def review_item(self) -> QDialog | None:
        row = self.selected_carried()
        if row is None or self._detail is None:
            return None
        return self._open(ReviewDialog(self._db, row, self._detail.id, self))

    def set_read_only(self) -> None:
        for button in (
            self.add_button,
            self.change_button,
            self.done_button,
            self.review_button,
            self.drop_button,
        ):
            button.hide()


class _RowFitter(QObject):
    """Fits a table's rows to their wrapped text whenever its viewport is resized (once the
    resizing settles: a timer owned by the table, so nothing fires after it is gone)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(table.resizeRowsToContents)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ActionItemDialog(FormDialog):
    """An action item decided in this meeting: what, whose, by when, under which agenda item."""

    def __init__(
        self,
        db: Database,
        detail: MeetingDetail,
        today: date,
        row: ActionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Change the action item") if row else self.tr("New action item"))
        self.setMinimumWidth(680)
        self._db, self._detail, self._today, self._row = db, detail, today, row
        current = (
            action_item_input(db, row.id)
            if row is not None
            else ActionItemInput("", None, detail.meeting_date + timedelta(days=DEFAULT_DAYS_TO_DUE))
        )
        self.text_area("description", self.tr("Action"), current.description)
        self.owner = OwnerChooser(db, current.owner_person_id)
        self.add_field("owner_person_id", self.tr("Owner"), self.owner)
        self.owner.matches.currentItemChanged.connect(lambda *_a: self.clear_error("owner_person_id"))
        self.due = self.add_field("due_date", self.tr("Due on"), date_edit(current.due_date))
        items = [(self.tr("(none)"), None)] + [
            (f"{number}. {item.title}", item.id) for number, item in enumerate(detail.agenda, start=1)
        ]
        compact(self.combo("agenda_item_id", self.tr("Under agenda item"), items, current.agenda_item_id))
        self.buttons.button(self.buttons.StandardButton.Save).setText(
            self.tr("Save") if row else self.tr("Add")
        )

    def submit(self) -> int:
        data = ActionItemInput(
            description=self.value("description"),
            owner_person_id=self.owner.person_id(),
            due_date=date_of(self.due),
            agenda_item_id=self.value("agenda_item_id"),
        )
        if self._row is None:
            return actions.add_action_item(self._db, self._detail.id, data, self._today)
        actions.update_action_item(self._db, self._row.id, data, self._today)
        return self._row.id


class CloseInMeetingDialog(CloseDialog):
    """Done or dropped, recorded in this meeting (the minutes print it against the item)."""

    def __init__(
        self,
        db: Database,
        row: ActionRow,
        status: str,
        on: date,
        meeting_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, row, status, on, parent)
        self._meeting_id = meeting_id

    def submit(self) -> int:
        actions.close_action_item(
            self._db, self._row.id, self._status, date_of(self.on), self.value("reason"), self._meeting_id
        )
        return self._row.id


class ReviewDialog(FormDialog):
    """What was reported on a carried item in this meeting."""

    def __init__(self, db: Database, row: ActionRow, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Review note"))
        self.setMinimumWidth(680)
        self._db, self._row, self._meeting_id = db, row, meeting_id
        summary = QLabel(item_summary(row))
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout().insertWidget(0, summary)
        self.text_area("note", self.tr("What was reported in this meeting"))

    def submit(self) -> int:
        actions.review_action_item(self._db, self._row.id, self._meeting_id, self.value("note"))
        return self._row.id

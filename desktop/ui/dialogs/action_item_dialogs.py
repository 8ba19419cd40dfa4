"""The forms the Action items page opens on one item: mark done, drop, reopen, change, escalate,
and its history. Each calls one service; the service's messages appear under the field they
concern, or above the buttons."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import people
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.meetings import actions
from desktop.services.meetings.action_listing import ActionRow, EventRow, item_history
from desktop.services.meetings.action_report import action_item_input
from desktop.services.meetings.actions import ActionItemInput, MeetingChoice
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.mou_actions import date_edit, date_of
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import record_table

ID_ROLE = Qt.ItemDataRole.UserRole
OWNER_MATCHES = 30


def item_summary(row: ActionRow) -> str:
    """The item as the forms name it: what, whose, when due, who follows it up."""
    followed = row.current_body_name or row.raised_meeting_title
    status = QCoreApplication.translate("ActionItems", row.status_label)
    if row.closed_on is not None:
        status = QCoreApplication.translate("ActionItemDialogs", "%(status)s on %(day)s") % {
            "status": status,
            "day": f"{row.closed_on:%d/%m/%Y}",
        }
    text = QCoreApplication.translate(
        "ActionItemDialogs",
        "“%(description)s”\n%(owner)s, %(designation)s · due %(due)s · %(status)s · "
        "followed up by %(body)s (%(level)s level)",
    )
    return text % {
        "description": row.description,
        "owner": row.owner_name,
        "designation": row.owner_designation,
        "due": f"{row.due_date:%d/%m/%Y}",
        "status": status,
        "body": followed,
        "level": QCoreApplication.translate("Committees", row.current_level_label).lower(),
    }


def _summary_label(row: ActionRow) -> QLabel:
    label = QLabel(item_summary(row))
    label.setStyleSheet("padding-bottom: 6px;")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _ItemForm(FormDialog):
    """A form about one item: its summary at the top, Save renamed to what the form does."""

    def __init__(self, title: str, db: Database, row: ActionRow, action: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self._db, self._row = db, row
        self.setMinimumWidth(680)
        self.summary = _summary_label(row)
        self.layout().insertWidget(0, self.summary)  # above the fields, the width of the form
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(action)


class CloseDialog(_ItemForm):
    """Mark an open item done (with an optional remark) or dropped (with the reason)."""

    def __init__(
        self, db: Database, row: ActionRow, status: str, today: date, parent: QWidget | None = None
    ) -> None:
        dropping = status == "dropped"
        super().__init__(
            self.tr("Drop the action item") if dropping else self.tr("Mark the action item done"),
            db,
            row,
            self.tr("Drop") if dropping else self.tr("Mark done"),
            parent,
        )
        self._status = status
        self.on = self.add_field(
            "on", self.tr("Dropped on") if dropping else self.tr("Done on"), date_edit(today)
        )
        self.text_area(
            "reason",
            self.tr("Reason for dropping (kept in the register)")
            if dropping
            else self.tr("Remark (optional)"),
        )

    def submit(self) -> int:
        actions.close_action_item(
            self._db, self._row.id, self._status, date_of(self.on), self.value("reason")
        )
        return self._row.id


class ReopenDialog(_ItemForm):
    def __init__(self, db: Database, row: ActionRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reopen the action item"), db, row, self.tr("Reopen"), parent)
        self.on = self.add_field("on", self.tr("Reopened on"), date_edit(today))
        self.text_area("reason", self.tr("Reason for reopening"))

    def submit(self) -> int:
        actions.reopen_action_item(self._db, self._row.id, date_of(self.on), self.value("reason"))
        return self._row.id


class OwnerChooser(QWidget):
    """One person, found by typing part of a name, designation or office; the current owner is
    chosen to begin with."""

    def __init__(self, db: Database, person_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._chosen = person_id
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type to find someone else: name, designation or office"))
        self.query.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setMinimumHeight(120)
        # Long entries are cut at the end (whole in the tooltip), not scrolled sideways.
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.query)
        layout.addWidget(self.matches)
        self.query.textChanged.connect(self.search)
        self.matches.currentItemChanged.connect(self._picked)
        self.search()

    def person_id(self) -> int | None:
        return self._chosen

    def search(self) -> None:
        """The people matching the search line, the chosen one first when nothing is typed."""
        query = self.query.text().strip()
        ids = people.search_person_ids(self._db, query)[:OWNER_MATCHES]
        if not query and self._chosen is not None:
            ids = [self._chosen, *(i for i in ids if i != self._chosen)][:OWNER_MATCHES]
        rows = people.person_rows(self._db, ids)
        self.matches.blockSignals(True)  # refilling the list is not choosing
        self.matches.clear()
        for person_id in ids:
            row = rows.get(person_id)
            if row is None:
                continue
            label = f"{row.name}, {row.designation}" + (f" — {row.affiliation}" if row.affiliation else "")
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, person_id)
            item.setToolTip(label)
            self.matches.addItem(item)
            if person_id == self._chosen:
                self.matches.setCurrentItem(item)
        self.matches.blockSignals(False)

    def choose(self, person_id: int) -> None:
        for index in range(self.matches.count()):
            if self.matches.item(index).data(ID_ROLE) == person_id:
                self.matches.setCurrentRow(index)
                return

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._chosen = item.data(ID_ROLE)


class ChangeDialog(_ItemForm):
    """An open item's wording, owner and due date; its agenda item stays as it is."""

    def __init__(self, db: Database, row: ActionRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the action item"), db, row, self.tr("Save"), parent)
        self._today = today
        self._current = action_item_input(db, row.id)
        self.text_area("description", self.tr("Action"), self._current.description)
        self.owner = OwnerChooser(db, self._current.owner_person_id)
        self.add_field("owner_person_id", self.tr("Owner"), self.owner)
        self.owner.matches.currentItemChanged.connect(lambda *_a: self.clear_error("owner_person_id"))
        self.due = self.add_field("due_date", self.tr("Due on"), date_edit(self._current.due_date))

    def submit(self) -> int:
        data = ActionItemInput(
            description=self.value("description"),
            owner_person_id=self.owner.person_id(),
            due_date=date_of(self.due),
            agenda_item_id=self._current.agenda_item_id,
        )
        actions.update_action_item(self._db, self._row.id, data, self._today)
        return self._row.id


def meeting_text(choice: MeetingChoice) -> str:
    return f"{choice.title} — {choice.meeting_date:%d/%m/%Y} ({choice.unit_name})"


class EscalateDialog(_ItemForm):
    """Hand an overdue item to a meeting of the next level up: the meetings that can take it on
    the date given are listed, soonest first."""

    def __init__(self, db: Database, row: ActionRow, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Escalate the action item"), db, row, self.tr("Escalate"), parent)
        self.on = self.add_field("on", self.tr("Escalated on"), date_edit(today))
        self.meeting = self.combo("to_meeting_id", self.tr("To the meeting"), [])
        self.none_found = QLabel()
        self.none_found.setWordWrap(True)
        self.add_field("none_found", "", self.none_found)
        self.text_area("note", self.tr("Note (optional)"))
        self.on.dateChanged.connect(lambda _d: self.refresh_targets())
        self.refresh_targets()

    def refresh_targets(self) -> None:
        """The meetings that can take the item on the date in the form."""
        on = date_of(self.on)
        current = self.meeting.currentData()
        self.meeting.clear()
        for choice in actions.escalation_targets(self._db, self._row.id, on):
            self.meeting.addItem(meeting_text(choice), choice.meeting_id)
        self.set_combo(self.meeting, current)
        empty = self.meeting.count() == 0
        self.none_found.setText(
            self.tr(
                "No meeting of the next level up over this item's unit is scheduled on or after %s; "
                "schedule one, then escalate."
            )
            % f"{on:%d/%m/%Y}"
            if empty
            else ""
        )
        self.set_field_visible("none_found", empty)

    def submit(self) -> int:
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            raise ValidationError.single(
                "to_meeting_id", self.tr("Choose the meeting that takes the item up.")
            )
        actions.escalate_action_item(self._db, self._row.id, meeting_id, date_of(self.on), self.value("note"))
        return self._row.id


class HistoryDialog(QDialog):
    """Everything that happened to an item, oldest first."""

    def __init__(self, db: Database, row: ActionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the action item"))
        self.resize(860, 380)
        self.events: list[EventRow] = item_history(db, row.id)
        self.model = ListTableModel(
            [
                Column(self.tr("Date"), lambda e: f"{e.on_date:%d/%m/%Y}", order_by=lambda e: e.on_date),
                Column(self.tr("Event"), lambda e: QCoreApplication.translate("ActionItems", e.kind_label)),
                Column(self.tr("Meeting"), lambda e: e.meeting_title or ""),
                Column(self.tr("Note"), lambda e: e.note or ""),
            ],
            self,
        )
        self.model.set_rows(self.events)
        self.table = record_table(self.model, stretch=QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.summary = _summary_label(row)
        self.origin = QLabel("<i>{}:</i> {}".format(self.tr("Origin"), html.escape(row.origin)))
        self.origin.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.origin)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

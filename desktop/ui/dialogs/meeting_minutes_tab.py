"""The Minutes tab of the meeting form: each agenda item's discussion and decisions (the list on
the left, the item's text on the right), saved together, and the corrections to earlier approved
minutes of the body recorded in this meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.meetings import minutes
from desktop.services.meetings.minutes import MinutesEntry
from desktop.services.meetings.reading import AgendaRow, MeetingDetail, MeetingFilter, list_meetings
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.dialogs.meeting_tabs import ID_ROLE, message_of
from desktop.ui.dialogs.mou_widgets import error_label, hint_label
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import open_dialog, record_table


class MinutesTab(QWidget):
    """Each agenda item's discussion and decisions, and corrections to earlier approved minutes."""

    saved = Signal()

    def __init__(self, db: Database, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._today = db, today
        self._detail: MeetingDetail | None = None
        self._texts: dict[int, tuple[str, str]] = {}  # per agenda item: (discussion, decisions)
        self._edited: set[int] = set()  # changed here since the last save
        self._shown: int | None = None
        self.dialog: QDialog | None = None
        self.error = error_label()
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.item_title = QLabel()
        self.item_title.setWordWrap(True)
        self.item_title.setStyleSheet("font-weight: bold;")
        self.discussion = QPlainTextEdit()
        self.discussion.setTabChangesFocus(True)
        self.discussion.setPlaceholderText(self.tr("What was discussed, in paragraphs."))
        self.decisions = QPlainTextEdit()
        self.decisions.setTabChangesFocus(True)
        self.decisions.setPlaceholderText(self.tr("One decision a line."))
        self.save_button = QPushButton(self.tr("Save minutes"))
        self.save_button.clicked.connect(self.save)
        editors = QWidget()
        column = QVBoxLayout(editors)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.item_title)
        column.addWidget(QLabel(self.tr("Discussion")))
        column.addWidget(self.discussion, 3)
        column.addWidget(QLabel(self.tr("Decisions")))
        column.addWidget(self.decisions, 2)
        split = QSplitter()
        split.addWidget(self.items)
        split.addWidget(editors)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        self.corrections = ListTableModel(
            [
                Column(
                    self.tr("Corrects the minutes of"),
                    lambda c: f"{c.corrected_title} — {c.corrected_date:%d/%m/%Y}",
                    order_by=lambda c: c.corrected_date,
                ),
                Column(self.tr("Under item"), lambda c: c.agenda_item_title or ""),
                Column(self.tr("Correction"), lambda c: c.text),
            ],
            self,
        )
        self.corrections_table = record_table(
            self.corrections, stretch=QHeaderView.ResizeMode.ResizeToContents
        )
        self.corrections_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.corrections_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.corrections_table.setSortingEnabled(True)
        self.corrections_table.setMaximumHeight(110)
        self.correct_button = QPushButton(self.tr("Record a correction to earlier approved minutes…"))
        self.remove_correction_button = QPushButton(self.tr("Remove correction"))
        self.correct_button.clicked.connect(self.record_correction)
        self.remove_correction_button.clicked.connect(self.remove_correction)
        self.corrected_later = hint_label("")
        box = self.corrections_box = QGroupBox(
            self.tr("Corrections to earlier approved minutes, recorded in this meeting")
        )
        inside = QVBoxLayout(box)
        inside.addWidget(self.corrections_table)
        row = QHBoxLayout()
        row.addWidget(self.correct_button)
        row.addWidget(self.remove_correction_button)
        row.addStretch(1)
        inside.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.corrected_later, 1)
        bottom.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(box)
        self.items.currentRowChanged.connect(self._show_item)
        self.discussion.textChanged.connect(self._typed)
        self.decisions.textChanged.connect(self._typed)
        self.corrections_table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

    def load(self, detail: MeetingDetail) -> None:
        """Show the meeting's items; what was typed here and not saved yet is kept."""
        self._keep_shown()
        on_agenda = {row.id for row in detail.agenda}
        kept = {key: self._texts[key] for key in self._edited if key in self._texts and key in on_agenda}
        self._detail = detail
        self._texts = {row.id: (row.discussion or "", row.decisions or "") for row in detail.agenda} | kept
        self._edited = set(kept)
        current = self.items.currentRow()
        self.items.blockSignals(True)
        self.items.clear()
        for number, row in enumerate(detail.agenda, start=1):
            entry = QListWidgetItem(self._label(number, row))
            entry.setData(ID_ROLE, row.id)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self._shown = None
        self.items.setCurrentRow(min(max(current, 0), self.items.count() - 1))
        self._show_item(self.items.currentRow())
        self.corrections.set_rows(detail.corrections_recorded)
        self.correct_button.setVisible(detail.body_id is not None and not self._read_only())
        # An ad-hoc meeting has no body whose earlier minutes it could correct.
        open_here = detail.body_id is not None and not self._read_only()
        self.corrections_box.setVisible(open_here or bool(detail.corrections_recorded))
        made = [
            self.tr("Corrected in %(meeting)s on %(date)s: %(text)s")
            % {"meeting": c.recorded_in_title, "date": f"{c.recorded_in_date:%d/%m/%Y}", "text": c.text}
            for c in detail.corrections_made
        ]
        self.corrected_later.setText("\n".join(made))
        self.corrected_later.setVisible(bool(made))
        self._update_buttons()

    @staticmethod
    def _label(number: int, row: AgendaRow) -> str:
        return f"{number}. {row.title}" + (" ✓" if row.written else "")

    def _read_only(self) -> bool:
        return self.save_button.isHidden()

    def _update_buttons(self) -> None:
        selected = bool(self.corrections_table.selectionModel().selectedRows())
        self.remove_correction_button.setVisible(not self.correct_button.isHidden())
        self.remove_correction_button.setEnabled(selected)

    def _show_item(self, index: int) -> None:
        self._keep_shown()
        item = self.items.item(index) if index >= 0 else None
        self._shown = item.data(ID_ROLE) if item is not None else None
        discussion, decisions = self._texts.get(self._shown, ("", "")) if self._shown else ("", "")
        for editor, text in ((self.discussion, discussion), (self.decisions, decisions)):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
        self.item_title.setText(
            item.text().rstrip(" ✓") if item is not None else self.tr("No agenda item yet.")
        )
        writable = item is not None and not self._read_only()
        for editor in (self.discussion, self.decisions):
            editor.setReadOnly(not writable)

    def _keep_shown(self) -> None:
        if self._shown is not None and self._shown in self._texts:
            self._texts[self._shown] = (self.discussion.toPlainText(), self.decisions.toPlainText())

    def _typed(self) -> None:
        if self._shown is not None:
            self._edited.add(self._shown)
            self.error.hide()

    def entries(self) -> list[MinutesEntry]:
        self._keep_shown()
        assert self._detail is not None
        return [MinutesEntry(row.id, *self._texts.get(row.id, ("", ""))) for row in self._detail.agenda]

    def save(self) -> bool:
        """Save every item's minutes; False (and the message above) if refused."""
        assert self._detail is not None
        self.error.hide()
        try:
            detail = minutes.save_minutes(self._db, self._detail.id, self.entries(), self._today())
        except DomainError as exc:
            self.error.setText(message_of(exc))
            self.error.show()
            return False
        self._edited.clear()
        self.load(detail)
        self.saved.emit()
        return True

    def has_unsaved(self) -> bool:
        """Something typed here is not saved yet."""
        self._keep_shown()
        return bool(self._edited)

    def record_correction(self) -> QDialog | None:
        """Record here a correction to the approved minutes of an earlier meeting of the body."""
        if self._detail is None:
            return None
        dialog = CorrectionDialog(self._db, self._detail, self)
        self.dialog = open_dialog(dialog, lambda _d: self.saved.emit())
        return dialog

    def remove_correction(self) -> None:
        rows = self.corrections_table.selectionModel().selectedRows()
        if not rows:
            return
        correction = self.corrections.row_at(rows[0].row())
        try:
            minutes.delete_correction(self._db, correction.id)
        except DomainError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.saved.emit()

    def set_read_only(self) -> None:
        self._keep_shown()
        self.save_button.hide()
        self.correct_button.hide()
        self.remove_correction_button.hide()
        for editor in (self.discussion, self.decisions):
            editor.setReadOnly(True)


class CorrectionDialog(FormDialog):
    """A correction to the approved minutes of an earlier meeting of the same body, recorded in
    this meeting (the approved minutes themselves never change)."""

    def __init__(self, db: Database, detail: MeetingDetail, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record a correction to earlier approved minutes"))
        self.setMinimumWidth(640)
        self._db, self._detail = db, detail
        earlier = [
            row
            for row in list_meetings(db, MeetingFilter(body_id=detail.body_id, status="minutes_approved"))
            if row.meeting_date < detail.meeting_date
        ]
        choices = [(f"{row.title} — {row.meeting_date:%d/%m/%Y}", row.id) for row in earlier]
        self.combo("corrected_meeting_id", self.tr("Minutes of"), choices)
        if not earlier:
            self.show_errors(
                {"corrected_meeting_id": self.tr("No earlier meeting of the body has approved minutes.")}
            )
        items = [(self.tr("(the confirmation of the previous minutes)"), None)] + [
            (f"{number}. {row.title}", row.id)
            for number, row in enumerate(detail.agenda, start=1)
            if not row.automatic
        ]
        self.combo("agenda_item_id", self.tr("Recorded under"), items)
        self.text_area("text", self.tr("Correction"))
        self.widget("text").setFixedHeight(110)
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Record"))

    def submit(self) -> int:
        corrected = self.value("corrected_meeting_id")
        if corrected is None:
            raise ValidationError.single(
                "corrected_meeting_id", self.tr("Choose the meeting whose minutes are corrected.")
            )
        return minutes.record_correction(
            self._db, corrected, self._detail.id, self.value("text"), self.value("agenda_item_id")
        )

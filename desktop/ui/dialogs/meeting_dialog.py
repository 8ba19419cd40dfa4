"""The meeting form: Details, Agenda, Attendance, Minutes and Action items, and the meeting's
printed documents (its notice, issued as a circular, and its minutes as a PDF).

Each tab saves its own part with its own service call, so saving the attendance never touches
minutes being typed; after every save the form reads the meeting again (its status may have moved:
recording attendance marks it held, saving minutes drafts them) and emits ``saved_meeting``. Once
the minutes are approved, or the meeting is cancelled, every tab is read-only and a notice says
how a mistake is put right. The form is opened non-blocking (``open()``), like every dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.circular import Signatory
from desktop.services import dispatch, people
from desktop.services.committees.memberships import composition_on
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError
from desktop.services.meetings import meetings, printing
from desktop.services.meetings.meetings import DayOffWarning
from desktop.services.meetings.reading import MeetingDetail, get_meeting
from desktop.services.meetings.states import HELD_STATUSES
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.dialogs.meeting_actions_tab import ActionsTab
from desktop.ui.dialogs.meeting_attendance import AttendanceTab
from desktop.ui.dialogs.meeting_details import DetailsTab
from desktop.ui.dialogs.meeting_minutes_tab import MinutesTab
from desktop.ui.dialogs.meeting_tabs import AgendaTab, ApproveDialog, CancelDialog, DayOffDialog
from desktop.ui.pages.circulars_page import IssuedDialog
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets import open_dialog


class MeetingDialog(QDialog):
    """A new meeting (``meeting_id`` None; ``body_id`` preselects its body) or an existing one.
    ``saved_meeting`` carries the meeting's id whenever anything of it was saved."""

    saved_meeting = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
        body_id: int | None = None,
        today: Callable[[], date] | date = date.today,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._today: Callable[[], date] = today if callable(today) else (lambda: today)
        self.detail: MeetingDetail | None = get_meeting(db, meeting_id) if meeting_id is not None else None
        self.dialog: QDialog | None = None
        self.task: BackgroundTask | None = None
        self._read_only = False
        self.setMinimumSize(900, 600)
        self.resize(1180, 700)  # fits the 1366 × 768 screens of many office PCs
        ids = people.search_person_ids(db)
        rows = people.person_rows(db, ids)
        persons = [rows[i] for i in ids if i in rows]
        self.details = DetailsTab(db, persons, self._today)
        self.agenda = AgendaTab(db, persons)
        self.attendance = AttendanceTab(db, self._today)
        self.minutes = MinutesTab(db, self._today)
        self.actions = ActionsTab(db, self._today)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        self.tabs.addTab(self.actions, self.tr("Action items"))
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.notice_button = self.buttons.addButton(
            self.tr("Notice…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.minutes_button = self.buttons.addButton(
            self.tr("Minutes PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.notice_button.setToolTip(
            self.tr("The notice of the meeting to its members, as a circular to issue")
        )
        self.minutes_button.setToolTip(self.tr("Save the minutes as a PDF (marked DRAFT until approved)"))
        self.buttons.rejected.connect(self.reject)
        self.notice_button.clicked.connect(self.prepare_notice)
        self.minutes_button.clicked.connect(self.save_minutes_pdf)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_line)
        layout.addWidget(self.buttons)

        self.details.save_button.clicked.connect(self.save_details)
        self.details.held_button.clicked.connect(self.mark_held)
        self.details.undo_button.clicked.connect(self.undo_held)
        self.details.cancel_button.clicked.connect(self.cancel_meeting)
        self.details.approve_button.clicked.connect(self.approve_minutes)
        self.agenda.saved.connect(self._refresh)
        self.attendance.saved.connect(self._refresh)
        self.minutes.saved.connect(self._refresh)
        self.actions.saved.connect(self._refresh)

        self.details.load(self.detail)
        if self.detail is None:
            if body_id is not None:
                self.details.set_body(body_id)
            for index in range(1, self.tabs.count()):
                self.tabs.setTabEnabled(index, False)  # they belong to a meeting that exists
            self._show(None)
        else:
            self._load_tabs(self.detail)
            self._show(self.detail)

    # --- reading the meeting again --------------------------------------------------------------

    def _load_tabs(self, detail: MeetingDetail) -> None:
        self.agenda.load(detail)
        self.attendance.load(detail)
        self.minutes.load(detail)
        self.actions.load(detail)
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)

    def _refresh(self, *, fields: bool = False) -> None:
        """Read the meeting again after a save: its status, what other tabs show of it."""
        assert self.detail is not None
        self.detail = get_meeting(self._db, self.detail.id)
        if fields:
            self.details.load(self.detail)
        self.agenda.set_start(self.detail.start_time)
        self.minutes.load(self.detail)  # what is typed there and not saved is kept
        self.actions.load(self.detail)
        self._show(self.detail)
        self.saved_meeting.emit(self.detail.id)

    def _show(self, detail: MeetingDetail | None) -> None:
        if detail is None:
            self.setWindowTitle(self.tr("New meeting"))
        else:
            self.setWindowTitle(
                self.tr("%(title)s — %(date)s")
                % {"title": detail.title, "date": f"{detail.meeting_date:%d/%m/%Y}"}
            )
            number = (
                dispatch.register_entry(self._db, detail.notice_entry_id).number
                if detail.notice_entry_id
                else None
            )
            self.details.show_status(detail, number)
        self.notice_button.setEnabled(
            detail is not None and detail.status == "scheduled" and not self._db.read_only
        )
        self.minutes_button.setEnabled(detail is not None and detail.status in HELD_STATUSES)
        why = self._locked_reason(detail)
        if why and not self._read_only:
            self._read_only = True
            self.details.set_read_only(why)
            for tab in (self.agenda, self.attendance, self.minutes, self.actions):
                tab.set_read_only()

    def _locked_reason(self, detail: MeetingDetail | None) -> str | None:
        if self._db.read_only:
            return self._db.read_only_reason or self.tr(
                "This database is open read-only: nothing can be saved."
            )
        if detail is None:
            return None
        if detail.locked:
            later = (
                self.tr("the next meeting of %s") % detail.body_name
                if detail.body_name
                else self.tr("a later meeting convened by %s") % detail.office_name
            )
            return self.tr(
                "The minutes were approved on %(date)s and are locked: nothing of this meeting changes any more. "
                "To correct them, open %(later)s and use “Record a correction to earlier approved minutes…” on "
                "its Minutes tab."
            ) % {"date": f"{detail.minutes_approved_on:%d/%m/%Y}", "later": later}
        if detail.status == "cancelled":
            return self.tr(
                "This meeting was cancelled (%s). It is kept for the record and no longer changes."
            ) % (detail.cancel_reason or "")
        return None

    # --- details and steps ----------------------------------------------------------------------

    def save_details(self) -> None:
        """Schedule the meeting, or save its details; a day off asks for the reason first."""
        self.details.clear_errors()
        try:
            self._save_details(None)
        except DayOffWarning as warning:
            dialog = DayOffDialog(warning.field_errors["meeting_date"], self._save_details, self)
            self.dialog = open_dialog(dialog, lambda _d: None)
        except ValidationError as exc:
            self.details.show_errors(exc.field_errors)
        except DomainError as exc:
            self.details.show_message(exc.message)

    def _save_details(self, holiday_reason: str | None) -> int:
        data = self.details.meeting_input(holiday_reason)
        if self.detail is None:
            meeting_id = meetings.schedule_meeting(self._db, data)
            self.detail = get_meeting(self._db, meeting_id)
            self.details.load(self.detail)
            self._load_tabs(self.detail)
            self._show(self.detail)
            self.saved_meeting.emit(meeting_id)
            self.show_status(self.tr("Scheduled."))
            return meeting_id
        meetings.update_meeting(self._db, self.detail.id, data)
        self._refresh(fields=True)
        self.show_status(self.tr("Details saved."))
        return self.detail.id

    def _step(self, work: Callable[[], object], title: str, done: str) -> None:
        try:
            work()
        except DomainError as exc:
            QMessageBox.warning(self, title, exc.message)
            return
        self._refresh()
        self.attendance.load(self.detail)  # its hint depends on the status
        self.show_status(done)

    def mark_held(self) -> None:
        assert self.detail is not None
        meeting_id = self.detail.id
        self._step(
            lambda: meetings.mark_held(self._db, meeting_id, self._today()),
            self.tr("Mark held"),
            self.tr("Marked held."),
        )

    def undo_held(self) -> None:
        assert self.detail is not None
        meeting_id = self.detail.id
        self._step(
            lambda: meetings.undo_held(self._db, meeting_id),
            self.tr("Undo held"),
            self.tr("Scheduled again."),
        )

    def cancel_meeting(self) -> QDialog:
        assert self.detail is not None
        dialog = CancelDialog(self._db, self.detail, self)
        self.dialog = open_dialog(
            dialog, lambda _d: (self._refresh(), self.show_status(self.tr("Cancelled.")))
        )
        return dialog

    def approve_minutes(self) -> QDialog | None:
        assert self.detail is not None
        if self.minutes.has_unsaved():
            QMessageBox.warning(
                self,
                self.tr("Approve minutes"),
                self.tr("The minutes have changes that are not saved yet; save them before approving."),
            )
            self.tabs.setCurrentWidget(self.minutes)
            return None
        dialog = ApproveDialog(self._db, self.detail, self._today(), self)
        self.dialog = open_dialog(
            dialog, lambda _d: (self._refresh(), self.show_status(self.tr("Minutes approved.")))
        )
        return dialog

    def show_status(self, text: str) -> None:
        self.status_line.setText(text)

    # --- printing -------------------------------------------------------------------------------

    def prepare_notice(self) -> CircularEditor | None:
        """The notice in the circular editor, addressed to the members, to check, sign and issue;
        once issued it is recorded on the meeting."""
        assert self.detail is not None
        try:
            draft, person_ids = printing.notice_draft(
                self._db,
                self.detail.id,
                signatory=self._convener(self.detail),
                issued_on=min(self._today(), self.detail.meeting_date),
            )
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Notice of the meeting"), exc.message)
            return None
        editor = CircularEditor(self._db, self)
        editor.prefill(draft, person_ids=person_ids)
        meeting_id = self.detail.id

        def issued(done: CircularEditor) -> None:
            try:
                printing.record_notice(self._db, meeting_id, done.saved.entry_id)
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Notice of the meeting"), exc.message)
            self._refresh()
            self.show_status(self.tr("Notice issued as No. %s.") % done.saved.number)
            self.dialog = open_dialog(IssuedDialog(done.saved, self), lambda _d: None)

        self.dialog = open_dialog(editor, issued)
        return editor

    def _convener(self, detail: MeetingDetail) -> Signatory:
        """Who signs the notice unless changed in the editor: the body's member secretary on the
        day of the meeting (an ad-hoc meeting: left for the editor to fill)."""
        if detail.body_id is not None:
            for member in composition_on(self._db, detail.body_id, detail.meeting_date):
                if member.role == "member_secretary":
                    return Signatory(member.person_name, member.designation)
        return Signatory("", "")

    def save_minutes_pdf(self) -> BackgroundTask | None:
        """The minutes as a PDF, written in the background."""
        assert self.detail is not None
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the minutes"),
            printing.minutes_file_name(self.detail),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return None
        db, meeting_id, path = self._db, self.detail.id, Path(name).with_suffix(".pdf")
        title = self.tr("Printing the minutes")
        task = run_with_progress(self, title, lambda _p: printing.save_minutes_pdf(db, meeting_id, path))
        task.succeeded.connect(lambda saved: self.show_status(self.tr("Saved %s") % saved))
        task.failed.connect(
            lambda error: QMessageBox.warning(self, title, getattr(error, "message", str(error)))
        )
        self.task = task
        return task

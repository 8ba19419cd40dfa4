"""The meeting form with real widgets on a temporary database: scheduling on a day off with a
reason, the agenda, the attendance grid (guests, representatives), minutes drafted and approved
(the form then read-only), action items raised and carried, corrections, the minutes PDF saved in
the background and the notice prepared in the circular editor and recorded once issued."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QFileDialog, QMessageBox

from desktop.services import dispatch
from desktop.services.database import Database
from desktop.services.meetings import actions, agenda, attendance, minutes, reading
from desktop.services.meetings.action_listing import item_history, items_for_meeting
from desktop.services.meetings.actions import ActionItemInput
from desktop.services.meetings.agenda import AgendaItemInput
from desktop.services.meetings.attendance import AttendanceInput
from desktop.ui.dialogs.circular_editor import CircularEditor
from desktop.ui.dialogs.meeting_actions_tab import ActionItemDialog, CloseInMeetingDialog, ReviewDialog
from desktop.ui.dialogs.meeting_attendance import GuestDialog, RatesDialog
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.dialogs.meeting_minutes_tab import CorrectionDialog
from desktop.ui.dialogs.meeting_tabs import ApproveDialog, CancelDialog, DayOffDialog
from tests.test_committees import TODAY
from tests.test_meeting_printing import Committee, make_committee, name_of, schedule, write_minutes

OCTOBER, NOVEMBER, DECEMBER = date(2026, 10, 14), date(2026, 11, 18), date(2026, 12, 10)
SECOND_SATURDAY = date(2026, 12, 12)


@pytest.fixture
def committee(demo_db: Database) -> Committee:
    return make_committee(demo_db)


# The forms opened by a test, kept until it is torn down. In the app the Meetings page owns the
# form; here, without this, the test's last reference to it could be the handler of a sub-dialog
# (Cancel, Approve…) that Qt deletes after the test returns, and the form would be deleted from
# inside its own child's destruction.
_OPEN: list[MeetingDialog] = []


@pytest.fixture(autouse=True)
def _keep_forms_open() -> Iterator[None]:
    yield
    _OPEN.clear()


def open_form(qtbot, db: Database, **kwargs: object) -> MeetingDialog:  # type: ignore[no-untyped-def]
    dialog = MeetingDialog(db, **({"today": TODAY} | kwargs))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    _OPEN.append(dialog)
    dialog.show()
    return dialog


def click_save(form) -> None:  # type: ignore[no-untyped-def]
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def checked(model) -> QAbstractItemModelTester:  # type: ignore[no-untyped-def]
    """A tester that lives as long as the model (its child), checking every change it makes."""
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal, model)


def row_of(dialog: MeetingDialog, person_id: int) -> int:
    tab = dialog.attendance
    return next(row for row in range(tab.table.rowCount()) if tab.who(row).person_id == person_id)


def choose_status(dialog: MeetingDialog, row: int, status: str) -> None:
    box = dialog.attendance.status_box(row)
    box.setCurrentIndex(box.findData(status))


# --- details -------------------------------------------------------------------------------------


def test_a_meeting_on_a_second_saturday_asks_for_the_reason_then_is_scheduled(
    qtbot, demo_db: Database, committee: Committee
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, demo_db, body_id=committee.body)
    saved: list[int] = []
    form.saved_meeting.connect(saved.append)
    details = form.details
    assert details.body.currentData() == committee.body
    assert not form.tabs.isTabEnabled(1)  # the other tabs wait for the meeting to exist
    details.meeting_date.setDate(QDate(SECOND_SATURDAY))
    details.start.set_value(time(11, 0))
    details.venue.setText("DDPI meeting hall")
    details.save_button.click()
    ask = form.dialog
    assert isinstance(ask, DayOffDialog) and not saved
    assert ask.message.text().startswith("Saturday 12/12/2026 is the 2nd Saturday, not a working day at")
    click_save(ask)  # no reason yet
    assert ask.error_text("holiday_reason") == "Give the reason to meet on this day."
    ask.widget("holiday_reason").setPlainText("The Collector is away all other days that week")
    click_save(ask)
    assert len(saved) == 1
    detail = reading.get_meeting(demo_db, saved[0])
    assert (detail.meeting_date, detail.holiday_reason, detail.title, detail.venue) == (
        SECOND_SATURDAY,
        "The Collector is away all other days that week",
        "District Task Force on FLN meeting",
        "DDPI meeting hall",
    )
    assert form.tabs.isTabEnabled(1) and not details.body.isEnabled()
    assert "Meets on a day off: The Collector is away" in details.status.text()
    assert details.save_button.text() == "Save details"


def test_details_errors_show_under_their_fields_and_a_change_is_saved(
    qtbot, demo_db: Database, committee: Committee
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = schedule(demo_db, committee.body, DECEMBER)
    form = open_form(qtbot, demo_db, meeting_id=meeting_id)
    details = form.details
    details.end.set_value(time(10, 0))  # before the start at 11:00
    details.save_button.click()
    assert details.error_text("end_time") == "The meeting ends (10:00) before it starts (11:00)."
    details.end.set_value(time(13, 30))
    details.title.setText("Quarterly review of FLN")
    details.save_button.click()
    assert details.error_text("end_time") == ""
    detail = reading.get_meeting(demo_db, meeting_id)
    assert (detail.title, detail.end_time) == ("Quarterly review of FLN", time(13, 30))
    assert form.windowTitle() == "Quarterly review of FLN — 10/12/2026"


def test_a_scheduled_meeting_is_cancelled_with_its_reason_and_then_read_only(
    qtbot, demo_db: Database, committee: Committee
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, demo_db, meeting_id=schedule(demo_db, committee.body, DECEMBER))
    assert not form.details.held_button.isEnabled()  # its day has not come
    form.details.cancel_button.click()
    cancel = form.dialog
    assert isinstance(cancel, CancelDialog)
    click_save(cancel)
    assert cancel.error_text("reason") == "The reason for cancelling is required."
    cancel.widget("reason").setPlainText("Assembly elections")
    click_save(cancel)
    assert form.detail.status == "cancelled"
    assert "This meeting was cancelled (Assembly elections)" in form.details.notice.text()
    assert form.details.save_button.isHidden() and form.agenda.save_button.isHidden()
    assert not form.notice_button.isEnabled()


# --- agenda --------------------------------------------------------------------------------------


def test_the_agenda_is_edited_in_order_and_keeps_its_automatic_first_item(
    qtbot, demo_db: Database, committee: Committee
) -> None:  # type: ignore[no-untyped-def]
    schedule(demo_db, committee.body, OCTOBER)
    meeting_id = schedule(demo_db, committee.body, DECEMBER)
    form = open_form(qtbot, demo_db, meeting_id=meeting_id)
    tab = form.agenda
    checked(tab.table.model())
    assert tab.table.rowCount() == 1 and tab.table.item(0, tab.TITLE).text().startswith("Confirmation of the")
    tab.table.selectRow(0)
    assert not tab.remove_button.isEnabled() and not tab.down_button.isEnabled()
    for title, minutes_taken in (("Teacher vacancies", 30), ("Reading levels in Grade 3", 45)):
        row = tab.add_item()
        editor = tab.table.indexWidget(tab.table.model().index(row, tab.TITLE))  # open for typing
        qtbot.keyClicks(editor, title)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda row=row, title=title: tab.table.item(row, tab.TITLE).text() == title)
        tab.table.cellWidget(row, tab.MINUTES).setValue(minutes_taken)
    tab.table.cellWidget(0, tab.MINUTES).setValue(15)
    assert [tab.table.item(r, tab.STARTS).text() for r in range(3)] == ["11:00", "11:15", "11:45"]
    tab.table.selectRow(2)
    tab.up_button.click()  # Reading levels before Teacher vacancies, after the automatic item
    assert not tab.up_button.isEnabled()  # the automatic item stays first
    tab.save_button.click()
    saved = reading.get_meeting(demo_db, meeting_id).agenda
    assert [(r.title, r.duration_minutes) for r in saved[1:]] == [
        ("Reading levels in Grade 3", 45),
        ("Teacher vacancies", 30),
    ]
    assert saved[0].automatic and saved[0].duration_minutes == 15
    row = tab.add_item()
    tab.save_button.click()  # an item without a title
    assert tab.error.text() == f"Item {row + 1}: give its title."
    tab.table.selectRow(row)
    tab.remove_button.click()
    assert tab.table.rowCount() == 3


# --- attendance ----------------------------------------------------------------------------------


def test_the_attendance_grid_lists_the_members_and_reports_guests(
    qtbot, demo_db: Database, committee: Committee
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = schedule(demo_db, committee.body, NOVEMBER)
    form = open_form(qtbot, demo_db, meeting_id=meeting_id)
    tab = form.attendance
    checked(tab.table.model())
    names = [tab.table.item(row, tab.NAME).text().split(",")[0] for row in range(tab.table.rowCount())]
    members = [committee.chair, committee.secretary, committee.member, committee.absentee]
    assert sorted(names[:2]) == sorted(name_of(demo_db, p) for p in members[:2])  # chair, member secretary
    assert sorted(names) == sorted(name_of(demo_db, p) for p in members)  # the leaver left in October
    assert [tab.table.item(row, tab.ROLE).text() for row in range(2)] == ["Chair", "Member secretary"]

    tab.all_present_button.click()
    choose_status(form, row_of(form, committee.member), "represented")
    assert tab.representative(row_of(form, committee.member)).isEnabled()
    choose_status(form, row_of(form, committee.absentee), "absent")
    tab.save_button.click()  # represented, but by whom?
    assert (
        f"{name_of(demo_db, committee.member)} is marked represented; say who represented them."
        in tab.error.text()
    )
    assert reading.get_meeting(demo_db, meeting_id).status == "scheduled"  # nothing was saved

    tab.representative(row_of(form, committee.member)).setText("Shobha R., DIET Lecturer")
    tab.add_guest_button.click()
    guest = tab.dialog
    assert isinstance(guest, GuestDialog)
    guest.person.query.setText(name_of(demo_db, committee.outsider))
    guest.person.choose(committee.outsider)
    click_save(guest)
    tab.add_guest_button.click()
    typed = tab.dialog
    typed.typed.setChecked(True)
    click_save(typed)
    assert typed.error_text("guest_name") == "Type the guest's name."
    typed.widget("guest_name").setText("Dr. Anil Kumar")
    typed.widget("guest_designation").setText("Paediatrician")
    click_save(typed)
    tab.save_button.click()
    assert tab.error.isHidden()
    assert (
        f"Recorded as guest (not a member of District Task Force on FLN on 18/11/2026): "
        f"{name_of(demo_db, committee.outsider)}" in tab.result.text()
    )
    sheet = {row.name: row for row in attendance.attendance_sheet(demo_db, meeting_id)}
    assert sheet[name_of(demo_db, committee.member)].represented_by_name == "Shobha R., DIET Lecturer"
    assert sheet["Dr. Anil Kumar"].status == "present"
    assert form.detail.status == "held" and "Held" in form.details.status.text()  # it took place

    tab.table.selectRow(row_of(form, committee.outsider))
    assert tab.remove_guest_button.isEnabled()
    tab.rates_button.click()
    rates = tab.dialog
    assert isinstance(rates, RatesDialog)
    checked(rates.model)
    assert {r.name: r.rate for r in rates.rates}[name_of(demo_db, committee.absentee)] == 0


# --- minutes -------------------------------------------------------------------------------------


@pytest.fixture
def held(demo_db: Database, committee: Committee) -> int:
    """November's meeting, held, with two items on its agenda and attendance recorded."""
    schedule(demo_db, committee.body, OCTOBER)
    meeting_id = schedule(demo_db, committee.body, NOVEMBER)
    agenda.save_agenda(
        demo_db, meeting_id, [AgendaItemInput("Reading levels in Grade 3", committee.secretary, 45)]
    )
    attendance.record_attendance(demo_db, meeting_id, [AttendanceInput("present", committee.chair)], TODAY)
    return meeting_id


def test_minutes_saved_then_approved_make_the_form_read_only(
    qtbot, demo_db: Database, held: int, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, demo_db, meeting_id=held)
    tab = form.minutes
    assert tab.items.count() == 2
    tab.items.setCurrentRow(1)
    tab.discussion.setPlainText("The DIET Principal presented the levels.")
    tab.decisions.setPlainText("Schools below the block average get a visit.")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert not form.details.approve_button.isVisibleTo(form.details)  # not while only held
    tab.save_button.click()
    assert tab.error.isHidden() and form.detail.status == "minutes_drafted"
    assert tab.items.item(1).text().endswith("✓") and not tab.items.item(0).text().endswith("✓")

    tab.items.setCurrentRow(0)
    tab.discussion.setPlainText("The minutes of October were read and confirmed.")
    assert form.details.approve_button.isVisibleTo(form.details)
    form.details.approve_button.click()  # with minutes typed and not saved
    assert warnings == ["The minutes have changes that are not saved yet; save them before approving."]
    tab.save_button.click()
    form.details.approve_button.click()
    approve = form.dialog
    assert isinstance(approve, ApproveDialog)
    assert approve.value("approved_by") == f"{name_of(demo_db, form.detail.chair_person_id)}, Chair"
    approve.on.setDate(QDate(2026, 11, 20))
    click_save(approve)

    assert form.detail.locked
    details = form.details
    assert "The minutes were approved on 20/11/2026 and are locked" in details.notice.text()
    assert "open the next meeting of District Task Force on FLN" in details.notice.text()
    assert details.title.isReadOnly() and details.save_button.isHidden() and details.approve_button.isHidden()
    assert form.agenda.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert form.agenda.add_button.isHidden()
    assert tab.discussion.isReadOnly() and tab.save_button.isHidden() and tab.correct_button.isHidden()
    assert not form.attendance.status_box(0).isEnabled() and form.attendance.save_button.isHidden()
    assert form.actions.add_button.isHidden()
    assert form.minutes_button.isEnabled() and not form.notice_button.isEnabled()
    reopened = open_form(qtbot, demo_db, meeting_id=held)  # opened again: read-only from the start
    assert reopened.details.notice.isVisibleTo(reopened) and reopened.minutes.discussion.isReadOnly()


def test_a_correction_to_earlier_approved_minutes_is_recorded_in_the_next_meeting(
    qtbot, demo_db: Database, committee: Committee, held: int
) -> None:  # type: ignore[no-untyped-def]
    write_minutes(demo_db, held, "Noted.")
    minutes.approve_minutes(demo_db, held, date(2026, 11, 20), "Chair")
    form = open_form(qtbot, demo_db, meeting_id=schedule(demo_db, committee.body, DECEMBER))
    tab = form.minutes
    checked(tab.corrections)
    tab.correct_button.click()
    correct = tab.dialog
    assert isinstance(correct, CorrectionDialog)
    assert (
        correct.widget("corrected_meeting_id").currentText()
        == "District Task Force on FLN meeting — 18/11/2026"
    )
    click_save(correct)
    assert correct.error_text("text") == "Write the correction."
    correct.widget("text").setPlainText("Item 2: the survey covers Grade 3 only.")
    click_save(correct)
    assert tab.corrections.rowCount() == 1
    assert tab.corrections.row_at(0).agenda_item_title.startswith("Confirmation of the minutes")
    tab.corrections_table.selectRow(0)
    tab.remove_correction_button.click()
    assert tab.corrections.rowCount() == 0


# --- action items --------------------------------------------------------------------------------


def test_an_action_item_needs_an_owner(qtbot, demo_db: Database, committee: Committee, held: int) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, demo_db, meeting_id=held)
    tab = form.actions
    checked(tab.raised)
    tab.add_button.click()
    add = tab.dialog
    assert isinstance(add, ActionItemDialog)
    add.widget("description").setPlainText("Distribute Grade 3 workbooks")
    click_save(add)
    assert add.error_text("owner_person_id") == (
        "Choose the owner: the person who answers for this action item."
    )
    add.owner.query.setText(name_of(demo_db, committee.secretary))
    add.owner.choose(committee.secretary)
    add.set_combo(add.widget("agenda_item_id"), form.detail.agenda[1].id)
    click_save(add)
    row = tab.raised.row_at(0)
    assert (row.description, row.owner_id, row.due_date) == (
        "Distribute Grade 3 workbooks",
        committee.secretary,
        date(2026, 12, 18),  # a month after the meeting unless changed
    )
    tab.raised_table.selectRow(0)
    tab.change_button.click()
    change = tab.dialog
    change.due.setDate(QDate(2026, 12, 31))
    click_save(change)
    assert tab.raised.row_at(0).due_date == date(2026, 12, 31)


def test_an_item_raised_before_is_carried_to_the_next_meeting_and_closed_there(
    qtbot, demo_db: Database, committee: Committee, held: int
) -> None:  # type: ignore[no-untyped-def]
    item_id = actions.add_action_item(
        demo_db,
        held,
        ActionItemInput("Visit the five weakest schools", committee.member, date(2026, 11, 30)),
        TODAY,
    )
    december = schedule(demo_db, committee.body, DECEMBER)
    form = open_form(qtbot, demo_db, meeting_id=december, today=DECEMBER)
    tab = form.actions
    checked(tab.carried)
    (row,) = [tab.carried.row_at(i) for i in range(tab.carried.rowCount())]
    assert (row.id, row.overdue, row.days_overdue) == (item_id, True, 10)
    assert row.origin == "Raised at District Task Force on FLN meeting on 18/11/2026"
    assert tab.carried.data(tab.carried.index(0, 3)) == "10 days"
    tab.carried_table.selectRow(0)
    tab.review_button.click()
    review = tab.dialog
    assert isinstance(review, ReviewDialog)
    review.widget("note").setPlainText("Three of five visited")
    click_save(review)
    tab.carried_table.selectRow(0)
    tab.done_button.click()
    done = tab.dialog
    assert isinstance(done, CloseInMeetingDialog)
    click_save(done)
    history = item_history(demo_db, item_id)
    assert [(e.kind, e.meeting_title, e.note) for e in history[1:]] == [
        ("reviewed", "District Task Force on FLN meeting", "Three of five visited"),
        ("done", "District Task Force on FLN meeting", None),
    ]
    assert items_for_meeting(demo_db, december).carried[0].status == "done"
    assert not tab.done_button.isEnabled()


# --- printing ------------------------------------------------------------------------------------


def test_the_minutes_pdf_is_saved_in_the_background(
    qtbot, demo_db: Database, held: int, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "minutes"
    offered: list[str] = []

    def save_name(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        offered.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    form = open_form(qtbot, demo_db, meeting_id=held)
    assert form.minutes_button.isEnabled()
    form.minutes_button.click()
    qtbot.waitUntil(lambda: form.status_line.text().startswith("Saved"), timeout=30_000)
    assert offered == ["Minutes District Task Force on FLN meeting 2026-11-18.pdf"]
    assert (tmp_path / "minutes.pdf").read_bytes().startswith(b"%PDF")


def test_the_notice_prefills_the_editor_with_the_members_and_is_recorded_once_issued(
    qtbot, demo_db: Database, committee: Committee, held: int
) -> None:  # type: ignore[no-untyped-def]
    december = schedule(demo_db, committee.body, DECEMBER)
    form = open_form(qtbot, demo_db, meeting_id=december)
    assert not open_form(qtbot, demo_db, meeting_id=held).notice_button.isEnabled()  # held already
    form.notice_button.click()
    editor = form.dialog
    assert isinstance(editor, CircularEditor)
    members = {committee.chair, committee.secretary, committee.member, committee.absentee, committee.newcomer}
    assert set(editor.people.person_ids()) == members and editor.recipient_kind.currentData() == "person"
    assert editor.value("subject") == "Meeting of the District Task Force on FLN on 10/12/2026"
    assert "| 1 | Confirmation of the minutes of the meeting held on 18/11/2026" in editor.value("body")
    assert editor.value("signatory_name") == name_of(demo_db, committee.secretary)  # the member secretary
    assert editor.widget("issued_on").date().toPython() == TODAY  # the draft's date, not the clock's
    saved: list[int] = []
    form.saved_meeting.connect(saved.append)
    click_save(editor)
    qtbot.waitUntil(lambda: bool(saved), timeout=60_000)
    entry_id = reading.get_meeting(demo_db, december).notice_entry_id
    (issued,) = dispatch.list_register(demo_db)
    assert entry_id == issued.id and issued.recipients == len(members)
    assert f"Notice issued: No. {issued.number}" in form.details.status.text()
    assert form.status_line.text() == f"Notice issued as No. {issued.number}."


def test_a_meeting_still_to_come_says_attendance_waits_for_its_day(
    qtbot, demo_db: Database, committee: Committee
) -> None:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, demo_db, meeting_id=schedule(demo_db, committee.body, DECEMBER))
    assert "Attendance can be recorded from the day of the meeting." in form.attendance.hint.text()
    form.attendance.all_present_button.click()
    form.attendance.save_button.click()
    assert "is still to come; attendance can be recorded from that day." in form.attendance.error.text()
    assert form.detail.status == "scheduled"
    assert "Action items are recorded from the meeting's decisions" in form.actions.hint.text()
    assert not form.minutes_button.isEnabled() and form.notice_button.isEnabled()

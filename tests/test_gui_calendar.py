"""The 2-4-6-8 screens on a real database: an office's days off and holidays (by hand, imported
from a file, copied), generating a month's reviews in the background, forming review groups, and
the month's cascade."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from sqlalchemy import func, select

from db.models import Body, Cluster, Meeting
from desktop.services.calendar.cadence import generate_month, plan_month
from desktop.services.calendar.holidays import HolidayInput, add_holiday, list_holidays
from desktop.services.calendar.review_groups import create_review_groups
from desktop.services.calendar.settings import get_calendar_settings
from desktop.services.database import Database
from desktop.services.meetings.meetings import mark_held
from desktop.services.offices import list_offices
from desktop.ui.dialogs.cadence_dialogs import GenerateReviewsDialog, ReviewGroupsDialog
from desktop.ui.dialogs.calendar_dialogs import OfficeCalendarDialog
from desktop.ui.dialogs.holiday_dialogs import CopyHolidaysDialog, HolidayDialog, ImportProblemsDialog
from desktop.ui.pages.cascade_view import CascadeView
from desktop.ui.pages.month_calendar import STATUS_COLOURS

TODAY = date(2026, 11, 23)
FORMED = date(2026, 6, 1)
BAD_CSV = (
    "Karnataka government holidays 2027\n"
    "Sl. No.,Date,Holiday\n"
    "1,26/01/2027,Republic Day\n"
    "2,31/02/2027,Something\n"
    "3,,Ugadi\n"
    "4,15-08-2027,\n"
)
GOOD_CSV = (
    "Date,Holiday\n26/01/2027,Republic Day\n15/08/2027,Independence Day\n01-11-2027,Kannada Rajyotsava\n"
)


def model_tester(model) -> QAbstractItemModelTester:  # type: ignore[no-untyped-def]
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def office_id(db: Database, kind: str) -> int:
    return next(office.id for office in list_offices(db) if office.kind == kind)


def save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def calendar_dialog(qtbot, isolated_settings, demo_db: Database) -> OfficeCalendarDialog:  # type: ignore[no-untyped-def]
    dialog = OfficeCalendarDialog(demo_db, office_id=office_id(demo_db, "DDPI"), year=2027)
    qtbot.addWidget(dialog)
    dialog.show()
    model_tester(dialog.model)
    return dialog


def test_weekly_offs_are_saved_and_a_week_without_working_days_is_refused(
    calendar_dialog: OfficeCalendarDialog,
) -> None:
    dialog, ddpi = calendar_dialog, calendar_dialog.office_id()
    assert [box.isChecked() for box in dialog.weekdays] == [False] * 6 + [True]
    assert [box.isChecked() for box in dialog.saturdays] == [False, True, False, True, False]
    dialog.weekdays[5].setChecked(True)  # every Saturday off
    assert not any(box.isEnabled() for box in dialog.saturdays)
    dialog.save_settings_button.click()
    saved = get_calendar_settings(dialog.db, ddpi)
    assert saved.weekly_offs == (5, 6)
    assert dialog.settings_now.text() == "Saved: Saturday; Sunday"
    assert "Days off saved: Saturday; Sunday." in dialog.outcome.text()
    for box in dialog.weekdays:
        box.setChecked(True)
    dialog.save_settings_button.click()
    assert "keep at least one weekday working every week" in dialog.settings_error.text()
    assert not dialog.settings_error.isHidden()
    assert get_calendar_settings(dialog.db, ddpi).weekly_offs == (5, 6)  # unchanged


def test_holidays_are_added_edited_and_deleted(calendar_dialog: OfficeCalendarDialog, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = calendar_dialog
    changes: list[bool] = []
    dialog.calendar_changed.connect(lambda: changes.append(True))
    form = dialog.add_holiday()
    assert isinstance(form, HolidayDialog)
    form.on_date.setDate(date(2027, 1, 26))
    form.widget("name").setText("Republic Day")
    save(form)
    assert [(h.on_date, h.name) for h in dialog.holidays] == [(date(2027, 1, 26), "Republic Day")]
    assert dialog.selected() is not None and changes == [True]
    # The same date again is refused under the date, naming the holiday it already is.
    again = dialog.add_holiday()
    again.on_date.setDate(date(2027, 1, 26))
    again.widget("name").setText("Another")
    save(again)
    assert "26/01/2027 is already a holiday of" in again.error_text("on_date")
    assert "Republic Day" in again.error_text("on_date")
    again.reject()
    # A holiday of another year moves the table to that year.
    edit = dialog.edit_holiday()
    edit.on_date.setDate(date(2026, 12, 25))
    edit.widget("name").setText("Christmas")
    save(edit)
    assert dialog.year.value() == 2026
    assert [(h.on_date, h.name) for h in dialog.holidays] == [(date(2026, 12, 25), "Christmas")]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.select(dialog.holidays[0].id)
    dialog.holiday_buttons["delete"].click()
    assert dialog.holidays == [] and list_holidays(dialog.db, dialog.office_id()) == []
    assert dialog.model.rowCount() == 0 and dialog.count.text() == "0 holidays in 2026"


def test_a_bad_file_shows_every_problem_and_saves_nothing(
    calendar_dialog: OfficeCalendarDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "holidays-2027.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    problems = calendar_dialog.import_file()
    assert isinstance(problems, ImportProblemsDialog)
    model_tester(problems.model)
    assert problems.headline.text() == (
        "holidays-2027.csv was not imported and nothing was saved: 3 problems to correct first."
    )
    shown = [
        tuple(problems.model.data(problems.model.index(row, column)) for column in range(5))
        for row in range(problems.model.rowCount())
    ]
    assert [(row, column, value) for row, column, value, *_ in shown] == [
        (4, "Date", "31/02/2027"),
        (5, "Date", ""),
        (6, "Holiday", ""),
    ]
    assert shown[0][3] == "Is not a date in the calendar: February 2027 has 28 days"
    assert shown[0][4] == "a day that exists"
    assert "DD/MM/YYYY" in shown[1][4]
    assert list_holidays(calendar_dialog.db, calendar_dialog.office_id()) == []
    assert calendar_dialog.holidays == []


def test_a_good_file_adds_its_holidays_and_a_second_import_adds_none(
    calendar_dialog: OfficeCalendarDialog, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "holidays.csv"
    good.write_text(GOOD_CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    calendar_dialog.holiday_buttons["import"].click()
    assert (
        calendar_dialog.outcome.text()
        == "holidays.csv imported: 3 holidays added, 0 already in the calendar."
    )
    assert [h.name for h in calendar_dialog.holidays] == [
        "Republic Day",
        "Independence Day",
        "Kannada Rajyotsava",
    ]
    calendar_dialog.holiday_buttons["import"].click()
    assert (
        calendar_dialog.outcome.text()
        == "holidays.csv imported: 0 holidays added, 3 already in the calendar."
    )
    assert len(list_holidays(calendar_dialog.db, calendar_dialog.office_id())) == 3


def test_holidays_are_copied_to_the_offices_ticked(calendar_dialog: OfficeCalendarDialog) -> None:
    db, ddpi = calendar_dialog.db, calendar_dialog.office_id()
    beos = [office.id for office in list_offices(db) if office.kind == "BEO"]
    add_holiday(db, ddpi, HolidayInput(date(2027, 1, 26), "Republic Day"))
    add_holiday(db, ddpi, HolidayInput(date(2027, 8, 15), "Independence Day"))
    add_holiday(db, beos[0], HolidayInput(date(2027, 8, 15), "Swatantrya Dina"))
    calendar_dialog.load_holidays()
    form = calendar_dialog.copy_to_offices()
    assert isinstance(form, CopyHolidaysDialog)
    save(form)  # nobody ticked
    assert form.error_text("to_office_ids") == "Choose at least one other office to copy to."
    for row in range(form.offices.count()):
        item = form.offices.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in beos[:2]:
            item.setCheckState(Qt.CheckState.Checked)
    save(form)
    lines = calendar_dialog.outcome.text().split("<br>")
    assert lines[0] == "Holidays of 2027 copied: 3 added, 0 already there."
    assert "already has 15/08/2027 as Swatantrya Dina; Independence Day was not copied there." in lines[1]
    assert [h.name for h in list_holidays(db, beos[1], 2027)] == ["Republic Day", "Independence Day"]


def _dialog_with_clusters(qtbot, db: Database) -> tuple[GenerateReviewsDialog, int]:  # type: ignore[no-untyped-def]
    ddpi = office_id(db, "DDPI")
    clusters = create_review_groups(db, ddpi, "cluster", FORMED)
    dialog = GenerateReviewsDialog(db, office_id=ddpi, year=2026, month=12, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    model_tester(dialog.model)
    return dialog, clusters


def test_the_month_is_previewed_then_generated_in_the_background_once(
    qtbot, isolated_settings, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    dialog, clusters = _dialog_with_clusters(qtbot, demo_db)
    with demo_db.reading() as session:
        assert clusters == session.scalar(select(func.count()).select_from(Cluster)) > 0
    assert dialog.model.rowCount() == clusters
    first = [dialog.model.data(dialog.model.index(0, column)) for column in range(6)]
    assert first[1:] == [
        "Cluster",
        first[2],
        "04/12/2026",
        "to be scheduled",
        "4th working day of December 2026.",
    ]
    assert dialog.summary.text() == (
        f"December 2026: {clusters} review groups; {clusters} meetings to schedule, "
        "0 already scheduled, 0 without a review."
    )
    dialog.start_time.setTime(time(11, 0))
    dialog.venue.setText("Cluster resource centre")
    reports = []
    dialog.generated.connect(reports.append)
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: bool(reports), timeout=10_000)
    assert (reports[0].created, reports[0].existing, reports[0].skipped) == (clusters, 0, [])
    assert dialog.outcome.text().startswith(
        f"Meetings scheduled: {clusters}. Already scheduled, left as they were: 0."
    )
    assert {dialog.model.data(dialog.model.index(row, 4)) for row in range(clusters)} == {"already scheduled"}
    with demo_db.reading() as session:
        made = session.execute(select(Meeting.meeting_date, Meeting.start_time, Meeting.venue)).all()
    assert set(made) == {(date(2026, 12, 4), time(11, 0), "Cluster resource centre")}
    # A second run adds nothing.
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10_000)
    assert (reports[1].created, reports[1].existing) == (0, clusters)
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == clusters


def test_a_too_long_venue_is_shown_under_the_venue(qtbot, isolated_settings, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog, _clusters = _dialog_with_clusters(qtbot, demo_db)
    dialog.venue.setText("x" * 301)
    reports = []
    dialog.generated.connect(reports.append)
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: not dialog.venue_error.isHidden(), timeout=10_000)
    assert "Venue" in dialog.venue_error.text() and "300" in dialog.venue_error.text()
    assert reports == [] and dialog.generate_button.isEnabled()


def test_an_office_without_review_groups_says_what_to_do(qtbot, isolated_settings, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = GenerateReviewsDialog(
        demo_db, office_id=office_id(demo_db, "DIET"), year=2026, month=12, today=TODAY
    )
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.generate_button.isEnabled()
    assert (
        "No review group of this office is on the 2-4-6-8 cadence in December 2026" in dialog.summary.text()
    )


def test_review_groups_are_formed_for_every_cluster_or_the_schools_chosen(
    qtbot, isolated_settings, demo_db: Database
) -> None:  # type: ignore[no-untyped-def]
    ddpi = office_id(demo_db, "DDPI")
    dialog = ReviewGroupsDialog(demo_db, office_id=ddpi, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.widget("unit_ids").isVisible()
    save(dialog)
    with demo_db.reading() as session:
        clusters = session.scalar(select(func.count()).select_from(Cluster))
        groups = session.scalars(select(Body).where(Body.level == "cluster")).all()
    assert dialog.saved == clusters == len(groups)
    assert {group.formed_on for group in groups} == {TODAY}
    assert len(plan_month(demo_db, ddpi, 2026, 12)) == clusters
    schools = ReviewGroupsDialog(demo_db, office_id=ddpi, today=TODAY)
    qtbot.addWidget(schools)
    schools.show()
    schools.level.setCurrentIndex(schools.level.findData("school"))
    assert schools.widget("unit_ids").isVisible()
    save(schools)  # no school chosen
    assert schools.error_text("unit_ids") == "Choose at least one school."
    first_block = schools.schools.tree.topLevelItem(0)
    first_block.setCheckState(0, Qt.CheckState.Checked)
    save(schools)
    assert schools.saved == schools.schools.school_count() > 0


def test_the_cascade_counts_held_and_scheduled_reviews(qtbot, isolated_settings, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    ddpi = office_id(demo_db, "DDPI")
    create_review_groups(demo_db, ddpi, "cluster", FORMED)
    create_review_groups(demo_db, ddpi, "block", FORMED)
    report = generate_month(demo_db, ddpi, 2026, 12)
    with demo_db.reading() as session:
        clusters = session.scalars(
            select(Meeting.id).where(Meeting.level == "cluster").order_by(Meeting.id)
        ).all()
        blocks = session.scalar(select(func.count()).select_from(Meeting).where(Meeting.level == "block"))
    held_on = date(2026, 12, 5)
    for meeting_id in clusters[:2]:
        mark_held(demo_db, meeting_id, today=held_on)
    view = CascadeView(demo_db, today=lambda: held_on)
    qtbot.addWidget(view)
    model_tester(view.model)
    view.set_month(2026, 12)
    cluster = view.level("cluster")
    assert (cluster.planned, cluster.held, cluster.not_held_past) == (len(clusters), 2, len(clusters) - 2)
    assert report.created == len(clusters) + blocks
    row = [r.level for r in view.rows].index("cluster")
    assert [view.model.data(view.model.index(row, column)) for column in range(6)] == [
        "Cluster",
        len(clusters),
        2,
        0,
        0,
        len(clusters) - 2,
    ]
    red = view.model.data(view.model.index(row, 5), Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == STATUS_COLOURS["not_held"]
    assert view.model.data(view.model.index(row, 4), Qt.ItemDataRole.ForegroundRole) is None
    assert view.summary.text() == (
        f"December 2026: not held although their day has passed: Cluster {len(clusters) - 2}."
    )
    # Blocks meet on the 6th working day (8 December): still to come on the 5th.
    assert view.level("block").planned == blocks and view.level("block").not_held_past == 0
    view.set_month(2026, 11)
    assert view.summary.text() == "November 2026: no reviews planned yet."

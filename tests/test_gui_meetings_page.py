"""The Meetings page on the demo district with its committees and four months of reviews: the list
with its filters and sorting, the month calendar with days off, and the 2-4-6-8 dialogs it opens."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from db.models import Body
from desktop.services.database import Database
from desktop.services.meetings.reading import list_meetings
from desktop.services.offices import list_offices
from desktop.services.opening import open_database
from desktop.ui.pages.meetings_page import BETWEEN, MeetingsPage
from desktop.ui.pages.month_calendar import DAY_OFF_BACKGROUND, STATUS_COLOURS, DayCell

TODAY = date(2026, 11, 23)


@pytest.fixture
def page(qtbot, isolated_settings, governance_db: Database) -> MeetingsPage:  # type: ignore[no-untyped-def]
    widget = MeetingsPage(governance_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    QAbstractItemModelTester(widget.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(widget.cascade.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return widget


def shown(page: MeetingsPage) -> list:  # type: ignore[type-arg]
    return [page.model.row_at(row) for row in range(page.model.rowCount())]


def office_named(db: Database, kind: str) -> int:
    return next(office.id for office in list_offices(db) if office.kind == kind)


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_list_shows_every_meeting_and_filters_them(page: MeetingsPage) -> None:
    total = len(list_meetings(page.db))
    assert total > 100 and page.count.text() == f"{total} of {total}"
    first = page.model.row_at(0)
    assert [page.model.data(page.model.index(0, column)) for column in (0, 1, 4, 6)] == [
        f"{first.meeting_date:%d/%m/%Y}",
        "10:30",
        first.level_label,
        "Minutes drafted",
    ]
    assert first.meeting_date == max(row.meeting_date for row in page.rows)  # latest first
    choose(page.level, "block")
    blocks = shown(page)
    assert blocks and {row.level for row in blocks} == {"block"}
    assert page.count.text() == f"{len(blocks)} of {total}"
    choose(page.status, "minutes_approved")
    assert shown(page) and all(
        row.status == "minutes_approved" and row.level == "block" for row in shown(page)
    )
    choose(page.status, None)
    choose(page.level, None)
    choose(page.period, "2026-10")
    assert shown(page) and {(row.meeting_date.year, row.meeting_date.month) for row in shown(page)} == {
        (2026, 10)
    }
    assert page.date_from.isHidden()
    choose(page.period, None)
    body = next(row for row in page.rows if row.body_name and row.level == "cluster")
    choose(page.body, body.body_id)
    assert {row.body_id for row in shown(page)} == {body.body_id} and len(shown(page)) == 4
    choose(page.body, None)
    page.search.setText("sriguda BLOCK")
    assert shown(page) and all("sriguda" in row.search_text for row in shown(page))
    page.search.clear()
    page.set_date_range(date(2026, 11, 5), date(2026, 11, 7))
    assert page.period.currentData() == BETWEEN and page.date_from.isVisible()
    assert {row.meeting_date for row in shown(page)} == {date(2026, 11, 5), date(2026, 11, 7)}


def test_header_clicks_sort_by_date_level_and_status(page: MeetingsPage) -> None:
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    dates = [row.meeting_date for row in shown(page)]
    assert dates == sorted(dates) and dates[0] < dates[-1]
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # district first, by the ladder
    levels = [row.level for row in shown(page)]
    assert levels[0] == "district" and levels[-1] == "cluster"
    page.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # in the order of the steps
    assert shown(page)[0].status == "minutes_approved" or shown(page)[0].status == "minutes_drafted"
    statuses = [row.status for row in shown(page)]
    assert statuses.index("minutes_drafted") < statuses.index("minutes_approved")


def test_the_month_shows_meetings_on_their_day_and_holidays_greyed(qtbot, page: MeetingsPage) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    assert not page.buttons["open"].isEnabled()
    page.calendar.set_office(office_named(page.db, "DDPI"))
    assert (page.calendar.year(), page.calendar.month()) == (2026, 11)
    rajyotsava: DayCell = page.calendar.cell(date(2026, 11, 1))
    assert rajyotsava.day_off == "Kannada Rajyotsava" and rajyotsava.caption.text() == "Kannada Rajyotsava"
    assert rajyotsava.toolTip() == "Kannada Rajyotsava" and DAY_OFF_BACKGROUND in rajyotsava.styleSheet()
    assert page.calendar.cell(date(2026, 11, 14)).day_off == "2nd Saturday"
    assert page.calendar.cell(date(2026, 11, 23)).day_off is None
    district_day = page.calendar.cell(date(2026, 11, 10))
    expected = [row.id for row in page.rows if row.meeting_date == date(2026, 11, 10)]
    assert sorted(district_day.meeting_ids()) == sorted(expected) and expected
    item = district_day.meetings.item(0)
    assert item.foreground().color().name() == STATUS_COLOURS["minutes_drafted"]
    qtbot.mouseClick(
        district_day.meetings.viewport(),
        Qt.MouseButton.LeftButton,
        pos=district_day.meetings.visualItemRect(item).center(),
    )
    assert page.selected_meeting_id() == district_day.meeting_ids()[0]
    assert page.buttons["open"].isEnabled()
    qtbot.mouseDClick(
        district_day.meetings.viewport(),
        Qt.MouseButton.LeftButton,
        pos=district_day.meetings.visualItemRect(item).center(),
    )
    assert page.dialog.detail.id == district_day.meeting_ids()[0]
    page.dialog.close()
    # The month chooser moves the calendar and the cascade together; the selection goes.
    page.calendar.chooser.next.click()
    assert (page.cascade.chooser.year(), page.cascade.chooser.month()) == (2026, 12)
    assert page.calendar.cell(date(2026, 12, 25)).day_off == "Christmas"
    assert page.selected_meeting_id() is None and not page.buttons["open"].isEnabled()


def test_generating_from_the_page_fills_the_list_month_and_cascade(qtbot, page: MeetingsPage) -> None:  # type: ignore[no-untyped-def]
    with page.db.reading() as session:
        beo = session.scalar(select(Body.office_id).where(Body.level == "cluster").limit(1))
    before = len(page.rows)
    page.tabs.setCurrentIndex(1)
    page.calendar.set_office(beo)
    page.calendar.set_month(2026, 12)
    assert page.cascade.level("cluster").planned == 0
    changes: list[bool] = []
    page.changed.connect(lambda: changes.append(True))
    dialog = page.generate_reviews()
    assert dialog.office.currentData() == beo and (dialog.chooser.year(), dialog.chooser.month()) == (
        2026,
        12,
    )
    planned = dialog.to_create()
    assert planned and dialog.model.rowCount() == len(planned)
    dialog.generate_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.report.created == len(planned)
    assert len(page.rows) == before + len(planned) and changes
    clusters = sum(plan.level == "cluster" for plan in planned)
    assert page.cascade.level("cluster").planned == clusters
    day = next(plan.meeting_date for plan in planned if plan.level == "cluster")
    assert len(page.calendar.cell(day).meeting_ids()) == clusters
    assert page.calendar.cell(day).caption.text() == f"{clusters} meetings"
    assert page.calendar.cell(day).meetings.item(0).foreground().color().name() == STATUS_COLOURS["scheduled"]
    # Seen after their day, meetings still scheduled show as not held.
    later = MeetingsPage(page.db, today=lambda: date(2026, 12, 20))
    qtbot.addWidget(later)
    later.calendar.set_office(beo)
    later.calendar.set_month(2026, 12)
    assert later.calendar.cell(day).meetings.item(0).foreground().color().name() == STATUS_COLOURS["not_held"]
    choose(later.status, "scheduled")
    assert later.model.rowCount() == len(planned)
    assert later.model.data(later.model.index(0, 6)) == "Scheduled, not held"
    colour = later.model.data(later.model.index(0, 6), Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == STATUS_COLOURS["not_held"]
    assert later.cascade.level("cluster").not_held_past == clusters


def test_a_holiday_added_from_the_page_greys_its_day(page: MeetingsPage) -> None:
    ddpi = office_named(page.db, "DDPI")
    page.tabs.setCurrentIndex(1)
    page.calendar.set_office(ddpi)
    page.calendar.set_month(2027, 1)
    assert page.calendar.cell(date(2027, 1, 15)).day_off is None
    calendar = page.office_calendar()
    assert calendar.office_id() == ddpi and calendar.year.value() == 2027
    form = calendar.add_holiday()
    form.on_date.setDate(date(2027, 1, 15))
    form.widget("name").setText("Makara Sankranti")
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.calendar.cell(date(2027, 1, 15)).day_off == "Makara Sankranti"


def test_review_groups_from_the_page_report_how_many(page: MeetingsPage) -> None:
    dialog = page.review_groups()
    dialog.level.setCurrentIndex(dialog.level.findData("block"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.status_line.text() == "Review groups formed: 0."  # every block has one in the demo


def test_open_shows_the_selected_meeting_and_a_save_there_reloads_the_list(page: MeetingsPage) -> None:
    from desktop.ui.dialogs.meeting_dialog import MeetingDialog

    row = next(row for row in page.rows if row.status == "minutes_drafted" and row.level == "district")
    page.select(row.id)
    changes: list[bool] = []
    page.changed.connect(lambda: changes.append(True))
    page.buttons["open"].click()
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    assert dialog.detail is not None and dialog.detail.id == row.id
    dialog.details.venue.setText("Zilla Panchayat hall")
    dialog.details.save_button.click()
    assert changes and page.selected() is not None and page.selected().id == row.id
    assert page.selected().venue == "Zilla Panchayat hall"
    dialog.close()
    # A new meeting from a list filtered to one body is for that body.
    choose(page.body, row.body_id)
    page.buttons["new"].click()
    new = page.dialog
    assert new.detail is None and new.details.body.currentData() == row.body_id


def test_a_read_only_database_shows_everything_and_changes_nothing(qtbot, page: MeetingsPage) -> None:  # type: ignore[no-untyped-def]
    second, _report = open_database(page.db.path, operator="other")
    try:
        assert second.read_only
        viewer = MeetingsPage(second, today=lambda: TODAY)
        qtbot.addWidget(viewer)
        assert viewer.model.rowCount() == page.model.rowCount()
        assert not any(viewer.buttons[key].isEnabled() for key in ("new", "generate", "groups"))
        viewer.select(viewer.model.row_at(0).id)
        assert viewer.buttons["open"].isEnabled()
        viewer.calendar.set_office(office_named(second, "DDPI"))
        calendar = viewer.office_calendar()
        assert calendar.holidays  # shown, not editable
        assert not calendar.save_settings_button.isEnabled()
        assert not any(button.isEnabled() for button in calendar.holiday_buttons.values())
        assert not any(box.isEnabled() for box in calendar.weekdays + calendar.saturdays)
        calendar.close()
    finally:
        second.close()


def test_the_month_grid_is_built_only_once_the_month_tab_is_shown(page: MeetingsPage) -> None:
    assert page.tabs.currentIndex() == 0 and page.calendar.cells == {}  # building it costs start-up time
    page.reload()
    assert page.calendar.cells == {}
    page.tabs.setCurrentIndex(1)
    assert len(page.calendar.cells) == 30  # November 2026
    assert page.calendar.cells[date(2026, 11, 14)].day_off == "2nd Saturday"

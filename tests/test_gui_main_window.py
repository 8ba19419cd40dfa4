"""The main window on the demo database: pages, search, sorting, backups, settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from db.models import AuditEntry
from desktop.services import backups, schools
from desktop.services.database import Database
from desktop.services.opening import open_database
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, isolated_settings, demo_db: Database):  # type: ignore[no-untyped-def]
    main = MainWindow(demo_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    for task in list(main.tasks):  # the daily backup started on open
        if task.running:
            with qtbot.waitSignal(task.finished, timeout=10_000):
                pass
    return main


def test_window_opens_on_demo_database_with_every_page(window: MainWindow) -> None:
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Dashboard",
        "Schools",
        "Blocks and clusters",
        "Offices",
        "Organisations",
        "People",
        "MoUs",
        "Committees",
        "Meetings",
        "Action items",
        "Baseline",
        "Recognition",
        "Circulars",
        "Exchange",
    ]
    assert window.dashboard.figures["schools"].text() == "2,500"
    assert window.dashboard.block_model.rowCount() == 10
    assert window.schools.model.rowCount() == 2500
    assert window.schools.count.text() == "2,500 schools"
    window.navigation.setCurrentRow(5)
    assert window.stack.currentWidget().widget() is window.people
    assert str(window.db.path) in window.database_label.text()


def test_the_pages_start_beside_the_navigation_list(window: MainWindow) -> None:
    # The splitter once gave the list's pane more than the list's maximum width: an empty band.
    navigation_pane, _pages = window.centralWidget().sizes()
    assert navigation_pane == window.navigation.width() == window.navigation.maximumWidth()


def test_the_window_fits_a_small_screen_whatever_pages_were_shown(
    qtbot, isolated_settings, governance_db: Database
) -> None:  # type: ignore[no-untyped-def]
    """A 1024 × 768 screen less a taskbar: pages needing more room scroll inside the window (a
    month of meetings once made it 887 pixels tall)."""
    window = MainWindow(governance_db)
    qtbot.addWidget(window)
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(20)
    window.meetings.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    window.resize(1024, 680)
    qtbot.wait(50)
    assert (window.width(), window.height()) == (1024, 680)


def test_table_models_pass_qt_model_tester(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for page in (window.schools, window.offices, window.organisations, window.people):
        tester = QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
        page.model.sort(1, Qt.SortOrder.DescendingOrder)
        page.search.setText("a")
        page.apply_search()
        page.search.setText("")
        page.apply_search()
        del tester
    tester = QAbstractItemModelTester(
        window.dashboard.block_model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    window.dashboard.reload()
    del tester


def test_search_filters_the_schools_table(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.schools
    block = window.dashboard.block_model.row_at(0)
    qtbot.keyClicks(page.search, block.block.lower())
    qtbot.waitUntil(lambda: page.model.rowCount() == 250, timeout=2000)
    assert {page.model.row_at(r).block_name for r in range(page.model.rowCount())} == {block.block}
    page.search.setText(f"{block.block_local} ಕೆರೆ")  # Kannada: setText, keyClicks aborts on non-ASCII
    page.apply_search()
    expected = schools.search_school_ids(window.db, f"{block.block_local} ಕೆರೆ")
    assert 0 < page.model.rowCount() == len(expected) < 250
    page.search.setText("no school is called this")
    page.apply_search()
    assert page.model.rowCount() == 0
    assert page.count.text() == "0 schools"


def test_clicking_a_header_sorts_in_sql(window: MainWindow) -> None:
    page = window.schools
    column = page.model.column_index("name")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    names = [page.model.row_at(r).name for r in range(page.model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    page.table.sortByColumn(page.model.column_index("udise_code"), Qt.SortOrder.AscendingOrder)
    codes = [page.model.row_at(r).udise_code for r in range(page.model.rowCount())]
    assert codes == sorted(codes)


def test_backup_now_runs_in_background_and_verifies(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = len(backups.list_backups(window.db.path))
    task = window.backup_now()
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as result:
        pass
    info = result.args[0]
    assert info.kind == "manual" and info.path.exists()
    assert len(backups.list_backups(window.db.path)) == before + 1


def test_daily_backup_is_made_on_open(window: MainWindow) -> None:
    assert any(info.kind == "daily" for info in backups.list_backups(window.db.path))


def test_restore_brings_back_the_backed_up_data(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    backup = backups.create_backup(window.db.path, "manual")
    first = window.schools.model.id_at(0)
    schools.delete_school(window.db, first)
    window.schools.reload()
    assert window.schools.model.rowCount() == 2499
    task = window.restore_from(backup.path)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: not window.db.read_only and window.schools.model.rowCount() == 2500, timeout=5000)
    assert schools.get_school(window.db, first).id == first


def test_window_state_is_kept(window: MainWindow, isolated_settings: Path) -> None:
    window.resize(900, 600)
    window.close()
    assert QSettings().value("window/geometry") is not None


def test_operator_from_settings_is_recorded_in_the_audit_log(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.operator.setText("Savitha K (DIET)")
    dialog._save()
    window.db.operator = "Savitha K (DIET)"
    schools.delete_school(window.db, window.schools.model.id_at(0))
    with window.db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.operator == "Savitha K (DIET)" and entry.action == "delete"


def test_second_window_on_the_same_database_is_read_only(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    second_db, _report = open_database(window.db.path, operator="other")
    second = MainWindow(second_db)
    qtbot.addWidget(second)
    assert second_db.read_only
    assert "read-only" in second.database_label.text()
    assert not second.schools.add_button.isEnabled()
    assert not second.restore_action.isEnabled()
    assert second.schools.model.rowCount() == 2500
    second.close()

"""Start-up: the window is shown first and the database opens in the background."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.services import backups
from desktop.ui.app import build_main_window
from desktop.ui.main_window import MainWindow


def _start(qtbot, path: Path, *, demo: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_main_window(path, demo=demo)
    qtbot.addWidget(window)
    return window


def _wait_idle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not any(task.running for task in window.tasks), timeout=30_000)


def test_window_is_shown_before_the_database_opens(qtbot, isolated_settings, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _start(qtbot, demo_db_path)
    assert window.isVisible()
    assert window.content.currentWidget() is window.loading
    assert not window.backup_action.isEnabled()
    with qtbot.waitSignal(window.database_ready, timeout=30_000):
        pass
    assert window.content.currentWidget() is window.stack
    assert window.schools.model.rowCount() == 2500
    assert window.backup_action.isEnabled()
    _wait_idle(qtbot, window)


def test_demo_flag_fills_an_empty_database(qtbot, isolated_settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _start(qtbot, tmp_path / "demo.db", demo=True)
    qtbot.waitUntil(lambda: bool(window.pages) and window.schools.model.rowCount() == 2500, timeout=60_000)
    assert window.dashboard.figures["schools"].text() == "2,500"
    # The Baseline page added the standard level schemes before the demo was written; the demo's
    # rounds use them rather than adding them twice.
    qtbot.waitUntil(lambda: window.baseline.rounds.model.rowCount() == 2, timeout=60_000)
    _wait_idle(qtbot, window)


def test_damaged_database_is_kept_aside_and_the_newest_backup_restored(  # type: ignore[no-untyped-def]
    qtbot, isolated_settings, demo_db_path: Path, monkeypatch
) -> None:
    backups.create_backup(demo_db_path, "manual")
    with open(demo_db_path, "r+b") as handle:  # wreck the header: no longer an SQLite file
        handle.write(b"this is not a database at all" * 4)
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes,
    )
    window = _start(qtbot, demo_db_path)
    with qtbot.waitSignal(window.database_ready, timeout=30_000):
        pass
    assert questions and "is damaged" in questions[0] and "Restore the newest backup" in questions[0]
    assert window.schools.model.rowCount() == 2500
    aside = list(demo_db_path.parent.glob("demo.damaged-*.db"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    _wait_idle(qtbot, window)


def test_database_from_a_newer_release_is_refused_and_left_alone(  # type: ignore[no-untyped-def]
    qtbot, isolated_settings, demo_db_path: Path, monkeypatch
) -> None:
    connection = sqlite3.connect(demo_db_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = demo_db_path.read_bytes()
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: messages.append(text))
    window = _start(qtbot, demo_db_path)
    with qtbot.waitSignal(window.gave_up, timeout=30_000):
        pass
    assert messages and "newer version of District Collective Desk" in messages[0]
    assert demo_db_path.read_bytes() == before
    assert window.db is None


def test_second_window_opens_read_only(qtbot, isolated_settings, demo_db_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = _start(qtbot, demo_db_path)
    with qtbot.waitSignal(first.database_ready, timeout=30_000):
        pass
    second = _start(qtbot, demo_db_path)
    with qtbot.waitSignal(second.database_ready, timeout=30_000):
        pass
    assert second.db is not None and second.db.read_only
    assert "read-only" in second.windowTitle()
    assert not second.schools.add_button.isEnabled()
    _wait_idle(qtbot, first)
    second.close()
    first.close()

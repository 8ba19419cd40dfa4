"""Starting the GUI: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORGANISATION_NAME, __version__
from desktop.ui.dialogs.settings_dialog import operator_name
from desktop.ui.main_window import MainWindow
from desktop.ui.opening_flow import open_interactively


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings files are kept under."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    return app  # type: ignore[return-value]


def build_main_window(path: Path, *, demo: bool = False) -> MainWindow | None:
    db = open_interactively(None, path, operator_name())
    if db is None:
        return None
    return MainWindow(db, fill_demo=demo)


def run_gui(path: Path, *, demo: bool = False) -> int:
    app = make_application()
    window = build_main_window(path, demo=demo)
    if window is None:
        return 1
    window.show()
    return app.exec()

"""Starting the GUI: the QApplication and the main window, shown before the database opens."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORGANISATION_NAME, __version__
from desktop.resources import resource_path
from desktop.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings files are kept under."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    return app  # type: ignore[return-value]


def build_main_window(path: Path, *, demo: bool = False) -> MainWindow:
    """The main window, shown, with ``path`` opening in the background."""
    window = MainWindow()
    window.show()
    window.open_path(path, fill_demo=demo)
    return window


def run_gui(path: Path, *, demo: bool = False) -> int:
    app = make_application()
    window = build_main_window(path, demo=demo)
    window.gave_up.connect(lambda: (window.close(), app.exit(1)))
    return app.exec()

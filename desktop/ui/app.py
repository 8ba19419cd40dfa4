"""Starting the GUI: the QApplication and the main window, shown before the database opens."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, ORGANISATION_NAME, __version__
from desktop.resources import resource_path
from desktop.ui.fonts import apply_interface_fonts
from desktop.ui.i18n import apply_language
from desktop.ui.main_window import RESTART_PROPERTY, MainWindow


def make_application(argv: list[str] | None = None, *, translations: Path | None = None) -> QApplication:
    """The QApplication with the names QSettings files are kept under, the bundled fonts and the
    interface language chosen in Settings, all in place before any window is built.
    ``translations``: a folder of .qm files to use instead of the bundled ones (a translator trying
    out a file, a test)."""
    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    apply_interface_fonts(app)  # type: ignore[arg-type]
    apply_language(directory=translations)
    return app  # type: ignore[return-value]


def build_main_window(path: Path, *, demo: bool = False) -> MainWindow:
    """The main window, shown, with ``path`` opening in the background."""
    window = MainWindow()
    window.show()
    window.open_path(path, fill_demo=demo)
    return window


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that started this process, to start it again: the executable
    itself when frozen; else the interpreter with its original arguments (``-m desktop``, the
    ``district-desk`` script, ``--demo``, a database path)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(getattr(sys, "orig_argv", [sys.executable, *sys.argv])[1:])


def run_gui(path: Path, *, demo: bool = False) -> int:
    app = make_application()
    window = build_main_window(path, demo=demo)
    window.gave_up.connect(lambda: (window.close(), app.exit(1)))
    code = app.exec()
    if app.property(RESTART_PROPERTY):
        # The window has closed the database (and released its lock) before the loop ended, so
        # the new process opens it for writing, not read-only.
        program, arguments = restart_command()
        QProcess.startDetached(program, arguments)
    return code

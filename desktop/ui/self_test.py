"""``district-desk self-test``: start the app as a user would and check that it works.

On a new database (or a copy of one given, which is then upgraded after a backup), in a folder of
its own and with settings of its own: the main window is built and shown, the database opens
through the normal background path (lock, check, backup, migrations), the pages are built, a
circular in Kannada is issued and printed to PDF through the circulars service, the PDF is
checked, every module of the app is imported (so a library missing from a bundle shows here, not
in an office), and the window closes. Each step prints a line; any failure prints what failed
and the command exits 1. CI runs it on the built bundle with ``QT_QPA_PLATFORM=offscreen``.

Waiting is done by the event loop (signals and timers, with one overall time limit), never by a
loop of ``processEvents``. A message box the app raises (a database it cannot open) ends the test
with the box's text instead of waiting for a click.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop.resources import resources_dir
from desktop.services import self_test
from desktop.services.self_test import SelfTestError, Workspace

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

WATCH_MS = 200  # how often a message box is looked for
# Modules that run something when imported, never imported by the test.
NOT_IMPORTED = frozenset({"desktop.__main__"})


def import_all_modules() -> int:
    """Import every module of the ``desktop`` package; returns how many. The app imports most of
    them (and pandas, pyqtgraph, cryptography...) only when a page or command first needs them."""
    names = [
        info.name
        for info in pkgutil.walk_packages(desktop.__path__, "desktop.")
        if info.name not in NOT_IMPORTED
    ]
    for name in names:
        importlib.import_module(name)
    return len(names)


def check_translations() -> list[str]:
    """The compiled translations the install carries, each loaded by Qt (none is not a failure)."""
    loaded = []
    for path in sorted((resources_dir() / "translations").glob("*.qm")):
        if not QTranslator().load(str(path)):
            raise SelfTestError(f"Qt cannot load the translation {path}.")
        loaded.append(path.stem.rsplit("_", 1)[-1])
    return loaded


class SelfTest(QObject):
    """One run; :meth:`start`, then the application's event loop; ``exit_code`` when it ends."""

    def __init__(
        self, app: QApplication, work: Workspace, timeout: float, report: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.app = app
        self.work = work
        self.report = report
        self.started = time.perf_counter()
        self.step = "starting"
        self.exit_code: int | None = None
        self.window: MainWindow | None = None
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self._close_message_box)
        self.limit = QTimer(self)
        self.limit.setSingleShot(True)
        self.limit.setInterval(int(timeout * 1000))
        self.limit.timeout.connect(lambda: self.fail(f"gave up after {timeout:g} s"))

    def start(self) -> None:
        from desktop.ui.app import build_main_window

        self.watch.start()
        self.limit.start()
        self.step = "building the main window"
        window = build_main_window(self.work.database)
        self.window = window
        window.database_ready.connect(lambda: QTimer.singleShot(0, self._database_ready))
        window.gave_up.connect(lambda: self.fail("the app gave up opening the database"))
        self.step = "opening the database"
        QTimer.singleShot(0, lambda: self._passed(f"main window shown ({window.windowTitle()})"))

    def _passed(self, what: str) -> None:
        self.report(f"ok  {time.perf_counter() - self.started:6.2f} s  {what}")

    def _database_ready(self) -> None:
        if self.exit_code is not None:
            return
        window = self.window
        assert window is not None
        try:
            self.step = "checking the opened database"
            if not window.isVisible() or not window.pages or window.db is None:
                raise SelfTestError("the main window is not showing its pages")
            self._passed(f"pages ready ({len(window.pages)})")
            self._passed(f"database {self.work.database}: {self_test.check_opened(self.work)}")
            self.step = "issuing a circular in Kannada"
            number, pdf = self_test.issue_kannada_circular(window.db, self.work, date.today())
            self._passed(
                f"circular {number} printed: {pdf.path} ({pdf.pages} page, {pdf.size / 1024:.0f} KB, "
                f"fonts {', '.join(pdf.fonts)})"
            )
            self.step = "importing every module of the app"
            self._passed(f"{import_all_modules()} modules import")
            self.step = "loading the translations"
            self._passed(f"translations load: {', '.join(check_translations()) or 'none in this build'}")
        except Exception as exc:  # every failure is reported with its step, not as a traceback
            self.fail(f"{type(exc).__name__}: {exc}")
            return
        self.step = "closing the window"
        window.close()
        self._passed("window closed, database released")
        self._finish(0)

    def _close_message_box(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            text = f"{box.windowTitle()}: {box.text()}"
            box.done(QMessageBox.StandardButton.Cancel)
            self.fail(f"the app showed a message: {text}")

    def fail(self, reason: str) -> None:
        if self.exit_code is not None:
            return
        self.report(f"FAILED while {self.step}: {reason}")
        if self.window is not None:
            self.window.close()
        self._finish(1)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        self.watch.stop()
        self.limit.stop()
        self.app.exit(code)


def run_self_test(folder: Path | None, source: Path | None, *, timeout: float = 120.0) -> int:
    """Run the self-test; 0 when every step passed, 1 otherwise (the reason printed)."""

    def report(line: str) -> None:
        print(line, flush=True)

    # A Windows console or CI log in a code page without Kannada must not end the test with an
    # encoding error; the windowed executable has no stdout at all (print then does nothing).
    if sys.stdout is not None and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")

    try:
        work = self_test.prepare(folder, source)
    except SelfTestError as exc:
        report(f"FAILED while preparing: {exc}")
        return 1
    report(f"District Collective Desk {desktop.__version__} self-test in {work.folder}")
    # The test's window state and settings stay in its folder, away from the user's.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work.settings))
    from desktop.ui.app import make_application

    app = make_application(sys.argv[:1])
    test = SelfTest(app, work, timeout, report)
    # An exception in a slot (a page that cannot be built) only prints in the app; here it ends the
    # test at once instead of waiting for the time limit.
    previous_hook = sys.excepthook

    def unhandled(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        traceback.print_exception(kind, error, trace, file=sys.stdout)
        test.fail(f"unhandled {kind.__name__}: {error}")

    sys.excepthook = unhandled
    QTimer.singleShot(0, test.start)
    try:
        app.exec()
    finally:
        sys.excepthook = previous_hook
    code = test.exit_code if test.exit_code is not None else 1
    if code == 0 and folder is None:
        shutil.rmtree(work.folder, ignore_errors=True)  # a temporary folder: nothing to keep
    report("Self-test passed." if code == 0 else f"Self-test failed; its files are in {work.folder}.")
    return code

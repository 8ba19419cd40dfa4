"""The main window: navigation sidebar, pages, menus and status bar.

The window is built and shown before the database opens: its module imports nothing of the data
layer, and the pages (which do) are built once :class:`~desktop.ui.opening_flow.DatabaseLoader`
has opened the database in the background.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.ui.dialogs.settings_dialog import SettingsDialog, operator_name
from desktop.ui.opening_flow import DatabaseLoader
from desktop.ui.page_set import build_pages, page_titles
from desktop.ui.tasks import BackgroundTask, run_with_progress

if TYPE_CHECKING:
    from desktop.services.database import Database

CLOSE_WAIT_MS = 10_000
RESTART_PROPERTY = "restart_requested"  # set on the QApplication by MainWindow.restart


class LoadingPage(QWidget):
    """Shown in place of the pages while a database opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    """Pass ``db`` to show it at once (tests); or call :meth:`open_path` to open in the background."""

    database_ready = Signal()
    gave_up = Signal()

    def __init__(self, db: Database | None = None, *, fill_demo: bool = False) -> None:
        super().__init__()
        self.db: Database | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        self.tasks: list[BackgroundTask] = []
        self.loader: DatabaseLoader | None = None
        self.pages: list[Any] = []
        self.titles = page_titles()

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(200)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        self.navigation.addItems(self.titles)
        self.stack = QStackedWidget()
        self.loading = LoadingPage()
        self.content = QStackedWidget()
        self.content.addWidget(self.loading)
        self.content.addWidget(self.stack)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.content)
        splitter.setStretchFactor(1, 1)
        # Without sizes the splitter gives the list its size hint (wider than its maximum) and
        # leaves an empty band between it and the page.
        splitter.setSizes([self.navigation.maximumWidth(), 1000])
        self.setCentralWidget(splitter)

        self.database_label = QLabel()
        self.backup_progress = QProgressBar()
        self.backup_progress.setMaximumWidth(160)
        self.backup_progress.hide()
        self.statusBar().addPermanentWidget(self.backup_progress)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore_window_state()
        self._set_database_actions(False)
        if db is not None:
            self.use_database(db, fill_demo=fill_demo)

    # --- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New database…"), self.new_database)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = self._action(file_menu, self.tr("&Open database…"), self.open_database)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now"), self.backup_now)
        self.restore_action = self._action(file_menu, self.tr("&Restore from backup…"), self.restore)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.edit_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close).setShortcut(QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About District Collective Desk"), self.about)

    def _action(self, menu: Any, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _set_database_actions(self, enabled: bool) -> None:
        writable = enabled and self.db is not None and not self.db.read_only
        for action in (self.new_action, self.open_action, self.backup_action):
            action.setEnabled(enabled)
        self.restore_action.setEnabled(writable)

    # --- opening ------------------------------------------------------------------------------

    def open_path(
        self, path: Path, *, fill_demo: bool = False, fallback: Path | None = None
    ) -> DatabaseLoader:
        """Open ``path`` in the background; if it cannot be opened, reopen ``fallback`` or give up."""
        self.loading.message.setText(self.tr("Opening %s…") % path)
        self.content.setCurrentWidget(self.loading)
        self._set_database_actions(False)
        loader = DatabaseLoader(self, path, operator_name())
        loader.opened.connect(lambda db: self.use_database(db, fill_demo=fill_demo))

        def give_up() -> None:
            if fallback is not None:
                self.open_path(fallback)
            else:
                self.gave_up.emit()

        loader.gave_up.connect(give_up)
        self.loader = loader
        self._keep(loader.start())
        return loader

    def use_database(self, db: Database, *, fill_demo: bool = False) -> None:
        """Show ``db`` on every page: the first time this builds the pages."""
        self.db = db
        from desktop.services.mous.lifecycle import expire_lapsed

        # Active MoUs past their end date become expired on opening, before any page reads them.
        expire_lapsed(db)
        if not self.pages:
            self._build_pages(db)
        else:
            for page in self.pages:
                page.set_database(db)
        self.content.setCurrentWidget(self.stack)
        self.navigation.setCurrentRow(max(self.navigation.currentRow(), 0))
        self._show_database()
        self.database_ready.emit()
        if fill_demo:
            self.fill_demo_if_empty()
        else:
            self.start_daily_backup()

    def _build_pages(self, db: Database) -> None:
        for name, page in build_pages(db).items():
            setattr(self, name, page)
            self.pages.append(page)
            self.stack.addWidget(scrolled(page))

    def _show_database(self) -> None:
        assert self.db is not None
        mode = self.tr(" (read-only)") if self.db.read_only else ""
        self.database_label.setText(f"{self.db.path}{mode} · {self.db.operator}")
        self.setWindowTitle(f"{APP_NAME} — {self.db.path.name}{mode}")
        self._set_database_actions(True)
        if self.db.read_only:
            self.statusBar().showMessage(self.db.read_only_reason or "", 0)

    def _switch_to(self, path: Path) -> None:
        assert self.db is not None
        previous = self.db.path
        self.db.close()
        self.open_path(path, fallback=previous)

    def new_database(self) -> None:
        from desktop.services.opening import data_dir

        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(data_dir()), self.tr("Database files (*.db)")
        )
        if name:
            path = Path(name if name.endswith(".db") else name + ".db")
            if path.exists():
                QMessageBox.warning(
                    self, self.tr("New database"), self.tr("%s already exists; use Open instead.") % path
                )
                return
            self._switch_to(path)

    def open_database(self) -> None:
        assert self.db is not None
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self.db.path.parent),
            self.tr("Database files (*.db);;All files (*)"),
        )
        if name:
            self._switch_to(Path(name))

    # --- background work ----------------------------------------------------------------------

    def _keep(self, task: BackgroundTask) -> BackgroundTask:
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        return task

    def _report_failure(self, title: str, error: BaseException) -> None:
        from desktop.services.database_errors import error_message

        QMessageBox.critical(self, title, error_message(error))

    def start_daily_backup(self) -> BackgroundTask | None:
        """Today's automatic backup, in the background with progress in the status bar."""
        from desktop.services import backups

        if self.db is None or self.db.read_only or backups.has_backup_on(self.db.path, datetime.now()):
            return None
        path = self.db.path
        task = self._keep(
            BackgroundTask(lambda progress: backups.ensure_daily_backup(path, progress=progress), self)
        )
        self.backup_progress.show()
        task.progress.connect(lambda done, total, _m: self._show_backup_progress(done, total))
        task.finished.connect(self.backup_progress.hide)
        task.succeeded.connect(self._daily_backup_done)
        task.failed.connect(lambda error: self._report_failure(self.tr("Daily backup failed"), error))
        task.start()
        return task

    def _show_backup_progress(self, done: int, total: int) -> None:
        self.backup_progress.setMaximum(total)
        self.backup_progress.setValue(done)

    def _daily_backup_done(self, info: Any) -> None:
        if info is not None:
            self.statusBar().showMessage(self.tr("Daily backup saved: %s") % info.path.name, 8000)

    def backup_now(self) -> BackgroundTask:
        from desktop.services import backups

        assert self.db is not None
        path = self.db.path
        work = lambda progress: backups.create_backup(path, "manual", progress=progress)  # noqa: E731
        task = self._keep(run_with_progress(self, self.tr("Backing up"), work))
        task.succeeded.connect(
            lambda info: self.statusBar().showMessage(self.tr("Backup saved: %s") % info.path, 10000)
        )
        task.failed.connect(lambda error: self._report_failure(self.tr("Backup failed"), error))
        return task

    def restore(self) -> None:
        from desktop.ui.dialogs.restore_dialog import RestoreDialog

        assert self.db is not None
        dialog = RestoreDialog(self.db.path, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def restore_from(self, backup: Path) -> BackgroundTask:
        """Close the database, restore ``backup`` over it in the background, and reopen it."""
        from desktop.services.opening import restore_into

        assert self.db is not None
        path = self.db.path
        self.db.close()
        self.content.setCurrentWidget(self.loading)
        self.loading.message.setText(self.tr("Restoring %s…") % backup.name)
        work = lambda progress: restore_into(path, backup, progress=progress)  # noqa: E731
        task = self._keep(run_with_progress(self, self.tr("Restoring"), work))
        task.succeeded.connect(
            lambda _aside: (
                self.open_path(path),
                self.statusBar().showMessage(self.tr("Restored from %s") % backup.name),
            )
        )
        task.failed.connect(
            lambda error: (self._report_failure(self.tr("Restore failed"), error), self.open_path(path))
        )
        task.cancelled.connect(lambda: self.open_path(path))
        return task

    def fill_demo_if_empty(self) -> BackgroundTask | None:
        from desktop.services import demo
        from desktop.services.schools import count_schools

        db = self.db
        if db is None or db.read_only or count_schools(db):
            self.start_daily_backup()
            return None
        work = lambda progress: demo.generate_demo(db, progress=progress)  # noqa: E731
        task = self._keep(run_with_progress(self, self.tr("Creating the demo district"), work))
        task.succeeded.connect(lambda _summary: self.use_database(db))
        task.failed.connect(lambda error: self._report_failure(self.tr("Demo data"), error))
        return task

    # --- other actions ------------------------------------------------------------------------

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec() and self.db is not None:
            self.db.operator = operator_name()
            self._show_database()
        if dialog.restart_requested:
            self.restart()

    def restart(self) -> None:
        """Close (the database with it, releasing its lock) and have :func:`desktop.ui.app.run_gui`
        start the app again once the event loop has ended: the new language is installed then."""
        app = QApplication.instance()
        if app is not None:
            app.setProperty(RESTART_PROPERTY, True)
        self.close()

    def about(self) -> None:
        from desktop.services.backups import backup_dir_for

        where = (
            self.tr("Database: %(database)s<br>Backups: %(backups)s")
            % {"database": self.db.path, "backups": backup_dir_for(self.db.path)}
            if self.db
            else ""
        )
        QMessageBox.about(
            self,
            self.tr("About District Collective Desk"),
            self.tr(
                "<h3>District Collective Desk %(version)s</h3>"
                "<p>Partnerships between district education offices and NGOs: schools, offices, "
                "organisations and people, kept on this computer.</p><p>%(where)s</p>"
            )
            % {"version": __version__, "where": where},
        )

    # --- window state -------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every background task stops cleanly when cancelled (a backup leaves no partial file, a
        # restore or the demo rolls back), so closing cancels them and waits a moment.
        for task in self.tasks:
            task.cancel()
        QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: on a small screen (1366 × 768 with a taskbar, or
    1024 × 768) a page whose controls need more room than there is scrolls, instead of making the
    window larger than the screen. Where there is room the page fills the area as it is."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area

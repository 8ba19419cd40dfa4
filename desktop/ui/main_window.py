"""The main window: navigation sidebar, pages, menus and status bar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.services import backups, demo
from desktop.services.database import Database
from desktop.services.errors import DomainError
from desktop.services.opening import data_dir, restore_into
from desktop.services.schools import count_schools
from desktop.ui.dialogs.restore_dialog import RestoreDialog
from desktop.ui.dialogs.settings_dialog import SettingsDialog, operator_name
from desktop.ui.opening_flow import open_interactively
from desktop.ui.pages.dashboard_page import DashboardPage
from desktop.ui.pages.directory_pages import offices_page, organisations_page, people_page, schools_page
from desktop.ui.tasks import BackgroundTask, run_with_progress


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, fill_demo: bool = False) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        self.tasks: list[BackgroundTask] = []

        self.dashboard = DashboardPage(db)
        self.schools = schools_page(db)
        self.offices = offices_page(db)
        self.organisations = organisations_page(db)
        self.people = people_page(db)
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Schools"), self.schools),
            (self.tr("Offices"), self.offices),
            (self.tr("Organisations"), self.organisations),
            (self.tr("People"), self.people),
        ]
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(200)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        self.stack = QStackedWidget()
        for title, page in self.pages:
            self.navigation.addItem(title)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        for _title, page in self.pages[1:]:
            page.changed.connect(self.dashboard.reload)  # type: ignore[attr-defined]

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)

        self.database_label = QLabel()
        self.backup_progress = QProgressBar()
        self.backup_progress.setMaximumWidth(160)
        self.backup_progress.hide()
        self.statusBar().addPermanentWidget(self.backup_progress)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore_window_state()
        self._show_database()
        if fill_demo:
            self.fill_demo_if_empty()
        else:
            self.start_daily_backup()

    # --- menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu, self.tr("&New database…"), self.new_database, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            file_menu, self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open
        )
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now"), self.backup_now)
        self.restore_action = self._action(file_menu, self.tr("&Restore from backup…"), self.restore)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Settings…"), self.edit_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About District Collective Desk"), self.about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- database -----------------------------------------------------------------------------

    def _show_database(self) -> None:
        mode = self.tr(" (read-only)") if self.db.read_only else ""
        self.database_label.setText(f"{self.db.path}{mode} · {self.db.operator}")
        self.setWindowTitle(f"{APP_NAME} — {self.db.path.name}{mode}")
        self.backup_action.setEnabled(True)
        self.restore_action.setEnabled(not self.db.read_only)
        if self.db.read_only:
            self.statusBar().showMessage(self.db.read_only_reason or "", 0)

    def use_database(self, db: Database) -> None:
        """Switch every page to ``db`` (after New / Open / Restore)."""
        self.db = db
        self.dashboard.set_database(db)
        for _title, page in self.pages[1:]:
            page.set_database(db)  # type: ignore[attr-defined]
        self._show_database()

    def _switch_to(self, path: Path) -> None:
        old_path = self.db.path
        self.db.close()
        db = open_interactively(self, path, operator_name())
        if db is None:  # could not open the new one: go back to where we were
            db = open_interactively(self, old_path, operator_name())
            if db is None:
                self.close()
                return
        self.use_database(db)
        self.start_daily_backup()

    def new_database(self) -> None:
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

    def _report_failure(self, title: str, error: object) -> None:
        message = error.message if isinstance(error, DomainError) else str(error)
        QMessageBox.critical(self, title, message)

    def start_daily_backup(self) -> BackgroundTask | None:
        """Today's automatic backup, in the background with progress in the status bar."""
        if self.db.read_only or backups.has_backup_on(self.db.path, datetime.now()):
            return None
        path = self.db.path
        task = self._keep(
            BackgroundTask(lambda progress: backups.ensure_daily_backup(path, progress=progress), self)
        )
        self.backup_progress.show()
        task.progress.connect(
            lambda done, total, _m: (
                self.backup_progress.setMaximum(total),
                self.backup_progress.setValue(done),
            )
        )
        task.finished.connect(self.backup_progress.hide)
        task.succeeded.connect(
            lambda info: (
                info
                and self.statusBar().showMessage(self.tr("Daily backup saved: %s") % info.path.name, 8000)
            )
        )
        task.failed.connect(lambda error: self._report_failure(self.tr("Daily backup failed"), error))
        task.start()
        return task

    def backup_now(self) -> BackgroundTask:
        path = self.db.path
        task = self._keep(
            run_with_progress(
                self, self.tr("Backing up"), lambda p: backups.create_backup(path, "manual", progress=p)
            )
        )
        task.succeeded.connect(
            lambda info: self.statusBar().showMessage(self.tr("Backup saved: %s") % info.path, 10000)
        )
        task.failed.connect(lambda error: self._report_failure(self.tr("Backup failed"), error))
        return task

    def restore(self) -> None:
        dialog = RestoreDialog(self.db.path, self)
        if not dialog.exec() or dialog.chosen is None:
            return
        self.restore_from(dialog.chosen)

    def restore_from(self, backup: Path) -> BackgroundTask:
        path = self.db.path
        self.db.close()
        task = self._keep(
            run_with_progress(self, self.tr("Restoring"), lambda p: restore_into(path, backup, progress=p))
        )

        def reopen() -> None:
            db = open_interactively(self, path, operator_name())
            if db is None:
                self.close()
                return
            self.use_database(db)

        task.succeeded.connect(
            lambda _aside: (
                reopen(),
                self.statusBar().showMessage(self.tr("Restored from %s") % backup.name, 10000),
            )
        )
        task.failed.connect(lambda error: (self._report_failure(self.tr("Restore failed"), error), reopen()))
        task.cancelled.connect(reopen)
        return task

    def fill_demo_if_empty(self) -> BackgroundTask | None:
        if self.db.read_only or count_schools(self.db):
            return None
        db = self.db
        task = self._keep(
            run_with_progress(
                self, self.tr("Creating the demo district"), lambda p: demo.generate_demo(db, progress=p)
            )
        )
        task.succeeded.connect(lambda _summary: self.use_database(self.db))
        task.failed.connect(lambda error: self._report_failure(self.tr("Demo data"), error))
        return task

    # --- other actions ------------------------------------------------------------------------

    def edit_settings(self) -> None:
        if SettingsDialog(self).exec():
            self.db.operator = operator_name()
            self._show_database()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About District Collective Desk"),
            self.tr(
                "<h3>District Collective Desk %s</h3>"
                "<p>Partnerships between district education offices and NGOs: schools, offices, "
                "organisations and people, kept on this computer.</p>"
                "<p>Database: %s<br>Backups: %s</p>"
            )
            % (__version__, self.db.path, backups.backup_dir_for(self.db.path)),
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
        if any(task.running for task in self.tasks):
            QMessageBox.information(
                self, APP_NAME, self.tr("Please wait until the running task has finished.")
            )
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.db.close()
        super().closeEvent(event)

"""The package import wizard: what a partner sends back, verified, checked as a dry run, then
imported all or nothing as a batch that can be undone.

Five pages share one :class:`~desktop.ui.dialogs.package_import_state.PackageImportState`: the
file and what it claims (``package_import_pages.FilePage``), the passphrase and the round
(``package_import_details``), the check in the background (``package_import_check.CheckPage``), the
conflicts with the office's newer data when there are any (``package_import_conflicts``), and
the import (``package_import_run.ImportPage``). Every step calls the exchange services
(``desktop.services.exchange.inbound``); their refusals are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.services.database import Database


class PackageImportWizard(QWizard):
    """File → passphrase and round → check → conflicts (if any) → import. ``imported`` carries
    the new exchange log entry's id."""

    imported = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        # Imported here: the pages pull in the exchange services, loaded only when a wizard opens.
        from desktop.ui.dialogs.package_import_check import CheckPage
        from desktop.ui.dialogs.package_import_conflicts import ConflictsPage
        from desktop.ui.dialogs.package_import_details import DetailsPage
        from desktop.ui.dialogs.package_import_pages import FilePage
        from desktop.ui.dialogs.package_import_run import ImportPage
        from desktop.ui.dialogs.package_import_state import PackageImportState, PageId

        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a partner's package"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.state = PackageImportState(db, today)
        self.file_page = FilePage(self.state)
        self.details_page = DetailsPage(self.state)
        self.check_page = CheckPage(self.state)
        self.conflicts_page = ConflictsPage(self.state)
        self.import_page = ImportPage(self.state)
        for page_id, page in (
            (PageId.FILE, self.file_page),
            (PageId.DETAILS, self.details_page),
            (PageId.CHECK, self.check_page),
            (PageId.CONFLICTS, self.conflicts_page),
            (PageId.IMPORT, self.import_page),
        ):
            self.setPage(int(page_id), page)
        self.setStartId(int(PageId.FILE))
        self.import_page.imported.connect(self._imported)
        self.currentIdChanged.connect(lambda _page_id: self._hold_back())

    def sizeHint(self) -> QSize:
        return QSize(1000, 720)

    def busy(self) -> bool:
        return self.check_page.busy() or self.import_page.busy()

    def _hold_back(self) -> None:
        """No way back while the check started on opening its page runs (the wizard sets its
        buttons after opening a page, so the page cannot say so itself)."""
        if self.check_page.busy():
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _imported(self, log_id: int) -> None:
        # Stored and logged: the choices that made it are settled. The Back button is disabled
        # when the page before is a commit page, so every page visited becomes one.
        for page_id in self.visitedIds():
            page = self.page(page_id)
            if page is not self.import_page:
                page.setCommitPage(True)
        self.details_page.forget()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)  # nothing left to cancel: Finish closes
        self.imported.emit(log_id)

    def reject(self) -> None:
        """Closing stops a running check; a running import is cancelled and the window stays open
        until it has rolled back, so the outcome is never in doubt."""
        self.check_page.stop()
        if self.import_page.busy():
            self.import_page.stop()
            return
        super().reject()

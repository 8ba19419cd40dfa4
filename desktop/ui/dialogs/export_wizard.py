"""The export wizard: a package for a partner under an MoU, written to a drive, with its receipt.

Six pages share one :class:`ExportState`: the MoU (``export_mou_page.MouPage``), what the
package will hold (``ContentsPage``), the drive (``export_target_pages.DrivePage``), the
passphrases (``PassphrasePage``), the writing itself (``export_write_pages.WritePage``) and the
hand-over receipt (``ReceiptPage``). Every step calls the exchange services; the MoU's terms are
checked by them, and their refusals are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.services.database import Database
from desktop.services.exchange.export import ExportPreview, ExportRequest, ExportResult


@dataclass
class ExportState:
    """What the user has chosen so far; each page reads and fills its part."""

    db: Database
    today: Callable[[], date]
    mou_id: int | None = None
    terms: ExportPreview | None = None  # everything the MoU's terms allow, for the choices
    preview: ExportPreview | None = None  # what is chosen: the package as it will be written
    categories: tuple[str, ...] | None = None  # None: every category the terms allow
    round_ids: tuple[int, ...] | None = None  # None: every round with data
    folder: Path | None = None
    passphrase: str = ""
    key_passphrase: str | None = None
    # Set when writing found that the office key needs a passphrase after all (a keyring that
    # refused the key when it was created): the passphrase page then asks for it.
    key_passphrase_needed: bool = False
    result: ExportResult | None = None

    @property
    def asks_key_passphrase(self) -> bool:
        return self.key_passphrase_needed or (self.terms is not None and self.terms.needs_key_passphrase)

    @property
    def creates_key(self) -> bool:
        """Whether this export creates the office's signing key (it has none yet)."""
        return self.terms is not None and self.terms.own_fingerprint is None

    def request(self) -> ExportRequest:
        assert self.mou_id is not None and self.folder is not None
        return ExportRequest(
            mou_id=self.mou_id,
            folder=self.folder,
            passphrase=self.passphrase,
            today=self.today(),
            categories=self.categories,
            round_ids=self.round_ids,
            key_passphrase=self.key_passphrase if self.asks_key_passphrase else None,
        )


class ExportWizard(QWizard):
    """MoU → contents → drive → passphrase → write → receipt. ``exported`` carries the new
    exchange log entry's id."""

    exported = Signal(int)

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        # Imported here: the pages pull in the exchange services, loaded only when a wizard opens.
        from desktop.ui.dialogs.export_contents_page import ContentsPage
        from desktop.ui.dialogs.export_mou_page import MouPage
        from desktop.ui.dialogs.export_target_pages import DrivePage, PassphrasePage
        from desktop.ui.dialogs.export_write_pages import ReceiptPage, WritePage

        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a package for a partner"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.state = ExportState(db, today)
        self.mou_page = MouPage(self.state)
        self.contents_page = ContentsPage(self.state)
        self.drive_page = DrivePage(self.state)
        self.passphrase_page = PassphrasePage(self.state)
        self.write_page = WritePage(self.state)
        self.receipt_page = ReceiptPage(self.state)
        for page in (
            self.mou_page,
            self.contents_page,
            self.drive_page,
            self.passphrase_page,
            self.write_page,
            self.receipt_page,
        ):
            self.addPage(page)
        self.write_page.written.connect(self._written)
        self.write_page.key_passphrase_needed.connect(self.passphrase_page.show_key_fields)

    def sizeHint(self) -> QSize:
        return QSize(1000, 720)

    def busy(self) -> bool:
        return self.write_page.busy()

    def _written(self, log_id: int) -> None:
        # A package on the drive and in the log: the choices that made it are settled. A commit
        # page cannot be gone back to, so the Back button leaves the write page for good.
        for page_id in self.visitedIds():
            page = self.page(page_id)
            if page is not self.write_page:
                page.setCommitPage(True)
        self.passphrase_page.forget()
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))  # nothing left to cancel
        self.exported.emit(log_id)

    def reject(self) -> None:
        """Closing while the package is written cancels it; the window stays open until the
        write has stopped and been undone, so the outcome is never in doubt."""
        if self.write_page.busy():
            self.write_page.stop()
            return
        self.receipt_page.stop()
        super().reject()

"""The import wizard: a school directory, school indicators or assessment results from a file.

Four pages share one :class:`ImportState`: the file and what was detected about it
(``import_file_page``), which column fills which field (``import_columns_page``), the dry run with
its problems and repairs (``import_check_page``), and the import itself (``import_run_page``).
Every step calls the import services; the check and the import run in the background.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.services.database import Database
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.pipeline import ImportCheck, ImportRequest
from desktop.services.imports.table import SourceInfo, SourceOptions
from desktop.services.imports.target import ImportOptions
from desktop.services.imports.targets.registry import TARGET_KEYS, get_target


@dataclass
class ImportState:
    """What the user has chosen so far; each page reads and fills its part."""

    db: Database
    target: str = TARGET_KEYS[0]
    paths: tuple[Path, ...] = ()
    source: SourceOptions = field(default_factory=SourceOptions)
    info: SourceInfo | None = None
    round_id: int | None = None
    mapping: ColumnMapping = field(default_factory=ColumnMapping)
    keep_names: bool = False
    alias_system: str | None = None
    accept_repairs: bool = False
    check: ImportCheck | None = None
    valid_rows_only: bool = False

    @property
    def needs_round(self) -> bool:
        return get_target(self.target).needs_round

    def request(self) -> ImportRequest:
        """The import as chosen on the pages; the detected source settings are passed on as
        choices so the check and the import read the file exactly as the first page showed it."""
        info = self.info
        source = self.source
        if info is not None:
            source = SourceOptions(
                encoding=source.encoding or info.encoding,
                delimiter=source.delimiter or info.delimiter,
                sheet=source.sheet or info.sheet,
                header_row=source.header_row or info.header_row,
            )
        options = ImportOptions(
            round_id=self.round_id if self.needs_round else None,
            accept_repairs=self.accept_repairs,
            keep_names=self.keep_names,
            alias_system=self.alias_system if "other_id" in self.mapping.columns else None,
        )
        return ImportRequest(self.paths, self.target, self.mapping, source, options)


class ImportWizard(QWizard):
    """File → columns → check → import. ``imported`` carries the new batch's id."""

    imported = Signal(int)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        target: str | None = None,
        round_id: int | None = None,
    ) -> None:
        # Imported here: the pages pull in the import services, loaded only when a wizard opens.
        from desktop.ui.dialogs.import_check_page import CheckPage
        from desktop.ui.dialogs.import_columns_page import ColumnsPage
        from desktop.ui.dialogs.import_file_page import FilePage
        from desktop.ui.dialogs.import_run_page import RunPage

        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.state = ImportState(db, target=target or TARGET_KEYS[0], round_id=round_id)
        self.file_page = FilePage(self.state)
        self.columns_page = ColumnsPage(self.state)
        self.check_page = CheckPage(self.state)
        self.run_page = RunPage(self.state)
        for page in (self.file_page, self.columns_page, self.check_page, self.run_page):
            self.addPage(page)
        self.run_page.imported.connect(self.imported)

    def sizeHint(self) -> QSize:
        return QSize(980, 720)

    def busy(self) -> bool:
        return self.check_page.busy() or self.run_page.busy()

    def reject(self) -> None:
        """Closing stops a running check; a running import is cancelled and the window stays
        open until it has rolled back, so the outcome is never in doubt."""
        self.check_page.stop()
        if self.run_page.busy():
            self.run_page.stop()
            return
        super().reject()

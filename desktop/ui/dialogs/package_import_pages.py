"""The package import wizard's first page: the file, with what it claims (not yet verified) and
whether its signer's key is registered."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.documents.text import indian_date
from desktop.services import organisations
from desktop.services.exchange import keys, partner_keys
from desktop.services.exchange.catalogue import CATEGORIES
from desktop.services.exchange.package import PackageRefusedError, UnverifiedManifest, read_manifest
from desktop.services.moments import local_day
from desktop.ui.dialogs.export_drives import Volume, data_size, mounted_volumes
from desktop.ui.dialogs.import_wizard_parts import problem_notice
from desktop.ui.dialogs.package_import_state import (
    PACKAGE_SUFFIX,
    WORKBOOK_SUFFIX,
    PackageImportState,
    day_and_time,
    selectable,
)
from desktop.ui.dialogs.partner_key_dialog import PartnerKeyDialog, fingerprint_font
from desktop.ui.table_model import Column, ListTableModel
from desktop.ui.widgets import notice_label, open_dialog, record_table, selected_row

SCANNED_PER_DRIVE = 500  # directory entries looked at on each drive: a full stick is not walked


@dataclass(frozen=True)
class FoundPackage:
    path: Path
    drive: str
    size: int
    modified: datetime


def packages_on(volumes: Sequence[Volume]) -> list[FoundPackage]:
    """The .zip files at the top of each removable drive and in its first-level folders, newest
    first: where a partner's app or a copy by hand puts them."""
    found: list[FoundPackage] = []
    for volume in volumes:
        if not volume.removable:
            continue
        folders, seen = [volume.root], 0
        while folders and seen < SCANNED_PER_DRIVE:
            folder = folders.pop(0)
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries[: SCANNED_PER_DRIVE - seen]:
                seen += 1
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir() and folder == volume.root:
                        folders.append(Path(entry.path))
                    elif entry.is_file() and entry.name.lower().endswith(PACKAGE_SUFFIX):
                        info = entry.stat()
                        modified = datetime.fromtimestamp(info.st_mtime)
                        found.append(FoundPackage(Path(entry.path), volume.name, info.st_size, modified))
                except OSError:
                    continue
    return sorted(found, key=lambda package: package.modified, reverse=True)


class FilePage(QWizardPage):
    """A package or a filled return template: from the removable drives' list or chosen. For a
    package, what its manifest claims (not yet verified) and whether its signer's key is known."""

    def __init__(self, state: PackageImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("What did the partner send?"))
        self.setSubTitle(
            self.tr(
                "A package (.zip) made by the partner's app, or the return template (.xlsx) this office "
                "gave a partner without the app, filled in. Nothing is stored before the last page."
            )
        )
        self.model = ListTableModel(
            [
                Column(self.tr("File"), lambda p: p.path.name),
                Column(self.tr("Drive"), lambda p: p.drive),
                Column(
                    self.tr("Size"), lambda p: data_size(p.size), order_by=lambda p: p.size, align_right=True
                ),
                Column(
                    self.tr("Modified"), lambda p: day_and_time(p.modified), order_by=lambda p: p.modified
                ),
            ],
            self,
        )
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Packages on removable drives"))
        self.table.setMaximumHeight(150)
        self.found_note = QLabel()
        self.found_note.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        found_box = QGroupBox(self.tr("Packages on removable drives"))
        found_layout = QVBoxLayout(found_box)
        found_layout.addWidget(self.table)
        found_row = QHBoxLayout()
        found_row.addWidget(self.found_note, 1)
        found_row.addWidget(self.refresh_button)
        found_layout.addLayout(found_row)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(
            self.tr("Choose a package above, or browse for a .zip or .xlsx file")
        )
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path_edit)
        path_row = QHBoxLayout()
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.facts_box = QGroupBox(self.tr("What the package says about itself — not yet verified"))
        facts_form = QFormLayout(self.facts_box)
        self.facts = {name: selectable() for name in ("issuer", "mou", "round", "created", "holds")}
        self.fingerprint = selectable()
        self.fingerprint.setFont(fingerprint_font(12))
        for name, label in (
            ("issuer", self.tr("Claims to be from:")),
            ("mou", self.tr("Under MoU:")),
            ("round", self.tr("Round:")),
            ("created", self.tr("Created:")),
            ("holds", self.tr("Holds:")),
        ):
            facts_form.addRow(label, self.facts[name])
        facts_form.addRow(self.tr("Signer's key fingerprint:"), self.fingerprint)
        self.key_status = notice_label()
        self.register_button = QPushButton(self.tr("Re&gister partner key…"))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_status, 1)
        key_row.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignTop)
        facts_form.addRow(key_row)
        self.workbook_note = notice_label(
            self.tr(
                "A filled return template is not signed: nothing proves who filled it in or that it was "
                "not changed on the way. It is checked by the baseline import rules only. Check with the "
                "partner that this is the file they sent."
            )
        )
        self.problem = problem_notice()

        layout = QVBoxLayout(self)
        layout.addWidget(found_box)
        layout.addLayout(path_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.facts_box)
        layout.addWidget(self.workbook_note)
        layout.addStretch(1)

        self.refresh_button.clicked.connect(self.refresh)
        self.browse_button.clicked.connect(self.browse)
        self.register_button.clicked.connect(self.register_key)
        self.path_edit.textChanged.connect(lambda _text: self._file_changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._found_chosen())
        self.dialog: PartnerKeyDialog | None = None
        self._usable = False
        self._scanned = False
        self._file_changed()
        self.setFocusProxy(self.path_edit)

    # --- finding the file ---------------------------------------------------------------------

    def initializePage(self) -> None:
        if not self._scanned:
            self.refresh()

    def refresh(self) -> None:
        self.set_volumes(mounted_volumes())

    def set_volumes(self, volumes: Sequence[Volume]) -> None:
        """List the packages on these drives' removable ones; with no file chosen yet, the newest."""
        self._scanned = True
        found = packages_on(volumes)
        self.model.set_rows(found)
        self.found_note.setText(
            self.tr("%d found. Plugged a drive in just now? Refresh the list.") % len(found)
            if found
            else self.tr(
                "No package on a removable drive. Plug the partner's drive in and Refresh, or Browse."
            )
        )
        if found and not self.path_edit.text():
            self.table.selectRow(0)

    def _found_chosen(self) -> None:
        package: FoundPackage | None = selected_row(self.table)
        if package is not None:
            self.path_edit.setText(str(package.path))

    def browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("What the partner sent"),
            start,
            self.tr(
                "Packages and return templates (*.zip *.xlsx);;Packages (*.zip);;Return templates (*.xlsx)"
            ),
        )
        if name:
            self.path_edit.setText(str(Path(name)))

    # --- what the file says -------------------------------------------------------------------

    def _file_changed(self) -> None:
        state = self.state
        text = self.path_edit.text().strip()
        state.path = Path(text) if text else None
        state.manifest = None
        state.round_id = None  # another file names its own round
        state.forget_check()
        self._usable = False
        problem = ""
        path = state.path
        if path is None:
            pass
        elif path.suffix.lower() not in (PACKAGE_SUFFIX, WORKBOOK_SUFFIX):
            problem = (
                self.tr(
                    "%s is neither a package (.zip) nor a return template (.xlsx). Choose the file exactly as "
                    "the partner handed it over."
                )
                % path.name
            )
        elif not path.is_file():
            problem = self.tr("There is no file %s.") % path
        elif state.is_workbook:
            self._usable = True
        else:
            try:
                state.manifest = read_manifest(path)
            except PackageRefusedError as refusal:
                problem = refusal.message
            except OSError as error:
                problem = self.tr("%(file)s cannot be read: %(error)s") % {
                    "file": path.name,
                    "error": error.strerror or error,
                }
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.workbook_note.setVisible(self._usable and state.is_workbook)
        self._show_manifest(state.manifest)
        self.completeChanged.emit()

    def _show_manifest(self, unverified: UnverifiedManifest | None) -> None:
        self.facts_box.setVisible(unverified is not None)
        if unverified is None:
            return
        manifest = unverified.manifest
        issuer = manifest.get("issuer")
        mou = manifest.get("mou")
        self.facts["issuer"].setText(str(issuer.get("name", "")) if isinstance(issuer, dict) else "")
        self.facts["mou"].setText(str(mou.get("reference", "")) if isinstance(mou, dict) else "")
        round_name = manifest.get("round")
        self.facts["round"].setText(str(round_name) if round_name else self.tr("(names none)"))
        self.facts["created"].setText(self._created(manifest.get("created_at")))
        self.facts["holds"].setText(self._holds(manifest.get("categories")))
        self.fingerprint.setText(unverified.signer_fingerprint)
        usable, status, offer = self._key_status(unverified.signer_fingerprint)
        if manifest.get("direction") != "to_district":
            usable, offer = False, False
            status = self.tr(
                "This package was made for a partner, not for the district: only packages partners "
                "make for the office are imported."
            )
        self._usable = usable
        self.key_status.setText(status)
        self.register_button.setVisible(offer)

    def _created(self, value: object) -> str:
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            moment = None
        if moment is None:
            return str(value or "")
        days = (self.state.today() - moment.date()).days
        if days == 0:
            return self.tr("%s (today)") % day_and_time(moment)
        if days > 0:
            return self.tr("%(when)s (%(days)d days ago)") % {"when": day_and_time(moment), "days": days}
        return self.tr("%s (later than today: check the partner's computer clock)") % day_and_time(moment)

    def _holds(self, entries: object) -> str:
        if not isinstance(entries, list):
            return ""
        parts = []
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            code = str(entry.get("code", ""))
            label = QCoreApplication.translate("MoUs", CATEGORIES[code].label) if code in CATEGORIES else code
            records = entry.get("records")
            parts.append(
                self.tr("%(category)s: %(count)s records") % {"category": label, "count": f"{records:,}"}
                if isinstance(records, int)
                else label
            )
        return "\n".join(parts)

    def _key_status(self, fingerprint: str) -> tuple[bool, str, bool]:
        """Whether a package signed with this key can go on, what to say, and whether to offer
        registering the key."""
        if any(key.fingerprint == fingerprint for key in keys.office_keys(self.state.db)):
            return (
                False,
                self.tr(
                    "This package is signed with this office's own key: it was made here for a partner. Only packages from partners are imported."
                ),
                False,
            )
        known = [
            k
            for k in partner_keys.partner_keys(self.state.db, include_retired=True)
            if k.fingerprint == fingerprint
        ]
        if not known:
            return (
                False,
                self.tr(
                    "No partner's key with this fingerprint is registered, so the signature cannot be "
                    "checked. Register the partner's key from their hand-over receipt — its fingerprint "
                    "must be the one above — then go on."
                ),
                True,
            )
        key = known[0]
        if not key.active:
            retired = indian_date(local_day(key.retired_at)) if key.retired_at else ""
            return (
                False,
                self.tr(
                    "This key was registered for %(organisation)s but retired on %(retired)s (%(reason)s): packages signed with it are "
                    "refused. Ask the partner for a package signed with their new key."
                )
                % {"organisation": key.organisation_name, "retired": retired, "reason": key.retired_reason},
                False,
            )
        return (
            True,
            self.tr(
                "The key is registered for %s. The signature, the files and the passphrase are checked "
                "in the next steps, before anything is read."
            )
            % key.organisation_name,
            False,
        )

    def register_key(self) -> PartnerKeyDialog:
        """Register the partner's key from their receipt; the organisation the package claims to
        be from is chosen if the office knows it by that name."""
        claimed = self.facts["issuer"].text().casefold()
        organisation_id = next(
            (o.id for o in organisations.list_organisations(self.state.db) if o.name.casefold() == claimed),
            None,
        )
        self.dialog = open_dialog(
            PartnerKeyDialog(self.state.db, self, organisation_id=organisation_id),
            lambda _dialog: self._file_changed(),
        )
        return self.dialog

    def isComplete(self) -> bool:
        return self._usable

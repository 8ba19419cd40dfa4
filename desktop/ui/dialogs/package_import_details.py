"""The package import wizard's second page: the package's passphrase and the assessment round."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.documents.text import indian_date
from desktop.services.rounds import RoundRow, list_rounds
from desktop.ui.dialogs.package_import_state import PackageImportState


class DetailsPage(QWizardPage):
    """The package's passphrase (typed hidden; a package only) and the assessment round: the one
    the package names, or chosen where it names none the office has."""

    def __init__(self, state: PackageImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setTitle(self.tr("Passphrase and round"))
        self.passphrase_box = QGroupBox(self.tr("Passphrase"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(360)
        self.passphrase.setMaximumWidth(480)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_typed = QCheckBox(self.tr("Sho&w the passphrase"))
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(passphrase_label)
        passphrase_row.addWidget(self.passphrase)
        passphrase_row.addWidget(self.show_typed)
        passphrase_row.addStretch(1)
        passphrase_layout = QVBoxLayout(self.passphrase_box)
        explanation = QLabel(
            self.tr(
                "The passphrase the partner gave you separately — by phone or on paper, never on the same "
                "drive. It is used only to open the package and is not kept."
            )
        )
        explanation.setWordWrap(True)
        passphrase_layout.addWidget(explanation)
        passphrase_layout.addLayout(passphrase_row)

        round_box = QGroupBox(self.tr("Assessment round"))
        self.round_combo = QComboBox()
        self.round_combo.setMinimumWidth(360)
        round_label = QLabel(self.tr("&Round:"))
        round_label.setBuddy(self.round_combo)
        round_row = QHBoxLayout()
        round_row.addWidget(round_label)
        round_row.addWidget(self.round_combo)
        round_row.addStretch(1)
        self.round_note = QLabel()
        self.round_note.setWordWrap(True)
        round_layout = QVBoxLayout(round_box)
        round_layout.addWidget(self.round_note)
        round_layout.addLayout(round_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(round_box)
        layout.addStretch(1)
        self.passphrase.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.round_combo.currentIndexChanged.connect(lambda _index: self.completeChanged.emit())
        self.show_typed.toggled.connect(self._show_typed)
        self._typed_for: Path | None = None  # the file the passphrase was typed for

    def initializePage(self) -> None:
        state = self.state
        workbook = state.is_workbook
        if state.path != self._typed_for:  # a passphrase opens one package only
            self.passphrase.clear()
            self._typed_for = state.path
        self.passphrase_box.setVisible(not workbook)
        self.setSubTitle(
            self.tr("The round the workbook's results belong to.")
            if workbook
            else self.tr("The package is unlocked with its passphrase and checked in the next step.")
        )
        rounds = list_rounds(state.db)
        named = state.manifest.manifest.get("round") if state.manifest is not None else None
        named = named if isinstance(named, str) and named.strip() else None
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        if workbook:
            self.round_combo.addItem(self.tr("The round the workbook names"), None)
            self.round_note.setText(
                self.tr(
                    "The workbook names its round; choose another only if the office calls it differently."
                )
            )
        else:
            self.round_combo.addItem(self.tr("Choose the round…"), None)
            if named is None:
                self.round_note.setText(
                    self.tr("The package does not name a round: choose the round these data belong to.")
                )
            else:
                self.round_note.setText(self.tr("The package names the round “%s”.") % named)
        for round_ in rounds:
            self.round_combo.addItem(self._round_text(round_), round_.id)
        chosen = self._chosen_round(rounds, named)
        self.round_combo.setCurrentIndex(max(self.round_combo.findData(chosen), 0))
        if named is not None and not workbook and chosen is None:
            self.round_note.setText(
                self.tr(
                    "The package names the round “%s”, which this office does not have: choose the round "
                    "these data belong to."
                )
                % named
            )
        self.round_combo.blockSignals(False)
        self.passphrase.setFocus()
        self.completeChanged.emit()

    def _chosen_round(self, rounds: list[RoundRow], named: str | None) -> int | None:
        """The round chosen before (going back and forth), else the one the package names."""
        ids = {round_.id for round_ in rounds}
        if self.state.round_id in ids:
            return self.state.round_id
        if named is not None:
            return next((r.id for r in rounds if r.name.casefold() == named.casefold()), None)
        return None

    def _round_text(self, round_: RoundRow) -> str:
        started = f", {indian_date(round_.start_date)}" if isinstance(round_.start_date, date) else ""
        return f"{round_.name} ({QCoreApplication.translate('Baseline', round_.kind_label)}{started})"

    def _show_typed(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def validatePage(self) -> bool:
        state = self.state
        passphrase = "" if state.is_workbook else self.passphrase.text()
        round_id = self.round_combo.currentData()
        if (passphrase, round_id) != (state.passphrase, state.round_id):
            state.forget_check()
        state.passphrase, state.round_id = passphrase, round_id
        return True

    def forget(self) -> None:
        """Clear the passphrase once the import is done: nothing needs it any more."""
        self.passphrase.clear()

    def isComplete(self) -> bool:
        if self.state.is_workbook:
            return True
        return bool(self.passphrase.text()) and self.round_combo.currentData() is not None

"""The Coverage and Data sharing tabs of the MoU form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from desktop.services.database import Database
from desktop.services.mous.coverage import Coverage
from desktop.services.mous.parts import DataShareInput
from desktop.services.mous.vocabulary import DATA_CATEGORIES, MAX_KEEP_MONTHS
from desktop.services.recipients import SchoolSelection
from desktop.ui.dialogs.mou_widgets import error_label, hint_label
from desktop.ui.school_picker import SchoolPicker

DEFAULT_KEEP_MONTHS = 12


class CoverageTab(QWidget):
    """The whole district, or blocks, clusters and single schools chosen in a school picker."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error_label()
        self.whole_district = QCheckBox(self.tr("Whole district: every block, cluster and school"))
        self.picker = SchoolPicker(db, with_categories=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.whole_district)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Otherwise tick whole blocks or some of their clusters, and add single schools "
                    "by name or UDISE code."
                )
            )
        )
        layout.addWidget(self.picker, 1)
        self.whole_district.toggled.connect(self._whole_toggled)
        self.whole_district.toggled.connect(lambda _on: self.error.hide())
        self.picker.changed.connect(self.error.hide)

    def coverage(self) -> Coverage:
        if self.whole_district.isChecked():
            return Coverage(whole_district=True)
        chosen = self.picker.selection()
        return Coverage(
            block_ids=chosen.block_ids, cluster_ids=chosen.cluster_ids, school_ids=chosen.school_ids
        )

    def set_coverage(self, coverage: Coverage) -> None:
        self.whole_district.setChecked(coverage.whole_district)
        self.picker.set_selection(
            SchoolSelection(
                block_ids=coverage.block_ids,
                cluster_ids=coverage.cluster_ids,
                school_ids=coverage.school_ids,
            )
        )
        self._whole_toggled(coverage.whole_district)

    def set_read_only(self) -> None:
        self.whole_district.setEnabled(False)
        self.picker.setEnabled(False)

    def _whole_toggled(self, whole: bool) -> None:
        # The picker keeps its ticks while the whole district is chosen: unticking brings them back.
        self.picker.setEnabled(not whole and self.whole_district.isEnabled())


class DataSharingTab(QWidget):
    """Which categories of data the partner may receive, why, and for how long it may keep them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error_label()
        self._ids: dict[str, int | None] = {}
        self.checks: dict[str, QCheckBox] = {}
        self.purposes: dict[str, QLineEdit] = {}
        self.keep: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel("<b>{}</b>".format(self.tr("The partner may receive"))), 0, 0)
        grid.addWidget(QLabel("<b>{}</b>".format(self.tr("For what purpose"))), 0, 1)
        grid.addWidget(QLabel("<b>{}</b>".format(self.tr("Keep it for"))), 0, 2)
        for row, (category, label) in enumerate(DATA_CATEGORIES.items(), start=1):
            check = QCheckBox(QCoreApplication.translate("MoUs", label))
            check.setObjectName(f"share_{category}")
            purpose = QLineEdit()
            purpose.setPlaceholderText(self.tr("Why the partner needs it"))
            keep = QSpinBox()
            keep.setRange(1, MAX_KEEP_MONTHS)
            keep.setValue(DEFAULT_KEEP_MONTHS)
            keep.setSuffix(self.tr(" months"))
            grid.addWidget(check, row, 0)
            grid.addWidget(purpose, row, 1)
            grid.addWidget(keep, row, 2)
            check.toggled.connect(purpose.setEnabled)
            check.toggled.connect(keep.setEnabled)
            check.toggled.connect(lambda _on: self.error.hide())
            self.checks[category], self.purposes[category], self.keep[category] = check, purpose, keep
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Only the data ticked here can be given to the partner; anything else stays in the "
                    "office. After the months given, the partner must delete it."
                )
            )
        )
        layout.addLayout(grid)
        layout.addStretch(1)
        self.set_values(())

    def values(self) -> tuple[DataShareInput, ...]:
        return tuple(
            DataShareInput(
                category, self.purposes[category].text(), self.keep[category].value(), self._ids.get(category)
            )
            for category, check in self.checks.items()
            if check.isChecked()
        )

    def set_values(self, shares: Sequence[DataShareInput]) -> None:
        given = {share.category: share for share in shares}
        self._ids = {category: share.id for category, share in given.items()}
        for category, check in self.checks.items():
            share = given.get(category)
            check.setChecked(share is not None)
            self.purposes[category].setText(share.purpose if share else "")
            self.keep[category].setValue(share.keep_months if share else DEFAULT_KEEP_MONTHS)
            self.purposes[category].setEnabled(share is not None)
            self.keep[category].setEnabled(share is not None)

    def set_read_only(self) -> None:
        for category, check in self.checks.items():
            check.setEnabled(False)
            self.purposes[category].setReadOnly(True)
            self.keep[category].setReadOnly(True)
            self.keep[category].setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)

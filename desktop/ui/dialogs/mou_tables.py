"""The signatories and obligations of an MoU: rows edited in place, each keeping its id.

A row read back from the database carries its id, so saving updates it instead of adding a new
one (the audit log then shows what really changed). Row numbers are shown because the service's
messages name rows by number ("Signatory 2: …"). The table itself is in :mod:`mou_parts_table`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QComboBox, QHeaderView, QWidget

from desktop.services.mous.parts import ObligationInput, SignatoryInput
from desktop.services.mous.vocabulary import FREQUENCY_LABELS, OBLIGATION_KINDS, OBLIGATION_STATUSES
from desktop.ui.dialogs.mou_parts_table import PartsTable, centred_check, combo, held
from desktop.ui.dialogs.mou_widgets import OptionalDate

# Short: they sit in a table cell (the same keys as vocabulary.PARTIES).
PARTY_NAMES = {
    "district": QT_TRANSLATE_NOOP("MoUs", "District"),
    "partner": QT_TRANSLATE_NOOP("MoUs", "Partner"),
}


def _words(labels: dict[str, str]) -> list[tuple[str, str]]:
    """A combo's items for MoU words kept in English: (shown in the interface's language, code)."""
    return [(QCoreApplication.translate("MoUs", label), code) for code, label in labels.items()]


class SignatoriesTab(PartsTable):
    """Who signs for the district and for each partner, and whether they have signed."""

    NAME, DESIGNATION, PARTY, PARTNER, REQUIRED, SIGNED = range(6)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Name"),
                self.tr("Designation"),
                self.tr("Signs for"),
                self.tr("Which partner"),
                self.tr("Required"),
                self.tr("Date signed"),
            ],
            self.tr(
                "Everyone who signs the MoU. Give the date each one signed once they have; the MoU "
                "can be marked signed when every required signatory has a date."
            ),
            self.tr("Add signatory"),
            parent,
        )
        self._today = today
        self._partners: dict[int, str] = {}
        header = self.table.horizontalHeader()
        for column in (self.NAME, self.DESIGNATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._date_column(self.SIGNED)

    def add_row(self, value: SignatoryInput | None = None) -> int:
        s = value or SignatoryInput("", "", "district")
        row = self._new_row()
        self._text_item(row, self.NAME, s.name, s.id)
        self._text_item(row, self.DESIGNATION, s.designation)
        party = combo(_words(PARTY_NAMES), s.party)
        self._place(row, self.PARTY, party)
        self._place(row, self.PARTNER, held(QComboBox()))
        self._fill_partner(row, s.organisation_id)
        self._place(row, self.REQUIRED, centred_check(s.required))
        signed = OptionalDate(self.tr("not signed"), self._today)
        signed.set_value(s.signed_on)
        self._place(row, self.SIGNED, signed)
        party.currentIndexChanged.connect(lambda _i, box=party: self._party_changed(box))
        if value is None:
            self._edit_first(row, self.NAME)
        return row

    def values(self) -> tuple[SignatoryInput, ...]:
        self.table.commit_open_editor()
        rows = []
        for row in range(self.table.rowCount()):
            party = self._cell(row, self.PARTY).currentData()
            rows.append(
                SignatoryInput(
                    name=self._text(row, self.NAME),
                    designation=self._text(row, self.DESIGNATION),
                    party=party,
                    organisation_id=self._partner_box(row).currentData() if party == "partner" else None,
                    required=self._cell(row, self.REQUIRED).findChild(QCheckBox).isChecked(),
                    signed_on=self._cell(row, self.SIGNED).value(),
                    id=self._record_id(row, self.NAME),
                )
            )
        return tuple(rows)

    def set_values(self, rows: Sequence[SignatoryInput]) -> None:
        self.table.setRowCount(0)
        for value in rows:
            self.add_row(value)

    def set_partners(self, names: dict[int, str]) -> None:
        """The partners chosen on the Details tab: those a partner's signatory can sign for."""
        self._partners = dict(names)
        for row in range(self.table.rowCount()):
            self._fill_partner(row, self._partner_box(row).currentData())

    def _partner_box(self, row: int) -> QComboBox:
        return self._cell(row, self.PARTNER).findChild(QComboBox)

    def _fill_partner(self, row: int, current: int | None) -> None:
        box = self._partner_box(row)
        box.blockSignals(True)
        box.clear()
        box.addItem("", None)
        for org_id, name in self._partners.items():
            box.addItem(name, org_id)
            box.setItemData(box.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        index = box.findData(current) if current is not None else -1
        if index < 0 and len(self._partners) == 1:
            index = 1  # only one partner: that is who signs
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        self._party_changed(self._cell(row, self.PARTY), row)

    def _party_changed(self, party: QComboBox, row: int | None = None) -> None:
        if row is None:
            row = self._row_of(party, self.PARTY)
        # A district officer signs for no partner: the cell is left empty.
        self._partner_box(row).setVisible(party.currentData() == "partner")


class ObligationsTab(PartsTable):
    """What each side undertakes: responsibilities, and deliverables with an indicator."""

    PARTY, KIND, DESCRIPTION, OWNER, DUE, FREQUENCY, INDICATOR, STATUS = range(8)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                self.tr("Party"),
                self.tr("Kind"),
                self.tr("What is to be done"),
                self.tr("Owner"),
                self.tr("Due by"),
                self.tr("How often"),
                self.tr("Indicator and target"),
                self.tr("Status"),
            ],
            self.tr(
                "Responsibilities of each side, and deliverables with what is measured and the target "
                "(deliverables only). Status can be updated at any time while the MoU runs."
            ),
            self.tr("Add obligation"),
            parent,
        )
        self._today = today
        header = self.table.horizontalHeader()
        for column in (self.DESCRIPTION, self.INDICATOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.OWNER, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.OWNER, 130)
        self._date_column(self.DUE)

    def add_row(self, value: ObligationInput | None = None) -> int:
        o = value or ObligationInput("partner", "")
        row = self._new_row()
        party = combo(_words(PARTY_NAMES), o.party)
        self._place(row, self.PARTY, party)
        kind = combo(_words(OBLIGATION_KINDS), o.kind)
        self._place(row, self.KIND, kind)
        self._text_item(row, self.DESCRIPTION, o.description, o.id)
        self._text_item(row, self.OWNER, o.owner)
        due = OptionalDate(self.tr("no date"), self._today)
        due.set_value(o.due_date)
        self._place(row, self.DUE, due)
        frequencies = [("—", None), *_words(FREQUENCY_LABELS)]
        self._place(row, self.FREQUENCY, combo(frequencies, o.frequency))
        self._text_item(row, self.INDICATOR, o.indicator)
        self._place(row, self.STATUS, combo(_words(OBLIGATION_STATUSES), o.status))
        kind.currentIndexChanged.connect(lambda _i, box=kind: self._kind_changed(box))
        self._kind_changed(kind, row)
        if value is None:
            self._edit_first(row, self.DESCRIPTION)
        return row

    def values(self) -> tuple[ObligationInput, ...]:
        self.table.commit_open_editor()
        rows = []
        for row in range(self.table.rowCount()):
            kind = self._cell(row, self.KIND).currentData()
            rows.append(
                ObligationInput(
                    party=self._cell(row, self.PARTY).currentData(),
                    description=self._text(row, self.DESCRIPTION),
                    kind=kind,
                    owner=self._text(row, self.OWNER) or None,
                    due_date=self._cell(row, self.DUE).value(),
                    frequency=self._cell(row, self.FREQUENCY).currentData(),
                    indicator=(self._text(row, self.INDICATOR) or None) if kind == "deliverable" else None,
                    status=self._cell(row, self.STATUS).currentData(),
                    id=self._record_id(row, self.DESCRIPTION),
                )
            )
        return tuple(rows)

    def set_values(self, rows: Sequence[ObligationInput]) -> None:
        self.table.setRowCount(0)
        for value in rows:
            self.add_row(value)

    def _kind_changed(self, kind: QComboBox, row: int | None = None) -> None:
        if row is None:
            row = self._row_of(kind, self.KIND)
        item = self.table.item(row, self.INDICATOR)
        if item is None:
            return
        # Only a deliverable is measured; a responsibility's indicator cell is shut, not cleared,
        # so switching the kind back and forth loses nothing.
        deliverable = kind.currentData() == "deliverable"
        flags = item.flags() | Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags if deliverable else flags & ~Qt.ItemFlag.ItemIsEditable)
        item.setForeground(
            self.palette().color(
                QPalette.ColorRole.Text if deliverable else QPalette.ColorRole.PlaceholderText
            )
        )

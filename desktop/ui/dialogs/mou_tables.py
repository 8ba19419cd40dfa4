"""The signatories and obligations of an MoU: rows edited in place, each keeping its id.

A row read back from the database carries its id, so saving updates it instead of adding a new
one (the audit log then shows what really changed). Row numbers are shown because the service's
messages name rows by number ("Signatory 2: …").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.mous.parts import ObligationInput, SignatoryInput
from desktop.services.mous.vocabulary import FREQUENCY_LABELS, OBLIGATION_KINDS, OBLIGATION_STATUSES
from desktop.ui.dialogs.mou_widgets import OptionalDate, error_label, hint_label

ID_ROLE = Qt.ItemDataRole.UserRole
# Short: they sit in a table cell (the same keys as vocabulary.PARTIES).
PARTY_NAMES = {
    "district": QT_TRANSLATE_NOOP("MoUs", "District"),
    "partner": QT_TRANSLATE_NOOP("MoUs", "Partner"),
}


def _words(labels: dict[str, str]) -> list[tuple[str, str]]:
    """A combo's items for MoU words kept in English: (shown in the interface's language, code)."""
    return [(QCoreApplication.translate("MoUs", label), code) for code, label in labels.items()]


class PartsGrid(QTableWidget):
    """The table of a :class:`PartsTable`."""

    def commit_open_editor(self) -> None:
        """Keep what is being typed in a cell: Save may be pressed before the cell is left."""
        index = self.currentIndex()
        # Only text cells have items; the cells holding combo boxes and dates have none.
        editing = self.state() == QAbstractItemView.State.EditingState
        if editing and self.item(index.row(), index.column()) is not None:
            editor = self.indexWidget(index)
            if editor is not None:
                self.commitData(editor)


class PartsTable(QWidget):
    """A tab holding one list of parts: what is wrong with it, the table, Add and Remove."""

    def __init__(
        self, headers: Sequence[str], hint: str, add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.error = error_label()
        self.table = PartsGrid(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        # Rows are as tall as the combo boxes and date fields in them.
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(hint_label(hint))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._read_only = False
        # Long texts are cut in their cell; the tooltip shows them whole.
        self.table.itemChanged.connect(lambda item: item.setToolTip(item.text()))

    def add_row(self) -> int:
        """A new empty row, its first text cell ready for typing."""
        raise NotImplementedError

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)

    def set_read_only(self) -> None:
        """Rows shown as they are: no typing, no Add or Remove (one way: nothing unlocks them)."""
        self._read_only = True
        self.add_button.hide()
        self.remove_button.hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                widget = self.table.cellWidget(row, column)
                if widget is not None:
                    _freeze_cell(widget)

    # --- cells --------------------------------------------------------------------------------

    def _date_column(self, column: int) -> None:
        """As wide as a ticked date: ResizeToContents would size it for the unticked words."""
        sample = OptionalDate("", date.today())
        sample.set_value(date.today())
        self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(column, max(sample.sizeHint().width(), 150))

    def _new_row(self) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        return row

    def _edit_first(self, row: int, column: int) -> None:
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column))

    def _text_item(self, row: int, column: int, text: str | None, record_id: int | None = None) -> None:
        item = QTableWidgetItem(text or "")
        item.setToolTip(text or "")
        if record_id is not None:
            item.setData(ID_ROLE, record_id)
        self.table.setItem(row, column, item)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _record_id(self, row: int, column: int) -> int | None:
        item = self.table.item(row, column)
        return item.data(ID_ROLE) if item is not None else None

    def _place(self, row: int, column: int, widget: QWidget) -> QWidget:
        """Put ``widget`` in a cell; focusing it selects its row, so Remove acts on that row."""
        for part in (widget, *widget.findChildren(QWidget)):
            part.installEventFilter(self)
        self.table.setCellWidget(row, column, widget)
        if self._read_only:
            _freeze_cell(widget)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            row = self.table.rowAt(watched.mapTo(self.table.viewport(), QPoint(1, 1)).y())
            if row >= 0 and row not in {i.row() for i in self.table.selectionModel().selectedRows()}:
                self.table.selectRow(row)
        return False

    def _cell(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def _row_of(self, widget: QWidget, column: int) -> int:
        """The row a cell widget is in now (rows above it may have been removed)."""
        return next(r for r in range(self.table.rowCount()) if self.table.cellWidget(r, column) is widget)


def _freeze_cell(widget: QWidget) -> None:
    if isinstance(widget, OptionalDate):
        widget.set_read_only()
    else:
        widget.setEnabled(False)


def combo(items: Sequence[tuple[str, Any]], current: Any = None) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    index = box.findData(current)
    box.setCurrentIndex(max(index, 0))
    return box


def held(widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> QWidget:
    """``widget`` inside a plain holder: the view shows the holder, so the widget itself can be
    hidden (the view would show a hidden cell widget again) or centred."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    if alignment is None:
        row.addWidget(widget)
    else:
        row.addWidget(widget, 0, alignment)
    return holder


def centred_check(checked: bool) -> QWidget:
    box = QCheckBox()
    box.setChecked(checked)
    return held(box, Qt.AlignmentFlag.AlignCenter)


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

"""Small widgets of the MoU form: an optional date, the partner list, the nodal officer, funding."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.organisations import OrganisationRow
from desktop.services.people import PersonRow
from desktop.services.text import search_key, search_terms
from desktop.ui.dates import date_edit
from desktop.ui.dialogs.form_dialog import ERROR_STYLE

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
# Digits with the separators people write amounts with: "12,50,000", "₹ 5 00 000", "Rs. 40000".
_AMOUNT = re.compile(r"^(?:₹|rs\.?|inr)?\s*([0-9][0-9, ]*)(?:/-)?$", re.IGNORECASE)


def freeze_date(edit: QDateEdit) -> None:
    """Show the date without the arrow and calendar that would suggest it can be changed."""
    edit.setReadOnly(True)
    edit.setCalendarPopup(False)
    edit.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons)


def compact(box: QComboBox) -> QComboBox:
    """A combo box as wide as its column, not as its longest item (long office and person names
    would push the form wider than the screen)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    return box


def error_label() -> QLabel:
    """The line at the top of a tab that says what is wrong with the tab as a whole."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class OptionalDate(QWidget):
    """A date that may be left empty (not signed yet, no due date): a tick turns the date on."""

    changed = Signal()

    def __init__(self, empty_text: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self._default = default
        self.check = QCheckBox(empty_text)
        self.check.setToolTip(self.tr("Tick to give a date"))
        self.edit = date_edit(default)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(4)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self.check.toggled.connect(self._show)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._show(False)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(QDate(value or self._default))
        self.check.setChecked(value is not None)
        self._show(value is not None)

    def set_read_only(self) -> None:
        self.check.setEnabled(False)
        freeze_date(self.edit)

    def _show(self, on: bool) -> None:
        # Unticked, the words say what an empty date means; a greyed date would look like a value.
        self.check.setText("" if on else self._empty_text)
        self.edit.setVisible(on)


class PartnerList(QWidget):
    """The partner organisations of an MoU: tick several, with a filter line over a long list."""

    changed = Signal()

    def __init__(self, organisations: Sequence[OrganisationRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: list[int] = []  # in the order ticked: the first is the lead partner
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter organisations"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)  # and any height the form can spare: lists run long
        for org in organisations:
            item = QListWidgetItem(f"{org.name} ({org.kind})" if org.kind else org.name)
            item.setData(ID_ROLE, org.id)
            item.setData(KEY_ROLE, search_key(org.name, org.name_local, org.kind))
            item.setData(NAME_ROLE, org.name)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._toggled)
        self.list.itemActivated.connect(self._flip)
        self._show_count()

    def ids(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def names(self) -> dict[int, str]:
        """The chosen partners' names, in the order chosen."""
        items = {self.list.item(i).data(ID_ROLE): self.list.item(i) for i in range(self.list.count())}
        return {i: items[i].data(NAME_ROLE) for i in self._chosen if i in items}

    def set_ids(self, ids: Sequence[int]) -> None:
        self._chosen = list(dict.fromkeys(ids))
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.data(ID_ROLE) in self._chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._show_count()
        self.changed.emit()

    def set_read_only(self) -> None:
        """Only the chosen partners are listed, and they cannot be unticked."""
        self.filter.clear()
        self.filter.hide()
        self.count.hide()
        self.list.setEnabled(False)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(item.data(ID_ROLE) not in self._chosen)
        # As tall as the partners it lists, not a large empty box.
        rows = max(1, len(self._chosen))
        self.list.setMinimumHeight(0)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _filter(self, text: str) -> None:
        terms = search_terms(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not all(term in item.data(KEY_ROLE) for term in terms))

    def _flip(self, item: QListWidgetItem) -> None:
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def _toggled(self, item: QListWidgetItem) -> None:
        org_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked and org_id not in self._chosen:
            self._chosen.append(org_id)
        elif item.checkState() != Qt.CheckState.Checked and org_id in self._chosen:
            self._chosen.remove(org_id)
        else:
            return
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%d chosen") % len(self._chosen))


class PersonCombo(QComboBox):
    """One person, chosen by typing part of the name, designation or office (or from the list)."""

    def __init__(self, persons: Sequence[PersonRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        compact(self)
        self.addItem("", None)
        for person in persons:
            label = f"{person.name}, {person.designation}"
            self.addItem(label + (f" — {person.affiliation}" if person.affiliation else ""), person.id)
        self.lineEdit().setPlaceholderText(self.tr("Type part of the name, or leave empty"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def person_id(self) -> int | None:
        """The chosen person; None when the line is empty or names nobody in the list."""
        index = self.findText(self.currentText().strip())
        return self.itemData(index) if index >= 0 else None

    def names_nobody(self) -> bool:
        """Something is typed that is not a person of the list."""
        return bool(self.currentText().strip()) and self.person_id() is None

    def set_read_only(self) -> None:
        self.lineEdit().setPlaceholderText(self.tr("none"))
        self.setEnabled(False)

    def set_person_id(self, person_id: int | None) -> None:
        self.setCurrentIndex(max(0, self.findData(person_id)) if person_id is not None else 0)


class FundingField(QWidget):
    """Non-financial, or funded with an amount in rupees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.non_financial = QRadioButton(self.tr("Non-financial"))
        self.funded = QRadioButton(self.tr("Funded, amount ₹"))
        group = QButtonGroup(self)
        group.addButton(self.non_financial)
        group.addButton(self.funded)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 12,50,000"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.non_financial)
        row.addSpacing(12)
        row.addWidget(self.funded)
        row.addWidget(self.amount, 1)
        self.funded.toggled.connect(self.amount.setEnabled)
        self.set_value(False, None)

    def set_value(self, funded: bool, amount: int | None) -> None:
        (self.funded if funded else self.non_financial).setChecked(True)
        self.amount.setEnabled(funded)
        self.amount.setText(indian_amount(amount) if amount else "")

    def is_funded(self) -> bool:
        return self.funded.isChecked()

    def amount_value(self) -> int | None:
        """The amount in whole rupees; None if nothing or something unreadable is written."""
        match = _AMOUNT.match(self.amount.text().strip())
        digits = re.sub(r"[, ]", "", match.group(1)) if match else ""
        return int(digits) if digits else None

    def amount_unreadable(self) -> bool:
        return self.is_funded() and bool(self.amount.text().strip()) and self.amount_value() is None

    def set_read_only(self) -> None:
        self.non_financial.setEnabled(False)
        self.funded.setEnabled(False)
        self.amount.setReadOnly(True)
        self.amount.setPlaceholderText("")


def indian_amount(amount: int) -> str:
    """12,50,000: thousands, then lakhs and crores in twos, as amounts are written in India."""
    digits = str(amount)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


def standard_text_source() -> Callable[[str], str] | None:
    """``default_mou_text(language)`` of the printing service, where this build has it."""
    try:
        from desktop.services.mous import printing
    except ImportError:
        return None
    return getattr(printing, "default_mou_text", None)


def freeze_field(widget: Any) -> None:
    """Show a field's value without letting it change: read-only where Qt has that, else disabled."""
    if isinstance(widget, QDateEdit):
        freeze_date(widget)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        widget.setReadOnly(True)
    elif isinstance(widget, PartnerList | FundingField | PersonCombo):  # their own read-only look
        widget.set_read_only()
    else:
        widget.setEnabled(False)


def year_later(day: date) -> date:
    """The last day of a one-year MoU starting on ``day``."""
    try:
        return day.replace(year=day.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)

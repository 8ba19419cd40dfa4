"""The rubric of a recognition programme, edited as a table: one row per criterion with its name,
regional name, weight (and its share of the total) and one descriptor per level of the
programme's scale; under the table, what the chosen criterion looks at (its description).

The table's model lives in :mod:`desktop.ui.dialogs.rubric_model`; its names are importable from
here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.recognition.programmes import CriterionInput, CriterionRow
from desktop.ui.dialogs.rubric_model import (
    DESCRIPTION,
    ERROR_BACKGROUND,
    FIXED_COLUMNS,
    NAME,
    NAME_LOCAL,
    SHARE,
    TEXT_COLUMNS,
    WEIGHT,
    CriterionDraft,
    Index,
    RubricModel,
    share_text,
)

__all__ = [
    "DESCRIPTION",
    "ERROR_BACKGROUND",
    "FIXED_COLUMNS",
    "LEVEL_WIDTH",
    "MAX_WEIGHT",
    "NAME",
    "NAME_LOCAL",
    "SHARE",
    "STRETCHED_LEVELS",
    "TEXT_COLUMNS",
    "WEIGHT",
    "CriterionDraft",
    "RubricDelegate",
    "RubricEditor",
    "RubricModel",
    "share_text",
]

MAX_WEIGHT = 1000.0
STRETCHED_LEVELS = 5
LEVEL_WIDTH = 170


class RubricDelegate(QStyledItemDelegate):
    """Several lines to type a descriptor or description in; a spin box for the weight."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == WEIGHT:
            spin = QDoubleSpinBox(parent)
            spin.setRange(0.0, MAX_WEIGHT)
            spin.setDecimals(2)
            spin.setFrame(False)
            return spin
        if index.column() == DESCRIPTION or index.column() >= FIXED_COLUMNS:
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, QPlainTextEdit):  # room for a sentence or two, even in a short row
            rect = rect.adjusted(0, 0, 0, max(0, 90 - rect.height()))
        editor.setGeometry(rect)


class RubricEditor(QWidget):
    """The criteria table with Add / Remove / Move up / Move down and the total of the weights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RubricModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(RubricDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setMinimumHeight(240)
        self.table.setAccessibleName(self.tr("Rubric criteria"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(52)
        self.description.setPlaceholderText(self.tr("What the criterion looks at, for the reviewers"))
        self.description_label = QLabel()
        self.description_label.setBuddy(self.description)
        self.add_button = QPushButton(self.tr("&Add criterion"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.total = QLabel()
        self.total.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)  # Enter in the form saves; it does not add a criterion
            buttons.addWidget(button)
        buttons.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        described = QHBoxLayout()
        described.addWidget(self.description_label)
        described.addWidget(self.description, 1)
        layout.addLayout(described)

        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button.clicked.connect(self.remove_criterion)
        self.up_button.clicked.connect(lambda: self.move_criterion(-1))
        self.down_button.clicked.connect(lambda: self.move_criterion(1))
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._after_change)
        self.model.rowsRemoved.connect(self._after_change)
        self.model.rowsMoved.connect(self._after_change)
        self.model.dataChanged.connect(self._data_changed)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.description.textChanged.connect(self._description_edited)
        # Wrapped descriptors need their rows' heights again whenever the columns' widths change.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self._after_reset()

    # --- our interface ------------------------------------------------------------------------

    def load(self, criteria: Sequence[CriterionRow | CriterionInput], scale_min: int, scale_max: int) -> None:
        self.model.load(criteria, scale_min, scale_max)

    def set_scale(self, scale_min: int, scale_max: int) -> None:
        self.model.set_scale(scale_min, scale_max)

    def criteria(self) -> tuple[CriterionInput, ...]:
        self._commit_open_editor()
        return self.model.criteria()

    def show_errors(self, field_errors: dict[str, str]) -> None:
        """Mark the cells the messages are about and bring the first of them into view."""
        self.model.show_errors(field_errors)
        marked = self.model.first_error()
        if marked is not None:
            self.table.scrollTo(self.model.index(*marked))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def add_criterion(self) -> int:
        row = self.model.add()
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        return row

    def remove_criterion(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove(row)
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), NAME))

    def move_criterion(self, step: int) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            row = self.model.move(index.row(), step)
            self.table.setCurrentIndex(self.model.index(row, index.column()))

    def set_read_only(self) -> None:
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.description.setReadOnly(True)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.hide()

    # --- keeping the view in step -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their real widths only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def _commit_open_editor(self) -> None:
        """A cell still being typed in counts, as if the user had left it."""
        editor = self.table.indexWidget(self.table.currentIndex()) or self.table.focusWidget()
        if editor is not None and editor is not self.table and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def _after_reset(self) -> None:
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(48)
        for column, width in {NAME: 180, NAME_LOCAL: 160, WEIGHT: 64, SHARE: 60}.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setColumnHidden(DESCRIPTION, True)  # edited under the table, where it has room
        # The descriptors share the rest of the width; past a few levels the table scrolls instead.
        stretch = len(self.model.levels) <= STRETCHED_LEVELS
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if not stretch:
                header.resizeSection(column, LEVEL_WIDTH)
        self._after_change()
        self._current_changed()

    def _data_changed(self, *_args: Any) -> None:
        self._after_change()

    def _after_change(self, *_args: Any) -> None:
        self.table.resizeRowsToContents()
        total = self.model.total_weight()
        count = self.model.rowCount()
        if count:
            criteria = self.tr("1 criterion") if count == 1 else self.tr("%d criteria") % count
            text = self.tr(
                "%(criteria)s, total weight %(weight)s; each share is the criterion's part of a nomination's total."
            )
            self.total.setText(text % {"criteria": criteria, "weight": f"{total:g}"})
        else:
            self.total.setText(self.tr("No criteria yet: add at least one."))
        self._update_buttons()

    def _current_changed(self) -> None:
        row = self.current_row()
        self.description.blockSignals(True)  # showing a criterion's description is not editing it
        self.description.setPlainText(self.model.draft(row).description if row >= 0 else "")
        self.description.blockSignals(False)
        self.description.setEnabled(row >= 0)
        self.description_label.setText(
            self.tr("What criterion %d\nlooks a&t:") % (row + 1)
            if row >= 0
            else self.tr("What it\nlooks a&t:")
        )
        self._update_buttons()

    def _description_edited(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.setData(self.model.index(row, DESCRIPTION), self.description.toPlainText())

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

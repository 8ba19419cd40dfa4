"""The rubric of a recognition programme, edited as a table: one row per criterion with its name,
regional name, weight (and its share of the total) and one descriptor per level of the
programme's scale; under the table, what the chosen criterion looks at (its description).

Descriptors are kept by level number, so widening the scale adds empty columns at the new levels
and narrowing it and widening it again (while the form is open) gives back what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
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

Index = QModelIndex | QPersistentModelIndex

NAME, NAME_LOCAL, WEIGHT, SHARE, DESCRIPTION = range(5)
FIXED_COLUMNS = 5
TEXT_COLUMNS = {NAME: "name", NAME_LOCAL: "name_local", DESCRIPTION: "description"}
ERROR_BACKGROUND = QColor("#fde7ea")
MAX_WEIGHT = 1000.0
STRETCHED_LEVELS = 5
LEVEL_WIDTH = 170


@dataclass
class CriterionDraft:
    """A criterion as the table edits it; ``id`` is None for one added in this form."""

    name: str = ""
    name_local: str = ""
    weight: float = 1.0
    description: str = ""
    descriptors: dict[int, str] = field(default_factory=dict)  # level -> descriptor
    id: int | None = None

    @classmethod
    def from_row(cls, row: CriterionRow | CriterionInput, scale_min: int) -> CriterionDraft:
        return cls(
            name=row.name,
            name_local=row.name_local or "",
            weight=float(row.weight),
            description=row.description,
            descriptors={scale_min + i: text for i, text in enumerate(row.level_descriptors)},
            id=row.id,
        )

    def as_input(self, levels: Sequence[int]) -> CriterionInput:
        return CriterionInput(
            name=self.name,
            weight=self.weight,
            level_descriptors=tuple(self.descriptors.get(level, "") for level in levels),
            name_local=self.name_local or None,
            description=self.description,
            id=self.id,
        )


def share_text(weight: float, total: float) -> str:
    """A weight's share of the total as "40%" or "33.3%"; empty when the total is not positive."""
    if total <= 0 or weight <= 0:
        return ""
    share = f"{100 * weight / total:.1f}".rstrip("0").rstrip(".")
    return f"{share}%"


class RubricModel(QAbstractTableModel):
    """Criteria as rows; the level columns follow the scale set with :meth:`set_scale`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CriterionDraft] = []
        self._levels: list[int] = []
        # (row, column) -> message, from the last refused save; cleared cell by cell as edited.
        self._errors: dict[tuple[int, int], str] = {}

    # --- our interface ------------------------------------------------------------------------

    def load(self, criteria: Sequence[CriterionRow | CriterionInput], scale_min: int, scale_max: int) -> None:
        self.beginResetModel()
        self._rows = [CriterionDraft.from_row(criterion, scale_min) for criterion in criteria]
        self._levels = list(range(scale_min, scale_max + 1))
        self._errors.clear()
        self.endResetModel()

    def set_scale(self, scale_min: int, scale_max: int) -> None:
        """One descriptor column per level from ``scale_min`` to ``scale_max`` (none when the
        highest is below the lowest: the service says what is wrong with such a scale)."""
        levels = list(range(scale_min, scale_max + 1))
        if levels != self._levels:
            self.beginResetModel()
            self._levels = levels
            self._errors.clear()
            self.endResetModel()

    @property
    def levels(self) -> list[int]:
        return list(self._levels)

    def criteria(self) -> tuple[CriterionInput, ...]:
        return tuple(draft.as_input(self._levels) for draft in self._rows)

    def draft(self, row: int) -> CriterionDraft:
        return self._rows[row]

    def total_weight(self) -> float:
        return sum(draft.weight for draft in self._rows if draft.weight > 0)

    def level_column(self, level: int) -> int:
        return FIXED_COLUMNS + self._levels.index(level)

    def add(self, draft: CriterionDraft | None = None) -> int:
        """Append a criterion (by default weighted like the lightest one there); returns its row."""
        if draft is None:
            lightest = min((d.weight for d in self._rows if d.weight > 0), default=1.0)
            draft = CriterionDraft(weight=lightest)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(draft)
        self.endInsertRows()
        self._errors.clear()
        self._shares_changed()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._errors.clear()  # they named rows by position
        self._shares_changed()

    def move(self, row: int, step: int) -> int:
        """Move a criterion one place up (-1) or down (+1); returns where it is now."""
        target = row + step
        if step not in (-1, 1) or not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return row
        # Qt counts the destination before the move: one further down when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if step > 0 else target)
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self.endMoveRows()
        self._errors.clear()
        return target

    def show_errors(self, field_errors: dict[str, str]) -> None:
        """Mark the cells the service's "criteria.<n>.<field>" messages are about."""
        self._errors.clear()
        for key, message in field_errors.items():
            parts = key.split(".")
            if len(parts) != 3 or parts[0] != "criteria" or not parts[1].isdigit():
                continue
            row = int(parts[1])
            if not 0 <= row < len(self._rows):
                continue
            for column in self._columns_of(row, parts[2]):
                self._errors[(row, column)] = message
        self._repaint()

    def clear_errors(self) -> None:
        if self._errors:
            self._errors.clear()
            self._repaint()

    def first_error(self) -> tuple[int, int] | None:
        """The (row, column) of the first marked cell, reading row by row."""
        return min(self._errors, default=None)

    def error_at(self, row: int, column: int) -> str:
        return self._errors.get((row, column), "")

    def _columns_of(self, row: int, name: str) -> list[int]:
        if name == "level_descriptors":
            empty = [
                self.level_column(level)
                for level in self._levels
                if not self._rows[row].descriptors.get(level)
            ]
            return empty or [self.level_column(level) for level in self._levels]
        return {"name": [NAME], "name_local": [NAME_LOCAL], "weight": [WEIGHT]}.get(name, [NAME])

    def _repaint(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.BackgroundRole])

    def _shares_changed(self) -> None:
        if self._rows:
            top, bottom = self.index(0, SHARE), self.index(len(self._rows) - 1, SHARE)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._levels)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == SHARE else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        draft, column = self._rows[index.row()], index.column()
        error = self._errors.get((index.row(), column))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND) if error else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (WEIGHT, SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME and not error:  # the description, which the table does not show
                return draft.description or draft.name or None
            return error or self._text(draft, column) or None
        if role == Qt.ItemDataRole.EditRole:
            return draft.weight if column == WEIGHT else self._text(draft, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WEIGHT:
                return f"{draft.weight:g}"
            if column == SHARE:
                return share_text(draft.weight, self.total_weight())
            return self._text(draft, column)
        return None

    def _text(self, draft: CriterionDraft, column: int) -> str:
        if column in TEXT_COLUMNS:
            return getattr(draft, TEXT_COLUMNS[column])
        if column >= FIXED_COLUMNS:
            return draft.descriptors.get(self._levels[column - FIXED_COLUMNS], "")
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        draft, column = self._rows[index.row()], index.column()
        if column == WEIGHT:
            try:
                draft.weight = float(value)
            except (TypeError, ValueError):
                return False
        elif column in TEXT_COLUMNS:
            setattr(draft, TEXT_COLUMNS[column], " ".join(str(value).split()))
        elif FIXED_COLUMNS <= column < self.columnCount():
            draft.descriptors[self._levels[column - FIXED_COLUMNS]] = " ".join(str(value).split())
        else:
            return False
        self._errors.pop((index.row(), column), None)
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.BackgroundRole]
        self.dataChanged.emit(index, index, roles)
        if column == WEIGHT:
            self._shares_changed()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return section + 1 if 0 <= section < len(self._rows) else None
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = (
                self.tr("Criterion"),
                self.tr("Regional name"),
                self.tr("Weight"),
                self.tr("Share"),
                self.tr("What it looks at"),
            )
            if section < FIXED_COLUMNS:
                return fixed[section]
            return self.tr("Level %d") % self._levels[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.ToolTipRole and section == SHARE:
            return self.tr("The criterion's share of a nomination's weighted total")
        return None


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
            text = self.tr("%s, total weight %s; each share is the criterion's part of a nomination's total.")
            self.total.setText(text % (criteria, f"{total:g}"))
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

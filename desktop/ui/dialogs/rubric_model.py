"""The criteria of a recognition programme's rubric as a Qt table model, for the rubric editor:
one row per criterion with its name, regional name, weight (and its share of the total) and one
descriptor column per level of the programme's scale, plus the description (shown under the table).

Descriptors are kept by level number, so widening the scale adds empty columns at the new levels
and narrowing it and widening it again (while the form is open) gives back what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from desktop.services.recognition.programmes import CriterionInput, CriterionRow

Index = QModelIndex | QPersistentModelIndex

NAME, NAME_LOCAL, WEIGHT, SHARE, DESCRIPTION = range(5)
FIXED_COLUMNS = 5
TEXT_COLUMNS = {NAME: "name", NAME_LOCAL: "name_local", DESCRIPTION: "description"}
ERROR_BACKGROUND = QColor("#fde7ea")


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

"""The list on the left of the Scoring tab: the reviewer's nominations and how far they have got
with each, a conflict of interest marked with its reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from desktop.services.recognition import scoring
from desktop.services.recognition.scoring import SheetEntry
from desktop.ui.table_model import ListTableModel

# What the list says of a conflict of interest, in a word or two; the full reason is its tooltip.
CONFLICT_SHORT = {
    scoring.NOMINATED_BY_REVIEWER: QT_TRANSLATE_NOOP("ScoringTab", "Nominated by you"),
    scoring.ABOUT_REVIEWER: QT_TRANSLATE_NOOP("ScoringTab", "About you"),
    scoring.REVIEWERS_SCHOOL: QT_TRANSLATE_NOOP("ScoringTab", "Your school"),
}


def state_text(entry: SheetEntry) -> str:
    """How far the reviewer has got with a nomination, marked so it can be seen at a glance."""
    translate = QCoreApplication.translate  # in the Scoring tab's context, where it is shown
    if entry.conflict is not None:
        if entry.conflict in CONFLICT_SHORT:
            return "⊘ " + translate("ScoringTab", CONFLICT_SHORT[entry.conflict])
        return "⊘ " + translate("ScoringTab", "Conflict of interest")
    if entry.complete:
        return "✓ " + translate("ScoringTab", "Done")
    if entry.levels:
        return "◐ " + translate("ScoringTab", "%(scored)d of %(criteria)d") % {
            "scored": len(entry.levels),
            "criteria": entry.criteria_count,
        }
    return "○ " + translate("ScoringTab", "Not started")


class SheetModel(ListTableModel):
    """The reviewer's nominations; a conflicted one shows its reason as a tooltip."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.row() < self.rowCount():
            entry: SheetEntry = self.row_at(index.row())
            about = f"{entry.nominee_name} — {entry.nominee_kind_label}, {entry.nominee_detail}"
            return f"{about}\n{entry.conflict}" if entry.conflict else about
        return super().data(index, role)

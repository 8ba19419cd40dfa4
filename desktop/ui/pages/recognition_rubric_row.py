"""One criterion of the rubric on the Scoring tab: its name and weight, a button per level, and
what the levels mean. The tab moves the keyboard between rows and gives the levels; a row shows
them and says when it is clicked or takes the focus."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services.recognition.scoring import CriterionInfo

GREY = "#8a8a8a"
CURRENT_STYLE = (
    "QFrame#criterion { border: 2px solid #1565c0; border-radius: 4px; background: #eef5fd; }"
    "QFrame#criterion QPushButton:checked { background: #1565c0; color: white; font-weight: bold; }"
)
OTHER_STYLE = (
    "QFrame#criterion { border: 1px solid #d0d0d0; border-radius: 4px; }"
    "QFrame#criterion QPushButton:checked { background: #1565c0; color: white; font-weight: bold; }"
)


class CriterionRow(QFrame):
    """One criterion of the rubric: its name and weight, a button per level, and what the levels
    mean (every level while it is the current criterion, else the one given)."""

    chosen = Signal(int, int)  # position, level clicked
    entered = Signal(int)  # position: the row took the keyboard focus

    def __init__(self, position: int, criterion: CriterionInfo, share: float, scale: range) -> None:
        super().__init__()
        self.position, self.criterion, self.scale = position, criterion, scale
        self.level: int | None = None
        self.current = False
        self.setObjectName("criterion")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(criterion.name)
        local = (
            f" <span style='color:{GREY}'>{html.escape(criterion.name_local)}</span>"
            if criterion.name_local
            else ""
        )
        title = QLabel(f"<b>{position + 1}. {html.escape(criterion.name)}</b>{local}")
        title.setWordWrap(True)
        title.setToolTip(criterion.description)
        weight = QLabel(
            self.tr("weight %(weight)s, %(share)s%% of the total")
            % {"weight": f"{criterion.weight:g}", "share": f"{share:.0f}"}
        )
        weight.setStyleSheet(f"color: {GREY};")
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        for level in scale:
            button = QPushButton(str(level))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys; buttons are for the mouse
            button.setFixedWidth(44)
            button.setToolTip(f"{level}: {self.descriptor(level)}")
            self.group.addButton(button, level)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.group.idClicked.connect(lambda level: self.chosen.emit(self.position, level))
        self.descriptors = QLabel()
        self.descriptors.setWordWrap(True)
        self.descriptors.setTextFormat(Qt.TextFormat.RichText)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(weight, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.descriptors)
        self.set_current(False)

    def descriptor(self, level: int) -> str:
        index = level - self.scale.start
        descriptors = self.criterion.descriptors
        return descriptors[index] if 0 <= index < len(descriptors) else ""

    def set_level(self, level: int | None) -> None:
        self.level = level
        if level is None:  # an exclusive group keeps one button checked; let go of it to clear
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(level).setChecked(True)
        self._show_descriptors()

    def set_current(self, current: bool) -> None:
        self.current = current
        self.setStyleSheet(CURRENT_STYLE if current else OTHER_STYLE)
        self._show_descriptors()

    def set_editable(self, editable: bool) -> None:
        for button in self.group.buttons():
            button.setEnabled(editable)

    def _show_descriptors(self) -> None:
        if self.current:  # every level, to choose one by its digit; the one given in bold
            lines = []
            for level in self.scale:
                text = f"{level} — {html.escape(self.descriptor(level))}"
                lines.append(
                    f"<b>{text}</b>" if level == self.level else f"<span style='color:#444'>{text}</span>"
                )
            self.descriptors.setText("<br>".join(lines))
        elif self.level is not None:
            self.descriptors.setText(f"{self.level} — {html.escape(self.descriptor(self.level))}")
        else:
            self.descriptors.setText(
                f"<i style='color:{GREY}'>%s</i>" % html.escape(self.tr("Not scored yet"))
            )

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self.entered.emit(self.position)

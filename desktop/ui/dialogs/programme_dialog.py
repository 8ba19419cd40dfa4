"""The form of a recognition programme: what it is for, who may be nominated, its categories and
selection rules, and beside them the rubric: the scale and the criteria with their descriptors."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.database import Database
from desktop.services.recognition import programmes
from desktop.services.recognition.programmes import SCALE_HIGHEST, SCALE_LOWEST, ProgrammeInput, ProgrammeRow
from desktop.services.recognition.vocabulary import NOMINEE_KINDS, REGIONAL_LANGUAGES, UNIT_KINDS
from desktop.ui.dialogs.form_dialog import INVALID_STYLE, FormDialog
from desktop.ui.dialogs.mou_widgets import hint_label
from desktop.ui.dialogs.rubric_editor import RubricEditor
from desktop.ui.i18n import LANGUAGE_NAMES

ERROR_COLOUR = "#b00020"
# The service's keys for the rubric are shown under these two fields of the Rubric tab.
SCALE = "scale"
CRITERIA = "criteria"


def _rubric_field(key: str) -> str | None:
    if key in ("scale_min", "scale_max"):
        return SCALE
    if key == CRITERIA or key.startswith(CRITERIA + "."):
        return CRITERIA
    return None


class KindChecks(QWidget):
    """Who may be nominated: a tick for each kind of person, then the units."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        persons = [kind for kind in NOMINEE_KINDS if kind not in UNIT_KINDS]
        units = [kind for kind in NOMINEE_KINDS if kind in UNIT_KINDS]
        half = (len(persons) + 1) // 2
        for position, kind in enumerate(persons):
            self._add(grid, kind, position % half, position // half)
        for position, kind in enumerate(units):
            self._add(grid, kind, half + position // 2, position % 2)

    def _add(self, grid: QGridLayout, kind: str, row: int, column: int) -> None:
        box = QCheckBox(QCoreApplication.translate("Recognition", NOMINEE_KINDS[kind]))
        box.toggled.connect(lambda _on: self.changed.emit())
        grid.addWidget(box, row, column)
        self.boxes[kind] = box

    def kinds(self) -> tuple[str, ...]:
        return tuple(kind for kind, box in self.boxes.items() if box.isChecked())

    def set_kinds(self, kinds: Sequence[str]) -> None:
        for kind, box in self.boxes.items():
            box.setChecked(kind in kinds)


class ScaleField(QWidget):
    """The rubric's scale: its lowest and highest level."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lowest = QSpinBox()
        self.highest = QSpinBox()
        for spin in (self.lowest, self.highest):
            # The service's limits; whether the highest is above the lowest is its to say.
            spin.setRange(SCALE_LOWEST, SCALE_HIGHEST)
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.lowest.setAccessibleName(self.tr("Lowest level"))
        self.highest.setAccessibleName(self.tr("Highest level"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("levels from")))
        row.addWidget(self.lowest)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.highest)
        row.addStretch(1)

    def set_scale(self, lowest: int, highest: int) -> None:
        self.lowest.setValue(lowest)
        self.highest.setValue(highest)

    def scale(self) -> tuple[int, int]:
        return self.lowest.value(), self.highest.value()


class ProgrammeDialog(FormDialog):
    """New programme (``row`` None) or edit one; ``saved`` is the ProgrammeRow after Save.

    Two tabs: the programme's own fields, and its rubric (the scale and the criteria table, as
    wide as the dialog, since each level has a descriptor column)."""

    def __init__(self, db: Database, row: ProgrammeRow | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("New recognition programme") if row is None else self.tr("Edit %s") % row.name
        super().__init__(title, parent)
        self.db = db
        self.row = row
        self.setMinimumSize(1000, 600)
        self.resize(1240, 700)  # fits the 1366 × 768 screens of many office PCs
        data = row.as_input() if row else None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._programme_tab(data), self.tr("&Programme"))
        self.tabs.addTab(self._rubric_tab(data), self.tr("Ru&bric"))
        self.add_side_panel(self.tabs, 1)
        self._columns.setStretch(0, 0)  # the base form stays empty: every field is in a tab
        for name, holder in self._holders.items():
            holder.setFocusProxy(self._widgets[name])  # a label's mnemonic reaches the field
        if db.read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.rubric.set_read_only()
        self._show_rubric_size()
        self.widget("name").setFocus()

    @contextmanager
    def _building(self, form: QFormLayout) -> Iterator[None]:
        """Fields added meanwhile go into ``form``, with their error lines kept with the others."""
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        saved, self._rows.form = self._rows.form, form
        try:
            yield
        finally:
            self._rows.form = saved

    def _programme_tab(self, data: ProgrammeInput | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        with self._building(form):
            self.line("name", self.tr("&Name"), data and data.name, self.tr("e.g. Coffee with Collector"))
            self.line("name_local", self.tr("Name (re&gional)"), data and data.name_local, "ಉದಾ. ಪ್ರಗತಿಯ ಹೆಜ್ಜೆ")
            languages = [
                (LANGUAGE_NAMES.get(code, label), code) for code, label in REGIONAL_LANGUAGES.items()
            ]
            self.combo("language", self.tr("Regional &language"), languages, data.language if data else "kn")
            purpose = self.text_area("purpose", self.tr("Pu&rpose"), data and data.purpose)
            purpose.setFixedHeight(84)
            self.kinds = KindChecks()
            self.kinds.set_kinds(data.eligible_kinds if data else ())
            self.kinds.changed.connect(lambda: self.clear_error("eligible_kinds"))
            self.add_field("eligible_kinds", self.tr("Who may be\nnominated"), self.kinds)
            categories = self.text_area(
                "categories", self.tr("&Categories"), "\n".join(data.categories) if data else ""
            )
            categories.setPlaceholderText(self.tr("One a line, e.g. Student welfare; empty for none"))
            rules = self.text_area(
                "selection_rules", self.tr("Sel&ection rules"), data and data.selection_rules
            )
            # The rules take the height the tab can spare.
            rules.setMinimumHeight(110)
            rules.setMaximumHeight(16777215)
            rules.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for name in ("purpose", "categories", "selection_rules"):
            edit = self.widget(name)
            edit.textChanged.connect(lambda name=name: self.clear_error(name))  # type: ignore[attr-defined]
        return page

    def _rubric_tab(self, data: ProgrammeInput | None) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            hint_label(
                self.tr(
                    "Reviewers give each criterion a level of the scale; a nomination's total weighs the "
                    "levels by the criteria's weights. Double-click a cell, or start typing, to edit it."
                )
            )
        )
        form = QFormLayout()
        column.addLayout(form, 1)
        self.scale = ScaleField()
        self.scale.set_scale(data.scale_min if data else 1, data.scale_max if data else 4)
        self.rubric = RubricEditor()
        self.rubric.load(data.criteria if data else (), *self.scale.scale())
        with self._building(form):
            self.add_field(SCALE, self.tr("&Scale"), self.scale)
            self.add_field(CRITERIA, "", self.rubric)
        self.scale.changed.connect(self._scale_changed)
        model = self.rubric.model
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: self.clear_error(CRITERIA))
        model.rowsInserted.connect(lambda *_: self._show_rubric_size())
        model.rowsRemoved.connect(lambda *_: self._show_rubric_size())
        return page

    def _scale_changed(self) -> None:
        self.rubric.set_scale(*self.scale.scale())
        self.clear_error(SCALE)

    def _show_rubric_size(self) -> None:
        count = self.rubric.model.rowCount()
        self.tabs.setTabText(
            1, self.tr("Ru&bric (%d criteria)") % count if count != 1 else self.tr("Ru&bric (1 criterion)")
        )

    # --- errors -------------------------------------------------------------------------------

    def show_errors(self, field_errors: dict[str, str]) -> None:
        """Each message under its field, the rubric's under the table with its cells marked; the
        tab with the first message is shown and every tab with one is marked."""
        placed: dict[str, str] = {}
        for key, message in field_errors.items():
            name = _rubric_field(key) or key
            placed[name] = f"{placed[name]}\n{message}" if name in placed else message
        self.rubric.show_errors(field_errors)
        rubric_keys = {SCALE, CRITERIA}
        on_rubric = [name for name in placed if name in rubric_keys]
        on_programme = [name for name in placed if name not in rubric_keys and name in self._errors]
        bar = self.tabs.tabBar()
        for index, names in ((0, on_programme), (1, on_rubric)):
            bar.setTabTextColor(index, QColor(ERROR_COLOUR) if names else QColor())
        if on_programme or on_rubric:
            self.tabs.setCurrentIndex(0 if on_programme else 1)
        super().show_errors(placed)
        # The red border on the part that holds the value, not on every label and button inside.
        for name, part in (("eligible_kinds", None), (SCALE, "QSpinBox"), (CRITERIA, "QTableView")):
            if name in placed:
                self.widget(name).setStyleSheet(f"{part} {{ {INVALID_STYLE} }}" if part else "")

    # --- saving -------------------------------------------------------------------------------

    def programme_input(self) -> ProgrammeInput:
        lowest, highest = self.scale.scale()
        return ProgrammeInput(
            name=self.value("name"),
            name_local=self.value("name_local"),
            purpose=self.value("purpose"),
            eligible_kinds=self.kinds.kinds(),
            criteria=self.rubric.criteria(),
            categories=tuple(line for line in self.value("categories").splitlines() if line.strip()),
            selection_rules=self.value("selection_rules"),
            scale_min=lowest,
            scale_max=highest,
            language=self.value("language"),
        )

    def submit(self) -> ProgrammeRow:
        self.rubric.model.clear_errors()
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor())
        data = self.programme_input()
        if self.row is None:
            return programmes.create_programme(self.db, data)
        return programmes.update_programme(self.db, self.row.id, data)

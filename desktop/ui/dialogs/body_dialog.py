"""Forming or editing a committee, task force or review group, and dissolving one.

The unit a body belongs to is chosen by its level: the district, a block or a cluster from a list
(typed part of a name narrows it), or a school found by searching its name or UDISE code, a
screenful at a time, so the form stays quick with thousands of schools.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import geography, offices, schools
from desktop.services.committees import bodies
from desktop.services.committees.bodies import BodyDetail, BodyInput
from desktop.services.committees.units import UnitNames
from desktop.services.committees.vocabulary import BODY_KINDS, FREQUENCIES, LEVELS
from desktop.services.database import Database
from desktop.services.recipients import find_school_ids
from desktop.ui.dialogs.form_dialog import INVALID_STYLE, FormDialog
from desktop.ui.dialogs.mou_widgets import compact, date_edit, hint_label

SEARCH_DELAY_MS = 150
SCHOOL_MATCHES = 20
ID_ROLE = Qt.ItemDataRole.UserRole
# The level a new body of each kind usually sits at; chosen for the user, who may change it.
KIND_LEVELS = {
    "district_task_force": "district",
    "district_steering_committee": "district",
    "district_resource_group": "district",
    "dpmu": "district",
    "core_committee": "district",
    "block_review_group": "block",
    "cluster_review_group": "cluster",
    "school_committee": "school",
}


def searchable(box: QComboBox, placeholder: str) -> QComboBox:
    """An editable combo whose typed text narrows the list to the items containing it."""
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMaxVisibleItems(15)
    box.lineEdit().setPlaceholderText(placeholder)
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    return compact(box)


def combo_id(box: QComboBox) -> int | None:
    """The id of the item whose text is in the combo; None when the text names none of them."""
    index = box.findText(box.currentText().strip())
    data = box.itemData(index) if index >= 0 else None
    return data if isinstance(data, int) else None


class SchoolSearch(QWidget):
    """One school, found by typing part of its name or its 11-digit UDISE code."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._school_id: int | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type part of the school's name or its UDISE code"))
        self.query.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setFixedHeight(120)
        # Long names are cut at the end (whole in the tooltip) rather than scrolled sideways.
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.query)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._timer.start)
        self.matches.currentItemChanged.connect(self._picked)
        self._show_chosen(None)

    def school_id(self) -> int | None:
        return self._school_id

    def set_school_id(self, school_id: int | None) -> None:
        row = schools.school_rows(self._db, [school_id]).get(school_id) if school_id else None
        self._school_id = row.id if row else None
        self._show_chosen(row)

    def search(self) -> None:
        """List the schools matching the search line (at most a screenful)."""
        self._timer.stop()
        query = self.query.text().strip()
        ids = find_school_ids(self._db, query, SCHOOL_MATCHES) if query else []
        rows = schools.school_rows(self._db, ids)
        self.matches.blockSignals(True)  # filling the list is not choosing
        self.matches.clear()
        for school_id in ids:
            if school_id in rows:
                item = QListWidgetItem(_school_label(rows[school_id]))
                item.setData(ID_ROLE, school_id)
                item.setToolTip(item.text())
                self.matches.addItem(item)
        self.matches.blockSignals(False)
        if query and not ids:
            self.matches.addItem(self.tr("Nothing matches “%s”.") % query)

    def _picked(self, item: QListWidgetItem | None) -> None:
        school_id = item.data(ID_ROLE) if item is not None else None
        if isinstance(school_id, int):
            self.set_school_id(school_id)
            self.changed.emit()

    def _show_chosen(self, row: schools.SchoolRow | None) -> None:
        chosen = _school_label(row) if row else self.tr("none yet")
        self.chosen.setText(self.tr("School: %s") % chosen)


def _school_label(row: schools.SchoolRow) -> str:
    school = UnitNames("school", row.name, udise_code=row.udise_code).screen
    if row.cluster_name:
        place = QCoreApplication.translate("SchoolSearch", "%(cluster)s cluster, %(block)s block") % {
            "cluster": row.cluster_name,
            "block": row.block_name,
        }
    else:
        place = UnitNames("block", row.block_name).screen
    return f"{school} — {place}"


class UnitChooser(QWidget):
    """The district, block, cluster or school a body belongs to, for the level chosen: only that
    level's chooser shows (a stacked widget would keep the tall school search's height)."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists: dict[str, QComboBox] = {}
        # Named in the interface's language, as the lists of bodies and meetings name them.
        choices = {
            "district": [(UnitNames("district", d.name).screen, d.id) for d in geography.list_districts(db)],
            "block": [(UnitNames("block", b.name).screen, b.id) for b in geography.list_blocks(db)],
            "cluster": [
                (UnitNames("cluster", c.name, block=c.block_name).screen, c.id)
                for c in geography.list_clusters(db)
            ],
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for level, items in choices.items():
            box = searchable(QComboBox(), self.tr("Type part of the name"))
            box.addItem("", None)
            for text, unit_id in items:
                box.addItem(text, unit_id)
            if level == "district" and len(items) == 1:
                box.setCurrentIndex(1)  # the usual case: one district
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.lists[level] = box
            layout.addWidget(box)
        self.school = SchoolSearch(db)
        self.school.changed.connect(self.changed)
        layout.addWidget(self.school)
        self._level = "district"
        self.set_level("district")

    def set_level(self, level: str) -> None:
        self._level = level
        for key, box in self.lists.items():
            box.setVisible(key == level)
        self.school.setVisible(level == "school")

    def current_widget(self) -> QWidget:
        return self.school if self._level == "school" else self.lists[self._level]

    def unit_id(self) -> int | None:
        if self._level == "school":
            return self.school.school_id()
        return combo_id(self.lists[self._level])

    def set_unit(self, level: str, unit_id: int | None) -> None:
        self.set_level(level)
        if level == "school":
            self.school.set_school_id(unit_id)
        else:
            box = self.lists[level]
            box.setCurrentIndex(max(0, box.findData(unit_id)))

    def set_frozen(self) -> None:
        for box in self.lists.values():
            box.setEnabled(False)
        self.school.query.hide()
        self.school.matches.hide()


class BodyDialog(FormDialog):
    """New body, or edit one (``body`` given); ``saved`` is the body's id once saved."""

    def __init__(
        self, db: Database, body: BodyDetail | None = None, parent: QWidget | None = None, *, today: date
    ) -> None:
        super().__init__(self.tr("Edit %s") % body.data.name if body else self.tr("New body"), parent)
        self._db, self._body = db, body
        self.setMinimumWidth(640)  # school and office names are long
        data = body.data if body else None
        self.line("name", self.tr("Name"), data and data.name, self.tr("e.g. District Task Force on FLN"))
        self.line("name_local", self.tr("Name (regional language)"), data and data.name_local)
        kinds = [
            (QCoreApplication.translate("Committees", label), code) for code, label in BODY_KINDS.items()
        ]
        self.kind = self.combo("kind", self.tr("Kind"), kinds, data.kind if data else "district_task_force")
        self.line("kind_other", self.tr("Kind, described"), data and data.kind_other)
        levels = [(QCoreApplication.translate("Committees", label), code) for code, label in LEVELS.items()]
        self.level = self.combo("level", self.tr("Level"), levels, data.level if data else "district")
        self.unit = UnitChooser(db)
        self.add_field("unit_id", self.tr("Belongs to"), self.unit)
        if data is not None:
            self.unit.set_unit(data.level, data.unit_id)
        else:
            self.unit.set_level(self.level.currentData())
        if body is not None and body.meeting_count:
            self.level.setEnabled(False)
            self.unit.set_frozen()
            note = self.tr("The level and unit are fixed: %(body)s has %(count)d meeting(s) on record.")
            self.add_field(
                "unit_note", "", hint_label(note % {"body": body.data.name, "count": body.meeting_count})
            )
        office_items = [("", None)] + [(o.name, o.id) for o in offices.list_offices(db)]
        self.office = compact(
            self.combo("office_id", self.tr("Convening office"), office_items, data and data.office_id)
        )
        self.formed = self.add_field(
            "formed_on", self.tr("Formed on"), date_edit(data.formed_on if data else today)
        )
        frequencies = [
            (QCoreApplication.translate("Committees", label), code) for code, label in FREQUENCIES.items()
        ]
        self.combo(
            "meeting_frequency",
            self.tr("Meets"),
            frequencies,
            data.meeting_frequency if data else "monthly",
        )
        self.text_area("purpose", self.tr("Purpose"), data and data.purpose)
        self.line(
            "constituting_order",
            self.tr("Constituting order No."),
            data and data.constituting_order,
            self.tr("set when the order is issued from the Constitution order button"),
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.unit.changed.connect(lambda: self.clear_error("unit_id"))
        self.set_field_visible("kind_other", self.kind.currentData() == "custom")

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.set_field_visible("kind_other", kind == "custom")
        if self._body is None and kind in KIND_LEVELS:  # a new body: its usual level, to save a step
            self.set_combo(self.level, KIND_LEVELS[kind])

    def _level_changed(self) -> None:
        self.unit.set_level(self.level.currentData())
        self.clear_error("unit_id")

    def show_errors(self, field_errors: dict[str, str]) -> None:
        super().show_errors(field_errors)
        if "unit_id" in field_errors:  # the border on the part that holds the value, not every child
            self.unit.setStyleSheet(f"QComboBox, QLineEdit {{ {INVALID_STYLE} }}")

    def body_input(self) -> BodyInput:
        return BodyInput(
            name=self.value("name"),
            kind=self.kind.currentData(),
            level=self.level.currentData(),
            unit_id=self.unit.unit_id(),
            office_id=self.office.currentData(),
            formed_on=self.formed.date().toPython(),  # type: ignore[attr-defined]
            purpose=self.value("purpose"),
            name_local=self.value("name_local"),
            kind_other=self.value("kind_other") if self.kind.currentData() == "custom" else None,
            meeting_frequency=self.value("meeting_frequency"),
            constituting_order=self.value("constituting_order"),
        )

    def submit(self) -> Any:
        if self._body is None:
            return bodies.create_body(self._db, self.body_input())
        bodies.update_body(self._db, self._body.id, self.body_input())
        return self._body.id


class DissolveDialog(FormDialog):
    """Dissolve a body on a date (its last day); every seat still running then ends with it."""

    def __init__(
        self, db: Database, body_id: int, name: str, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Dissolve %s") % name, parent)
        self._db, self._body_id = db, body_id
        explanation = hint_label(
            self.tr(
                "Every membership still running on that date ends with it. The body and its history stay on record."
            )
        )
        self.add_field("explanation", "", explanation)
        self.on = self.add_field("on", self.tr("Dissolved on (last day)"), date_edit(today))
        self.text_area("reason", self.tr("Reason (optional)"))
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Dissolve"))

    def submit(self) -> int:
        on = self.on.date().toPython()  # type: ignore[attr-defined]
        bodies.dissolve_body(self._db, self._body_id, on, self.value("reason"))
        return self._body_id

"""Choosing the nominee of a nomination: a person, school or cluster from the records, or a new
person added with the nomination."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import geography, people, schools
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.recipients import find_school_ids
from desktop.services.recognition.nominations import NomineeChoice
from desktop.services.recognition.nominees import Nominee, eligibility_problem
from desktop.services.recognition.programmes import ProgrammeRow
from desktop.services.recognition.vocabulary import PERSON_KINDS, kind_of_designation, kinds_text
from desktop.services.text import search_key, search_terms
from desktop.ui.dialogs.form_dialog import ERROR_STYLE
from desktop.ui.dialogs.mou_widgets import hint_label
from desktop.ui.dialogs.nomination_parts import NewPersonForm
from desktop.ui.person_picker import PersonPicker, SearchChooser

NOMINEE_CHOICE_LABELS = {
    "person": QT_TRANSLATE_NOOP("NomineeChooser", "&Person"),
    "school": QT_TRANSLATE_NOOP("NomineeChooser", "&School"),
    "cluster": QT_TRANSLATE_NOOP("NomineeChooser", "Cl&uster"),
}


def keep_one_choice(chooser: SearchChooser) -> QLabel:
    """Make a chooser of several records choose one: a new tick replaces the earlier choice. Its
    list of chosen records gives way to the returned line, which names the one chosen."""
    chosen_line = QLabel()
    chosen_line.setWordWrap(True)
    for widget in (chooser.heading, chooser.chosen, chooser.remove_button):
        widget.hide()

    def keep_last() -> None:
        chosen = chooser.ids()
        if len(chosen) > 1:
            chooser.set_ids(chosen[-1:])
            return
        label = chooser.chosen.item(0).text() if chooser.chosen.count() else ""
        chosen_line.setText(
            QCoreApplication.translate("SearchChooser", "Chosen: <b>%s</b>") % html.escape(label)
            if label
            else QCoreApplication.translate("SearchChooser", "Nothing chosen yet.")
        )

    chooser.changed.connect(keep_last)  # connected first, so later listeners see one choice
    keep_last()
    chooser.layout().addWidget(chosen_line)
    return chosen_line


class NomineeChooser(QWidget):
    """Who is nominated: a person, a school or a cluster from the records, or a new person.

    The kinds of record the programme does not recognise cannot be chosen; a person whose
    designation it does not recognise is flagged at once (the service has the final word)."""

    changed = Signal()

    def __init__(self, db: Database, programme: ProgrammeRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.programme = programme
        eligible = set(programme.eligible_kinds)
        allowed = {
            "person": bool(eligible & PERSON_KINDS),
            "school": "school" in eligible,
            "cluster": "cluster" in eligible,
        }
        self.kind_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("Nominate a")))
        for kind, label in NOMINEE_CHOICE_LABELS.items():
            button = QRadioButton(self.tr(label))
            button.setEnabled(allowed[kind])
            if not allowed[kind]:
                button.setToolTip(
                    self.tr("%(programme)s recognises %(kinds)s only.")
                    % {"programme": programme.name, "kinds": kinds_text(programme.eligible_kinds)}
                )
            group.addButton(button)
            kinds.addWidget(button)
            self.kind_buttons[kind] = button
        kinds.addStretch(1)

        self.people = PersonPicker(db)
        self.chosen_person = keep_one_choice(self.people)
        self.new_person_button = QPushButton(self.tr("&New person…"))
        self.new_person_button.setCheckable(True)
        self.new_person_button.setAutoDefault(False)
        self.new_person_button.setToolTip(
            self.tr("Add someone missing from the records with this nomination")
        )
        self.new_person = NewPersonForm(db)
        self.new_person.hide()
        person_page = QWidget()
        person_layout = QVBoxLayout(person_page)
        person_layout.setContentsMargins(0, 0, 0, 0)
        person_layout.addWidget(self.people, 1)
        person_layout.addWidget(self.new_person, 1)
        adding = QHBoxLayout()
        self.new_person_hint = hint_label(self.tr("Not in the records?"))
        adding.addWidget(self.new_person_hint, 1)
        adding.addWidget(self.new_person_button)
        person_layout.addLayout(adding)

        self.schools = SearchChooser(
            lambda query, limit: find_school_ids(db, query, limit),
            self._school_labels,
            placeholder=self.tr("School name or 11-digit UDISE code"),
            title="",
        )
        self.chosen_school = keep_one_choice(self.schools)
        clusters = geography.list_clusters(db)
        self._cluster_rows = {cluster.id: cluster for cluster in clusters}
        self._cluster_keys = {
            cluster.id: search_key(cluster.name, cluster.name_local, cluster.block_name)
            for cluster in clusters
        }
        self.clusters = SearchChooser(
            self._find_clusters,
            self._cluster_labels,
            placeholder=self.tr("Cluster or block name"),
            title="",
            limit=100,
            browse=True,
        )
        self.chosen_cluster = keep_one_choice(self.clusters)

        self.pages = QStackedWidget()
        self.page_of = {"person": person_page, "school": self.schools, "cluster": self.clusters}
        for page in self.page_of.values():
            self.pages.addWidget(page)
        self.error = QLabel()
        self.error.setObjectName("error_nominee")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)

        for kind, button in self.kind_buttons.items():
            button.toggled.connect(lambda on, kind=kind: on and self._kind_chosen(kind))
        self.people.changed.connect(self._nominee_changed)
        self.schools.changed.connect(self._nominee_changed)
        self.clusters.changed.connect(self._nominee_changed)
        self.new_person.changed.connect(self._nominee_changed)
        self.new_person_button.toggled.connect(self._new_person_toggled)
        first = next((kind for kind, ok in allowed.items() if ok), "person")
        self.set_kind(first)

    # --- API ------------------------------------------------------------------------------------

    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)
        self._kind_chosen(kind)

    def adding_person(self) -> bool:
        return self.kind() == "person" and self.new_person_button.isChecked()

    def set_choice(self, kind: str, record_id: int) -> None:
        """Choose a record of the kind (a suggestion's cluster or school, say)."""
        self.set_kind(kind)
        if kind == "person":
            self.people.set_ids([record_id])
        elif kind == "school":
            self.schools.set_ids([record_id])
        else:
            self.clusters.set_ids([record_id])

    def search_people(self, text: str) -> None:
        """Start the person search with ``text`` (a suggested cluster's name, say)."""
        self.set_kind("person")
        self.people.query.setText(text)
        self.people.search()

    def choice(self) -> NomineeChoice:
        """The nominee as the service takes it; nothing chosen or a new person's unknown school
        is refused here."""
        kind = self.kind()
        if self.adding_person():
            return NomineeChoice("person", None, self.new_person.person_input())
        record_id = self._record_id()
        if record_id is None:
            raise ValidationError.single("nominee", self._nothing_chosen_text(kind))
        return NomineeChoice(kind, record_id)  # type: ignore[arg-type]

    def nominee(self) -> Nominee | None:
        """What is chosen now, as the eligibility rule sees it (None: nothing chosen yet)."""
        if self.adding_person():
            return self.new_person.nominee() if self.new_person.designation.currentText().strip() else None
        record_id = self._record_id()
        if record_id is None:
            return None
        kind = self.kind()
        if kind == "person":
            person = people.person_rows(self.db, [record_id]).get(record_id)
            if person is None:
                return None
            return Nominee(
                kind_of_designation(person.designation),
                person.name,
                person.name_local,
                person.designation,
                None,
                None,
                person.designation,
            )
        if kind == "school":
            school = schools.school_rows(self.db, [record_id]).get(record_id)
            return Nominee("school", school.name, school.name_local, "", None, None) if school else None
        cluster = self._cluster_rows.get(record_id)
        return Nominee("cluster", cluster.name, cluster.name_local, "", None, None) if cluster else None

    def eligibility_text(self) -> str:
        nominee = self.nominee()
        if nominee is None:
            return ""
        return eligibility_problem(nominee, self.programme.name, self.programme.eligible_kinds) or ""

    def show_errors(self, field_errors: dict[str, str]) -> QWidget | None:
        first = self.new_person.show_errors(field_errors) if self.adding_person() else None
        message = field_errors.get("nominee")
        if message:
            self.error.setText(message)
            self.error.show()
            return first or self.pages.currentWidget()
        return first

    def clear_errors(self) -> None:
        self.new_person.clear_errors()
        self._show_eligibility()

    # --- reacting -------------------------------------------------------------------------------

    def _record_id(self) -> int | None:
        kind = self.kind()
        if kind == "person":
            return self.people.ids()[0] if self.people.ids() else None
        if kind == "school":
            return self.schools.ids()[0] if self.schools.ids() else None
        return self.clusters.ids()[0] if self.clusters.ids() else None

    def _nothing_chosen_text(self, kind: str) -> str:
        return {
            "person": self.tr("Choose the person nominated: search and tick them, or add a new person."),
            "school": self.tr("Choose the school nominated: type its name or UDISE code and tick it."),
            "cluster": self.tr("Choose the cluster nominated: type its name or its block's and tick it."),
        }[kind]

    def _kind_chosen(self, kind: str) -> None:
        self.pages.setCurrentWidget(self.page_of[kind])
        searches = {"person": self.people.query, "school": self.schools.query, "cluster": self.clusters.query}
        self.setFocusProxy(searches[kind])  # the form's focus lands in the search line
        self._nominee_changed()

    def _new_person_toggled(self, on: bool) -> None:
        self.people.setVisible(not on)
        self.new_person.setVisible(on)
        self.new_person_hint.setText(
            self.tr("Added to People with the nomination.") if on else self.tr("Not in the records?")
        )
        self.new_person_button.setText(self.tr("Choose from the &records") if on else self.tr("&New person…"))
        if on:
            if not self.new_person.name.text():
                self.new_person.name.setText(self.people.query.text().strip())
            self.new_person.name.setFocus()
        self._nominee_changed()

    def _nominee_changed(self) -> None:
        self._show_eligibility()
        self.changed.emit()

    def _show_eligibility(self) -> None:
        problem = self.eligibility_text()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def _find_clusters(self, query: str, limit: int) -> list[int]:
        terms = search_terms(query)
        found = [i for i, key in self._cluster_keys.items() if all(term in key for term in terms)]
        return found[:limit]

    def _cluster_labels(self, ids: Sequence[int]) -> dict[int, str]:
        labels = {}
        for cluster in (self._cluster_rows[i] for i in ids if i in self._cluster_rows):
            local = f" ({cluster.name_local})" if cluster.name_local else ""
            labels[cluster.id] = self.tr("%(name)s%(local)s, %(block)s block") % {
                "name": cluster.name,
                "local": local,
                "block": cluster.block_name,
            }
        return labels

    def _school_labels(self, ids: Sequence[int]) -> dict[int, str]:
        rows = schools.school_rows(self.db, ids)
        return {i: f"{r.udise_code}  {r.name} ({r.block_name})" for i, r in rows.items()}

"""The Nominations tab, the nomination form and the suggestions from data, on a real database:
nominating (Kannada names, a new person on the spot), refusals that save nothing, merging a
duplicate, evidence files, filters and search, withdrawing and reinstating, and a nomination made
from a suggestion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services import people
from desktop.services.database import Database
from desktop.services.recognition import nominations
from desktop.services.recognition.vocabulary import MAX_EVIDENCE_BYTES
from desktop.ui.dialogs.nomination_dialog import NominationDialog
from desktop.ui.dialogs.suggestions_dialog import SuggestionsDialog
from desktop.ui.pages.recognition_nominations import NominationsTab
from tests.recognition_fixtures import (
    JUSTIFICATION,
    TODAY,
    World,
    make_cycle,
    make_programme,
    make_world,
    nominate_person,
    row_counts,
    set_status,
)
from tests.test_recognition_suggestions import build_district

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@dataclass(frozen=True)
class Setting:
    db: Database
    world: World
    cycle_id: int


@pytest.fixture
def setting(db: Database) -> Setting:
    world = make_world(db)
    programme = make_programme(db)
    return Setting(db, world, make_cycle(db, programme.id, world).id)


def _tab(qtbot, db: Database, cycle_id: int, today: date = TODAY) -> NominationsTab:  # type: ignore[no-untyped-def]
    tab = NominationsTab(db, today=lambda: today)
    qtbot.addWidget(tab)
    tab.set_cycle(cycle_id)
    tab.show()
    QAbstractItemModelTester(tab.model, FATAL)
    QAbstractItemModelTester(tab.proxy, FATAL)
    return tab


@pytest.fixture
def tab(qtbot, setting: Setting) -> NominationsTab:  # type: ignore[no-untyped-def]
    return _tab(qtbot, setting.db, setting.cycle_id)


def _new_dialog(tab: NominationsTab) -> NominationDialog:
    tab.actions["nominate"].click()
    dialog = tab.dialog
    assert isinstance(dialog, NominationDialog) and dialog.isVisible()
    return dialog


def _pick_person(dialog: NominationDialog, search: str, name: str) -> None:
    picker = dialog.chooser.people
    picker.query.setText(search)
    picker.search()
    labels = [picker.matches.item(i).text() for i in range(picker.matches.count())]
    row = next(i for i, label in enumerate(labels) if label.startswith(name))
    picker.matches.item(row).setCheckState(Qt.CheckState.Checked)


def _fill(dialog: NominationDialog, nominator_id: int, category: str | None = "School development") -> None:
    if category is not None:
        dialog.category.setCurrentIndex(dialog.category.findData(category))
    dialog.nominator.set_choice("person", nominator_id)
    dialog.justification.setPlainText(JUSTIFICATION)


def _table(tab: NominationsTab, column: int) -> list[str]:
    return [tab.proxy.data(tab.proxy.index(row, column)) for row in range(tab.proxy.rowCount())]


def test_a_person_is_nominated_through_the_form_and_the_form_stays_open_for_evidence(
    tab: NominationsTab, setting: Setting
) -> None:
    world = setting.world
    assert tab.phase.text() == (
        "<b>Coffee with Collector 2026</b> — Nominations open until 25/11/2026 · 0 nominations · 3 places"
    )
    dialog = _new_dialog(tab)
    assert dialog.window.text() == "Nominations are open 01/11/2026 to 25/11/2026."
    assert dialog.nominated_on.displayFormat() == "dd/MM/yyyy" and dialog.nominated_on.date() == QDate(TODAY)
    assert not dialog.chooser.kind_buttons["school"].isEnabled()  # Coffee with Collector: persons only
    _pick_person(dialog, "ರಮೇಶ್", "Ramesh K")  # found by the Kannada name
    assert dialog.chooser.chosen_person.text() == "Chosen: <b>Ramesh K, Teacher — GHPS Kerur</b>"
    assert dialog.chooser.error.isHidden()  # a teacher is eligible
    _fill(dialog, world.headmaster_id)
    assert dialog.counter.text() == "116 characters (at least 20, at most 5000)."
    assert not dialog.evidence.add_button.isEnabled()  # nothing to attach to yet

    dialog.save_button.click()
    assert dialog.isVisible() and dialog.nomination_id is not None
    assert dialog.notice.text().startswith("Saved: Ramesh K is nominated.")
    assert dialog.evidence.add_button.isEnabled() and dialog.close_button.isDefault()
    assert "ರಮೇಶ್ ಕೆ" in dialog.summary.text()
    row = nominations.get_nomination(tab.db, dialog.nomination_id)
    assert (row.row.nominee_name, row.row.category, row.row.nominators, row.row.source) == (
        "Ramesh K", "School development", "Lakshmi Devi", "manual")  # fmt: skip
    assert row.nominators[0].justification == JUSTIFICATION
    # The list behind follows at once, the new nomination selected.
    assert _table(tab, 0) == ["Ramesh K"] and _table(tab, 1) == ["ರಮೇಶ್ ಕೆ"]
    assert _table(tab, 8) == ["Nominated 23/11/2026"] and tab.selected().id == dialog.nomination_id
    assert "1 nomination · 3 places" in tab.phase.text()

    # Save now corrects the nomination and closes the form.
    dialog.category.setCurrentIndex(dialog.category.findData("Student welfare"))
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert nominations.get_nomination(tab.db, row.row.id).row.category == "Student welfare"
    assert _table(tab, 5) == ["Student welfare"]


def test_a_nomination_outside_the_window_or_of_an_ineligible_person_is_refused_and_saves_nothing(
    tab: NominationsTab, setting: Setting
) -> None:
    before = row_counts(tab.db)
    dialog = _new_dialog(tab)
    dialog.save_button.click()  # nothing chosen yet: the form says what is missing
    assert dialog.error_text("nominee").startswith("Choose the person nominated")
    assert dialog.error_text("nominator") == "Choose who nominates: the nominating person."

    _pick_person(dialog, "Farida", "Farida Begum")  # an NGO director: no kind of nominee
    assert dialog.chooser.error.isVisible()  # flagged as soon as she is chosen
    assert (
        "designation 'NGO Director' is not one Coffee with Collector recognises"
        in dialog.chooser.error.text()
    )
    _fill(dialog, setting.world.headmaster_id)
    dialog.nominated_on.setDate(QDate(2026, 10, 15))
    assert dialog.window.text().endswith("This date is outside that window.")
    dialog.save_button.click()
    assert dialog.error_text("nominated_on") == (
        "Nominations for Coffee with Collector 2026 are open from 01/11/2026 to 25/11/2026; this one is "
        "dated 15/10/2026."
    )
    assert "not one Coffee with Collector recognises" in dialog.error_text("nominee")
    assert dialog.nomination_id is None and row_counts(tab.db) == before and tab.proxy.rowCount() == 0

    # Too short a justification is the service's refusal too, under its field.
    _pick_person(dialog, "Lakshmi", "Lakshmi Devi")
    dialog.nominated_on.setDate(QDate(TODAY))
    dialog.justification.setPlainText("Very good work.")
    assert dialog.counter.text() == "15 characters; write at least 20."
    dialog.save_button.click()
    assert dialog.error_text("justification").startswith("The justification is 15 characters long")
    assert dialog.error_text("nominated_on") == "" and row_counts(tab.db) == before


def test_a_duplicate_is_merged_into_the_earlier_nomination_when_the_user_agrees(
    tab: NominationsTab, setting: Setting, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    world = setting.world
    earlier = nominate_person(tab.db, setting.cycle_id, world.teacher_id, by=world.headmaster_id)
    tab.reload()
    dialog = _new_dialog(tab)
    _pick_person(dialog, "Ramesh", "Ramesh K")
    _fill(dialog, world.beo_id)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer[0])
    before = row_counts(tab.db)
    dialog.save_button.click()
    assert asked[0].startswith(
        "Ramesh K is already nominated for Coffee with Collector 2026 (on 23/11/2026 by Lakshmi Devi"
    )
    assert asked[0].endswith("Merge into the existing nomination?")
    assert dialog.general_error.isVisible() and row_counts(tab.db) == before and dialog.nomination_id is None

    answer[0] = QMessageBox.StandardButton.Yes
    dialog.save_button.click()
    assert dialog.nomination_id == earlier.id and dialog.notice.text().startswith(
        "Merged into the nomination"
    )
    assert "Also nominated by Basavaraj Angadi on 23/11/2026" in dialog.summary.text()
    detail = nominations.get_nomination(tab.db, earlier.id)
    assert [n.name for n in detail.nominators] == ["Lakshmi Devi", "Basavaraj Angadi"]
    # The form now shows the first nominator's words: Save corrects those, not the merged ones.
    assert dialog.nominator.person.person_id() == world.headmaster_id
    assert _table(tab, 6) == ["Lakshmi Devi; Basavaraj Angadi"] and tab.proxy.rowCount() == 1


def test_a_withdrawn_nomination_is_not_offered_for_a_merge(
    tab: NominationsTab, setting: Setting, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    world = setting.world
    earlier = nominate_person(tab.db, setting.cycle_id, world.teacher_id, by=world.headmaster_id)
    set_status(tab.db, earlier.id, "withdrawn")
    tab.reload()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    dialog = _new_dialog(tab)
    _pick_person(dialog, "Ramesh", "Ramesh K")
    _fill(dialog, world.beo_id)
    before = row_counts(tab.db)
    dialog.save_button.click()
    assert asked == [] and "Reinstate it (back to Nominated)" in dialog.general_error.text()
    assert row_counts(tab.db) == before


def test_a_new_person_is_added_with_the_nomination(tab: NominationsTab, setting: Setting) -> None:
    dialog = _new_dialog(tab)
    dialog.chooser.people.query.setText("Savitri")
    dialog.chooser.new_person_button.click()
    form = dialog.chooser.new_person
    assert form.isVisible() and form.name.text() == "Savitri"  # the search carried over
    form.name.setText("Savitri Hiremath")
    form.name_local.setText("ಸಾವಿತ್ರಿ ಹಿರೇಮಠ")
    form.designation.setEditText("NGO Field Coordinator")
    assert "is not one Coffee with Collector recognises" in dialog.chooser.error.text()
    form.designation.setEditText("Teacher")
    assert dialog.chooser.error.isHidden()
    form.works_at.setCurrentIndex(form.works_at.findData("school"))
    form.school_udise.setText("29020199999")
    _fill(dialog, setting.world.headmaster_id)
    before = row_counts(tab.db)
    dialog.save_button.click()
    assert dialog.error_text("new_person.school_id").startswith("No school has the UDISE code '29020199999'")
    form.school_udise.setText("29020100101")
    form.phone.setText("12")  # the People form's own check, from the service, under the field
    dialog.save_button.click()
    assert (
        dialog.error_text("new_person.phone")
        == "Phone number '12' has 2 digits after the prefix; expected 10."
    )
    assert row_counts(tab.db) == before

    form.phone.setText("+91 98450 12345")
    dialog.save_button.click()
    assert dialog.nomination_id is not None
    after = row_counts(tab.db)
    assert after["person"] == before["person"] + 1
    assert after["recognition_nomination"] == before["recognition_nomination"] + 1
    made = nominations.get_nomination(tab.db, dialog.nomination_id).row
    person = people.get_person(tab.db, made.person_id)
    assert (person.name, person.name_local, person.designation, person.school_id, person.phone) == (
        "Savitri Hiremath", "ಸಾವಿತ್ರಿ ಹಿರೇಮಠ", "Teacher", setting.world.school_id, "+919845012345")  # fmt: skip
    assert made.nominee_kind == "teacher" and _table(tab, 1) == ["ಸಾವಿತ್ರಿ ಹಿರೇಮಠ"]


def _png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    assert image.save(str(path), "PNG")
    return path


def test_evidence_is_added_opened_and_removed_with_refusals_shown(
    qtbot, tab: NominationsTab, setting: Setting, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    made = nominate_person(tab.db, setting.cycle_id, setting.world.teacher_id, by=setting.world.headmaster_id)
    tab.reload()
    tab.select(made.id)
    tab.table.doubleClicked.emit(tab.table.currentIndex())  # double-click edits
    dialog = tab.dialog
    assert isinstance(dialog, NominationDialog) and dialog.nomination_id == made.id
    panel = dialog.evidence
    QAbstractItemModelTester(panel.model, FATAL)
    photo = _png(tmp_path / "reading camp.png")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n")
    chosen = [str(photo)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    panel.add_button.click()
    chosen[0] = str(letter)
    panel.add_button.click()
    assert panel.error.isHidden()
    assert [(r.file_name, r.media_type) for r in panel.rows()] == [
        ("reading camp.png", "image/png"), ("letter.pdf", "application/pdf")]  # fmt: skip
    assert _table(tab, 9) == [2]  # the list behind counts the files

    before = row_counts(tab.db)
    huge = tmp_path / "scan.png"
    with huge.open("wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    chosen[0] = str(huge)
    panel.add_button.click()
    assert panel.error.isVisible() and panel.error.text() == (
        "scan.png is 10,485,761 bytes, just over the 10.0 MB limit (10,485,760 bytes)."
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("not evidence", encoding="utf-8")
    chosen[0] = str(notes)
    panel.add_button.click()
    assert panel.error.text() == "notes.txt is not a PDF, PNG or JPEG file."
    chosen[0] = str(photo)
    panel.add_button.click()
    assert "reading camp.png is already attached to Ramesh K's nomination" in panel.error.text()
    assert row_counts(tab.db) == before and len(panel.rows()) == 2

    panel.export_folder = tmp_path / "opened"
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel.table.selectRow(0)
    panel.open_button.click()
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == photo.read_bytes()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.remove_button.click()
    assert len(panel.rows()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_button.click()
    assert [r.file_name for r in panel.rows()] == ["letter.pdf"] and _table(tab, 9) == [1]


def _four_nominations(setting: Setting) -> dict[str, int]:
    db, world, cycle = setting.db, setting.world, setting.cycle_id
    made = {
        "teacher": nominate_person(db, cycle, world.teacher_id, by=world.headmaster_id),
        "headmaster": nominate_person(db, cycle, world.headmaster_id, by=world.beo_id, category="Student welfare",
                                      on=date(2026, 11, 5)),
        "student": nominate_person(db, cycle, world.student_id, by=world.teacher_id,
                                   category="Education improvement", on=date(2026, 11, 12)),
        "crp": nominate_person(db, cycle, world.crp_id, by=world.brp_id, on=date(2026, 11, 2)),
    }  # fmt: skip
    return {key: row.id for key, row in made.items()}


def test_filters_and_search_narrow_the_table(tab: NominationsTab, setting: Setting) -> None:
    ids = _four_nominations(setting)
    set_status(tab.db, ids["student"], "withdrawn")
    tab.reload()
    assert _table(tab, 0) == ["Ananya Patil", "Lakshmi Devi", "Manjunath Hosamani", "Ramesh K"]
    assert tab.count.text() == "4 of 4"
    tab.status.setCurrentIndex(tab.status.findData("withdrawn"))
    assert _table(tab, 0) == ["Ananya Patil"] and tab.count.text() == "1 of 4"
    tab.status.setCurrentIndex(0)
    tab.kind.setCurrentIndex(tab.kind.findData("crp"))
    assert _table(tab, 0) == ["Manjunath Hosamani"] and _table(tab, 2) == ["CRP / CRC"]
    tab.kind.setCurrentIndex(0)
    tab.category.setCurrentIndex(tab.category.findData("School development"))
    assert _table(tab, 0) == ["Manjunath Hosamani", "Ramesh K"]
    tab.category.setCurrentIndex(0)
    tab.search.setText("ಲಕ್ಷ್ಮೀ")  # the regional name
    tab.apply_filter()
    assert _table(tab, 0) == ["Lakshmi Devi"]
    tab.search.setText("shivaprasad")  # a nominator
    tab.apply_filter()
    assert _table(tab, 0) == ["Manjunath Hosamani"]
    tab.search.setText("kerur ghps teacher")  # every word must match
    tab.apply_filter()
    assert _table(tab, 0) == ["Ramesh K"]
    tab.search.clear()
    tab.apply_filter()
    tab.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # by date, not by the text of the date
    assert _table(tab, 7) == ["02/11/2026", "05/11/2026", "12/11/2026", "23/11/2026"]


def test_withdraw_reinstate_and_delete(tab: NominationsTab, setting: Setting, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ids = _four_nominations(setting)
    tab.reload()
    tab.select(ids["teacher"])
    assert tab.actions["withdraw"].isEnabled() and not tab.actions["reinstate"].isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    reason = [("  ", True)]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: reason[0])
    tab.actions["withdraw"].click()
    assert warnings == ["Give the reason for withdrawing the nomination; it is kept on record."]
    assert tab.selected().status == "nominated"

    reason[0] = ("Transferred out of the district in November.", True)
    tab.actions["withdraw"].click()
    row = tab.selected()
    assert (row.id, row.status, row.status_date) == (ids["teacher"], "withdrawn", TODAY)
    assert _table(tab, 8)[tab.table.currentIndex().row()] == "Withdrawn 23/11/2026"
    assert nominations.get_nomination(tab.db, row.id).withdrawal_reason == reason[0][0]
    assert not tab.actions["withdraw"].isEnabled() and not tab.actions["delete"].isEnabled()
    tab.actions["reinstate"].click()
    assert tab.selected().status == "nominated" and tab.actions["withdraw"].isEnabled()
    assert "back at Nominated" in tab.status_line.text()

    tab.select(ids["crp"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.actions["delete"].click()
    assert tab.proxy.rowCount() == 4
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.actions["delete"].click()
    assert "Manjunath Hosamani" not in _table(tab, 0) and tab.proxy.rowCount() == 3

    set_status(tab.db, ids["headmaster"], "selected")  # beyond withdrawing by a step, not deletable
    tab.reload()
    tab.select(ids["headmaster"])
    assert not tab.actions["delete"].isEnabled() and tab.actions["withdraw"].isEnabled()
    assert warnings == ["Give the reason for withdrawing the nomination; it is kept on record."]


def test_no_cycle_leaves_nothing_to_do(qtbot, setting: Setting) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(qtbot, setting.db, setting.cycle_id)
    tab.set_cycle(None)
    assert tab.notice.isVisible() and not tab.phase.isVisible()
    assert not tab.actions["nominate"].isEnabled() and not tab.actions["suggest"].isEnabled()
    assert tab.proxy.rowCount() == 0


def test_the_most_improved_cluster_comes_first_and_a_nomination_from_it_keeps_the_figures(
    qtbot, db: Database
) -> None:  # type: ignore[no-untyped-def]
    bagalkot = build_district(db)
    tab = _tab(qtbot, db, bagalkot.cycle, date(2026, 11, 25))
    tab.actions["suggest"].click()
    suggestions = tab.dialog
    assert isinstance(suggestions, SuggestionsDialog)
    QAbstractItemModelTester(suggestions.model, FATAL)
    assert suggestions.earlier.currentText() == "Baseline 2026 (06/07/2026)"
    assert suggestions.later.currentText() == "Midline 2026 (09/11/2026)"
    assert [s.name for s in suggestions.suggestions()] == ["Kerur", "Hebbal", "Guledgudda"]
    first = [suggestions.model.data(suggestions.model.index(0, column)) for column in range(8)]
    assert first == ["Kerur (ಕೆರೂರ)", "Badami", "35.0", "65.0", "+30.0", "+2.8", "20 → 20", "yes"]
    assert not suggestions.nominate_button.isEnabled()  # Kerur is nominated already
    suggestions.table.selectRow(1)
    hebbal = suggestions.selected()
    assert suggestions.detail.text() == hebbal.evidence_note and suggestions.nominate_button.isEnabled()

    suggestions.nominate_button.click()
    dialog = suggestions.dialog
    assert isinstance(dialog, NominationDialog)
    assert dialog.chooser.kind() == "cluster" and dialog.chooser.clusters.ids() == (hebbal.unit_id,)
    assert dialog.data_note.text() == hebbal.evidence_note
    dialog.nominator.set_choice("office", bagalkot.office)
    dialog.justification.setPlainText("Largest rise in grade 3 reading in Hungund block this year.")
    dialog.save_button.click()
    made = nominations.get_nomination(db, dialog.nomination_id)
    assert (made.row.nominee_name, made.row.source, made.evidence_note) == (
        "Hebbal",
        "data",
        hebbal.evidence_note,
    )
    assert [s.already_nominated for s in suggestions.suggestions()] == [True, True, False]
    assert "Hebbal" in _table(tab, 0) and _table(tab, 10)[_table(tab, 0).index("Hebbal")] == "from data"

    # School level and the grade and subject of the rounds.
    suggestions.level.setCurrentIndex(suggestions.level.findData("school"))
    assert suggestions.suggestions()[0].name == "GHPS Kerur"
    assert suggestions.model.data(suggestions.model.index(0, 0)) == "GHPS Kerur, Kerur cluster"
    assert [suggestions.grade.itemText(i) for i in range(suggestions.grade.count())] == [
        "all grades",
        "Grade 3",
    ]
    suggestions.subject.setCurrentIndex(suggestions.subject.findData("Kannada"))
    assert suggestions.suggestions()[0].evidence_note.startswith("Midline 2026 vs Baseline 2026 (Kannada)")
    suggestions.earlier.setCurrentIndex(suggestions.earlier.findData(bagalkot.rounds["midline"]))
    assert (
        suggestions.error.text()
        == "Choose two different rounds: suggestions come from the change between them."
    )
    assert suggestions.suggestions() == []


def test_a_programme_of_persons_asks_for_the_person_of_a_suggested_cluster(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    bagalkot = build_district(db)
    crp = people.create_person(
        db,
        people.PersonInput(
            "Manjunath Hosamani", "Cluster Resource Person (CRP)", "ಮಂಜುನಾಥ ಹೊಸಮನಿ",
            school_id=bagalkot.schools["GHPS Kerur"],
        ),
    )  # fmt: skip
    cycle = make_cycle(db, make_programme(db).id)  # Coffee with Collector recognises persons only
    tab = _tab(qtbot, db, cycle.id)
    tab.actions["suggest"].click()
    suggestions = tab.dialog
    kerur = suggestions.suggestions()[0]
    assert kerur.name == "Kerur" and not kerur.already_nominated
    suggestions.nominate_button.click()
    dialog = suggestions.dialog
    assert dialog.chooser.kind() == "person" and dialog.chooser.people.query.text() == "Kerur"
    labels = [
        dialog.chooser.people.matches.item(i).text() for i in range(dialog.chooser.people.matches.count())
    ]
    assert labels == ["Manjunath Hosamani, Cluster Resource Person (CRP) — GHPS Kerur"]
    dialog.chooser.people.matches.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.category.setCurrentIndex(dialog.category.findData("Education improvement"))
    dialog.nominator.set_choice("office", bagalkot.office)
    dialog.justification.setPlainText("Kerur cluster's reading rose most in the district under his support.")
    dialog.save_button.click()
    made = nominations.get_nomination(db, dialog.nomination_id)
    assert (made.row.person_id, made.row.nominee_kind, made.row.source) == (crp.id, "crp", "data")
    assert made.evidence_note == kerur.evidence_note


def test_a_nomination_past_the_shortlist_opens_for_evidence_only(
    tab: NominationsTab, setting: Setting
) -> None:
    made = nominate_person(tab.db, setting.cycle_id, setting.world.teacher_id, by=setting.world.headmaster_id)
    set_status(tab.db, made.id, "selected", date(2026, 12, 12))
    tab.reload()
    tab.select(made.id)
    tab.actions["edit"].click()
    dialog = tab.dialog
    assert dialog.windowTitle() == "Nomination of Ramesh K — Coffee with Collector 2026"
    assert not dialog.save_button.isEnabled() and dialog.evidence.add_button.isEnabled()
    assert dialog.notice.text().startswith("This nomination is Selected (since 12/12/2026)")
    assert not dialog.chooser.isVisible() and "Status: Selected 12/12/2026" in dialog.summary.text()

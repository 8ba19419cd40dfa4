"""The Committees page on a real demo database: a body formed through its form (errors under the
fields), members added, a second chair refused, a member replaced with the history and the "as on"
date showing who sat when, dissolving, deleting, the contact sheet saved in the background and the
constitution order prepared in the circular editor and recorded on the body once issued."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop.services import geography, offices
from desktop.services.committees import bodies, listing, memberships
from desktop.services.committees.memberships import MembershipInput
from desktop.services.database import Database
from desktop.services.recipients import find_school_ids
from desktop.ui.pages.committees_page import CommitteesPage
from tests.test_committees import FORMED, TODAY, make_body, meet, person

Fatal = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database) -> CommitteesPage:  # type: ignore[no-untyped-def]
    widget = CommitteesPage(demo_db, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    QAbstractItemModelTester(widget.model, Fatal)
    QAbstractItemModelTester(widget.members.model, Fatal)
    return widget


def _save(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _names(page: CommitteesPage) -> list[str]:
    return [page.model.row_at(i).name for i in range(page.model.rowCount())]


def _members(page: CommitteesPage) -> list[tuple[str, str]]:
    model = page.members.model
    return [(model.row_at(i).person_name, model.row_at(i).role) for i in range(model.rowCount())]


def _choose_person(dialog, designation: str, index: int = 0) -> int:  # type: ignore[no-untyped-def]
    chosen = person(dialog._db, designation, index)
    dialog.person.setCurrentIndex(dialog.person.findData(chosen.id))
    return chosen.id


def _select_member(page: CommitteesPage, name: str) -> None:
    model = page.members.model
    page.members.table.selectRow(
        next(i for i in range(model.rowCount()) if model.row_at(i).person_name == name)
    )


def _ddpi(db: Database) -> int:
    return next(o.id for o in offices.list_offices(db) if o.kind == "DDPI")


def test_a_body_is_formed_through_its_form_with_errors_under_the_fields(page: CommitteesPage) -> None:
    assert page.model.rowCount() == 0 and page.count.text() == "0 of 0"
    assert not page.actions["edit"].isEnabled() and not page.members.buttons["add"].isEnabled()
    dialog = page.new_body()
    _save(dialog)
    assert dialog.error_text("name") == "Name is required."
    assert dialog.error_text("office_id") == "Choose the convening office."
    assert dialog.isVisible()
    dialog.widget("name").setText("District Task Force")
    dialog.set_combo(dialog.kind, "custom")
    assert dialog.widget("kind_other").isVisible()
    dialog.set_combo(dialog.office, _ddpi(page.db))
    _save(dialog)
    assert dialog.error_text("kind_other") == "Describe the kind of body (the kind is 'Other')."
    dialog.set_combo(dialog.kind, "district_task_force")
    assert not dialog.widget("kind_other").isVisible()
    dialog.formed.setDate(QDate(2026, 6, 1))
    dialog.widget("purpose").setPlainText("Review FLN every month.")
    _save(dialog)
    assert not dialog.isVisible()
    row = page.selected()
    assert row is not None and row.name == "District Task Force" and row.level == "district"
    assert page.model.data(page.model.index(0, 3)) == geography.list_districts(page.db)[0].name
    assert page.model.data(page.model.index(0, 8)) == "01/06/2026"
    assert page.members.body == row and page.members.buttons["add"].isEnabled()
    # A second body of the same name for the district is refused, under the name.
    again = page.new_body()
    again.widget("name").setText("district task force")
    again.set_combo(again.office, _ddpi(page.db))
    _save(again)
    assert "already has a body named District Task Force" in again.error_text("name")


def test_a_block_review_group_and_a_school_committee_choose_their_units(page: CommitteesPage) -> None:
    block = geography.list_blocks(page.db)[1]
    dialog = page.new_body()
    dialog.widget("name").setText("Block review")
    dialog.set_combo(dialog.kind, "block_review_group")  # a new body takes the kind's usual level
    assert dialog.level.currentData() == "block"
    dialog.set_combo(dialog.office, _ddpi(page.db))
    _save(dialog)
    assert dialog.error_text("unit_id") == "Choose the block the body belongs to."
    box = dialog.unit.lists["block"]
    box.setCurrentIndex(box.findData(block.id))
    _save(dialog)
    assert page.selected().unit_name == f"{block.name} block"

    school_id = find_school_ids(page.db, "higher", 1)[0]
    dialog = page.new_body()
    dialog.widget("name").setText("SDMC")
    dialog.set_combo(dialog.kind, "school_committee")
    dialog.set_combo(dialog.office, _ddpi(page.db))
    search = dialog.unit.school
    search.query.setText("higher")
    search.search()
    assert 0 < search.matches.count() <= 20  # a screenful, not every school
    search.matches.setCurrentRow(0)
    assert search.school_id() == school_id and "School: " in search.chosen.text()
    _save(dialog)
    assert page.selected().level == "school"
    # Filters: level and kind; search by words of the unit.
    page.level.setCurrentIndex(page.level.findData("block"))
    assert _names(page) == ["Block review"] and page.count.text() == "1 of 2"
    page.level.setCurrentIndex(0)
    page.kind.setCurrentIndex(page.kind.findData("school_committee"))
    assert _names(page) == ["SDMC"]
    page.kind.setCurrentIndex(0)
    page.search.setText(block.name.lower())
    assert _names(page) == ["Block review"]


def test_members_are_added_and_a_second_chair_is_refused(page: CommitteesPage) -> None:
    make_body(page.db)
    page.reload()
    page.select(page.rows[0].id)
    dialog = page.members.add_member()
    _save(dialog)
    assert dialog.error_text("person_id") == "Choose the member."
    collector = _choose_person(dialog, "District Collector")
    assert dialog.representing.currentText() == person(page.db, "District Collector").affiliation
    dialog.set_combo(dialog.widget("role"), "chair")
    dialog.start.setDate(QDate(2026, 6, 1))
    _save(dialog)
    assert not dialog.isVisible() and page.members.selected().person_id == collector
    dialog = page.members.add_member()
    _choose_person(dialog, "DIET Principal")
    dialog.set_combo(dialog.widget("role"), "member")
    dialog.start.setDate(QDate(2026, 5, 1))
    _save(dialog)
    assert "a membership cannot start before that (01/05/2026)" in dialog.error_text("start_date")
    dialog.start.setDate(QDate(2026, 6, 1))
    _save(dialog)
    assert _members(page) == [
        (person(page.db, "District Collector").name, "chair"),
        (person(page.db, "DIET Principal").name, "member"),
    ]
    assert page.selected().chair_name == person(page.db, "District Collector").name
    assert page.selected().members == 2
    # Another chair while the first one sits: refused, the message above the buttons.
    dialog = page.members.add_member()
    _choose_person(dialog, "CEO, Zilla Panchayat")
    dialog.set_combo(dialog.widget("role"), "chair")
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.general_error.text().startswith(
        f"{person(page.db, 'District Collector').name} is already the chair of District Task Force from 01/06/2026"
    )
    dialog.reject()
    assert len(page.members.rows) == 2


def test_replace_shows_in_the_history_and_the_as_on_date_switches_the_members(page: CommitteesPage) -> None:
    body_id = make_body(page.db)
    secretary = person(page.db, "DIET Senior Lecturer")
    membership = memberships.add_member(
        page.db, body_id, MembershipInput(secretary.id, "member_secretary", FORMED)
    )
    page.reload()
    page.select(body_id)
    _select_member(page, secretary.name)
    assert page.members.buttons["replace"].isEnabled()
    dialog = page.members.replace_member()
    assert f"{secretary.name} has been member secretary of the District Task Force since 01/06/2026." in (
        dialog.widget("about").text()
    )
    assert dialog.widget("role").currentData() == "member_secretary"
    newcomer = _choose_person(dialog, "District Education Officer (DEO)")
    dialog.start.setDate(QDate(2026, 9, 1))
    _save(dialog)
    assert dialog.error_text("reason") == "Give the reason the membership ends (e.g. transferred)."
    dialog.widget("reason").setText("Transferred")
    _save(dialog)
    assert [row.person_id for row in page.members.rows] == [newcomer]

    page.members.as_on.setDate(QDate(2026, 8, 31))
    assert [row.person_id for row in page.members.rows] == [secretary.id]
    page.members.history.setChecked(True)
    assert not page.members.as_on.isEnabled()
    assert not page.members.table.isColumnHidden(9) and page.members.table.isColumnHidden(4)
    model = page.members.model
    history = [[model.data(model.index(r, c)) for c in (0, 6, 7, 8, 9)] for r in range(model.rowCount())]
    assert history == [
        [secretary.name, "01/06/2026", "31/08/2026", "Transferred", ""],
        [person(page.db, "District Education Officer (DEO)").name, "01/09/2026", "", "", secretary.name],
    ]
    assert page.members.count.text() == "2 memberships"
    # An ended membership is corrected, not ended or replaced again.
    _select_member(page, secretary.name)
    assert page.members.selected().id == membership
    assert not page.members.buttons["end"].isEnabled() and not page.members.buttons["replace"].isEnabled()
    assert page.members.buttons["correct"].isEnabled()


def test_end_correct_and_remove_a_membership(page: CommitteesPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    body_id = make_body(page.db)
    principal = person(page.db, "DIET Principal")
    director = person(page.db, "NGO Director")
    for who in (principal, director):
        memberships.add_member(page.db, body_id, MembershipInput(who.id, "member", FORMED))
    page.reload()
    page.select(body_id)
    _select_member(page, principal.name)
    ending = page.members.end_membership()
    ending.end.setDate(QDate(2026, 5, 1))
    ending.widget("reason").setText("Retired")
    _save(ending)
    assert "it cannot end before that (01/05/2026)" in ending.error_text("end_date")
    ending.end.setDate(QDate(2026, 10, 31))
    _save(ending)
    assert [row.person_name for row in page.members.rows] == [director.name]  # as on 23/11/2026
    assert page.selected().members == 1

    _select_member(page, director.name)
    correct = page.members.correct_membership()
    assert correct.person.person_id() == director.id and correct.widget("role").currentData() == "member"
    assert correct.representing.currentText() == director.affiliation
    ngo = listing.membership_input(page.db, page.members.selected().id).organisation_id
    assert ngo == director.organisation_id
    correct.set_combo(correct.widget("role"), "special_invitee")
    diet = next(o for o in offices.list_offices(page.db) if o.kind == "DIET")
    correct.representing.setCurrentIndex(correct.representing.findData(f"office:{diet.id}"))
    _save(correct)
    corrected = listing.membership_input(page.db, page.members.selected().id)
    assert (corrected.role, corrected.office_id, corrected.organisation_id) == (
        "special_invitee",
        diet.id,
        None,
    )

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.members.buttons["remove"].click()
    assert len(page.members.rows) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.members.buttons["remove"].click()
    assert page.members.rows == [] and page.selected().members == 0


def test_dissolve_hides_the_body_later_and_delete_is_refused_after_a_meeting(
    page: CommitteesPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    body_id = make_body(page.db)
    memberships.add_member(
        page.db, body_id, MembershipInput(person(page.db, "District Collector").id, "chair", FORMED)
    )
    meet(page.db, body_id, date(2026, 7, 10))
    page.reload()
    page.select(body_id)
    edit = page.edit_body()
    assert not edit.level.isEnabled() and not edit.unit.lists["district"].isEnabled()
    assert "has 1 meeting(s) on record" in edit.widget("unit_note").text()
    edit.reject()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.actions["delete"].click()
    assert warnings == ["District Task Force has one meeting on record; dissolve it instead of deleting it."]

    dialog = page.dissolve_body()
    dialog.on.setDate(QDate(2026, 7, 1))
    _save(dialog)
    assert "has a meeting on 10/07/2026" in dialog.general_error.text()
    dialog.on.setDate(QDate(2026, 10, 31))
    dialog.widget("reason").setPlainText("Work done")
    _save(dialog)
    assert bodies.get_body(page.db, body_id, TODAY).dissolved_on == date(2026, 10, 31)
    assert page.model.rowCount() == 0 and page.count.text() == "0 of 1"  # dissolved before today
    page.show_dissolved.setChecked(True)
    page.select(body_id)
    assert page.model.data(page.model.index(0, 9)) == "31/10/2026"
    assert not page.actions["dissolve"].isEnabled() and not page.actions["order"].isEnabled()
    assert not page.members.buttons["add"].isEnabled()
    page.members.history.setChecked(True)
    assert page.members.model.data(page.members.model.index(0, 8)) == "Body dissolved: Work done"


def test_delete_a_body_entered_by_mistake_and_sort_by_header(page: CommitteesPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    block = geography.list_blocks(page.db)[0]
    make_body(page.db, name="Zonal group", formed_on=date(2026, 3, 1))
    make_body(page.db, name="Block group", kind="block_review_group", level="block", unit_id=block.id)
    page.reload()
    assert _names(page) == ["Zonal group", "Block group"]  # district first
    page.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # formed, by date
    assert _names(page) == ["Block group", "Zonal group"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _names(page) == ["Block group", "Zonal group"]
    page.select(page.rows[0].id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.actions["delete"].click()
    assert _names(page) == ["Block group"] and page.members.body is None


def test_the_contact_sheet_is_saved_in_the_background(
    page: CommitteesPage, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    body_id = make_body(page.db)
    collector = person(page.db, "District Collector")
    memberships.add_member(page.db, body_id, MembershipInput(collector.id, "chair", FORMED))
    page.reload()
    page.select(body_id)
    page.members.as_on.setDate(QDate(2026, 10, 1))
    target = tmp_path / "members"
    offered: list[str] = []

    def save_as(_parent, _title, name, _filter):  # type: ignore[no-untyped-def]
        offered.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    page.actions["contacts"].click()
    saved = target.with_suffix(".pdf")
    qtbot.waitUntil(saved.exists, timeout=20_000)
    qtbot.waitUntil(lambda: page.status_line.text() == f"Saved {saved}", timeout=5_000)
    assert offered == ["District Task Force - members 01-10-2026.pdf"]
    text = " ".join(PdfReader(saved).pages[0].extract_text().split())
    assert collector.name in text and "as on 1 October 2026" in text and "Chair" in text


def test_the_constitution_order_is_prepared_issued_and_recorded(page: CommitteesPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    body_id = make_body(page.db)
    chosen = [person(page.db, d) for d in ("DIET Principal", "District Collector")]
    memberships.add_member(page.db, body_id, MembershipInput(chosen[0].id, "member", FORMED))
    memberships.add_member(page.db, body_id, MembershipInput(chosen[1].id, "chair", FORMED))
    page.reload()
    page.select(body_id)
    changes: list[bool] = []
    page.changed.connect(lambda: changes.append(True))
    editor = page.actions["order"].click() or page.dialog
    assert editor is not None and editor.isVisible()
    assert editor.widget("subject").text() == "Constitution of the District Task Force"
    assert editor.recipient_kind.currentData() == "person"
    assert editor.people.person_ids() == (chosen[1].id, chosen[0].id)  # the chair first
    assert editor.value("office_id") == _ddpi(page.db)
    assert "| No. | Name | Designation | Representing | Role |" in editor.body.toPlainText()
    assert f"The Head of Office, {chosen[1].affiliation}" in editor.copy_to.toPlainText()
    editor.widget("signatory_name").setText("Savitha K. Patil")
    editor.widget("signatory_designation").setText("Deputy Director of Public Instruction")
    with qtbot.waitSignal(editor.accepted, timeout=30_000):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    issued = page.issued_dialog
    assert issued is not None and issued.isVisible()
    number = issued.issued.number
    issued.reject()
    assert bodies.get_body(page.db, body_id, TODAY).data.constituting_order == number
    assert changes and page.selected().id == body_id
    # The next order from the page reconstitutes the body, citing this one.
    again = page.actions["order"].click() or page.dialog
    assert again.widget("subject").text() == "Reconstitution of the District Task Force"
    assert number in again.widget("references").toPlainText()
    again.reject()


def test_an_order_for_a_body_without_members_is_refused_with_the_reason(
    page: CommitteesPage, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    make_body(page.db, name="Empty group")
    page.reload()
    page.select(page.rows[0].id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page.actions["order"].click()
    assert warnings == [
        "Empty group has no members on 23/11/2026; add its members before preparing the order."
    ]

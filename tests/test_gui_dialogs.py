"""Adding and editing records through the dialogs, with errors shown next to the fields."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from db.models import AuditEntry, School
from desktop.services import geography, schools
from desktop.services.database import Database
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.pages.directory_pages import organisations_page, people_page, schools_page
from desktop.ui.pages.entity_page import EntityPage


def _school_count(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(School)) or 0)


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def page(qtbot, isolated_settings, demo_db: Database) -> EntityPage:  # type: ignore[no-untyped-def]
    widget = schools_page(demo_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open_add(page: EntityPage, qtbot) -> FormDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.add_button, qtbot_button())
    dialog = page.active_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_bad_udise_code_is_shown_next_to_the_field_and_nothing_is_stored(page: EntityPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = page.db
    before = _school_count(db)
    dialog = _open_add(page, qtbot)
    dialog.widget("udise_code").setText("2990010470")
    dialog.widget("name").setText("Government Lower Primary School, Test")
    dialog.widget("block_id").setCurrentIndex(1)
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.error_text("udise_code") == "UDISE code 2990010470 has 10 digits; expected 11."
    assert dialog.error_text("name") == ""
    assert _school_count(db) == before
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_wrong_district_prefix_and_missing_block_are_both_reported(page: EntityPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_add(page, qtbot)
    dialog.widget("udise_code").setText("29020904701")
    dialog.widget("name").setText("")
    _save(dialog)
    assert dialog.error_text("name") == "School name is required."
    assert dialog.error_text("block_id") == "Choose the block the school is in."
    dialog.widget("block_id").setCurrentIndex(1)
    _save(dialog)
    assert dialog.error_text("udise_code") == (
        "UDISE code 29020904701 starts with 2902, but school codes of Kaveri Demo District start with 2990."
    )


def test_good_school_with_kannada_name_appears_in_the_table(page: EntityPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = page.db
    dialog = _open_add(page, qtbot)
    block = geography.list_blocks(db)[2]
    cluster = geography.list_clusters(db, block.id)[0]
    dialog.widget("udise_code").setText("2990 0399 901")
    dialog.widget("name").setText("Government Higher Primary School, Hosakote")
    decomposed = unicodedata.normalize("NFD", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ, ಹೊಸಕೋಟೆ")
    dialog.widget("name_local").setText(decomposed)
    dialog.widget("block_id").setCurrentIndex(dialog.widget("block_id").findData(block.id))
    dialog.widget("cluster_id").setCurrentIndex(dialog.widget("cluster_id").findData(cluster.id))
    dialog.widget("pincode").setText("571031")
    _save(dialog)
    assert not dialog.isVisible()
    school_id = schools.find_school_id(db, "29900399901")
    assert school_id is not None
    stored = schools.get_school(db, school_id)
    assert stored.name_local == unicodedata.normalize("NFC", decomposed)
    assert stored.cluster_name == cluster.name
    assert page.selected_id() == school_id
    page.search.setText("ಹೊಸಕೋಟೆ")
    page.apply_search()
    assert school_id in [page.model.id_at(r) for r in range(page.model.rowCount())]
    page.search.setText("29900399901")
    page.apply_search()
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [school_id]


def test_edit_changes_the_row(page: EntityPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    school_id = page.selected_id()
    qtbot.mouseClick(page.edit_button, qtbot_button())
    dialog = page.active_dialog
    dialog.widget("village").setText("Renamed village")
    _save(dialog)
    assert not dialog.isVisible()
    assert schools.get_school(page.db, school_id).village == "Renamed village"
    assert page.model.row_at(page.model.row_of(school_id)).village == "Renamed village"


def test_delete_refused_while_people_work_there(page: EntityPage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import people

    headmaster = next(
        p
        for p in map(lambda i: people.get_person(page.db, i), people.search_person_ids(page.db, "headmaster"))
    )
    row = page.model.row_of(headmaster.school_id)
    page.table.selectRow(row)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    page.delete()
    assert warnings and "still has one person recorded at it" in warnings[0]
    assert schools.get_school(page.db, headmaster.school_id)


def test_organisation_dialog_reports_bad_darpan_id(qtbot, isolated_settings, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = organisations_page(demo_db)
    qtbot.addWidget(page)
    dialog = _open_add(page, qtbot)
    dialog.widget("name").setText("Test Reading Trust")
    dialog.widget("ngo_darpan_id").setText("KA-2017-12")
    _save(dialog)
    assert "should look like KA/2017/0123456" in dialog.error_text("ngo_darpan_id")
    dialog.widget("ngo_darpan_id").setText("ka/2017/0123456")
    dialog.focus_list.item(0).setCheckState(dialog.focus_list.item(0).checkState().Checked)
    _save(dialog)
    assert not dialog.isVisible()
    assert page.model.row_at(page.model.row_of(page.selected_id())).ngo_darpan_id == "KA/2017/0123456"


def test_person_at_a_school_by_udise_code(qtbot, isolated_settings, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    page = people_page(demo_db)
    qtbot.addWidget(page)
    dialog = _open_add(page, qtbot)
    dialog.widget("name").setText("Lakshmi Patil")
    dialog.widget("name_local").setText("ಲಕ್ಷ್ಮಿ ಪಾಟೀಲ್")
    dialog.widget("designation").setEditText("Teacher")
    dialog.widget("works_at").setCurrentIndex(dialog.widget("works_at").findData("school"))
    dialog.widget("school_udise").setText("00000000000")
    _save(dialog)
    assert dialog.error_text("school_udise") == "No school has the UDISE code '00000000000'."
    code = schools.get_school(demo_db, schools.search_school_ids(demo_db)[0]).udise_code
    dialog.widget("school_udise").setText(code)
    dialog.widget("phone").setText("98450 1234")
    _save(dialog)
    assert "has 9 digits" in dialog.error_text("phone")
    dialog.widget("phone").setText("98450 12345")
    _save(dialog)
    assert not dialog.isVisible()
    row = page.model.row_at(page.model.row_of(page.selected_id()))
    assert row.designation == "Teacher" and row.phone == "9845012345" and row.school_id is not None


def test_a_new_district_asks_for_its_state_instead_of_assuming_one(
    qtbot, isolated_settings, db: Database
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.dialogs.geography_dialogs import DistrictDialog

    dialog = DistrictDialog(db)
    qtbot.addWidget(dialog)
    state = dialog.widget("state_name")
    assert state.text() == "" and state.placeholderText() == "e.g. Karnataka"
    dialog.widget("name").setText("Pune")
    dialog.widget("udise_code").setText("2725")
    dialog._save()
    assert dialog.error_text("state_name") and geography.list_districts(db) == []
    state.setText("Maharashtra")
    dialog._save()
    assert [d.state_name for d in geography.list_districts(db)] == ["Maharashtra"]

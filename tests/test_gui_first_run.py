"""A new office's first steps on an empty database: district, blocks, clusters, then a school."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services import geography, schools
from desktop.services.database import Database
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.main_window import MainWindow


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_an_empty_database_is_set_up_through_the_screens(qtbot, isolated_settings, db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.dashboard.first_steps.isVisible()
    page = window.geography
    window.navigation.setCurrentRow(window.titles.index("Blocks and clusters"))
    assert not page.blocks.add_button.isEnabled()  # no district yet

    page.district_button.click()
    dialog = page.active_dialog
    dialog.widget("name").setText("Bagalkot")
    dialog.widget("state_name").setText("Karnataka")
    dialog.widget("name_local").setText("ಬಾಗಲಕೋಟೆ")
    dialog.widget("udise_code").setText("29021")
    _save(dialog)
    assert (
        dialog.error_text("udise_code")
        == "UDISE district code '29021' must be 4 digits (state 2 + district 2)."
    )
    dialog.widget("udise_code").setText("2902")
    _save(dialog)
    assert not dialog.isVisible()
    assert "Bagalkot" in page.district_label.text() and "2902" in page.district_label.text()

    page.blocks.add_button.click()
    dialog = page.active_dialog
    dialog.widget("name").setText("Badami")
    dialog.widget("name_local").setText("ಬಾದಾಮಿ")
    _save(dialog)
    assert page.blocks.selected().name == "Badami"
    assert page.clusters.add_button.isEnabled()
    page.clusters.add_button.click()
    dialog = page.active_dialog
    dialog.widget("name").setText("Kerur")
    _save(dialog)
    assert page.clusters.selected().name == "Kerur"
    assert "Clusters of Badami" in page.clusters.title.text()

    window.schools.add()
    dialog = window.schools.active_dialog
    block = geography.list_blocks(db)[0]
    dialog.widget("block_id").setCurrentIndex(dialog.widget("block_id").findData(block.id))
    dialog.widget("cluster_id").setCurrentIndex(1)
    dialog.widget("udise_code").setText("29020100101")
    dialog.widget("name").setText("Government Higher Primary School, Kerur")
    _save(dialog)
    assert not dialog.isVisible()
    school = schools.get_school(db, schools.find_school_id(db, "29020100101"))
    assert (school.block_name, school.cluster_name) == ("Badami", "Kerur")
    assert not window.dashboard.first_steps.isVisible()
    assert window.dashboard.figures["schools"].text() == "1"


def test_renaming_a_block_shows_in_the_schools_table(qtbot, isolated_settings, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    page = window.geography
    page.blocks.table.selectRow(0)
    block = page.blocks.selected()
    page.blocks.edit_button.click()
    dialog = page.active_dialog
    dialog.widget("name").setText("Renamed Block")
    _save(dialog)
    window.schools.search.setText("renamed block")
    window.schools.apply_search()
    assert window.schools.model.rowCount() == 250
    assert window.schools.model.row_at(0).block_name == "Renamed Block"
    assert page.blocks.selected().id == block.id


def test_a_block_with_schools_cannot_be_deleted(
    qtbot, isolated_settings, demo_db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    page = window.geography
    page.blocks.table.selectRow(0)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    page.blocks.delete_button.click()
    assert warnings and "still has 10 clusters and 250 schools" in warnings[0]
    assert len(geography.list_blocks(demo_db)) == 10

"""Choosing, replacing and removing an office's emblem in the office dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from desktop.services import offices
from desktop.services.database import Database
from desktop.ui.dialogs.office_dialog import OfficeDialog
from tests.test_stored_files_and_logos import png


def _save(dialog: OfficeDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _ddpi(db: Database) -> offices.OfficeRow:
    return next(o for o in offices.list_offices(db) if o.kind == "DDPI")


def test_a_chosen_emblem_is_previewed_and_saved_with_the_office(
    qtbot, isolated_settings, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    emblem = tmp_path / "emblem.png"
    emblem.write_bytes(png(120, 120))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(emblem), ""))
    dialog = OfficeDialog(demo_db, _ddpi(demo_db))
    qtbot.addWidget(dialog)
    assert dialog.logo_preview.text() == "none" and not dialog.remove_logo_button.isEnabled()
    dialog.choose_logo()
    assert not dialog.logo_preview.pixmap().isNull() and dialog.remove_logo_button.isEnabled()
    _save(dialog)
    assert dialog.result() == OfficeDialog.DialogCode.Accepted
    assert offices.office_logo(demo_db, _ddpi(demo_db).id) == emblem.read_bytes()

    again = OfficeDialog(demo_db, _ddpi(demo_db))
    qtbot.addWidget(again)
    assert not again.logo_preview.pixmap().isNull()  # the saved emblem is shown when reopened
    again.remove_logo()
    _save(again)
    assert offices.office_logo(demo_db, _ddpi(demo_db).id) is None


def test_a_file_that_is_not_an_image_is_explained_under_the_field(
    qtbot, isolated_settings, demo_db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    not_image = tmp_path / "emblem.png"
    not_image.write_text("this is a text file")
    dialog = OfficeDialog(demo_db, _ddpi(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.use_logo_file(not_image)
    assert dialog.error_text("logo") == "emblem.png is not a PNG or JPEG image."
    assert dialog.logo_preview.text() == "none"
    _save(dialog)  # the rest of the form saves; the office keeps having no logo
    assert offices.office_logo(demo_db, _ddpi(demo_db).id) is None

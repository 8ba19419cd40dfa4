"""The interface language: chosen in Settings (default: the system's), installed at start-up
before any window, reaching our screens, Qt's own buttons and the services' messages; and the
interface fonts."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import i18n as service_i18n
from desktop.services.database import Database
from desktop.ui import i18n
from desktop.ui.app import make_application, restart_command
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.fonts import INTERFACE_FAMILIES
from desktop.ui.main_window import RESTART_PROPERTY, MainWindow
from scripts.translations import run_lrelease

KANNADA_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kn">
<context><name>MainWindow</name>
  <message><source>Schools</source><translation>ಶಾಲೆಗಳು</translation></message>
  <message><source>&amp;File</source><translation>&amp;ಕಡತ</translation></message>
  <message><source>Dashboard</source><translation type="unfinished">ಡ್ಯಾಶ್‌ಬೋರ್ಡ್</translation></message>
</context>
<context><name>SettingsDialog</name>
  <message><source>Language</source><translation>ಭಾಷೆ</translation></message>
</context>
<context><name>QPlatformTheme</name>
  <message><source>Save</source><translation>ಉಳಿಸು</translation></message>
</context>
<context><name>Schools</name>
  <message><source>School name</source><translation>ಶಾಲೆಯ ಹೆಸರು</translation></message>
  <message><source>Primary (1-5)</source><translation>ಪ್ರಾಥಮಿಕ (1-5)</translation></message>
</context>
<context><name>Validation</name>
  <message><source>{label} is required.</source><translation>{label} ಅಗತ್ಯವಿದೆ.</translation></message>
</context>
</TS>
"""


@pytest.fixture
def kannada_qm(tmp_path: Path) -> Path:
    """A tiny Kannada translation compiled as the build compiles the real ones."""
    source = tmp_path / "district_desk_kn.ts"
    source.write_text(KANNADA_TS, encoding="utf-8")
    run_lrelease(source, tmp_path / "qm" / "district_desk_kn.qm")
    return tmp_path / "qm"


@pytest.fixture
def english_after(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    i18n.install_language(i18n.ENGLISH)
    qapp.setProperty(RESTART_PROPERTY, False)


# --- the choice ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("system", "expected"),
    [("kn_IN", "kn"), ("hi_IN", "hi"), ("mr_IN", "mr"), ("en_IN", "en"), ("en_US", "en"), ("ta_IN", "en")],
)
def test_the_default_follows_the_system_when_the_interface_has_its_language(
    system: str, expected: str
) -> None:
    assert i18n.system_language(QLocale(system)) == expected


def test_a_choice_in_settings_wins_over_the_system(isolated_settings) -> None:  # type: ignore[no-untyped-def]
    assert i18n.chosen_language(system=QLocale("hi_IN")) == "hi"
    i18n.set_language_setting("mr")
    assert i18n.chosen_language(system=QLocale("hi_IN")) == "mr"
    i18n.set_language_setting(i18n.SYSTEM_DEFAULT)
    assert i18n.chosen_language(system=QLocale("kn_IN")) == "kn"
    with pytest.raises(ValueError, match="ta"):
        i18n.set_language_setting("ta")


def test_settings_offers_each_language_in_its_own_script(qtbot, isolated_settings, english_after) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[0].startswith("System default")
    assert names[1:] == ["English", "ಕನ್ನಡ (Kannada)", "हिन्दी (Hindi)", "मराठी (Marathi)"]
    assert "started again" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("hi"))
    assert dialog.restart.isHidden()  # no main window behind it: nothing to restart
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert QSettings().value(i18n.LANGUAGE_KEY) == "hi"
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "hi"


def test_restart_now_is_offered_when_nothing_would_be_lost(
    qtbot, isolated_settings, db: Database, english_after
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not any(task.running for task in window.tasks), timeout=30_000)
    dialog = SettingsDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.restart.isHidden()  # English is what runs: nothing to restart for
    dialog.language.setCurrentIndex(dialog.language.findData("kn"))
    assert not dialog.restart.isHidden()
    dialog.restart.click()
    assert dialog.restart_requested and QSettings().value(i18n.LANGUAGE_KEY) == "kn"
    window.restart()
    assert QApplication.instance().property(RESTART_PROPERTY) is True
    assert not window.isVisible()
    assert db.lock is None or not db.lock.held  # released: the new process can write


def test_restart_is_the_same_command_again() -> None:
    program, arguments = restart_command()
    assert program == sys.executable
    assert arguments == list(sys.orig_argv[1:])


# --- installed at start-up -----------------------------------------------------------------------


def test_a_language_reaches_screens_qt_buttons_and_service_messages(  # type: ignore[no-untyped-def]
    qtbot, isolated_settings, kannada_qm: Path, english_after
) -> None:
    i18n.set_language_setting("kn")
    make_application(translations=kannada_qm)
    assert i18n.current_language() == "kn"

    window = MainWindow()
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles[1] == "ಶಾಲೆಗಳು"
    assert titles[0] == "Dashboard"  # unfinished translations are left out of the build
    assert window.menuBar().actions()[0].text() == "&ಕಡತ"

    dialog = SettingsDialog(window)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "ಉಳಿಸು"  # Qt's own word, from our file
    assert QCoreApplication.translate("SettingsDialog", "Language") == "ಭಾಷೆ"
    assert service_i18n.translate("Schools", "School name") == "ಶಾಲೆಯ ಹೆಸರು"

    i18n.install_language(i18n.ENGLISH)
    assert service_i18n.translate("Schools", "School name") == "School name"
    assert QCoreApplication.translate("MainWindow", "Schools") == "Schools"


def test_the_schools_form_shows_stored_words_and_service_messages_translated(  # type: ignore[no-untyped-def]
    qtbot, isolated_settings, kannada_qm: Path, db: Database, english_after
) -> None:
    """The worked example end to end: a category kept in English, shown in Kannada, saved in
    English; the service's validation message comes back in Kannada under its field."""
    from desktop.services.geography import BlockInput, DistrictInput, create_block, create_district
    from desktop.services.schools import get_school
    from desktop.ui.dialogs.school_dialog import SchoolDialog

    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901")).id
    block = create_block(db, BlockInput(district, "Gokak")).id
    i18n.install_language("kn", kannada_qm)
    dialog = SchoolDialog(db)
    qtbot.addWidget(dialog)
    category = dialog.widget("category")
    index = category.findData("Primary (1-5)")
    assert category.itemText(index) == "ಪ್ರಾಥಮಿಕ (1-5)"
    category.setCurrentIndex(index)
    dialog.widget("udise_code").setText("29010100101")
    dialog.widget("block_id").setCurrentIndex(dialog.widget("block_id").findData(block))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error_text("name") == "ಶಾಲೆಯ ಹೆಸರು ಅಗತ್ಯವಿದೆ."
    dialog.widget("name").setText("GHPS Tukkanatti")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert get_school(db, dialog.saved.id).category == "Primary (1-5)"


def test_a_missing_translation_file_leaves_the_interface_in_english(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path, english_after, caplog
) -> None:
    assert i18n.install_language("mr", tmp_path) == []
    assert "No interface translation" in caplog.text
    assert QCoreApplication.translate("MainWindow", "Schools") == "Schools"


def test_the_bundled_fonts_become_the_interface_font(qapp, isolated_settings, english_after) -> None:  # type: ignore[no-untyped-def]
    size = qapp.font().pointSizeF()
    app = make_application()
    families = set(QFontDatabase.families())
    assert set(INTERFACE_FAMILIES) <= families
    assert app.font().families()[: len(INTERFACE_FAMILIES)] == list(INTERFACE_FAMILIES)
    assert app.font().pointSizeF() == size  # the platform's size is kept
    # Every letter of the three scripts has a glyph in one of the families, without system fonts.
    fonts = [QRawFont.fromFont(QFont(family)) for family in INTERFACE_FAMILIES]
    for text in ("Schools, 2026", "ಶಾಲೆಗಳು ಕ್ಷೇತ್ರ", "विद्यालय क्षेत्र"):
        missing = [ch for ch in text if not any(font.supportsCharacter(ord(ch)) for font in fonts)]
        assert not missing, missing

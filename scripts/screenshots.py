"""Saves PNG screenshots of the main screens on the demo district, for looking at them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR [LANGUAGE]

LANGUAGE (kn, hi or mr) shows the interface in that language, from its .ts file compiled afresh.

Uses a fresh demo database and settings under OUT_DIR; never the user's own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not __package__:  # run as a script: "scripts" is importable from the project's folder
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QWidget


def settle(milliseconds: int = 50) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 180_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the window did not get ready in time")


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def show_page(window, name: str) -> None:  # type: ignore[no-untyped-def]
    """The page by its attribute name: the titles are in the interface's language."""
    from desktop.ui.page_set import PAGES

    window.navigation.setCurrentRow([page for page, _title in PAGES].index(name))


def circular_screens(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    show_page(window, "circulars")
    for language, template, values in (
        (
            "en",
            "Data request",
            {
                "data_description": "enrolment figures for 2026-27",
                "due_date": "05/12/2026",
                "send_to": "the BEO",
            },
        ),
        (
            "kn",
            "ಮಾಹಿತಿ ಕೋರಿಕೆ ಪತ್ರ",
            {"data_description": "ದಾಖಲಾತಿ ಅಂಕಿಅಂಶಗಳು", "due_date": "05/12/2026", "send_to": "ಕ್ಷೇತ್ರ ಶಿಕ್ಷಣಾಧಿಕಾರಿ"},
        ),
    ):
        editor = window.circulars.new_circular()
        editor.resize(1280, 860)
        editor.set_combo(editor.language, language)
        editor.template.setCurrentIndex(editor.template.findText(template))
        editor.schools.tree.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
        editor.widget("signatory_name").setText("Savitha K. Patil")
        editor.widget("signatory_designation").setText("Deputy Director of Public Instruction")
        for name, value in values.items():
            editor.field_edits[name].setText(value)
        ready: list[bool] = []
        editor.preview_ready.connect(lambda done=ready: done.append(True))
        editor.refresh_preview()
        wait_until(lambda done=ready: bool(done))
        save(editor, folder, f"11-circular-editor-{language}")
        editor.reject()
    save(window, folder, "12-circulars-register")
    from desktop.services import templates

    manager = window.circulars.manage_templates()
    data_request = next(t for t in manager.rows() if t.name == "Data request")
    manager.reload(select_id=data_request.id)
    save(manager, folder, "13-templates")
    copy = templates.copy_template(window.db, data_request.id, "Data request (our copy)")
    manager.reload(select_id=copy.id)
    template_dialog = manager.edit()
    assert template_dialog is not None
    save(template_dialog, folder, "14-template-edit")
    template_dialog.reject()
    manager.reject()


def governance_screens(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Committees (a task force and its members), meetings as a list and a month, action items."""
    show_page(window, "committees")
    window.committees.table.selectRow(0)
    save(window, folder, "15-committees")
    show_page(window, "meetings")
    save(window, folder, "16-meetings-list")
    window.meetings.tabs.setCurrentIndex(1)
    save(window, folder, "17-meetings-month")
    show_page(window, "action_items")
    save(window, folder, "18-action-items")


def baseline_screens(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The Baseline page: rounds, imports, the midline compared with the baseline, the wizard."""
    show_page(window, "baseline")
    page = window.baseline
    save(window, folder, "19-baseline-rounds")
    page.tabs.setCurrentIndex(1)
    save(window, folder, "20-baseline-imports")
    page.tabs.setCurrentIndex(2)
    analysis = page.analysis
    wait_until(lambda: analysis.answer is not None)
    shown = []
    analysis.shown.connect(lambda: shown.append(True))
    analysis.compare.setCurrentIndex(analysis.compare.count() - 1)
    wait_until(lambda: bool(shown))
    save(window, folder, "21-baseline-compare")
    from desktop.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(window.db, window)
    wizard.resize(1000, 700)
    wizard.show()
    save(wizard, folder, "22-import-wizard")
    wizard.reject()


def recognition_screens(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The Recognition page on the demo's Coffee with Collector cycle: each tab in turn."""
    show_page(window, "recognition")
    page = window.recognition
    save(window, folder, "23-recognition-programmes")
    coffee = next(
        page.cycle_combo.itemData(i)
        for i in range(page.cycle_combo.count())
        if page.cycle_combo.itemText(i).startswith("Coffee with Collector")
    )
    page.show_cycle(coffee)
    save(window, folder, "24-recognition-nominations")
    page.tabs.setCurrentWidget(page.scoring)
    save(window, folder, "25-recognition-scoring")
    page.tabs.setCurrentWidget(page.ranking)
    save(window, folder, "26-recognition-ranking")


# The demo's first school: block 01, village 001, school 01 of district 2990, in the FLN MoU's blocks.
FIRST_SCHOOL = "29900100101"
FLN_MOU = "DDPI/KVD/MOU/2025/03"


def exchange_screens(window, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The Exchange page on the demo's log (with the deletion reminder), who holds data about a
    school, the keys, the export wizard's first two pages and the package import wizard's first."""
    show_page(window, "exchange")
    page = window.exchange
    save(window, folder, "27-exchange-log")
    page.log.holder_query.setText(FIRST_SCHOOL)
    page.log.find_school_holders()
    save(window, folder, "28-exchange-who-holds")
    page.log.show_whole_log()
    page.tabs.setCurrentWidget(page.keys)
    save(window, folder, "29-exchange-keys")
    page.tabs.setCurrentWidget(page.log)
    wizard = page.export_package()
    wizard.resize(1000, 700)
    wizard.mou_page.select(FLN_MOU)
    save(wizard, folder, "30-export-mou")
    wizard.next()
    save(wizard, folder, "31-export-contents")
    wizard.reject()
    wizard = page.import_package()
    wizard.resize(1000, 700)
    save(wizard, folder, "32-package-import")
    wizard.reject()
    page.template_button.click()
    dialog = page.dialog
    dialog.mou.setCurrentIndex(
        max(0, next((i for i in range(dialog.mou.count()) if dialog.mou.itemText(i).startswith(FLN_MOU)), 0))
    )
    dialog.round.setCurrentText("Endline 2027")
    save(dialog, folder, "33-return-template")
    dialog.reject()


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots").resolve()
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    folder.mkdir(parents=True, exist_ok=True)
    from desktop.ui.app import build_main_window, make_application
    from desktop.ui.i18n import CATALOGUE, install_language
    from scripts.translations import run_lrelease, ts_path

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    translations = None
    if language != "en":
        translations = folder / "qm"
        run_lrelease(ts_path(language), translations / f"{CATALOGUE}_{language}.qm")
    app = make_application(sys.argv[:1], translations=translations)
    if translations is not None:
        install_language(language, translations)
    window = build_main_window(folder / "data" / "demo.db", demo=True)
    window.resize(1280, 800)
    save(window, folder, "00-opening")
    wait_until(lambda: bool(window.pages) and window.schools.model.rowCount() > 0)
    wait_until(lambda: not any(task.running for task in window.tasks))
    names = [
        "01-dashboard",
        "02-schools",
        "03-blocks-and-clusters",
        "04-offices",
        "05-organisations",
        "06-people",
    ]
    for row, name in enumerate(names):
        window.navigation.setCurrentRow(row)
        if name == "03-blocks-and-clusters":
            window.geography.blocks.table.selectRow(2)
        save(window, folder, name)
    window.navigation.setCurrentRow(1)
    window.schools.search.setText("ಕೆರೆ ghps")
    window.schools.apply_search()
    save(window, folder, "07-schools-search-kannada")
    window.schools.search.setText("")
    window.schools.apply_search()
    window.schools.add()
    dialog = window.schools.active_dialog
    assert dialog is not None
    dialog.widget("udise_code").setText("2990010470")
    dialog.widget("name").setText("Government Lower Primary School, Hosakote")
    dialog.widget("name_local").setText("ಸರ್ಕಾರಿ ಕಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ, ಹೊಸಕೋಟೆ")
    dialog.widget("pincode").setText("57103")
    dialog._save()
    save(dialog, folder, "08-add-school-errors")
    dialog.reject()
    from desktop.ui.dialogs.restore_dialog import RestoreDialog

    restore = RestoreDialog(window.db.path, window)
    restore.show()
    save(restore, folder, "09-restore")
    restore.reject()
    circular_screens(window, folder)
    governance_screens(window, folder)
    baseline_screens(window, folder)
    recognition_screens(window, folder)
    exchange_screens(window, folder)
    window.close()
    from desktop.services.opening import open_database
    from desktop.ui.main_window import MainWindow

    empty, _report = open_database(folder / "data" / "new-office.db")
    first_run = MainWindow(empty)
    first_run.resize(1280, 800)
    first_run.show()
    save(first_run, folder, "10-first-run")
    wait_until(lambda: not any(task.running for task in first_run.tasks))
    first_run.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

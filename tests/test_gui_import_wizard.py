"""The import wizard, driven through its pages on a real database with files written for each test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from db.models import ImportBatch, ImportProfile, School
from desktop.services.database import Database
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.dialogs.import_wizard_parts import HEADER_ROW_COLOUR

WAIT_MS = 30_000
HEADER = "UDISE Code,School Name,District,Block,Cluster\n"


def _csv(folder: Path, name: str, lines: list[str], header: str = HEADER) -> Path:
    path = folder / name
    path.write_text(header + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def _school(code: str, name: str, block: str = "Bagalkot", cluster: str = "Bagalkot 1") -> str:
    return f"{code},{name},Bagalkot,{block},{cluster}"


def _wizard(qtbot, db: Database, **kwargs) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(db, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _choose(monkeypatch, wizard: ImportWizard, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in paths], ""))
    wizard.file_page.choose_button.click()


def _button(wizard: ImportWizard, which: QWizard.WizardButton):  # type: ignore[no-untyped-def]
    return wizard.button(which)


def _next(wizard: ImportWizard) -> None:
    button = _button(wizard, QWizard.WizardButton.NextButton)
    assert button.isEnabled() and button.isVisible()
    button.click()


def _checked(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not wizard.check_page.busy() and wizard.state.check is not None, timeout=WAIT_MS)


def _import(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    commit = _button(wizard, QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "Import"
    commit.click()
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(lambda: not wizard.run_page.busy(), timeout=WAIT_MS)


def _codes(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(School.udise_code)))


def _batches(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(ImportBatch)) or 0


def _to_check(qtbot, monkeypatch, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    _choose(monkeypatch, wizard, path)
    _next(wizard)
    _next(wizard)
    _checked(qtbot, wizard)


def _testers(wizard: ImportWizard) -> list[QAbstractItemModelTester]:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    check = wizard.check_page
    return [
        QAbstractItemModelTester(model, mode)
        for model in (wizard.file_page.raw_model, check.problems.model, check.repairs.model)
    ]


def test_a_school_directory_goes_through_every_page(
    qtbot, isolated_settings, monkeypatch, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = _csv(
        tmp_path,
        "schools.csv",
        [
            _school("29020100101", "GHPS Bagalkot"),
            _school("29020100102", "GLPS Navanagar", cluster="Bagalkot 2"),
        ],
    )
    wizard = _wizard(qtbot, db)
    testers = _testers(wizard)
    page = wizard.file_page
    assert page.target_buttons["schools"].isChecked() and not page.round_row.isVisible()
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    _choose(monkeypatch, wizard, path)
    assert page.file_names.text() == "schools.csv" and page.format_label.text() == "Text file (CSV)"
    assert page.encoding.currentData() == "utf-8" and page.delimiter.currentData() == ","
    assert page.header_row.value() == 1 and not page.notice.isVisible()
    raw = page.raw_model
    assert raw.rowCount() == 3 and raw.data(raw.index(0, 1)) == "School Name"
    assert raw.data(raw.index(0, 0), Qt.ItemDataRole.BackgroundRole).color().name() == HEADER_ROW_COLOUR
    assert raw.data(raw.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    # Assessment results need a round: the round row appears, and Next waits for a round.
    page.target_buttons["assessment"].setChecked(True)
    assert page.round_row.isVisible() and not page.isComplete()
    page.target_buttons["schools"].setChecked(True)
    _next(wizard)

    columns = wizard.columns_page
    assert "suggested from the file's headers" in columns.source_notice.text()
    assert columns.rows["udise"].combo.currentData() == "UDISE Code"
    assert columns.rows["name"].label.font().bold() and not columns.rows["village"].label.font().bold()
    assert not columns.keep_names.isVisible() and not columns.alias_system.isVisible()
    _next(wizard)

    _checked(qtbot, wizard)
    check = wizard.check_page
    assert check.summary.text() == "2 rows: 2 new schools, 0 updated, 0 unchanged, 0 with problems"
    assert "Will add district Bagalkot (2902)" in check.notes.text()
    preview = check.preview.model
    QAbstractItemModelTester(preview, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert preview.rowCount() == 2 and check.tabs.currentWidget() is check.preview
    assert check.all_rows.isEnabled() and check.all_rows.isChecked() and not check.valid_rows.isVisible()
    with qtbot.waitSignal(wizard.imported, timeout=WAIT_MS) as signal:
        _import(qtbot, wizard)
    run = wizard.run_page
    batch_id = signal.args[0]
    assert run.status.text() == f"Imported as batch {batch_id}."
    assert "New: 2" in run.outcome.text() and "backed up first to" in run.outcome.text()
    assert run.result.backup is not None and run.result.backup.exists()
    assert _codes(db) == ["29020100101", "29020100102"]
    assert _button(wizard, QWizard.WizardButton.FinishButton).isEnabled()
    assert testers


def test_problems_are_listed_and_only_the_valid_rows_are_imported(
    qtbot, isolated_settings, monkeypatch, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = _csv(
        tmp_path,
        "with-problems.csv",
        [
            _school("29020100101", "GHPS Bagalkot"),
            _school("ABC", "Bad code school"),
            _school("29020100103", "GHPS Kaladgi"),
            _school("2902010", "Short code school"),
        ],
    )
    wizard = _wizard(qtbot, db)
    testers = _testers(wizard)
    _to_check(qtbot, monkeypatch, wizard, path)
    check = wizard.check_page
    assert check.summary.text() == "4 rows: 2 new schools, 0 updated, 0 unchanged, 2 with problems"
    assert check.tabs.currentWidget() is check.problems
    assert check.tabs.tabText(check.tabs.indexOf(check.problems)) == "Problems (2)"
    problems = check.problems.model
    assert [problems.data(problems.index(r, 0)) for r in range(2)] == [3, 5]
    assert "digits only" in problems.data(problems.index(0, 3))
    assert problems.data(problems.index(1, 4)).startswith("an 11-digit UDISE code")
    # Every row valid or nothing: not possible here; nothing is chosen until the user leaves rows out.
    assert not check.all_rows.isEnabled() and not check.all_rows.isChecked()
    assert check.valid_rows.text() == "Import the 2 valid rows and leave out the 2 with problems"
    assert not _button(wizard, QWizard.WizardButton.CommitButton).isEnabled()
    # Search and sort.
    check.problems.search.setText("short")
    assert problems.rowCount() == 0 and check.problems.count.text() == "0 of 2"
    check.problems.search.setText("2902010")
    assert problems.rowCount() == 1 and check.problems.count.text() == "1 of 2"
    check.problems.search.clear()
    check.problems.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert problems.data(problems.index(0, 0)) == 5
    # The problems as a workbook.
    saved = tmp_path / "out" / "problems"
    saved.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), ""))
    check.problems.save_button.click()
    qtbot.waitUntil(lambda: check.problems.saved_to.text().startswith("Saved to"), timeout=WAIT_MS)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out" / "problems.xlsx")["Problems"]
    assert [cell.value for cell in sheet["C"]][1:] == [3, 5]
    check.valid_rows.setChecked(True)
    assert _button(wizard, QWizard.WizardButton.CommitButton).isEnabled()
    _import(qtbot, wizard)
    assert "Rows left out with problems: 2" in wizard.run_page.outcome.text()
    assert _codes(db) == ["29020100101", "29020100103"]
    assert testers


def test_a_ten_digit_code_is_repaired_when_the_user_accepts(
    qtbot, isolated_settings, monkeypatch, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # A district whose code starts with a zero (Jammu, 0101) must exist for the repair to be offered.
    first = _csv(tmp_path, "jammu.csv", ["01010100101,GHS Jammu,Jammu,Jammu,Jammu 1"])
    wizard = _wizard(qtbot, db)
    _to_check(qtbot, monkeypatch, wizard, first)
    _import(qtbot, wizard)
    assert _codes(db) == ["01010100101"]

    second = _csv(tmp_path, "jammu-lost-zero.csv", ["1010100102,GPS Jammu,Jammu,Jammu,Jammu 1"])
    wizard = _wizard(qtbot, db)
    testers = _testers(wizard)
    _to_check(qtbot, monkeypatch, wizard, second)
    check = wizard.check_page
    assert check.tabs.isTabVisible(check.tabs.indexOf(check.repairs))
    assert check.repairs.apply.text() == "Apply these 1 repairs" and not check.repairs.apply.isChecked()
    repairs = check.repairs.model
    assert repairs.rowCount() == 1 and repairs.data(repairs.index(0, 3)) == "01010100102"
    assert check.state.check.counts.error_rows == 1
    check.repairs.apply.setChecked(True)  # the check runs again with the repairs
    assert check.busy()
    _checked(qtbot, wizard)
    assert check.state.check.counts.repaired == 1 and check.state.check.counts.error_rows == 0
    assert "1 with a repaired UDISE code" in check.summary.text()
    assert check.repairs.apply.isChecked() and check.all_rows.isChecked()
    _import(qtbot, wizard)
    assert "UDISE codes repaired: 1" in wizard.run_page.outcome.text()
    assert _codes(db) == ["01010100101", "01010100102"]
    with db.reading() as session:
        batch = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).first()
        assert batch.options["accept_repairs"] is True
    assert testers


def test_a_required_field_left_unmapped_stops_the_wizard_with_the_reason(
    qtbot, isolated_settings, monkeypatch, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = _csv(tmp_path, "schools.csv", [_school("29020100101", "GHPS Bagalkot")])
    wizard = _wizard(qtbot, db)
    _choose(monkeypatch, wizard, path)
    _next(wizard)
    columns = wizard.columns_page
    next_button = _button(wizard, QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    columns.rows["name"].choose(None)
    assert not next_button.isEnabled()
    problem = columns.rows["name"].problem
    assert (
        problem.isVisible() and problem.text() == "School name is required: choose the column that holds it."
    )
    columns.rows["name"].choose("School Name")
    assert next_button.isEnabled() and not problem.isVisible()


def test_a_saved_mapping_is_found_again_for_a_file_with_the_same_columns(
    qtbot, isolated_settings, monkeypatch, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = "Code,Title,Dist,Taluk,CRC\n"  # nothing here is a known header
    path = _csv(tmp_path, "klp-1.csv", ["29020100101,GHPS Bagalkot,Bagalkot,Bagalkot,Bagalkot 1"], header)
    wizard = _wizard(qtbot, db)
    _choose(monkeypatch, wizard, path)
    _next(wizard)
    columns = wizard.columns_page
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    for key, header_cell in (("udise", "Code"), ("name", "Title"), ("block", "Taluk"), ("cluster", "CRC")):
        columns.rows[key].choose(header_cell)
    assert _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    dialog = columns.ask_profile_name()
    dialog.setTextValue("  ")
    dialog.accept()
    assert columns.save_result.text() == "Give the mapping a name, e.g. “UDISE school list”."
    dialog = columns.ask_profile_name()
    dialog.setTextValue("KLP schools")
    dialog.accept()
    assert columns.save_result.text().startswith("Saved as ‘KLP schools’")
    with db.reading() as session:
        assert session.scalar(select(ImportProfile.mapping))["udise"] == "Code"

    again = _csv(
        tmp_path,
        "klp-2.csv",
        ["29020100102,GLPS Navanagar,Bagalkot,Bagalkot,Bagalkot 1"],
        "CODE,Title,Dist,Taluk,CRC\n",
    )
    wizard = _wizard(qtbot, db)
    _choose(monkeypatch, wizard, again)
    _next(wizard)
    columns = wizard.columns_page
    assert columns.source_notice.text() == "Using your saved mapping ‘KLP schools’."
    assert columns.rows["udise"].combo.currentData() == "CODE"  # spelt as this file spells it
    assert columns.rows["cluster"].combo.currentData() == "CRC"
    assert _button(wizard, QWizard.WizardButton.NextButton).isEnabled()


def test_an_unreadable_file_is_explained_and_the_wizard_stops(
    qtbot, isolated_settings, monkeypatch, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "schools.xlsx"
    broken.write_text("this is not a workbook", encoding="utf-8")
    wizard = _wizard(qtbot, db)
    _choose(monkeypatch, wizard, broken)
    page = wizard.file_page
    assert page.notice.isVisible() and page.notice.text().startswith("schools.xlsx was not imported")
    assert page.raw_model.rowCount() == 0
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    # Choosing a good file afterwards clears the notice.
    _choose(monkeypatch, wizard, _csv(tmp_path, "good.csv", [_school("29020100101", "GHPS Bagalkot")]))
    assert not page.notice.isVisible() and _button(wizard, QWizard.WizardButton.NextButton).isEnabled()


@pytest.fixture
def large_file(tmp_path: Path) -> Path:
    lines = [
        _school(f"290201{number:05d}", f"School {number}", cluster=f"C{number % 40}")
        for number in range(40_000)
    ]
    return _csv(tmp_path, "large.csv", lines)


def test_cancelling_the_check_or_the_import_changes_nothing(
    qtbot, isolated_settings, monkeypatch, db, large_file
) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db)
    _choose(monkeypatch, wizard, large_file)
    _next(wizard)
    _next(wizard)
    check = wizard.check_page
    assert check.busy() and check.cancel_button.isVisible()
    check.cancel_button.click()
    qtbot.waitUntil(lambda: not check.busy(), timeout=WAIT_MS)
    assert check.status.text() == "Cancelled; nothing was changed."
    assert (
        check.again_button.isVisible() and not _button(wizard, QWizard.WizardButton.CommitButton).isEnabled()
    )
    assert _codes(db) == [] and _batches(db) == 0
    # Checked again to the end, then the import itself cancelled: still nothing stored.
    check.again_button.click()
    _checked(qtbot, wizard)
    commit = _button(wizard, QWizard.WizardButton.CommitButton)
    commit.click()
    run = wizard.run_page
    assert run.busy()
    run.cancel_button.click()
    qtbot.waitUntil(lambda: not run.busy(), timeout=WAIT_MS)
    assert run.status.text() == "Cancelled; nothing was changed."
    assert _codes(db) == [] and _batches(db) == 0


def test_assessment_results_ask_for_a_round_and_offer_the_personal_data_choices(
    qtbot, isolated_settings, monkeypatch, db
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import SHARED_DATA

    wizard = _wizard(qtbot, db, target="assessment")
    page = wizard.file_page
    _choose(
        monkeypatch, wizard, SHARED_DATA / "assessment" / "klp_gp_maths_contest_class4_2018-19_redacted.csv"
    )
    assert page.round_row.isVisible() and page.round_combo.currentData() is None
    assert not _button(wizard, QWizard.WizardButton.NextButton).isEnabled()
    dialog = page.new_round()
    dialog.widget("name").setText("GP contest 2018-19")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert page.round_combo.currentText() == "GP contest 2018-19 (Baseline)"
    assert wizard.state.round_id is not None
    _next(wizard)
    columns = wizard.columns_page
    assert columns.keep_names.isVisible() and not columns.keep_names.isChecked()
    assert "personal data" in columns.names_warning.text()
    assert columns.rows["other_id"].combo.currentData() == "Klp id" and columns.alias_system.isVisible()
    columns.alias_system.setText("KLP")
    columns.keep_names.setChecked(True)
    request = wizard.state.request()
    assert request.options.alias_system == "KLP" and request.options.keep_names
    assert request.options.round_id == wizard.state.round_id
    columns.rows["other_id"].choose(None)
    assert not columns.alias_system.isVisible() and wizard.state.request().options.alias_system is None

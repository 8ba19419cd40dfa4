"""The package import wizard, driven through its pages on the small exchange district: a partner's
package chosen from a drive, what it claims before it is verified, the passphrase and round, the
dry run in the background (refusals, problems, cancel), conflicts chosen row by row, the import;
and a filled return template."""

from __future__ import annotations

import base64
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QWizard
from sqlalchemy import select, update

from db.models import ExchangeLogEntry, ImportBatch, LevelScheme, StudentResult
from desktop.services.database import Database
from desktop.services.exchange import keys, pseudonyms
from desktop.services.exchange.fingerprints import fingerprint
from desktop.services.exchange.inbound import import_package
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.opening import open_database
from desktop.ui.dialogs.export_drives import Volume
from desktop.ui.dialogs.package_import_state import PageId
from desktop.ui.dialogs.package_import_wizard import PackageImportWizard
from tests.conftest import copy_database
from tests.exchange_fixtures import FLN_REFERENCE, SCHEME_LEVELS, TODAY, build_district
from tests.test_exchange_inbound import (
    ENDLINE,
    GENDER,
    MIDLINE,
    MIDLINE_ASSESSED,
    PASSPHRASE,
    PUPILS_OF_SCHOOL,
    RESULT_COLUMNS,
    RESULTS,
    SCHOOL,
    Office,
    all_counts,
    endline_package,
    filled_template,
    make_package,
    result_row,
    results,
    round_id,
)

WAIT_MS = 30_000
ENDLINE_ROWS = 10  # endline_package: the five pupils of SCHOOL in two subjects


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, Ed25519PrivateKey, bytes]:
    """The exchange district with Akshara's key registered, the FLN MoU's pseudonym secret and
    an empty endline round; built once, copied for each test."""
    from db.models import AssessmentRound
    from desktop.services.exchange.partner_keys import register_partner_key

    path = tmp_path_factory.mktemp("import-wizard") / "district.db"
    db, _report = open_database(path, operator="tester")
    try:
        district = build_district(db)
        akshara = Ed25519PrivateKey.generate()
        register_partner_key(db, district.organisation_ids["akshara"], public_key_text(akshara))
        with db.transaction() as session:
            secret = pseudonyms.mou_secret(session, district.fln_mou_id)
            scheme_id = session.scalar(select(LevelScheme.id))
            session.add(
                AssessmentRound(name=ENDLINE, kind="endline", level_scheme_id=scheme_id, max_score=20)
            )
    finally:
        db.close()
    return path, district, akshara, secret


@pytest.fixture
def office(template, tmp_path: Path) -> Iterator[Office]:  # type: ignore[no-untyped-def]
    path, district, akshara, secret = template
    db, _report = open_database(copy_database(path, tmp_path / "office" / "district.db"), operator="tester")
    folder = tmp_path / "stick"
    folder.mkdir()
    try:
        yield Office(db, district, akshara, Ed25519PrivateKey.generate(), secret, folder)
    finally:
        db.close()


def public_key_text(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes_raw()).decode("ascii")


def _wizard(qtbot, db: Database) -> PackageImportWizard:  # type: ignore[no-untyped-def]
    wizard = PackageImportWizard(db, today=lambda: TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _button(wizard: QWizard, which: QWizard.WizardButton):  # type: ignore[no-untyped-def]
    return wizard.button(which)


def _next(wizard: QWizard) -> None:
    button = _button(wizard, QWizard.WizardButton.NextButton)
    assert button.isEnabled() and button.isVisible()
    button.click()


def _can_go_on(wizard: QWizard) -> bool:
    return _button(wizard, QWizard.WizardButton.NextButton).isEnabled()


def _tester(model) -> QAbstractItemModelTester:  # type: ignore[no-untyped-def]
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


def _choose(wizard: PackageImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))


def _to_check(qtbot, wizard: PackageImportWizard, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    _choose(wizard, path)
    _next(wizard)
    wizard.details_page.passphrase.setText(passphrase)
    _next(wizard)
    assert wizard.currentId() == PageId.CHECK
    qtbot.waitUntil(lambda: not wizard.check_page.busy(), timeout=WAIT_MS)


def _import(qtbot, wizard: PackageImportWizard) -> None:  # type: ignore[no-untyped-def]
    page = wizard.import_page
    assert wizard.currentId() == PageId.IMPORT and page.import_button.isEnabled()
    page.import_button.click()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT_MS)


def _cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


# --- a package, from the drive to the database -----------------------------------------------------


def test_a_package_goes_through_every_page(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    path = endline_package(office, name="akshara-endline.zip")
    wizard = _wizard(qtbot, office.db)
    imported: list[int] = []
    wizard.imported.connect(imported.append)
    page = wizard.file_page
    testers = [_tester(page.model), _tester(wizard.check_page.counts_model)]
    assert not _can_go_on(wizard)  # nothing chosen yet
    page.set_volumes(
        [
            Volume("Local Disk", office.folder.parent, 80 * 1024**3, 256 * 1024**3, False),
            Volume("PARTNER STICK", office.folder, 3 * 1024**3, 8 * 1024**3, True),
        ]
    )
    assert _cells(page.model, 0) == ["akshara-endline.zip"] and _cells(page.model, 1) == ["PARTNER STICK"]
    assert page.path_edit.text() == str(path)  # the newest package found is chosen
    assert "not yet verified" in page.facts_box.title()
    assert page.facts["issuer"].text() == "Akshara Learning Trust"
    assert page.facts["mou"].text() == FLN_REFERENCE and page.facts["round"].text() == ENDLINE
    assert page.facts["created"].text() == "20/11/2026 10:00 (3 days ago)"
    assert "Pseudonymised" in page.facts["holds"].text() and "10 records" in page.facts["holds"].text()
    akshara_fingerprint = fingerprint(office.akshara.public_key().public_bytes_raw())
    assert page.fingerprint.text() == akshara_fingerprint
    assert "registered for Akshara Learning Trust" in page.key_status.text()
    assert not page.register_button.isVisible() and not page.workbook_note.isVisible()
    _next(wizard)

    details = wizard.details_page
    assert details.passphrase_box.isVisible()
    assert details.round_combo.currentData() == round_id(office.db, ENDLINE)  # as the package names it
    assert "names the round “Endline 2027”" in details.round_note.text()
    assert details.passphrase.echoMode() == QLineEdit.EchoMode.Password
    details.show_typed.setChecked(True)
    assert details.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert not _can_go_on(wizard)  # no passphrase yet
    details.passphrase.setText(PASSPHRASE)
    _next(wizard)

    check = wizard.check_page
    qtbot.waitUntil(lambda: not check.busy(), timeout=WAIT_MS)
    assert check.status.text() == "Checked." and not check.refusal.isVisible()
    assert check.verified_box.title() == "Verified"
    assert check.verified["signer"].text() == "Akshara Learning Trust"
    assert check.signer_fingerprint.text() == akshara_fingerprint
    assert check.verified["mou"].text() == FLN_REFERENCE and check.verified["round"].text() == ENDLINE
    assert check.counts_model.rowCount() == 1
    assert [check.counts_model.data(check.counts_model.index(0, c)) for c in range(2, 7)] == [
        "10",
        "10",
        "0",
        "0",
        "0",
    ]
    assert check.verdict.text() == "Ready to import. Rows to store: 10."
    assert not check.problems_panel.isVisible() and not check.impossible.isVisible()
    before = all_counts(office.db)
    _next(wizard)

    assert wizard.currentId() == PageId.IMPORT  # no conflicts: no conflicts page
    run = wizard.import_page
    assert "Pseudonymised student-level assessment results: 10 to add, 0 to update" in run.summary.text()
    assert not _can_go_on(wizard) and not _button(wizard, QWizard.WizardButton.FinishButton).isEnabled()
    assert all_counts(office.db) == before  # nothing stored before Import is clicked
    _import(qtbot, wizard)

    assert run.status.text() == "Imported, and recorded in the exchange log."
    stored = results(office.db, ENDLINE)
    assert len(stored) == ENDLINE_ROWS and {key for key, _s in stored} == {k for k, _n in PUPILS_OF_SCHOOL}
    with office.db.reading() as session:
        entry = session.scalars(select(ExchangeLogEntry)).one()
    assert imported == [entry.id] and entry.event == "import" and entry.package_name == path.name
    assert run.outcome_values["log"].text() == f"entry {entry.id}"
    assert "10 added" in run.outcome_values["stored"].text()
    assert Path(run.outcome_values["backup"].text()).exists()
    assert "Undo import" in run.outcome_values["undo"].text()
    assert wizard.state.passphrase == "" and details.passphrase.text() == ""  # forgotten
    assert not _button(wizard, QWizard.WizardButton.BackButton).isEnabled()  # no way back
    assert not _button(wizard, QWizard.WizardButton.CancelButton).isVisible()
    assert not run.import_button.isVisible()
    _button(wizard, QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    del testers


def test_a_wrong_passphrase_is_refused_and_going_back_with_the_right_one_works(  # type: ignore[no-untyped-def]
    qtbot, office: Office
) -> None:
    path = endline_package(office)
    before = all_counts(office.db)
    wizard = _wizard(qtbot, office.db)
    _to_check(qtbot, wizard, path, "WRONG-PASS-PHRASE-1")
    check = wizard.check_page
    assert check.refusal_heading.isVisible() and check.refusal_heading.text() == "Wrong passphrase"
    assert f"not the one {path.name} was locked with" in check.refusal.text()
    assert "Go Back and type the passphrase again" in check.refusal.text()
    assert not check.results.isVisible() and not _can_go_on(wizard)
    assert all_counts(office.db) == before
    _button(wizard, QWizard.WizardButton.BackButton).click()

    assert wizard.currentId() == PageId.DETAILS
    wizard.details_page.passphrase.setText(PASSPHRASE)
    _next(wizard)
    qtbot.waitUntil(lambda: not check.busy(), timeout=WAIT_MS)
    assert not check.refusal.isVisible() and not check.refusal_heading.isVisible()
    assert check.verified["signer"].text() == "Akshara Learning Trust" and _can_go_on(wizard)


def test_a_package_naming_no_round_asks_for_one(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, office.db)
    _choose(wizard, endline_package(office, round_name=None))
    assert wizard.file_page.facts["round"].text() == "(names none)"
    _next(wizard)
    details = wizard.details_page
    details.passphrase.setText(PASSPHRASE)
    assert details.round_combo.currentData() is None and not _can_go_on(wizard)
    assert "does not name a round" in details.round_note.text()
    details.round_combo.setCurrentIndex(details.round_combo.findData(round_id(office.db, ENDLINE)))
    _next(wizard)
    qtbot.waitUntil(lambda: not wizard.check_page.busy(), timeout=WAIT_MS)
    assert wizard.check_page.verified["round"].text() == ENDLINE and _can_go_on(wizard)


def test_an_unknown_signer_is_offered_the_key_registration(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    stranger = Ed25519PrivateKey.generate()
    path = endline_package(office, key=stranger)
    wizard = _wizard(qtbot, office.db)
    _choose(wizard, path)
    page = wizard.file_page
    assert "No partner's key with this fingerprint is registered" in page.key_status.text()
    assert page.fingerprint.text() == fingerprint(stranger.public_key().public_bytes_raw())
    assert page.register_button.isVisible() and not _can_go_on(wizard)

    page.register_button.click()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.value("organisation") == office.district.organisation_ids["akshara"]  # as it claims
    dialog.key_text.setPlainText(public_key_text(stranger))
    assert dialog.fingerprint.text() == page.fingerprint.text()  # compared before saving
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert "registered for Akshara Learning Trust" in page.key_status.text()
    assert not page.register_button.isVisible() and _can_go_on(wizard)
    _next(wizard)
    wizard.details_page.passphrase.setText(PASSPHRASE)
    _next(wizard)
    qtbot.waitUntil(lambda: not wizard.check_page.busy(), timeout=WAIT_MS)
    assert wizard.check_page.verified["signer"].text() == "Akshara Learning Trust"


def test_a_package_signed_by_the_office_or_not_for_the_district_cannot_go_on(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, office.db)
    _choose(wizard, endline_package(office, key=keys.signing_key(office.db)))
    page = wizard.file_page
    assert "signed with this office's own key" in page.key_status.text()
    assert not page.register_button.isVisible() and not _can_go_on(wizard)
    _choose(wizard, endline_package(office, direction="to_partner"))  # a partner's key, the wrong way
    assert "made for a partner, not for the district" in page.key_status.text()
    assert not page.register_button.isVisible() and not _can_go_on(wizard)


def test_a_file_that_is_not_a_package_is_refused_on_the_first_page(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, office.db)
    page = wizard.file_page
    other = office.folder / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"not a package")
    _choose(wizard, other)
    assert (
        page.problem.isVisible()
        and "is not a District Collective Desk exchange package" in page.problem.text()
    )
    assert not page.facts_box.isVisible() and not _can_go_on(wizard)
    _choose(wizard, office.folder / "notes.txt")
    assert "neither a package (.zip) nor a return template (.xlsx)" in page.problem.text()
    _choose(wizard, office.folder / "missing.zip")
    assert page.problem.text() == f"There is no file {office.folder / 'missing.zip'}."


def test_a_tampered_package_is_refused_with_the_reason(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    path = endline_package(office)
    with zipfile.ZipFile(path) as archive:
        payload = archive.getinfo("payload.enc")
    data = bytearray(path.read_bytes())
    start = payload.header_offset + 30 + len(payload.filename.encode()) + len(payload.extra)
    data[start + payload.file_size // 2] ^= 0x01  # one bit of the encrypted payload
    path.write_bytes(bytes(data))
    before = all_counts(office.db)

    wizard = _wizard(qtbot, office.db)
    _to_check(qtbot, wizard, path)  # the manifest alone still reads: the first page lets it on

    check = wizard.check_page
    assert check.refusal_heading.text() in {
        "The package was changed after it was signed",
        "The package is damaged or incomplete",
    }
    assert path.name in check.refusal.text() and "fresh copy" in check.refusal.text()
    assert not _can_go_on(wizard) and all_counts(office.db) == before


def test_cancelling_the_check_leaves_nothing_and_it_can_be_checked_again(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    path = endline_package(office)
    before = all_counts(office.db)
    wizard = _wizard(qtbot, office.db)
    _choose(wizard, path)
    _next(wizard)
    wizard.details_page.passphrase.setText(PASSPHRASE)
    _next(wizard)
    check = wizard.check_page
    assert check.busy() and check.cancel_button.isVisible()
    assert not _button(wizard, QWizard.WizardButton.BackButton).isEnabled()  # not while checking
    check.cancel_button.click()
    qtbot.waitUntil(lambda: not check.busy(), timeout=WAIT_MS)
    assert check.status.text() == "Cancelled; nothing was read into the database."
    assert wizard.state.check is None and not check.results.isVisible() and not _can_go_on(wizard)
    assert check.again_button.isVisible() and _button(wizard, QWizard.WizardButton.BackButton).isEnabled()
    assert all_counts(office.db) == before
    check.again_button.click()
    qtbot.waitUntil(lambda: not check.busy(), timeout=WAIT_MS)
    assert wizard.state.check is not None and _can_go_on(wizard)


def test_a_package_already_imported_has_nothing_more_to_do(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    path = endline_package(office)
    import_package(office.db, path, PASSPHRASE)
    wizard = _wizard(qtbot, office.db)
    _to_check(qtbot, wizard, path)
    check = wizard.check_page
    assert check.already.isVisible() and "was already imported on" in check.already.text()
    assert "nothing more to do" in check.already.text()
    assert not check.verdict.isVisible() and not _can_go_on(wizard)


# --- problems and conflicts ------------------------------------------------------------------------


def test_problems_in_the_package_make_the_import_impossible(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    good, bad_grade = (key for key, _name in PUPILS_OF_SCHOOL[:2])
    rows = [result_row(office.pseudonym(good)), result_row(office.pseudonym(bad_grade), grade="Class Z")]
    path = make_package(office, {RESULTS: (RESULT_COLUMNS, rows)})
    before = all_counts(office.db)
    wizard = _wizard(qtbot, office.db)
    _to_check(qtbot, wizard, path)

    check = wizard.check_page
    panel = check.problems_panel
    testers = [_tester(panel.model), _tester(panel.proxy)]
    assert (
        check.impossible.isVisible()
        and "Problems found: 1, in 1 of the package's rows" in check.impossible.text()
    )
    assert "the partner must correct them and send it again" in check.impossible.text()
    assert panel.isVisible() and not check.verdict.isVisible() and not _can_go_on(wizard)
    grade = next(row for row in range(panel.model.rowCount()) if panel.model.row_at(row).column == "grade")
    assert [panel.model.data(panel.model.index(grade, c)) for c in range(4)] == [
        "student_results.csv",
        3,
        "grade",
        "Class Z",
    ]
    assert panel.model.data(panel.model.index(grade, 5))  # what was expected
    panel.search.setText("Class Z")
    assert panel.proxy.rowCount() == 1 and panel.count.text() == f"1 of {panel.model.rowCount()}"
    panel.table.selectRow(0)
    assert panel.detail.text().startswith('student_results.csv, row 3, column "grade": "Class Z"')
    assert all_counts(office.db) == before
    del testers


def _office_correction(db: Database, rows: list[dict[str, str]], imported_at: datetime) -> None:
    """The office's own import into the midline, as if made at ``imported_at``."""
    frame = pd.DataFrame(rows).astype(str)
    with db.transaction() as session:
        batch_id, _checked = store_rows(
            session,
            get_target("assessment"),
            MappedRows(
                frame=frame,
                row_numbers=np.arange(2, len(frame) + 2),
                file_names=np.repeat(np.array(["midline-corrections.csv"], dtype=object), len(frame)),
                sheet=None,
                column_of={key: key for key in frame.columns},
                source_sha256=uuid.uuid4().hex * 2,
            ),
            ImportOptions(round_id=round_id(db, MIDLINE), keep_names=True),
            valid_rows_only=False,
            file_names=["midline-corrections.csv"],
            mapping={},
            options_json={},
            operator="office clerk",
        )
        session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(imported_at=imported_at))


def _midline_conflicts(office: Office) -> tuple[Path, dict[str, float], dict[str, float]]:
    """A package of 20/11/2026 changing three pupils' midline Kannada scores; the office corrected
    the second and third pupils' on 21/11/2026. Returns the package, its scores and the office's."""
    with office.db.transaction() as session:
        session.execute(update(ImportBatch).values(imported_at=datetime(2026, 11, 1, 6, 0, tzinfo=UTC)))
        levels = dict(
            session.execute(
                select(StudentResult.student_key, StudentResult.level).where(
                    StudentResult.round_id == round_id(office.db, MIDLINE), StudentResult.subject == "Kannada"
                )
            ).all()
        )
    three = PUPILS_OF_SCHOOL[:3]
    package_scores = {key: 19.0 for key, _name in three}
    rows = [
        result_row(
            office.pseudonym(key),
            "Kannada",
            "19",
            SCHEME_LEVELS[levels[key]],
            round_name=MIDLINE,
            gender=GENDER[key],
            assessed_on=MIDLINE_ASSESSED,
        )
        for key, _name in three
    ]
    path = make_package(office, {RESULTS: (RESULT_COLUMNS, rows)}, round_name=MIDLINE)
    office_scores = {three[1][0]: 2.0, three[2][0]: 3.0}
    _office_correction(
        office.db,
        [
            {
                "student_id": key,
                "student_name": name,
                "udise": SCHOOL,
                "grade": "3",
                "gender": GENDER[key],
                "subject": "Kannada",
                "score": f"{office_scores[key]:g}",
                "level": SCHEME_LEVELS[levels[key]],
                "assessed_on": MIDLINE_ASSESSED,
            }
            for key, name in three[1:]
        ],
        datetime(2026, 11, 21, 12, 0, tzinfo=UTC),
    )
    return path, package_scores, office_scores


def test_conflicts_are_chosen_row_by_row(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    path, package_scores, office_scores = _midline_conflicts(office)
    chosen, kept = sorted(office_scores)
    wizard = _wizard(qtbot, office.db)
    _to_check(qtbot, wizard, path)
    assert "Rows that would overwrite the office's newer data: 2;" in wizard.check_page.verdict.text()
    _next(wizard)

    assert wizard.currentId() == PageId.CONFLICTS
    page = wizard.conflicts_page
    testers = [_tester(page.model), _tester(page.proxy)]
    assert page.model.rowCount() == 2 and page.model.taken == set()  # the office's records win
    assert page.summary.text() == "The office's value kept: 2. The package's value taken: 0."
    first = page.model.row_at(0)
    assert first.description.startswith("Student STU-") and "school 29310100102" in first.description
    assert _cells(page.model, 3) == ["21/11/2026 by office clerk"] * 2
    assert set(_cells(page.model, 4)) == {"Score 19"}
    assert set(_cells(page.model, 2)) == {"Score 2", "Score 3"}
    page.take_all_button.click()
    assert len(wizard.state.taken) == 2 and "taken: 2." in page.summary.text()
    page.keep_all_button.click()
    assert wizard.state.taken == frozenset()
    page.search.setText(chosen)
    assert page.proxy.rowCount() == 1 and page.count.text() == "1 of 2"
    assert page.proxy.setData(
        page.proxy.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert page.proxy.data(page.proxy.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert wizard.state.taken == frozenset({f"results:{chosen}:Kannada"})
    assert page.summary.text() == "The office's value kept: 1. The package's value taken: 1."
    _next(wizard)

    assert "the office's value kept in 1, the package's taken in 1" in wizard.import_page.summary.text()
    _import(qtbot, wizard)
    assert (
        "1 kept as the office had them; 1 replaced" in wizard.import_page.outcome_values["conflicts"].text()
    )
    stored = results(office.db, MIDLINE)
    assert stored[(chosen, "Kannada")][0] == package_scores[chosen]
    assert stored[(kept, "Kannada")][0] == office_scores[kept]
    unchosen = PUPILS_OF_SCHOOL[0][0]  # no conflict: an ordinary update
    assert stored[(unchosen, "Kannada")][0] == package_scores[unchosen]
    del testers


# --- a filled return template --------------------------------------------------------------------


def test_a_filled_return_template_is_imported_unsigned(qtbot, monkeypatch, office: Office) -> None:  # type: ignore[no-untyped-def]
    path = filled_template(office)
    wizard = _wizard(qtbot, office.db)
    page = wizard.file_page
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    page.browse_button.click()
    assert page.path_edit.text() == str(path)
    assert page.workbook_note.isVisible() and "not signed" in page.workbook_note.text()
    assert "baseline import rules only" in page.workbook_note.text()
    assert not page.facts_box.isVisible() and _can_go_on(wizard)
    _next(wizard)

    details = wizard.details_page
    assert not details.passphrase_box.isVisible()
    assert details.round_combo.currentText() == "The round the workbook names" and _can_go_on(wizard)
    _next(wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: not check.busy(), timeout=WAIT_MS)
    assert check.verified_box.title() == "Read (not signed)"
    assert check.verified["signer"].text().startswith("Not signed")
    assert "Akshara Learning Trust" in check.verified["signer"].text()
    assert check.verified["round"].text() == ENDLINE and check.verified["created"].text() == "not said"
    assert "is not signed" in check.notes.text()
    assert check.counts_model.data(check.counts_model.index(0, 3)) == "10"
    _next(wizard)
    _import(qtbot, wizard)
    assert len(results(office.db, ENDLINE)) == ENDLINE_ROWS
    with office.db.reading() as session:
        entry = session.scalars(select(ExchangeLogEntry)).one()
    assert entry.signer_fingerprint == "" and entry.package_name == path.name


def test_closing_while_importing_cancels_and_waits(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    path = endline_package(office)
    wizard = _wizard(qtbot, office.db)
    _to_check(qtbot, wizard, path)
    _next(wizard)
    before = all_counts(office.db)
    wizard.import_page.start_import()
    wizard.reject()
    assert wizard.isVisible()  # open until the import has stopped
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=WAIT_MS)
    assert wizard.state.outcome is None and all_counts(office.db) == before  # rolled back
    assert wizard.import_page.status.text().startswith("Cancelled. Nothing was imported")
    wizard.reject()
    assert not wizard.isVisible()


def test_a_workbook_that_is_not_a_return_template_is_refused_at_the_check(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    path = office.folder / "results.xlsx"
    book = Workbook()
    book.active.append(["udise_code", "score"])
    book.save(path)
    before = all_counts(office.db)
    wizard = _wizard(qtbot, office.db)
    _choose(wizard, path)
    _next(wizard)
    _next(wizard)
    qtbot.waitUntil(lambda: not wizard.check_page.busy(), timeout=WAIT_MS)
    check = wizard.check_page
    assert check.refusal_heading.text() == "This file cannot be imported"
    assert "results.xlsx was not imported and nothing was saved" in check.refusal.text()
    assert not _can_go_on(wizard) and all_counts(office.db) == before


def test_choosing_another_file_forgets_the_passphrase_and_round(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    first = endline_package(office, round_name=None)
    wizard = _wizard(qtbot, office.db)
    _choose(wizard, first)
    _next(wizard)
    details = wizard.details_page
    details.passphrase.setText(PASSPHRASE)
    details.round_combo.setCurrentIndex(details.round_combo.findData(round_id(office.db, MIDLINE)))
    _next(wizard)
    qtbot.waitUntil(lambda: not wizard.check_page.busy(), timeout=WAIT_MS)
    _button(wizard, QWizard.WizardButton.BackButton).click()
    _button(wizard, QWizard.WizardButton.BackButton).click()
    assert wizard.currentId() == PageId.FILE
    _next(wizard)  # the same file: what was typed and chosen stays
    assert details.passphrase.text() == PASSPHRASE
    assert details.round_combo.currentData() == round_id(office.db, MIDLINE)
    _button(wizard, QWizard.WizardButton.BackButton).click()
    _choose(wizard, endline_package(office))
    _next(wizard)
    assert details.passphrase.text() == "" and not _can_go_on(wizard)
    assert details.round_combo.currentData() == round_id(office.db, ENDLINE)  # as the new one names it

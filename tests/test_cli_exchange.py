"""``district-desk export``, ``return-template``, ``verify``, ``import-package`` and ``key`` on real
databases."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ExchangeLogEntry, StudentResult
from desktop.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, build_parser, main
from desktop.cli_exchange import PASSPHRASE_VARIABLE
from desktop.services.exchange.scope import add_months
from desktop.services.opening import open_database
from tests.conftest import copy_database
from tests.exchange_fixtures import WIDE_REFERENCE
from tests.test_exchange_inbound import PASSPHRASE, Office, Template, endline_package, template

__all__ = ["template"]  # the inbound tests' district, with partner keys and an endline round


@pytest.fixture
def office_db(template: Template, tmp_path: Path) -> Path:
    """A copy of the district's database file, closed, for the command to open."""
    return copy_database(template.path, tmp_path / "office" / "district.db")


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    return PASSPHRASE


def _count(path: Path, model: type) -> int:
    db, _report = open_database(path, operator="check")
    try:
        with db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        db.close()


def test_passphrases_are_never_arguments_and_the_variable_is_named_in_help(capsys):
    for command in ("export", "import-package", "verify", "pack-return"):
        with pytest.raises(SystemExit):
            build_parser().parse_args([command, "--help"])
        shown = " ".join(capsys.readouterr().out.split())
        assert PASSPHRASE_VARIABLE in shown
        assert "--passphrase" not in shown


def test_export_writes_a_verified_package_and_its_receipt(office_db, tmp_path, passphrase, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    receipt = tmp_path / "receipt.pdf"
    code = main(
        [
            "--db",
            str(office_db),
            "export",
            "--mou",
            WIDE_REFERENCE,
            "--out",
            str(usb),
            "--receipt",
            str(receipt),
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    (package,) = usb.glob("*.zip")
    assert f"Written and verified: {package}" in out
    assert "Keep until 23/05/2027" in out
    assert receipt.read_bytes().startswith(b"%PDF")
    assert _count(office_db, ExchangeLogEntry) == 1


def test_export_without_a_passphrase_at_no_terminal_writes_nothing(office_db, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code = main(["--db", str(office_db), "export", "--mou", WIDE_REFERENCE, "--out", str(tmp_path)])
    assert code == EXIT_USAGE
    assert PASSPHRASE_VARIABLE in capsys.readouterr().err
    assert list(tmp_path.glob("*.zip")) == []
    assert _count(office_db, ExchangeLogEntry) == 0


def test_export_of_an_unknown_mou_says_so(office_db, tmp_path, passphrase, capsys):
    code = main(["--db", str(office_db), "export", "--mou", "NO/SUCH", "--out", str(tmp_path)])
    assert code == EXIT_PROBLEM
    assert "no MoU with the reference 'NO/SUCH'" in capsys.readouterr().err


def test_a_partner_verifies_with_the_receipts_fingerprint_and_opens_the_tables(
    office_db, tmp_path, passphrase, capsys
):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(office_db), "export", "--mou", WIDE_REFERENCE, "--out", str(usb)]) == EXIT_OK
    fingerprint = capsys.readouterr().out.split("Signed by: ")[1].splitlines()[0]
    (package,) = usb.glob("*.zip")
    partner_db = tmp_path / "partner" / "none.db"  # the partner has no database of ours

    code = main(["--db", str(partner_db), "verify", str(package), "--out", str(tmp_path / "opened")])
    assert code == EXIT_PROBLEM
    assert "has not registered" in capsys.readouterr().err
    assert not (tmp_path / "opened").exists()

    code = main(
        [
            "--db",
            str(partner_db),
            "verify",
            str(package),
            "--fingerprint",
            fingerprint.lower(),
            "--out",
            str(tmp_path / "opened"),
        ]
    )
    out = capsys.readouterr().out
    assert code == EXIT_OK, out
    assert "Verified:" in out
    opened = tmp_path / "opened" / package.stem
    assert (opened / "school_directory.csv").is_file() and (opened / "manifest.json").is_file()
    assert not partner_db.exists()


def test_import_package_dry_run_then_import_then_again(template, office_db, tmp_path, passphrase, capsys):
    stick = tmp_path / "stick"
    stick.mkdir()
    partner = Office(None, template.district, template.akshara, template.kalike, template.secret, stick)  # type: ignore[arg-type]
    package = endline_package(partner)
    results_before = _count(office_db, StudentResult)

    assert main(["--db", str(office_db), "import-package", str(package), "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "10 to add" in out and "Dry run: nothing was changed." in out
    assert _count(office_db, StudentResult) == results_before

    assert main(["--db", str(office_db), "import-package", str(package)]) == EXIT_OK
    assert "Imported; exchange log entry" in capsys.readouterr().out
    assert _count(office_db, StudentResult) == results_before + 10

    assert main(["--db", str(office_db), "import-package", str(package)]) == EXIT_OK
    assert "Nothing was changed." in capsys.readouterr().out
    assert _count(office_db, StudentResult) == results_before + 10


def test_import_package_with_the_wrong_passphrase_is_refused(
    template, office_db, tmp_path, monkeypatch, capsys
):
    stick = tmp_path / "stick"
    stick.mkdir()
    partner = Office(None, template.district, template.akshara, template.kalike, template.secret, stick)  # type: ignore[arg-type]
    package = endline_package(partner)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "not the right passphrase")
    assert main(["--db", str(office_db), "import-package", str(package)]) == EXIT_PROBLEM
    assert "passphrase" in capsys.readouterr().err


def test_key_shows_the_installations_public_key(office_db, capsys):
    assert main(["--db", str(office_db), "key"]) == EXIT_OK
    first = capsys.readouterr().out
    assert main(["--db", str(office_db), "key"]) == EXIT_OK
    assert capsys.readouterr().out == first
    assert "Fingerprint: " in first and len(first.split("Public key:  ")[1].split()[0]) == 44


def test_a_newer_releases_database_is_refused_with_the_reason_not_a_traceback(tmp_path):
    import sqlite3

    newer = tmp_path / "newer.db"
    database, _report = open_database(newer, operator="tester")
    database.close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    with pytest.raises(SystemExit) as refused:
        main(["--db", str(newer), "key"])
    assert "made by a newer version of District Collective Desk" in str(refused.value.code)


# --- return-template --------------------------------------------------------------------------


def _return_template(database: Path, mou: str, out: Path, round_name: str = "Endline 2027") -> int:
    return main(
        ["--db", str(database), "return-template", "--mou", mou, "--round", round_name, "--out", str(out)]
    )


def _template_entries(path: Path) -> list[tuple[str, str, int]]:
    db, _report = open_database(path, operator="check")
    try:
        with db.reading() as session:
            return [
                (row.event, row.package_name, len(row.school_codes))
                for row in session.scalars(select(ExchangeLogEntry).order_by(ExchangeLogEntry.id))
            ]
    finally:
        db.close()


def test_return_template_help_says_what_leaves_and_that_it_is_logged(capsys):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["return-template", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    for words in ("--mou REF", "--round NAME", "--out PATH", "pseudonyms", "exchange log", "never replaced"):
        assert words in shown


def test_return_template_writes_the_workbook_and_logs_it(office_db, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.mkdir()
    code = _return_template(office_db, WIDE_REFERENCE, usb)
    captured = capsys.readouterr()
    assert code == EXIT_OK, captured.err
    name = "Return template DDPI-SNR-MOU-2026-02 Endline 2027.xlsx"
    assert (usb / name).is_file() and [p.name for p in usb.iterdir()] == [name]
    assert f"Written:   {usb / name}" in captured.out
    assert "Schools:   12" in captured.out
    assert "under their pseudonyms for this MoU" in captured.out
    kept = add_months(date.today(), 12)  # the school directory's 12 months, the terms' earliest
    assert f"(keep until {kept:%d/%m/%Y})" in captured.out
    assert _template_entries(office_db) == [("template", name, 12)]

    # The same name again is refused, the file and the log left as they were.
    before = (usb / name).read_bytes()
    code = _return_template(office_db, WIDE_REFERENCE, usb / name)
    assert code == EXIT_PROBLEM
    assert f"already holds a file named {name}" in capsys.readouterr().err
    assert (usb / name).read_bytes() == before
    assert len(_template_entries(office_db)) == 1


def test_return_template_refusals_write_and_record_nothing(office_db, tmp_path, capsys):
    assert _return_template(office_db, "NO/SUCH", tmp_path) == EXIT_PROBLEM
    assert "no MoU with the reference 'NO/SUCH'" in capsys.readouterr().err
    missing = tmp_path / "unplugged" / "t.xlsx"
    assert _return_template(office_db, WIDE_REFERENCE, missing) == EXIT_PROBLEM
    assert "does not exist" in capsys.readouterr().err
    assert _return_template(office_db, WIDE_REFERENCE, tmp_path, round_name=" ") == EXIT_PROBLEM
    assert "Give the name of the round" in capsys.readouterr().err
    assert list(tmp_path.glob("*.xlsx")) == []
    assert _template_entries(office_db) == []

"""The command line: help and version, check, backup and restore, and no Qt for maintenance.

Most cases call :func:`desktop.cli.main` in this process (fast); a few run ``python -m desktop``
as a real subprocess, the way an office IT person would. Every command gets ``--db`` under the
test's temporary folder, so the user's real data folder is never touched.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import integrity_check
from db.models import School
from db.schema import head_revision
from desktop import __version__
from desktop.cli import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, main
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.geography import BlockInput, DistrictInput, create_block, create_district
from desktop.services.opening import open_database
from desktop.services.schools import SchoolInput, create_school

ROOT = Path(__file__).resolve().parents[1]
UNKNOWN_REVISION = "ffffffffffff"


# --- helpers --------------------------------------------------------------------------------------------


def _run(*args: str, stdin: int | None = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    """``python -m desktop ARGS`` in a fresh process, as the installed command runs."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        stdin=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run :func:`main` in this process; returns (exit code, stdout, stderr)."""
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seed(db: Database) -> int:
    """A district, a block and one school; returns the block's id."""
    district = create_district(db, DistrictInput("Belagavi", "Karnataka", "2901", "ಬೆಳಗಾವಿ"))
    block = create_block(db, BlockInput(district.id, "Athani", "ಅಥಣಿ"))
    create_school(db, SchoolInput("29010100101", "GHPS Ainapur", block.id))
    return block.id


def _school_names(path: Path) -> list[str]:
    database, _report = open_database(path, operator="tester")
    try:
        with database.reading() as session:
            return list(session.scalars(select(School.name).order_by(School.udise_code)))
    finally:
        database.close()


def _set_revision(path: Path, revision: str) -> None:
    """Pretend a later release wrote this file: its alembic_version names a revision we do not know."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
    finally:
        connection.close()


def _wreck_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(range(100))  # no longer starts with "SQLite format 3"
    path.write_bytes(bytes(data))


@pytest.fixture
def seeded(db_path: Path) -> Iterator[Path]:
    """A healthy, migrated database with one school, closed again (nothing holds its lock)."""
    database, _report = open_database(db_path, operator="tester")
    try:
        _seed(database)
    finally:
        database.close()
    yield db_path


# --- help and version -----------------------------------------------------------------------------------


def test_help_lists_the_commands_and_db(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _cli(capsys, "--help")
    assert code == EXIT_OK
    for word in ("backup", "restore", "check", "--db", "--demo", "--version"):
        assert word in out


@pytest.mark.parametrize(
    ("command", "words"),
    [
        ("backup", ["verified backup", "--db"]),
        ("restore", ["Replace the database with a backup", "FILE", "--yes", "--db"]),
        ("check", ["integrity", "Changes nothing", "--db"]),
    ],
)
def test_subcommand_help(capsys: pytest.CaptureFixture[str], command: str, words: list[str]) -> None:
    code, out, _err = _cli(capsys, command, "--help")
    assert code == EXIT_OK
    assert f"district-desk {command}" in out
    for word in words:
        assert word in out


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _cli(capsys, "--version")
    assert code == EXIT_OK
    assert out.strip() == f"district-desk {__version__}"


def test_help_and_version_as_a_real_command() -> None:
    shown = _run("--help")
    assert shown.returncode == EXIT_OK, shown.stderr
    assert "restore" in shown.stdout and "--db" in shown.stdout
    version = _run("--version")
    assert version.returncode == EXIT_OK, version.stderr
    assert version.stdout.strip() == f"district-desk {__version__}"


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _cli(capsys, "vacuum")
    assert code == EXIT_USAGE
    assert "invalid choice" in err


# --- check ----------------------------------------------------------------------------------------------


def test_check_healthy_database(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    code, out, _err = _cli(capsys, "check", "--db", str(seeded))
    assert code == EXIT_OK, out
    assert f"Database:  {seeded.resolve()}" in out
    assert "Integrity: ok" in out
    assert f"Schema:    {head_revision()} (current)" in out
    assert f"Backups:   0 in {backups.backup_dir_for(seeded.resolve())}" in out


def test_check_lists_the_newest_backup(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    made = backups.create_backup(seeded, "manual")
    code, out, _err = _cli(capsys, "check", "--db", str(seeded))
    assert code == EXIT_OK
    assert f"Backups:   1 in {backups.backup_dir_for(seeded.resolve())}" in out
    assert f"newest {made.created:%d/%m/%Y %H:%M} (manual)" in out


def test_check_changes_nothing(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    before = {p.name: _digest(p) for p in seeded.parent.iterdir() if p.is_file()}
    assert _cli(capsys, "check", "--db", str(seeded))[0] == EXIT_OK
    after = {p.name: _digest(p) for p in seeded.parent.iterdir() if p.is_file()}
    # Reading a WAL-mode file may leave SQLite's (empty) -wal and -shm companions beside it;
    # the database itself and everything else stay byte for byte the same.
    companions = {name for name in set(after) - set(before) if name.endswith(("-wal", "-shm"))}
    assert {name: digest for name, digest in after.items() if name not in companions} == before
    if "district.db-wal" in companions:
        assert (seeded.parent / "district.db-wal").stat().st_size == 0
    assert not backups.backup_dir_for(seeded).exists()


def test_check_missing_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "district.db"
    code, out, _err = _cli(capsys, "check", "--db", str(missing))
    assert code == EXIT_PROBLEM
    assert "no database at this path" in out
    assert not missing.exists() and not missing.parent.exists()  # check creates nothing


def test_check_damaged_database(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    _wreck_header(seeded)
    code, out, _err = _cli(capsys, "check", "--db", str(seeded))
    assert code == EXIT_PROBLEM
    assert "Integrity: DAMAGED" in out
    assert "Schema:" not in out  # a damaged file is not asked for its schema
    assert "Backups:" in out  # but the user is told where the backups are


def test_check_database_from_a_newer_release(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    _set_revision(seeded, UNKNOWN_REVISION)
    code, out, _err = _cli(capsys, "check", "--db", str(seeded))
    assert code == EXIT_PROBLEM
    assert "Integrity: ok" in out
    assert f"Schema:    {UNKNOWN_REVISION}, made by a newer version" in out


@pytest.mark.parametrize("where", ["before", "after"], ids=["db-then-command", "command-then-db"])
def test_db_option_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], seeded: Path, where: str
) -> None:
    argv = ["--db", str(seeded), "check"] if where == "before" else ["check", "--db", str(seeded)]
    code, out, _err = _cli(capsys, *argv)
    assert code == EXIT_OK
    assert f"Database:  {seeded.resolve()}" in out


def test_db_after_the_command_wins(capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.db"
    code, out, _err = _cli(capsys, "--db", str(elsewhere), "check", "--db", str(seeded))
    assert code == EXIT_OK
    assert f"Database:  {seeded.resolve()}" in out


def test_check_as_a_real_command(seeded: Path) -> None:
    before = _run("--db", str(seeded), "check")
    assert before.returncode == EXIT_OK, before.stdout + before.stderr
    assert "Integrity: ok" in before.stdout
    _wreck_header(seeded)
    after = _run("check", "--db", str(seeded))
    assert after.returncode == EXIT_PROBLEM
    assert "DAMAGED" in after.stdout


# --- backup ---------------------------------------------------------------------------------------------


def test_backup_makes_a_verified_copy(capsys: pytest.CaptureFixture[str], seeded: Path) -> None:
    code, out, _err = _cli(capsys, "backup", "--db", str(seeded))
    assert code == EXIT_OK
    match = re.search(r"Backup saved and verified: (.+) \([\d,]+ KB\)", out)
    assert match, out
    made = Path(match[1])
    assert made.is_file() and made.parent == backups.backup_dir_for(seeded.resolve())
    integrity_check(made)
    assert [info.path for info in backups.list_backups(seeded)] == [made]
    assert backups.list_backups(seeded)[0].kind == "manual"
    assert _school_names(made) == ["GHPS Ainapur"]


def test_backup_while_the_database_is_open(capsys: pytest.CaptureFixture[str], db: Database) -> None:
    _seed(db)
    code, out, _err = _cli(capsys, "backup", "--db", str(db.path))
    assert code == EXIT_OK, out
    (made,) = backups.list_backups(db.path)
    assert str(made.path) in out
    integrity_check(made.path)


def test_backup_of_a_missing_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "district.db"
    code, out, err = _cli(capsys, "backup", "--db", str(missing))
    assert code == EXIT_PROBLEM
    assert f"There is no database at {missing.resolve()}" in err
    assert out == ""
    assert not backups.backup_dir_for(missing).exists()


def test_backup_of_a_damaged_database_fails_with_a_message(
    capsys: pytest.CaptureFixture[str], seeded: Path
) -> None:
    _wreck_header(seeded)
    code, _out, err = _cli(capsys, "backup", "--db", str(seeded))
    assert code == EXIT_PROBLEM
    assert "Could not back up" in err or "integrity check" in err
    assert backups.list_backups(seeded) == []


# --- restore --------------------------------------------------------------------------------------------


def test_restore_round_trip(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    database, _report = open_database(db_path, operator="tester")
    try:
        block = _seed(database)
        saved = backups.create_backup(db_path, "manual")
        create_school(database, SchoolInput("29010100102", "GLPS Kokatnur", block))  # after the backup
    finally:
        database.close()
    assert _school_names(db_path) == ["GHPS Ainapur", "GLPS Kokatnur"]

    code, out, err = _cli(capsys, "restore", str(saved.path), "--db", str(db_path), "--yes")
    assert code == EXIT_OK, err
    assert f"Restored {db_path.resolve()} from {saved.path}" in out
    assert "damaged" not in out

    assert _school_names(db_path) == ["GHPS Ainapur"]  # the later school is gone
    (pre_restore,) = [info for info in backups.list_backups(db_path) if info.kind == "pre-restore"]
    assert _school_names(pre_restore.path) == ["GHPS Ainapur", "GLPS Kokatnur"]  # and can come back


def test_restore_without_yes_off_a_terminal_is_refused(seeded: Path) -> None:
    saved = backups.create_backup(seeded, "manual")
    before = _digest(seeded)
    result = _run("restore", str(saved.path), "--db", str(seeded), stdin=subprocess.DEVNULL)
    assert result.returncode == EXIT_USAGE
    assert "add --yes" in result.stderr
    assert _digest(seeded) == before
    assert [info.kind for info in backups.list_backups(seeded)] == ["manual"]  # no pre-restore either


def test_restore_asks_at_a_terminal_and_no_changes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seeded: Path
) -> None:
    saved = backups.create_backup(seeded, "manual")
    before = _digest(seeded)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    code, out, _err = _cli(capsys, "restore", str(saved.path), "--db", str(seeded))
    assert code == EXIT_PROBLEM
    assert "Replace" in out and "[y/N]" in out and "Nothing was changed." in out
    assert _digest(seeded) == before

    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    code, out, _err = _cli(capsys, "restore", str(saved.path), "--db", str(seeded))
    assert code == EXIT_OK
    assert "Restored" in out


def test_restore_while_the_database_is_open_is_refused(db_path: Path) -> None:
    database, _report = open_database(db_path, operator="tester")  # this process holds the lock
    try:
        _seed(database)
        saved = backups.create_backup(db_path, "manual")
        before = _school_names_open(database)
        result = _run("restore", str(saved.path), "--db", str(db_path), "--yes")
        assert result.returncode == EXIT_PROBLEM
        assert "Close every District Collective Desk window" in result.stderr
        assert _school_names_open(database) == before
        assert [info.kind for info in backups.list_backups(db_path)] == ["manual"]
    finally:
        database.close()


def test_restore_while_open_in_this_process_is_refused(
    capsys: pytest.CaptureFixture[str], db: Database, db_path: Path
) -> None:
    _seed(db)
    saved = backups.create_backup(db_path, "manual")
    code, _out, err = _cli(capsys, "restore", str(saved.path), "--db", str(db_path), "--yes")
    assert code == EXIT_PROBLEM
    assert "Close every District Collective Desk window" in err


def _school_names_open(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(School.name).order_by(School.udise_code)))


def test_restore_over_a_damaged_database_keeps_it_aside(
    capsys: pytest.CaptureFixture[str], seeded: Path
) -> None:
    saved = backups.create_backup(seeded, "manual")
    _wreck_header(seeded)
    damaged = seeded.read_bytes()

    code, out, err = _cli(capsys, "restore", str(saved.path), "--db", str(seeded), "--yes")
    assert code == EXIT_OK, err
    match = re.search(r"The damaged database was kept aside as (.+)\.$", out, re.MULTILINE)
    assert match, out
    aside = Path(match[1])
    assert aside.parent == seeded.resolve().parent
    assert aside.name.startswith("district.damaged-") and aside.suffix == ".db"
    assert aside.read_bytes() == damaged  # moved, never changed or deleted
    integrity_check(seeded)
    assert _school_names(seeded) == ["GHPS Ainapur"]
    assert "pre-restore" not in {info.kind for info in backups.list_backups(seeded)}  # not backed up


def test_restore_a_backup_from_a_newer_release_is_refused(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    saved = backups.create_backup(seeded, "manual")
    newer = tmp_path / "from-newer-release.db"
    newer.write_bytes(saved.path.read_bytes())
    _set_revision(newer, UNKNOWN_REVISION)
    before, backed_up = _digest(seeded), backups.list_backups(seeded)

    code, out, err = _cli(capsys, "restore", str(newer), "--db", str(seeded), "--yes")
    assert code == EXIT_PROBLEM
    assert "newer version" in err and UNKNOWN_REVISION in err
    assert "Restored" not in out
    assert _digest(seeded) == before
    assert backups.list_backups(seeded) == backed_up


def test_restore_a_missing_backup_file(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    before = _digest(seeded)
    code, _out, err = _cli(capsys, "restore", str(tmp_path / "nope.db"), "--db", str(seeded), "--yes")
    assert code == EXIT_PROBLEM
    assert "There is no backup file" in err
    assert _digest(seeded) == before


def test_restore_into_a_missing_database_creates_it(
    capsys: pytest.CaptureFixture[str], seeded: Path, tmp_path: Path
) -> None:
    saved = backups.create_backup(seeded, "manual")
    fresh = tmp_path / "new office" / "district.db"
    code, _out, err = _cli(capsys, "restore", str(saved.path), "--db", str(fresh), "--yes")
    assert code == EXIT_OK, err
    assert _school_names(fresh) == ["GHPS Ainapur"]


# --- no Qt for maintenance ------------------------------------------------------------------------------


def test_maintenance_commands_do_not_import_qt(seeded: Path) -> None:
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"for argv in (['check', '--db', {str(seeded)!r}], ['backup', '--db', {str(seeded)!r}]):\n"
        "    assert main(argv) == 0, argv\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not loaded, loaded\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Integrity: ok" in result.stdout


def test_demo_flag_is_accepted_before_and_after_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """``district-desk --demo check`` and ``district-desk check --demo`` both check the demo database."""
    from desktop.services import opening

    monkeypatch.setattr(opening, "data_dir", lambda: tmp_path / "data")
    for argv in (["--demo", "check"], ["check", "--demo"]):
        main(argv)
        assert f"Database:  {tmp_path / 'data' / opening.DEMO_FILE_NAME}" in capsys.readouterr().out

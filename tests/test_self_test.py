"""``district-desk self-test`` from source: the path CI runs on the built bundle, so it cannot rot.

The command runs in a real subprocess (``python -m desktop self-test``, offscreen), as the bundle's
executable runs it; the services' part is also checked on its own, with the failures it reports.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from db.models import DispatchEntry
from db.schema import head_revision
from desktop.services import backups, self_test
from desktop.services.database import Database
from desktop.services.self_test import SelfTestError

ROOT = Path(__file__).resolve().parents[1]
RELEASE_DB = ROOT / "tests" / "fixtures" / "release-0.1.0.db"
KANNADA_LETTER = re.compile("[\u0c80-\u0cff]")


def _self_test(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **extra_env}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "self-test", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )


def _registered(path: Path) -> list[tuple[str, str]]:
    import sqlite3

    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT number, language FROM dispatch_entry").fetchall()


def _number(stdout: str) -> str:
    match = re.search(r"circular (\S+) printed", stdout)
    assert match, stdout
    return match.group(1)


def test_self_test_on_a_new_database_opens_the_window_and_prints_kannada(tmp_path: Path) -> None:
    out = tmp_path / "run"
    result = _self_test("--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "main window shown",
        "pages ready",
        f"created at schema {head_revision()}",
        "modules import",
    ):
        assert step in result.stdout
    assert result.stdout.rstrip().endswith("Self-test passed.")
    pdf = out / self_test.PDF_NAME
    facts = self_test.check_pdf(pdf)
    assert any(font.startswith("NotoSansKannada") for font in facts.fonts)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert KANNADA_LETTER.search(text) and "SELFTEST/TEST/" in text
    # Issued through the register like any circular: numbered, in Kannada.
    assert _registered(out / self_test.DATABASE_NAME) == [(_number(result.stdout), "kn")]
    # Its settings stayed in its folder.
    assert (out / "settings").is_dir()


def test_self_test_upgrades_a_copy_of_the_oldest_release_after_a_backup(tmp_path: Path) -> None:
    before = hashlib.sha256(RELEASE_DB.read_bytes()).hexdigest()
    out = tmp_path / "run"
    result = _self_test("--from-db", str(RELEASE_DB), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"upgraded from schema 0001 to {head_revision()} after a backup" in result.stdout
    assert [info.kind for info in backups.list_backups(out / self_test.DATABASE_NAME)].count(
        "pre-migration"
    ) == 1
    assert hashlib.sha256(RELEASE_DB.read_bytes()).hexdigest() == before  # the original is untouched
    assert not RELEASE_DB.with_name(RELEASE_DB.name + "-shm").exists()  # and nothing left beside it


def test_self_test_fails_clearly_on_a_database_that_is_not_ours(tmp_path: Path) -> None:
    import sqlite3

    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE t (x)")
    result = _self_test("--from-db", str(foreign), "--timeout", "60")
    assert result.returncode == 1
    assert "FAILED while opening the database" in result.stdout
    assert "not one made by District Collective Desk" in result.stdout


def test_self_test_stops_at_once_when_a_page_cannot_be_built(tmp_path: Path) -> None:
    # As in a bundle that left a library out: the baseline page's chart library fails to import.
    shadow = tmp_path / "shadow" / "pyqtgraph"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text("raise ImportError('pyqtgraph was left out')\n")
    started = time.monotonic()
    result = _self_test("--timeout", "100", PYTHONPATH=str(shadow.parent))
    assert result.returncode == 1
    assert "FAILED while opening the database: unhandled ImportError: pyqtgraph was left out" in result.stdout
    assert time.monotonic() - started < 60  # not the time limit


def test_prepare_refuses_a_folder_with_files_and_a_file_that_is_no_database(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(SelfTestError, match="not empty"):
        self_test.prepare(tmp_path / "full")
    (tmp_path / "text.db").write_text("hello")
    with pytest.raises(SelfTestError, match="could not be copied"):
        self_test.prepare(tmp_path / "new", tmp_path / "text.db")


def test_check_pdf_refuses_a_pdf_without_the_kannada_font(db: Database, tmp_path: Path) -> None:
    work = self_test.prepare(tmp_path / "work")
    number, facts = self_test.issue_kannada_circular(db, work, date(2026, 11, 23))
    assert number.startswith("SELFTEST/TEST/2026-27/")
    with pytest.raises(SelfTestError, match="does not embed NotoSansDevanagari"):
        self_test.check_pdf(facts.path, font="NotoSansDevanagari")
    not_pdf = tmp_path / "not.pdf"
    not_pdf.write_bytes(b"hello")
    with pytest.raises(SelfTestError, match="not a PDF"):
        self_test.check_pdf(not_pdf)
    # A second run on the same database reuses its office.
    self_test.issue_kannada_circular(db, work, date(2026, 11, 23))
    with db.reading() as session:
        assert len(session.scalars(select(DispatchEntry)).all()) == 2


def test_startup_report_prints_when_the_window_shows_and_the_pages_are_ready(tmp_path: Path) -> None:
    # The start-up benchmark's hook (bench_frozen_startup.py): hidden from --help, same start as the GUI.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    command = [sys.executable, "-m", "desktop"]
    help_text = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert "--startup-report" not in help_text
    started = time.time()
    result = subprocess.run(
        [*command, "--startup-report", "--db", str(tmp_path / "new.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    stamps = dict(line.split() for line in result.stdout.splitlines() if line[:1].isalpha())
    assert started < float(stamps["shown"]) <= float(stamps["ready"]) < time.time()
    assert (tmp_path / "new.db").is_file()

"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.services.database import Database
from desktop.services.opening import open_database

ROOT = Path(__file__).resolve().parents[1]
# The team's real public data files, beside the project (never copied into it); another place can
# be given with DCD_SHARED_DATA.
SHARED_DATA = Path(os.environ.get("DCD_SHARED_DATA") or ROOT.parent / "shared" / "data")
GOVERNANCE_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[object]:
    """Every test gets an empty keyring in memory: the OS keyring is never read or written."""
    import keyring

    from tests.keyring_backends import MemoryKeyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring(memory_keyring: object) -> Iterator[None]:
    """A PC without a usable keyring (keyring's "fail" backend): the passphrase fallback."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office" / "district.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh, migrated database opened for writing by the operator ``tester``."""
    database, _report = open_database(db_path, operator="tester")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo district generated once per run; tests get copies of it."""
    from desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    database, _report = open_database(path, operator="demo")
    try:
        generate_demo(
            database, with_mous=False, with_governance=False, with_baseline=False, with_recognition=False
        )
    finally:
        database.close()
    return path


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a template database (SQLite's backup API), for one test to change."""
    import sqlite3

    target.parent.mkdir(parents=True, exist_ok=True)
    origin, copy = sqlite3.connect(source), sqlite3.connect(target)
    with copy:
        origin.backup(copy)
    origin.close()
    copy.close()
    return target


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template: Path) -> Path:
    return copy_database(demo_template, tmp_path / "office" / "demo.db")


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    database, _report = open_database(demo_db_path, operator="tester")
    try:
        yield database
    finally:
        database.close()


@pytest.fixture(scope="session")
def governance_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo district with its committees, holidays, meetings and action items, dated around
    GOVERNANCE_TODAY; generated once per run, copied for each test."""
    from desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("governance-template") / "demo.db"
    database, _report = open_database(path, operator="demo")
    try:
        generate_demo(
            database, with_mous=False, with_baseline=False, with_recognition=False, today=GOVERNANCE_TODAY
        )
    finally:
        database.close()
    return path


@pytest.fixture
def governance_db(tmp_path: Path, governance_template: Path) -> Iterator[Database]:
    database, _report = open_database(
        copy_database(governance_template, tmp_path / "office" / "demo.db"), operator="tester"
    )
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def isolated_settings(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """QSettings written under the test's folder, never the user's real settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from desktop import APP_NAME, ORGANISATION_NAME

    QCoreApplication.setOrganizationName(ORGANISATION_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    return tmp_path / "settings"

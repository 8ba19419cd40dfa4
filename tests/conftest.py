"""Shared fixtures: every test gets real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.services.database import Database
from desktop.services.opening import open_database

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"


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

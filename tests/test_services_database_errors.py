"""The database layer's refusals in the interface's language (desktop.services.database_errors):
db/ raises its errors with their facts and English; the message staff read is worded from those
facts, translated once a translation is installed, and English without one (the command line)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.engine import DatabaseDamagedError
from db.schema import MigrationError, NotOurDatabaseError, SchemaTooNewError
from desktop.services.database_errors import error_message
from desktop.services.errors import ConflictError
from desktop.services.opening import open_database, restore_into
from scripts.translations import extracted_messages
from tests.fake_translator import translating

ROOT = Path(__file__).resolve().parents[1]
FUTURE = "9999_from_the_future"
TOO_NEW = (
    "This database was made by a newer version of District Collective Desk (schema {revision}). "
    "Install that version or a later one to open it; this version will not change it."
)
# Made-up translations, enough to tell translated text from English.
KANNADA = {
    ("Database", TOO_NEW): "ಈ ಡೇಟಾಬೇಸ್ ಹೊಸ ಆವೃತ್ತಿಯದು (ಸ್ಕೀಮಾ {revision}).",
    (
        "Database",
        "{path} is an SQLite database, but not one made by District Collective Desk.",
    ): "{path} ನಮ್ಮ ಡೇಟಾಬೇಸ್ ಅಲ್ಲ.",
    ("Database", "The database {path} is damaged: {detail}"): "{path} ಹಾಳಾಗಿದೆ: {detail}",
}


@pytest.fixture
def kannada() -> Iterator[None]:
    with translating(KANNADA):
        yield


def _too_new(path: Path) -> None:
    """A database of ours whose schema is a later release's."""
    database, _report = open_database(path, operator="tester")
    database.close()
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(f"UPDATE alembic_version SET version_num = '{FUTURE}'")
    finally:
        connection.close()


def _foreign(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("CREATE TABLE members (id INTEGER PRIMARY KEY)")
    finally:
        connection.close()


def test_opening_a_newer_releases_database_reports_it_in_the_interface_language(
    db_path: Path, kannada: None
) -> None:
    _too_new(db_path)
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(db_path, operator="tester")
    assert error_message(caught.value) == f"ಈ ಡೇಟಾಬೇಸ್ ಹೊಸ ಆವೃತ್ತಿಯದು (ಸ್ಕೀಮಾ {FUTURE})."
    # The exception itself keeps its facts and its English, for logs.
    assert caught.value.revision == FUTURE
    assert str(caught.value) == TOO_NEW.format(revision=FUTURE)


def test_without_a_translation_the_message_is_the_english_one(db_path: Path) -> None:
    _too_new(db_path)
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(db_path, operator="tester")
    assert error_message(caught.value) == str(caught.value) == TOO_NEW.format(revision=FUTURE)


def test_restoring_someone_elses_database_reports_it_translated(
    db_path: Path, tmp_path: Path, kannada: None
) -> None:
    open_database(db_path, operator="tester")[0].close()
    foreign = tmp_path / "members.db"
    _foreign(foreign)
    with pytest.raises(NotOurDatabaseError) as caught:
        restore_into(db_path, foreign)
    assert caught.value.path == str(foreign)
    assert error_message(caught.value) == f"{foreign} ನಮ್ಮ ಡೇಟಾಬೇಸ್ ಅಲ್ಲ."


def test_a_damaged_database_is_reported_translated(kannada: None) -> None:
    error = DatabaseDamagedError(Path("district.db"), "database disk image is malformed")
    assert error_message(error) == "district.db ಹಾಳಾಗಿದೆ: database disk image is malformed"


def test_broken_references_are_counted_and_named() -> None:
    one = MigrationError([("block", 1, "district", 0)])
    assert error_message(one).startswith(
        "The upgrade would leave one broken reference (('block', 1, 'district', 0)), so it was not made"
    )
    many = MigrationError([("block", row, "district", 0) for row in range(1, 8)])
    message = error_message(many)
    assert message.startswith("The upgrade would leave 7 broken references (('block', 1, 'district', 0), ")
    assert "('block', 5, 'district', 0))" in message and "('block', 6," not in message


def test_other_errors_keep_their_own_messages() -> None:
    assert error_message(ConflictError("The school is in use.")) == "The school is in use."
    assert error_message(OSError("disk full")) == "disk full"


def test_every_message_is_extracted_for_the_translators() -> None:
    """Each message error_message builds is one lupdate finds: none is built from pieces."""
    with translating() as recorded:
        for error in (
            SchemaTooNewError(FUTURE),
            NotOurDatabaseError("members.db"),
            MigrationError([("block", 1, "district", 0)]),
            MigrationError([("block", 1, "district", 0), ("school", 1, "block", 0)]),
            DatabaseDamagedError(Path("district.db"), "malformed"),
        ):
            error_message(error)
    extracted = {
        (m.context, m.source)
        for m in extracted_messages([ROOT / "desktop" / "services" / "database_errors.py"])
    }
    assert len(set(recorded)) == 5  # four errors, the broken references in both plural forms
    assert set(recorded) <= extracted, set(recorded) - extracted

"""Schema versions: creating, upgrading, refusing, and models that match the migrations."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError

import db.schema
from db.engine import make_engine
from db.lock import InstanceLock
from db.models import (
    AuditEntry,
    Base,
    Block,
    Cluster,
    District,
    Office,
    Organisation,
    Person,
    School,
)
from db.schema import (
    MigrationError,
    NotOurDatabaseError,
    SchemaState,
    SchemaStatus,
    SchemaTooNewError,
    first_revision,
    head_revision,
    schema_state,
    upgrade,
)
from desktop.services import backups
from desktop.services.database import Database
from desktop.services.opening import open_database
from tests.fixtures import make_release_db

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RELEASE_0_1_0 = FIXTURES / "release-0.1.0.db"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _state_of(path: Path) -> SchemaState:
    """The schema state of the file at ``path``, read without changing it."""
    engine = make_engine(path, read_only=True)
    try:
        return schema_state(engine)
    finally:
        engine.dispose()


def _lock_is_free(path: Path) -> bool:
    lock = InstanceLock(path)
    try:
        return lock.acquire()
    finally:
        lock.release()


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _raw(path: Path, *statements: str) -> None:
    """Run SQL on the file directly, as another program (or an older release) would."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            connection.execute(statement)
    finally:
        connection.close()


def _rows(path: Path, sql: str) -> list[tuple]:
    """Rows of a query on the file, opened read-only."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# Rows written with plain SQL that names only columns revision 0001 has, so they stay valid as the
# first revision's data whatever later revisions change.
FIRST_REVISION_ROWS = (
    "INSERT INTO district (id, name, name_local, state_name, udise_code) "
    "VALUES (1, 'Belagavi', 'ಬೆಳಗಾವಿ', 'Karnataka', '2901')",
    "INSERT INTO block (id, district_id, name, name_local) VALUES (1, 1, 'Athani', 'ಅಥಣಿ')",
    "INSERT INTO cluster (id, block_id, name) VALUES (1, 1, 'Kagwad')",
    "INSERT INTO school (id, udise_code, name, name_local, district_id, block_id, cluster_id, search_text) "
    "VALUES (1, '29010100101', 'GHPS Kagwad', 'ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕಾಗವಾಡ', 1, 1, 1, 'ghps kagwad')",
    "INSERT INTO person (id, name, designation, school_id, preferred_language, search_text) "
    "VALUES (1, 'Savitri Patil', 'Head teacher', 1, 'kn', 'savitri patil')",
)


def _make_database_at(path: Path, revision: str) -> None:
    """A database migrated to ``revision`` only, holding FIRST_REVISION_ROWS."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        upgrade(engine, revision)
        with engine.begin() as connection:
            for statement in FIRST_REVISION_ROWS:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _assert_first_revision_rows(db: Database) -> None:
    with db.reading() as session:
        school = session.get(School, 1)
        assert school is not None
        assert (school.udise_code, school.name_local) == ("29010100101", "ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕಾಗವಾಡ")
        assert (school.district.name_local, school.block.name, school.cluster and school.cluster.name) == (
            "ಬೆಳಗಾವಿ",
            "Athani",
            "Kagwad",
        )
        person = session.get(Person, 1)
        assert person is not None
        assert (person.name, person.school_id) == ("Savitri Patil", 1)


# --- (a) a new file --------------------------------------------------------------------------------


@pytest.mark.parametrize("exists", [False, True], ids=["missing", "zero-bytes"])
def test_new_file_is_created_at_head(db_path: Path, exists: bool) -> None:
    db_path.parent.mkdir(parents=True)
    if exists:
        db_path.touch()
    database, report = open_database(db_path, operator="tester")
    try:
        assert report.created
        assert report.migrated_from is None and report.backup is None
        state = schema_state(database.engine)
        assert state == SchemaState(SchemaStatus.CURRENT, head_revision(), head_revision())
        with database.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) | {"alembic_version"} == tables
    finally:
        database.close()
    assert backups.list_backups(db_path) == []  # nothing to protect in a new file


# --- (b) a database made by the first revision -----------------------------------------------------


def test_first_revision_database_is_upgraded_and_keeps_its_rows(db_path: Path) -> None:
    """Upgrading from the very first schema: rows survive and, when there is anything to migrate,
    a pre-migration backup of the untouched file is taken first.

    While the first revision is also the head, this checks that such a file is recognised as
    current and opened without a migration or a backup; from the second revision on it checks the
    upgrade itself.
    """
    first, head = first_revision(), head_revision()
    _make_database_at(db_path, first)
    before = _state_of(db_path)
    assert before.current == first
    assert before.status is (SchemaStatus.CURRENT if first == head else SchemaStatus.OUTDATED)

    database, report = open_database(db_path, operator="tester")
    try:
        assert schema_state(database.engine) == SchemaState(SchemaStatus.CURRENT, head, head)
        _assert_first_revision_rows(database)
    finally:
        database.close()

    taken = backups.list_backups(db_path)
    if first == head:
        assert report.migrated_from is None and report.backup is None
        assert taken == []
    else:
        assert report.migrated_from == first
        assert report.backup is not None and report.backup.kind == "pre-migration"
        assert [info.path for info in taken] == [report.backup.path]
        # The backup is the file as it was: still at the first revision, with its rows.
        assert _state_of(report.backup.path).current == first
        assert _rows(report.backup.path, "SELECT udise_code FROM school") == [("29010100101",)]


# A copy of the migrations with one more revision on top of today's head: it exercises the
# OUTDATED path (backup, then upgrade) even while this release has a single revision.
NEXT_REVISION = "zz_test_next"
REVISION_TEMPLATE = '''\
"""test-only revision"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down_revision}"
branch_labels = None
depends_on = None


def upgrade() -> None:
{body}


def downgrade() -> None:
    pass
'''


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], str]]:
    """Install a copy of the migrations plus a revision whose ``upgrade()`` body the test supplies."""
    real_head = head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(db.schema.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))

    def install(body: str) -> str:
        source = REVISION_TEMPLATE.format(
            revision=NEXT_REVISION,
            down_revision=real_head,
            body=textwrap.indent(textwrap.dedent(body), "    "),
        )
        (folder / "versions" / f"{NEXT_REVISION}.py").write_text(source, encoding="utf-8")
        monkeypatch.setattr(db.schema, "MIGRATIONS_DIR", folder)
        assert head_revision() == NEXT_REVISION
        return real_head

    yield install


def test_outdated_database_is_backed_up_then_upgraded(
    db_path: Path, next_revision: Callable[[str], str]
) -> None:
    """A batch migration that rebuilds a parent table (district) works on a file full of references."""
    _make_database_at(db_path, head_revision())
    previous = next_revision(
        """
        with op.batch_alter_table("district", recreate="always") as batch_op:
            batch_op.add_column(sa.Column("note", sa.String(40), nullable=True))
        """
    )
    original = _digest(db_path)

    database, report = open_database(db_path, operator="tester")
    try:
        assert report.migrated_from == previous
        assert schema_state(database.engine) == SchemaState(
            SchemaStatus.CURRENT, NEXT_REVISION, NEXT_REVISION
        )
        with database.engine.connect() as connection:
            columns = {column["name"] for column in inspect(connection).get_columns("district")}
            assert "note" in columns
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        _assert_first_revision_rows(database)
        # Foreign keys are enforced again after the migration.
        with pytest.raises(IntegrityError, match="FOREIGN KEY"), database.transaction() as session:
            session.add(Block(district_id=42, name="Nowhere"))
    finally:
        database.close()

    assert report.backup is not None and report.backup.kind == "pre-migration"
    assert [info.path for info in backups.list_backups(db_path)] == [report.backup.path]
    assert _state_of(report.backup.path).current == previous
    assert _digest(db_path) != original
    assert _rows(report.backup.path, "SELECT name_local FROM school") == [("ಸರ್ಕಾರಿ ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ ಕಾಗವಾಡ",)]
    assert "note" not in {row[1] for row in _rows(report.backup.path, "PRAGMA table_info(district)")}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ('op.execute("DELETE FROM district")', MigrationError),  # would orphan block and school rows
        ('op.add_column("school", sa.Column("x", sa.Integer))\nraise RuntimeError("half way")', RuntimeError),
    ],
    ids=["broken-references", "error-half-way"],
)
def test_failed_migration_leaves_the_database_as_it_was(
    db_path: Path, next_revision: Callable[[str], str], body: str, error: type[Exception]
) -> None:
    _make_database_at(db_path, head_revision())
    previous = next_revision(body)

    with pytest.raises(error):
        open_database(db_path, operator="tester")

    assert _lock_is_free(db_path)
    assert _state_of(db_path).current == previous
    engine = make_engine(db_path, read_only=True)
    try:
        with engine.connect() as connection:
            assert "x" not in {c["name"] for c in inspect(connection).get_columns("school")}
            assert connection.exec_driver_sql("SELECT count(*) FROM district").scalar_one() == 1
            assert connection.exec_driver_sql("SELECT count(*) FROM school").scalar_one() == 1
    finally:
        engine.dispose()
    [safety] = backups.list_backups(db_path)
    assert safety.kind == "pre-migration"


def test_a_migration_that_breaks_references_names_them(
    db_path: Path, next_revision: Callable[[str], str]
) -> None:
    """The error carries the rows PRAGMA foreign_key_check found, for a message in any language."""
    _make_database_at(db_path, head_revision())
    next_revision('op.execute("DELETE FROM district")')

    with pytest.raises(MigrationError) as caught:
        open_database(db_path, operator="tester")

    assert {(table, parent) for table, _row, parent, _key in caught.value.broken} == {
        ("block", "district"),
        ("school", "district"),
    }
    assert f"would leave {len(caught.value.broken)} broken reference(s)" in str(caught.value)


# --- (c) a newer release's database, (d) someone else's database ----------------------------------


def test_unknown_revision_is_refused_without_changes(db_path: Path) -> None:
    database, _ = open_database(db_path, operator="tester")
    database.close()
    _raw(db_path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _digest(db_path)

    with pytest.raises(SchemaTooNewError) as caught:
        open_database(db_path, operator="tester")

    message = str(caught.value)
    assert "newer version of District Collective Desk" in message
    assert "9999_from_the_future" in message
    assert "will not change it" in message
    assert caught.value.revision == "9999_from_the_future"
    assert _digest(db_path) == before
    assert _lock_is_free(db_path)
    assert backups.list_backups(db_path) == []
    assert _state_of(db_path).status is SchemaStatus.TOO_NEW


def test_foreign_sqlite_file_is_refused_without_changes(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    _raw(
        db_path,
        "CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO members (name) VALUES ('Kavya')",
    )
    before = _digest(db_path)

    with pytest.raises(NotOurDatabaseError, match="not one made by District Collective Desk"):
        open_database(db_path, operator="tester")

    assert _digest(db_path) == before  # in particular, not switched to WAL
    assert _lock_is_free(db_path)
    assert _state_of(db_path).status is SchemaStatus.UNVERSIONED


# --- (e) the models and the migrations agree -------------------------------------------------------


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: every model change came with its migration."""
    engine = make_engine(tmp_path / "head.db")
    try:
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


# --- (f) a real database from release 0.1.0 ----------------------------------------------------------


@pytest.fixture
def release_copy(tmp_path: Path) -> Iterator[Path]:
    """A copy of the committed 0.1.0 database; the original must never be opened."""
    original = _digest(RELEASE_0_1_0)
    copy = tmp_path / "office" / "district-desk.db"
    copy.parent.mkdir()
    shutil.copyfile(RELEASE_0_1_0, copy)
    yield copy
    assert _digest(RELEASE_0_1_0) == original


def test_release_0_1_0_database_opens_with_its_rows(release_copy: Path) -> None:
    assert _state_of(release_copy).current == "0001"
    database, report = open_database(release_copy, operator="tester")
    try:
        head = head_revision()
        assert schema_state(database.engine) == SchemaState(SchemaStatus.CURRENT, head, head)
        if head == "0001":
            assert report.migrated_from is None
        else:
            assert report.migrated_from == "0001"
            assert report.backup is not None and report.backup.kind == "pre-migration"
        counts = {model.__name__: _count(database, model) for model in (District, Block, Cluster, School)}
        assert counts == {"District": 1, "Block": 2, "Cluster": 4, "School": 5}
        counts = {model.__name__: _count(database, model) for model in (Office, Organisation, Person)}
        assert counts == {"Office": 2, "Organisation": 1, "Person": 4}
        assert _count(database, AuditEntry) == 19
        with database.reading() as session:
            district = session.scalars(select(District)).one()
            assert (district.name, district.name_local, district.udise_code) == ("Belagavi", "ಬೆಳಗಾವಿ", "2901")
            school = session.scalars(select(School).where(School.udise_code == "29010200402")).one()
            assert school.name_local == "ಸರ್ಕಾರಿ ಉರ್ದು ಹಿರಿಯ ಪ್ರಾಥಮಿಕ ಶಾಲೆ, ಸದಲಗಾ"
            assert (school.block.name_local, school.cluster and school.cluster.name_local) == (
                "ಚಿಕ್ಕೋಡಿ",
                "ಸದಲಗಾ",
            )
            assert school.medium == "Urdu" and school.area == "urban"
            organisation = session.scalars(select(Organisation)).one()
            assert organisation.focus_areas == ["Girls' education", "Foundational literacy"]
            person = session.scalars(select(Person).where(Person.school_id.is_not(None))).one()
            assert (person.name_local, person.school and person.school.udise_code) == (
                "ಸಾವಿತ್ರಿ ಪಾಟೀಲ",
                "29010100101",
            )
            first_entry = session.get(AuditEntry, 1)
            assert first_entry is not None
            assert first_entry.after is not None and first_entry.after["name_local"] == "ಬೆಳಗಾವಿ"
            # Every row of every table loads through today's models.
            for model in (District, Block, Cluster, School, Office, Organisation, Person, AuditEntry):
                session.scalars(select(model)).all()
        # And the old file takes new work.
        with database.transaction() as session:
            session.add(
                School(udise_code="29010100103", name="GLPS Mole", district_id=1, block_id=1, cluster_id=1)
            )
        assert _count(database, School) == 6
    finally:
        database.close()


def test_release_fixture_matches_its_script(tmp_path: Path, release_copy: Path) -> None:
    """The committed file holds exactly what make_release_db.py writes (so the script documents it)."""
    rebuilt = make_release_db.build(tmp_path / "rebuilt.db")

    def contents(path: Path) -> dict[str, list[tuple]]:
        tables = sorted(row[0] for row in _rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        return {table: _rows(path, f"SELECT * FROM {table} ORDER BY 1") for table in tables}

    assert contents(rebuilt) == contents(release_copy)


def test_light_revision_reading_agrees_with_alembic() -> None:
    """schema_state reads the revision graph without Alembic; it must match Alembic's reading."""
    from alembic.script import ScriptDirectory

    from db.schema import alembic_config, first_revision, head_revision, revision_graph

    script = ScriptDirectory.from_config(alembic_config())
    assert revision_graph() == {rev.revision: rev.down_revision for rev in script.walk_revisions()}
    assert head_revision() == script.get_current_head()
    assert first_revision() == script.get_base()

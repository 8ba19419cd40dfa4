"""Schema versions: where a database stands against the migrations this release carries."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaStatus(enum.Enum):
    EMPTY = "empty"  # a new file: no tables at all
    CURRENT = "current"
    OUTDATED = "outdated"  # made by an earlier release: upgrade after a backup
    TOO_NEW = "too_new"  # made by a later release: refuse
    UNVERSIONED = "unversioned"  # tables but no alembic_version: not one of ours


class SchemaTooNewError(Exception):
    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This database was made by a newer version of District Collective Desk (schema {revision}). "
            "Install that version or a later one to open it; this version will not change it."
        )
        self.revision = revision


class NotOurDatabaseError(Exception):
    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is an SQLite database, but not one made by District Collective Desk.")


@dataclass(frozen=True)
class SchemaState:
    status: SchemaStatus
    current: str | None
    head: str


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def first_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config())
    base = script.get_base()
    assert base is not None
    return base


def schema_state(engine: Engine) -> SchemaState:
    head = head_revision()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current is None:
        status = SchemaStatus.UNVERSIONED if tables - {"alembic_version"} else SchemaStatus.EMPTY
        return SchemaState(status, None, head)
    if current == head:
        return SchemaState(SchemaStatus.CURRENT, current, head)
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    status = SchemaStatus.OUTDATED if current in known else SchemaStatus.TOO_NEW
    return SchemaState(status, current, head)


class MigrationError(Exception):
    """The migrations left rows whose foreign keys point nowhere; nothing was changed."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction.

    Foreign keys are off meanwhile: batch mode rebuilds a table by dropping it, which SQLite refuses
    for a parent table with rows pointing at it. ``PRAGMA foreign_key_check`` runs before the commit
    instead. The pragma is a no-op inside a transaction, so it is set on the raw driver connection.
    """
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise MigrationError(f"The upgrade would leave {len(broken)} broken reference(s): {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")

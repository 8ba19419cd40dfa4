"""Schema versions: where a database stands against the migrations this release carries.

Finding out where a database stands happens on every start, so it does not import Alembic (a
third of a second): the revision graph is read from the ``revision`` and ``down_revision`` lines
of the migration files (their form is fixed by ``script.py.mako``; a test checks the result
against Alembic's own reading), and the current revision from the ``alembic_version`` table.
Alembic is imported only to migrate.

The errors here carry what they are about (a revision, a path, the broken references) and an
English message for logs and the command line; db/ knows nothing of the interface's language, so
what office staff read is made from those facts by ``desktop.services.database_errors``.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaStatus(enum.Enum):
    EMPTY = "empty"  # a new file: no tables at all
    CURRENT = "current"
    OUTDATED = "outdated"  # made by an earlier release: upgrade after a backup
    TOO_NEW = "too_new"  # made by a later release: refuse
    UNVERSIONED = "unversioned"  # tables but no alembic_version: not one of ours


class SchemaTooNewError(Exception):
    """Made by a later release: its schema ``revision`` is not one this release knows."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"This database was made by a newer version of District Collective Desk (schema {revision}). "
            "Install that version or a later one to open it; this version will not change it."
        )
        self.revision = revision


class NotOurDatabaseError(Exception):
    """The SQLite file at ``path`` was not made by District Collective Desk."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is an SQLite database, but not one made by District Collective Desk.")
        self.path = path


@dataclass(frozen=True)
class SchemaState:
    status: SchemaStatus
    current: str | None
    head: str


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def revision_graph() -> dict[str, str | None]:
    """Each revision this release carries, with the revision it follows (None for the first)."""
    graph: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            raise RuntimeError(
                f"{script.name} does not declare revision and down_revision as the template does"
            )
        graph[revision.group(1)] = down.group(1)
    return graph


def head_revision() -> str:
    graph = revision_graph()
    heads = set(graph) - set(graph.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must form one line; heads found: {sorted(heads)}")
    return heads.pop()


def first_revision() -> str:
    return next(revision for revision, down in revision_graph().items() if down is None)


def schema_state(engine: Engine) -> SchemaState:
    graph = revision_graph()
    head = head_revision()
    with engine.connect() as connection:
        tables = {
            row[0] for row in connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if current is None:
        status = SchemaStatus.UNVERSIONED if tables - {"alembic_version"} else SchemaStatus.EMPTY
        return SchemaState(status, None, head)
    if current == head:
        return SchemaState(SchemaStatus.CURRENT, current, head)
    status = SchemaStatus.OUTDATED if current in graph else SchemaStatus.TOO_NEW
    return SchemaState(status, current, head)


def schema_state_of_file(path: Path) -> SchemaState:
    """The schema state of the file at ``path``, read through a read-only connection: looking at a
    file this release will refuse (someone else's, or a newer release's) must not change it."""
    from db.engine import make_engine

    probe = make_engine(path, read_only=True)
    try:
        return schema_state(probe)
    finally:
        probe.dispose()


def refuse_foreign(state: SchemaState, path: Path) -> None:
    """Raise for a database this release must not open: a newer release's, or not one of ours."""
    if state.status is SchemaStatus.TOO_NEW:
        raise SchemaTooNewError(state.current or "?")
    if state.status is SchemaStatus.UNVERSIONED:
        raise NotOurDatabaseError(str(path))


class MigrationError(Exception):
    """The migrations left rows whose foreign keys point nowhere (``broken``: the rows of
    ``PRAGMA foreign_key_check``); nothing was changed."""

    def __init__(self, broken: list[tuple]) -> None:
        super().__init__(f"The upgrade would leave {len(broken)} broken reference(s): {broken[:5]}")
        self.broken = broken


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction.

    Foreign keys are off meanwhile: batch mode rebuilds a table by dropping it, which SQLite refuses
    for a parent table with rows pointing at it. ``PRAGMA foreign_key_check`` runs before the commit
    instead. The pragma is a no-op inside a transaction, so it is set on the raw driver connection.
    """
    from alembic import command

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
                    raise MigrationError([tuple(row) for row in broken])
        finally:
            raw.execute("PRAGMA foreign_keys = ON")

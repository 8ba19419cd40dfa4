"""exchange log records return templates

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "exchange_log"
CHECK = "ck_exchange_log_known_event"
BEFORE = "event IN ('export', 'import', 'import_undone')"
AFTER = "event IN ('export', 'import', 'import_undone', 'template')"


def _append_only_triggers() -> None:
    """The triggers of migration 0008, word for word: SQLite drops a table's triggers with the
    table, and the batch rebuild below drops and recreates exchange_log."""
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {TABLE}_no_{verb.lower()} BEFORE {verb} ON {TABLE} BEGIN SELECT "
            f"RAISE(ABORT, '{TABLE} is append-only: entries cannot be changed or deleted'); END"
        )


def _drop_append_only_triggers() -> None:
    for verb in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_{verb}")


def _rebuild_with_check(condition: str) -> None:
    """exchange_log rebuilt (SQLite cannot alter a CHECK constraint) with ``condition`` as its
    known-event check, and its append-only triggers made again."""
    _drop_append_only_triggers()  # the rebuild's DROP TABLE would take them anyway; said here
    with op.batch_alter_table(TABLE, recreate="always") as batch_op:
        batch_op.drop_constraint(batch_op.f(CHECK), type_="check")
        batch_op.create_check_constraint(batch_op.f(CHECK), sa.text(condition))
    _append_only_triggers()


def upgrade() -> None:
    _rebuild_with_check(AFTER)


def downgrade() -> None:
    templates = op.get_bind().exec_driver_sql(f"SELECT count(*) FROM {TABLE} WHERE event = 'template'")
    if templates.scalar_one():
        raise RuntimeError(
            "The exchange log records return templates, which revision 0008 cannot hold; the log is "
            "append-only, so it is not downgraded."
        )
    _rebuild_with_check(BEFORE)

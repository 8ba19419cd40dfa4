"""What office staff read when a database cannot be opened, upgraded or restored.

db/ is the lowest layer and knows nothing of the interface's language: its errors
(``SchemaTooNewError``, ``NotOurDatabaseError``, ``MigrationError``, ``DatabaseDamagedError``)
carry their facts with an English message for logs. :func:`error_message` words them for staff in
the interface's language; the screens show every error from opening, restoring or backing up a
database through it, and the command line too (where it stays English).
"""

from __future__ import annotations

from db.engine import DatabaseDamagedError
from db.schema import MigrationError, NotOurDatabaseError, SchemaTooNewError
from desktop.services.errors import DomainError
from desktop.services.i18n import plural, translate

# Broken references named in the message, for whoever is asked to help; the rest are counted.
MAX_BROKEN_SHOWN = 5


def error_message(error: BaseException) -> str:
    """The message for ``error`` in the interface's language: the database layer's refusals
    worded here, a domain error's own message, anything else as it describes itself."""
    if isinstance(error, SchemaTooNewError):
        return translate(
            "Database",
            "This database was made by a newer version of District Collective Desk (schema {revision}). "
            "Install that version or a later one to open it; this version will not change it.",
        ).format(revision=error.revision)
    if isinstance(error, NotOurDatabaseError):
        return translate(
            "Database", "{path} is an SQLite database, but not one made by District Collective Desk."
        ).format(path=error.path)
    if isinstance(error, MigrationError):
        count = len(error.broken)
        message = plural(
            count,
            translate(
                "Database",
                "The upgrade would leave one broken reference ({rows}), so it was not made and the "
                "database is as it was. Keep the file and report this message.",
            ),
            translate(
                "Database",
                "The upgrade would leave {count} broken references ({rows}), so it was not made and the "
                "database is as it was. Keep the file and report this message.",
            ),
        )
        return message.format(count=count, rows=", ".join(map(str, error.broken[:MAX_BROKEN_SHOWN])))
    if isinstance(error, DatabaseDamagedError):
        return translate("Database", "The database {path} is damaged: {detail}").format(
            path=error.path, detail=error.detail
        )
    if isinstance(error, DomainError):
        return error.message
    return str(error)

"""Persistence layer: SQLAlchemy models, engine set-up, migrations, backups.

Nothing in this package imports Qt; it is used by ``desktop.services`` and the command line alike.
"""

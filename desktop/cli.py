"""``district-desk``: the GUI by default, and maintenance commands for the command line.

Commands other than the GUI never import Qt, so they work on a machine without a display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import __version__

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXCHANGE_COMMANDS = frozenset({"export", "return-template", "import-package", "verify", "pack-return", "key"})


def _db_argument(parser: argparse.ArgumentParser, *, subcommand: bool = True) -> None:
    """``--db`` and ``--demo``, accepted before a subcommand and after it alike."""
    # On a subcommand, an option left out must not overwrite one given before the subcommand.
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS if subcommand else None,
        help="the database file (default: district-desk.db in your user data folder; with --demo, the demo database)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if subcommand else False,
        help="use the demo district's database" + ("" if subcommand else " (created on first use)"),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="district-desk",
        description="District Collective Desk: partnerships between district education offices and NGOs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # For the start-up benchmark (tests/benchmarks/bench_frozen_startup.py), source and bundle alike.
    parser.add_argument("--startup-report", action="store_true", help=argparse.SUPPRESS)
    _db_argument(parser, subcommand=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    backup = commands.add_parser(
        "backup",
        help="make a verified backup now",
        description="Make a verified backup now, beside the database in its backups folder. Safe while the app is open.",
    )
    _db_argument(backup)

    restore = commands.add_parser(
        "restore",
        help="restore the database from a backup file",
        description="Replace the database with a backup. The current database is backed up first; a damaged one is kept aside, never deleted. Close the app before restoring.",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _db_argument(restore)

    check = commands.add_parser(
        "check",
        help="check integrity and migration state",
        description="Check the database's integrity and whether it needs an upgrade; list its backups. Changes nothing.",
    )
    _db_argument(check)

    from desktop.cli_import import add_import_parser

    add_import_parser(commands, _db_argument)

    from desktop.cli_exchange import add_exchange_parsers

    add_exchange_parsers(commands, _db_argument)

    self_test = commands.add_parser(
        "self-test",
        help="check that this installation works (needs no screen)",
        description="Start the app on a new database in a folder of its own, show the main window, print "
        "a circular in Kannada to PDF and close; exit status 0 only when every step worked. Your own "
        "database and settings are never used. It shows no window when QT_QPA_PLATFORM=offscreen.",
    )
    self_test.add_argument(
        "--from-db",
        type=Path,
        metavar="PATH",
        help="test on a copy of this database (the original is not changed): the copy is upgraded after a backup",
    )
    self_test.add_argument(
        "--out",
        type=Path,
        metavar="FOLDER",
        help="keep the test's database, backups and PDF in this new or empty folder (default: a temporary "
        "folder, removed when the test passes)",
    )
    self_test.add_argument(
        "--timeout",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="give up after this long (default 120)",
    )
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    from desktop.services.opening import default_database_path

    return (args.db or default_database_path(demo=args.demo)).expanduser().resolve()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None and args.startup_report:
        from desktop.ui.startup_report import run_reporting_startup

        return run_reporting_startup(_database_path(args))
    if args.command is None:
        from desktop.ui.app import run_gui  # Qt only for the GUI

        return run_gui(_database_path(args), demo=args.demo)
    if args.command == "self-test":
        from desktop.ui.self_test import run_self_test  # Qt: the test starts the GUI

        return run_self_test(args.out, args.from_db, timeout=args.timeout)
    if args.command in EXCHANGE_COMMANDS:
        from desktop.cli_exchange_commands import run_exchange_command

        return run_exchange_command(args, _database_path(args))
    handler = {"backup": _backup, "restore": _restore, "check": _check, "import": _import}[args.command]
    return handler(args)


def _backup(args: argparse.Namespace) -> int:
    from desktop.services import backups
    from desktop.services.errors import DomainError

    path = _database_path(args)
    if not path.is_file():
        print(f"There is no database at {path}.", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        info = backups.create_backup(path, "manual")
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEM
    print(f"Backup saved and verified: {info.path} ({info.size / 1024:,.0f} KB)")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from desktop.services.database_errors import error_message
    from desktop.services.errors import DomainError
    from desktop.services.opening import NotOurDatabaseError, SchemaTooNewError, restore_into

    path = _database_path(args)
    if not args.yes:
        if not sys.stdin.isatty():
            print(
                "Restoring replaces the database; add --yes to confirm when not at a terminal.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        answer = input(f"Replace {path} with {args.file}? The current database is backed up first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return EXIT_PROBLEM
    try:
        aside = restore_into(path, args.file)
    except (DomainError, SchemaTooNewError, NotOurDatabaseError) as exc:
        print(error_message(exc), file=sys.stderr)
        return EXIT_PROBLEM
    if aside is not None:
        print(f"The damaged database was kept aside as {aside}.")
    print(f"Restored {path} from {args.file}.")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from desktop.cli_import import run_import_command

    return run_import_command(args, _database_path(args))


def _check(args: argparse.Namespace) -> int:
    from db.engine import DatabaseDamagedError, integrity_check
    from db.schema import SchemaStatus, schema_state_of_file
    from desktop.services import backups

    path = _database_path(args)
    print(f"Database:  {path}")
    if not path.is_file():
        print("Status:    no database at this path")
        return EXIT_PROBLEM
    problems = 0
    try:
        integrity_check(path)
        print("Integrity: ok")
    except DatabaseDamagedError as exc:
        print(f"Integrity: DAMAGED ({exc.detail})")
        problems += 1
    if not problems:
        state = schema_state_of_file(path)
        descriptions = {
            SchemaStatus.CURRENT: f"{state.current} (current)",
            SchemaStatus.OUTDATED: f"{state.current}; will be upgraded to {state.head} when the app opens it",
            SchemaStatus.TOO_NEW: f"{state.current}, made by a newer version; this version will not open it",
            SchemaStatus.EMPTY: "empty (no tables yet)",
            SchemaStatus.UNVERSIONED: "not a District Collective Desk database",
        }
        print(f"Schema:    {descriptions[state.status]}")
        problems += state.status in (SchemaStatus.TOO_NEW, SchemaStatus.UNVERSIONED)
    found = backups.list_backups(path)
    newest = f", newest {found[0].created:%d/%m/%Y %H:%M} ({found[0].kind})" if found else ""
    print(f"Backups:   {len(found)} in {backups.backup_dir_for(path)}{newest}")
    return EXIT_PROBLEM if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

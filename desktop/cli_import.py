"""``district-desk import``: the wizard's import for data officers who script their work.

It prints what the wizard shows (what was detected, the mapping used, the summary, the repairs and
the problems) and exits 0 only when the file had no problems.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
SHOWN_PROBLEMS = 50
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def add_import_parser(commands: argparse._SubParsersAction, db_argument) -> None:
    from desktop.services.imports.targets.registry import TARGET_KEYS

    parser = commands.add_parser(
        "import",
        help="import a school directory, school indicators or assessment results",
        description=(
            "Check a CSV, Excel, ODS or GeoJSON file and import it: all rows or none (unless "
            "--valid-rows-only), after a backup. Exit status 0 only when the file had no problems."
        ),
    )
    parser.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="the file (several for GeoJSON pages)"
    )
    parser.add_argument("--target", required=True, choices=TARGET_KEYS, help="what the file holds")
    parser.add_argument("--round", metavar="NAME", help="the assessment round (indicators and assessment)")
    parser.add_argument(
        "--sheet", metavar="NAME", help="the workbook's sheet (default: the first with a header)"
    )
    parser.add_argument(
        "--mapping",
        metavar="PROFILE",
        help="a saved column mapping (default: one saved for these headers, else suggestions)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="map a field to a column (repeatable)",
    )
    parser.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a typed value for a field, e.g. subject=Mathematics",
    )
    parser.add_argument(
        "--encoding",
        choices=("utf-8", "utf-8-sig", "utf-16", "cp1252"),
        help="override the detected encoding",
    )
    parser.add_argument("--delimiter", choices=tuple(DELIMITERS), help="override the detected delimiter")
    parser.add_argument(
        "--header-row", type=int, metavar="N", help="the header's row number as a spreadsheet shows it"
    )
    parser.add_argument("--accept-repairs", action="store_true", help="apply the proposed UDISE code repairs")
    parser.add_argument(
        "--keep-names", action="store_true", help="store student names (otherwise only student ids)"
    )
    parser.add_argument(
        "--alias-system", metavar="NAME", help="whose school ids the other-id column holds, e.g. KLP"
    )
    parser.add_argument(
        "--valid-rows-only", action="store_true", help="import the rows without problems, leave out the rest"
    )
    parser.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    parser.add_argument(
        "--errors-out", type=Path, metavar="FILE.xlsx", help="save every problem and repair to a workbook"
    )
    db_argument(parser)


def _pairs(values: list[str], option: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            raise SystemExit(f"district-desk import: {option} expects FIELD=VALUE, got {value!r}")
        pairs[key.strip()] = rest
    return pairs


def run_import_command(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.cli_open import open_for_command
    from desktop.services.errors import DomainError
    from desktop.services.imports.pipeline import ImportRequest, check_import, run_import
    from desktop.services.imports.problem_workbook import save_problems_workbook
    from desktop.services.imports.problems import FileProblemsError
    from desktop.services.imports.sources import detect_source
    from desktop.services.imports.table import SourceOptions
    from desktop.services.imports.target import ImportOptions
    from desktop.services.imports.targets.registry import get_target
    from desktop.services.rounds import find_round_id

    target = get_target(args.target)
    source = SourceOptions(
        encoding=args.encoding,
        delimiter=DELIMITERS[args.delimiter] if args.delimiter else None,
        sheet=args.sheet,
        header_row=args.header_row,
    )
    try:
        db = open_for_command(database_path, writing=False)
    except SystemExit as exc:
        print(exc.code, file=sys.stderr)
        return EXIT_PROBLEM
    if db.read_only and not args.dry_run:
        db.close()
        print(
            f"{database_path} is open in the app; close it there to import (or use --dry-run).",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    try:
        info = detect_source(args.files, source)
        print(f"File:      {info.file_name} ({_describe(info)})")
        round_id = None
        if target.needs_round:
            if not args.round:
                print(f"{target.label} belong to an assessment round: add --round NAME.", file=sys.stderr)
                return EXIT_USAGE
            round_id = find_round_id(db, args.round)
            if round_id is None:
                print(f"There is no assessment round named {args.round}.", file=sys.stderr)
                return EXIT_USAGE
        chosen = _mapping(db, args, target, info.headers)
        print("Mapping:   " + "; ".join(_mapping_lines(chosen, target)))
        request = ImportRequest(
            tuple(args.files),
            args.target,
            chosen,
            source,
            ImportOptions(round_id, args.accept_repairs, args.keep_names, args.alias_system),
        )
        check = check_import(db, request)
        _print_check(check)
        if args.errors_out and (check.problems or check.repairs):
            save_problems_workbook(args.errors_out, check.problems, check.repairs)
            print(f"Problems and repairs saved to {args.errors_out}")
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return EXIT_PROBLEM if check.problems else EXIT_OK
        if check.problems and not args.valid_rows_only:
            print(
                "Nothing was imported: correct the problems, or add --valid-rows-only to import the other rows."
            )
            return EXIT_PROBLEM
        outcome = run_import(db, request, valid_rows_only=args.valid_rows_only)
    except FileProblemsError as exc:
        print(exc.message, file=sys.stderr)
        if args.errors_out:
            save_problems_workbook(args.errors_out, exc.problems, [])
            print(f"Problems saved to {args.errors_out}", file=sys.stderr)
        return EXIT_PROBLEM
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        db.close()
    if outcome.already_imported:
        print(outcome.already_imported + " Nothing was changed.")
    elif outcome.batch_id is None:
        print("Every row is already in the database as it is in the file; nothing was changed.")
    else:
        print(f"Imported as batch {outcome.batch_id}. Backup taken first: {outcome.backup}")
    return EXIT_PROBLEM if outcome.problems else EXIT_OK


def _describe(info) -> str:
    parts = [info.format.upper()]
    if info.encoding:
        parts.append(info.encoding.upper())
    if info.delimiter:
        parts.append(f"{DELIMITER_NAMES.get(info.delimiter, repr(info.delimiter))}-separated")
    if info.sheet:
        parts.append(f"sheet {info.sheet}")
    parts.append(f"header on row {info.header_row}")
    return ", ".join(parts)


def _mapping(db, args: argparse.Namespace, target, headers: tuple[str, ...]):
    from desktop.services.imports import mapping as mappings
    from desktop.services.imports.mapping import ColumnMapping

    if args.mapping:
        profile = mappings.find_profile(db, args.mapping)
        if profile is None:
            raise SystemExit(f"district-desk import: there is no saved mapping named {args.mapping!r}")
        base = mappings.adapt_to_headers(profile.mapping, headers)
    else:
        profile = mappings.matching_profile(db, target.key, headers)
        base = (
            mappings.adapt_to_headers(profile.mapping, headers)
            if profile
            else mappings.suggest_mapping(headers, target.fields)
        )
    typed_columns, typed_values = _pairs(args.map, "--map"), _pairs(args.value, "--value")
    known = [field.key for field in target.fields]
    unknown = sorted((set(typed_columns) | set(typed_values)) - set(known))
    if unknown:
        raise SystemExit(
            f"district-desk import: {target.label} has no field {unknown[0]!r}; its fields are {', '.join(known)}"
        )
    columns = {**base.columns, **typed_columns}
    fixed = {**base.fixed, **typed_values}
    for key in fixed:
        columns.pop(key, None)
    for key in typed_columns:
        fixed.pop(key, None)
    return ColumnMapping(columns, fixed)


def _mapping_lines(chosen, target) -> list[str]:
    lines = []
    for field in target.fields:
        if field.key in chosen.columns:
            lines.append(f'{field.key} ← "{chosen.columns[field.key]}"')
        elif field.key in chosen.fixed:
            lines.append(f'{field.key} = "{chosen.fixed[field.key]}"')
    return lines or ["(nothing mapped)"]


def _print_check(check) -> None:
    counts = check.counts
    total = counts.create + counts.update + counts.unchanged + counts.error_rows
    print(
        f"Checked:   {total:,} rows: {counts.create:,} to create, {counts.update:,} to update, "
        f"{counts.unchanged:,} unchanged, {counts.error_rows:,} with problems"
    )
    if counts.normalised:
        print(
            f"           {counts.normalised:,} UDISE codes written with spaces or as numbers were read as plain codes"
        )
    if check.already_imported:
        print(f"Note:      {check.already_imported}")
    for note in check.notes:
        print(f"Note:      {note}")
    if check.repairs:
        accepted = "applied" if counts.repaired else "proposed (add --accept-repairs to apply them)"
        print(f"Repairs:   {len(check.repairs):,} {accepted}")
        for repair in check.repairs[:SHOWN_PROBLEMS]:
            print(f"  {repair.message}")
    if check.problems:
        print(f"Problems:  {len(check.problems):,}")
        for problem in check.problems[:SHOWN_PROBLEMS]:
            print(f"  {problem.message}")
        if len(check.problems) > SHOWN_PROBLEMS:
            print(
                f"  … and {len(check.problems) - SHOWN_PROBLEMS:,} more (all of them with --errors-out FILE.xlsx)"
            )

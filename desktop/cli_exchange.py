"""``district-desk export``, ``return-template``, ``import-package``, ``verify``, ``pack-return``
and ``key``: the USB exchange for offices that script a monthly hand-over, and the verifier
partners use.

Passphrases are never command-line arguments (they would sit in the shell's history and in the
process list): they are read from the environment variables below, or asked for at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.cli_template import add_return_template_parser, return_template

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
PASSPHRASE_VARIABLE = "DISTRICT_DESK_PASSPHRASE"
KEY_PASSPHRASE_VARIABLE = "DISTRICT_DESK_KEY_PASSPHRASE"
SHOWN = 30

_PASSPHRASE_HELP = (
    f"The package's passphrase is read from the environment variable {PASSPHRASE_VARIABLE}, or asked "
    "for at the terminal; it is never given as an argument."
)
_KEY_HELP = (
    f"Where this PC has no keyring, the office signing key's own passphrase is read from "
    f"{KEY_PASSPHRASE_VARIABLE} or asked for."
)


def add_exchange_parsers(commands: argparse._SubParsersAction, db_argument: Callable) -> None:
    export = commands.add_parser(
        "export",
        help="write a signed, encrypted data package for a partner under an MoU",
        description=(
            "Write the package an MoU's data-sharing terms allow, for the blocks, clusters and schools it "
            "covers, signed with the office key and locked with a passphrase; it is read back and "
            "verified before this command reports success, and recorded in the exchange log. "
            f"{_PASSPHRASE_HELP} {_KEY_HELP}"
        ),
    )
    export.add_argument("--mou", required=True, metavar="REF", help="the MoU's reference")
    export.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help="the folder (e.g. the USB drive)"
    )
    export.add_argument(
        "--category",
        action="append",
        metavar="CODE",
        help="only this category (repeatable; default: all allowed)",
    )
    export.add_argument(
        "--round",
        action="append",
        metavar="NAME",
        help="only this assessment round (repeatable; default: all)",
    )
    export.add_argument("--receipt", type=Path, metavar="FILE.pdf", help="also save the hand-over receipt")
    db_argument(export)

    add_return_template_parser(commands, db_argument)

    inbound = commands.add_parser(
        "import-package",
        help="verify and import a package a partner sent back",
        description=(
            "Verify a partner's package (signature against the partner's registered key, checksums, "
            "format, MoU) before reading it, check every row as the baseline import does, and import it "
            "all or nothing as one undoable import (after a backup). Rows that conflict with newer "
            f"office data are listed and left as the office has them unless --take-package is given. "
            f"{_PASSPHRASE_HELP}"
        ),
    )
    inbound.add_argument("package", type=Path, metavar="PACKAGE")
    inbound.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    inbound.add_argument(
        "--round", metavar="NAME", help="the assessment round (default: the one the package names)"
    )
    inbound.add_argument(
        "--take-package",
        action="append",
        metavar="KEY",
        help="for this conflict (its key as listed), take the package's value; 'all' for every conflict",
    )
    db_argument(inbound)

    verify = commands.add_parser(
        "verify",
        help="check a package's signature and checksums, and open it into a folder",
        description=(
            "Check a package's signature and every file's checksum, then (with --out) decrypt it into a "
            "new folder. The signer must be a key registered in this database, or the one whose "
            "fingerprint you give with --fingerprint (from the hand-over receipt). Nothing is written "
            f"when any check fails. {_PASSPHRASE_HELP}"
        ),
    )
    verify.add_argument("package", type=Path, metavar="PACKAGE")
    verify.add_argument(
        "--out", type=Path, metavar="FOLDER", help="open the tables into FOLDER/<package name>"
    )
    verify.add_argument(
        "--fingerprint", metavar="FINGERPRINT", help="the signing key's fingerprint as printed on the receipt"
    )
    db_argument(verify)

    pack = commands.add_parser(
        "pack-return",
        help="(partners) pack a filled return template as a signed, encrypted package for the district",
        description=(
            "For a partner organisation: turn the return template the district office gave you, once "
            "filled, into a package signed with this installation's key and locked with a passphrase. "
            f"{_PASSPHRASE_HELP} {_KEY_HELP}"
        ),
    )
    pack.add_argument("template", type=Path, metavar="TEMPLATE.xlsx")
    pack.add_argument("--issuer", required=True, metavar="NAME", help="your organisation's name")
    pack.add_argument("--out", required=True, type=Path, metavar="FOLDER")
    db_argument(pack)

    key = commands.add_parser(
        "key",
        help="show this installation's public signing key and fingerprint",
        description=(
            "Show this installation's public signing key and its fingerprint (created on first use), "
            f"to give to the other side so they can register it. {_KEY_HELP}"
        ),
    )
    db_argument(key)


def _ask(variable: str, prompt: str, *, confirm: bool) -> str | None:
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        print(f"Set {variable}, or run this at a terminal to be asked.", file=sys.stderr)
        return None
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again, to be sure: ") != first:
        print("The two passphrases differ; nothing was done.", file=sys.stderr)
        return None
    return first


def _open(database_path: Path, *, writing: bool):
    from desktop.services.opening import open_database

    db, _report = open_database(database_path)
    if writing and db.read_only:
        db.close()
        raise SystemExit(f"{database_path} is open in the app; close it there first.")
    return db


def _key_passphrase(db) -> str | None:
    from desktop.services.exchange import keys

    if not keys.needs_passphrase(db):
        return None
    return _ask(
        KEY_PASSPHRASE_VARIABLE, "Passphrase of this office's signing key: ", confirm=keys.own_key(db) is None
    )


def run_exchange_command(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.errors import DomainError

    handlers = {
        "export": _export,
        "return-template": _return_template,
        "import-package": _import_package,
        "verify": _verify,
        "pack-return": _pack_return,
        "key": _key,
    }
    try:
        return handlers[args.command](args, database_path)
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_PROBLEM


def _export(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.exchange import export, receipts
    from desktop.services.rounds import find_round_id

    db = _open(database_path, writing=True)
    try:
        mou_id = export.mou_id_for_reference(db, args.mou)
        round_ids = None
        if args.round:
            round_ids = []
            for name in args.round:
                found = find_round_id(db, name)
                if found is None:
                    print(f"There is no assessment round named {name}.", file=sys.stderr)
                    return EXIT_USAGE
                round_ids.append(found)
        today = date.today()
        preview = export.preview_export(
            db, mou_id, today=today, categories=args.category, round_ids=round_ids
        )
        for category in preview.scope.categories:
            print(f"Include:   {category.label}: {preview.records[category.code]:,} rows")
        key_passphrase = _key_passphrase(db)
        passphrase = _ask(PASSPHRASE_VARIABLE, "Passphrase for the package: ", confirm=True)
        if passphrase is None:
            return EXIT_USAGE
        result = export.export_package(
            db,
            export.ExportRequest(
                mou_id,
                args.out,
                passphrase,
                today,
                tuple(args.category) if args.category else None,
                tuple(round_ids) if round_ids else None,
                key_passphrase,
            ),
        )
        print(f"Written and verified: {result.path} ({result.size / 1024:,.0f} KB)")
        print(f"SHA-256:   {result.sha256}")
        print(f"Signed by: {result.manifest['signer']['fingerprint']}")
        print(
            f"Keep until {preview.scope.keep_until:%d/%m/%Y}; recorded in the exchange log as entry {result.log_id}."
        )
        if args.receipt:
            receipts.save_receipt(db, result.log_id, args.receipt)
            print(f"Receipt:   {args.receipt}")
        return EXIT_OK
    finally:
        db.close()


def _return_template(args: argparse.Namespace, database_path: Path) -> int:
    db = _open(database_path, writing=True)
    try:
        return return_template(args, db)
    finally:
        db.close()


def _import_package(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.exchange import inbound
    from desktop.services.rounds import find_round_id

    db = _open(database_path, writing=not args.dry_run)
    try:
        round_id = None
        if args.round:
            round_id = find_round_id(db, args.round)
            if round_id is None:
                print(f"There is no assessment round named {args.round}.", file=sys.stderr)
                return EXIT_USAGE
        passphrase = _ask(PASSPHRASE_VARIABLE, "Passphrase of the package: ", confirm=False)
        if passphrase is None:
            return EXIT_USAGE
        check = inbound.check_package(db, args.package, passphrase, round_id=round_id)
        _print_inbound(check)
        if check.already_imported:
            print(check.already_imported + " Nothing was changed.")
            return EXIT_OK
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return EXIT_OK if check.importable else EXIT_PROBLEM
        if not check.importable:
            print("Nothing was imported: the partner must correct the problems and send the package again.")
            return EXIT_PROBLEM
        chosen = args.take_package or ()
        outcome = inbound.import_package(
            db,
            args.package,
            passphrase,
            round_id=check.round_id,
            take_package_for="all" if "all" in chosen else tuple(chosen),
        )
        print(f"Imported; exchange log entry {outcome.log_id}. Backup taken first: {outcome.backup}")
        if outcome.skipped_conflicts:
            print(f"{outcome.skipped_conflicts:,} conflicting rows were kept as the office had them.")
        return EXIT_OK
    finally:
        db.close()


def _print_inbound(check) -> None:
    print(f"Package:   {check.path.name} from {check.organisation_name} ({check.signer_fingerprint})")
    print(f"MoU:       {check.mou_reference}; round {check.round_name}")
    for note in check.notes:
        print(f"Note:      {note}")
    for table in check.tables:
        counts = table.counts
        print(
            f"{table.label}: {counts.create:,} to add, {counts.update:,} to update, "
            f"{counts.unchanged:,} unchanged, {counts.error_rows:,} with problems"
        )
        for note in table.notes:
            print(f"  Note: {note}")
        for problem in table.problems[:SHOWN]:
            print(f"  {problem.message}")
        if len(table.problems) > SHOWN:
            print(f"  … and {len(table.problems) - SHOWN:,} more")
    if check.conflicts:
        print(
            f"Conflicts with newer office data ({len(check.conflicts):,}); the office's values are kept unless --take-package:"
        )
        for conflict in check.conflicts[:SHOWN]:
            print(
                f"  [{conflict.key}] {conflict.description}: office {conflict.office_value} "
                f"(changed {conflict.office_changed_on:%d/%m/%Y}), package {conflict.package_value}"
            )


class SignerMismatchError(Exception):
    """``verify --fingerprint`` names another key than the one that signed the package."""


def _trusted_for_verify(args: argparse.Namespace, database_path: Path) -> dict[str, bytes]:
    """Registered keys when there is a database here, and the key named by --fingerprint."""
    import base64

    from desktop.services.exchange import keys
    from desktop.services.exchange.package import read_manifest

    trusted: dict[str, bytes] = {}
    if database_path.is_file():
        db = _open(database_path, writing=False)
        try:
            with db.reading() as session:
                trusted.update(keys.trusted_public_keys(session))
        finally:
            db.close()
    if args.fingerprint:
        unverified = read_manifest(args.package)
        wanted = "".join(args.fingerprint.split()).upper()
        if "".join(unverified.signer_fingerprint.split()).upper() != wanted:
            raise SignerMismatchError(
                f"The package was signed by the key {unverified.signer_fingerprint}, not by the key on "
                f"your receipt ({args.fingerprint.strip()}). Do not open it: ask the office that sent it."
            )
        signer = unverified.manifest.get("signer", {})
        trusted[unverified.signer_fingerprint] = base64.b64decode(signer.get("public_key", ""))
    return trusted


def _verify(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.exchange.package import extract_to, read_manifest, verify_package

    unverified = read_manifest(args.package)
    manifest = unverified.manifest
    print(f"Package:   {args.package.name}")
    print(
        f"Signed by: {unverified.signer_fingerprint} (claims to be {manifest.get('issuer', {}).get('name', '?')})"
    )
    try:
        trusted = _trusted_for_verify(args, database_path)
    except SignerMismatchError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEM
    passphrase = _ask(PASSPHRASE_VARIABLE, "Passphrase of the package: ", confirm=False)
    if passphrase is None:
        return EXIT_USAGE
    opened = verify_package(args.package, passphrase, trusted)
    print("Verified:  the signature and every file's checksum are correct.")
    mou = opened.manifest.get("mou", {})
    print(f"MoU:       {mou.get('reference', '')} {mou.get('title', '')}".rstrip())
    print(f"Purpose:   {opened.manifest.get('purpose', '')}")
    if opened.manifest.get("keep_until"):
        kept = date.fromisoformat(opened.manifest["keep_until"])
        print(f"Keep until {kept:%d/%m/%Y}: delete every copy by then and confirm it in writing.")
    for item in opened.manifest.get("files", []):
        print(f"  {item['name']}  {item['size']:,} bytes")
    if args.out:
        folder = extract_to(opened, args.out)
        print(f"Opened into {folder}")
    return EXIT_OK


def _pack_return(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.exchange.return_package import build_return_package

    db = _open(database_path, writing=True)
    try:
        key_passphrase = _key_passphrase(db)
        passphrase = _ask(PASSPHRASE_VARIABLE, "Passphrase for the package: ", confirm=True)
        if passphrase is None:
            return EXIT_USAGE
        written = build_return_package(
            db, args.template, args.out, passphrase, issuer_name=args.issuer, key_passphrase=key_passphrase
        )
        print(f"Written and verified: {written.path}")
        print(f"Signed by: {written.manifest['signer']['fingerprint']}")
        return EXIT_OK
    finally:
        db.close()


def _key(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.exchange import keys

    db = _open(database_path, writing=True)
    try:
        keys.signing_key(db, passphrase=_key_passphrase(db))
        shown = keys.own_public_key_text(db)
        assert shown is not None  # signing_key made it
        public_key, fingerprint = shown
        print(f"Public key:  {public_key}")
        print(f"Fingerprint: {fingerprint}")
        return EXIT_OK
    finally:
        db.close()

"""Running ``district-desk export``, ``return-template``, ``import-package``, ``verify``,
``pack-return`` and ``key`` (their arguments are in :mod:`desktop.cli_exchange`).

Passphrases are read from the environment variables named there, or asked for at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from desktop.cli_exchange import KEY_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE
from desktop.cli_open import open_for_command
from desktop.cli_template import return_template

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
SHOWN = 30


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

    db = open_for_command(database_path, writing=True)
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
    db = open_for_command(database_path, writing=True)
    try:
        return return_template(args, db)
    finally:
        db.close()


def _import_package(args: argparse.Namespace, database_path: Path) -> int:
    from desktop.services.exchange import inbound
    from desktop.services.rounds import find_round_id

    db = open_for_command(database_path, writing=not args.dry_run)
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
        db = open_for_command(database_path, writing=False)
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

    db = open_for_command(database_path, writing=True)
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

    db = open_for_command(database_path, writing=True)
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

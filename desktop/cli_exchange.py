"""``district-desk export``, ``return-template``, ``import-package``, ``verify``, ``pack-return``
and ``key``: the USB exchange for offices that script a monthly hand-over, and the verifier
partners use. This module holds their arguments (read at every start, so it imports nothing of
the database); :mod:`desktop.cli_exchange_commands` runs them.

Passphrases are never command-line arguments (they would sit in the shell's history and in the
process list): they are read from the environment variables below, or asked for at the terminal.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from desktop.cli_template import add_return_template_parser

PASSPHRASE_VARIABLE = "DISTRICT_DESK_PASSPHRASE"
KEY_PASSPHRASE_VARIABLE = "DISTRICT_DESK_KEY_PASSPHRASE"

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

"""A partner's return package: a filled return template, signed and locked for the district office.

This runs on the partner's own installation of the app, whose database need not know the MoU:
everything about the return (MoU reference, round, office, template id) comes from the template's
About sheet. The filled sheets become ``<table>.csv`` files, written as an export writes its tables,
in a package of the same format, signed with the partner's own key (created on first use) and
locked with a passphrase the partner gives the office separately.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from desktop.documents.text import indian_date
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.exchange import keys
from desktop.services.exchange.catalogue import CATEGORIES, FORMAT_NAME, FORMAT_VERSION
from desktop.services.exchange.contents import PackageFile
from desktop.services.exchange.export import package_file_name
from desktop.services.exchange.fingerprints import fingerprint
from desktop.services.exchange.package import WrittenPackage, write_package
from desktop.services.exchange.return_template_reader import ReturnTables, read_return_template
from desktop.services.exchange.sealing import check_passphrase
from desktop.services.exchange.table_files import csv_bytes
from desktop.services.exchange.tables import ExportTable
from desktop.services.i18n import plural, translate
from desktop.services.progress import NO_PROGRESS, Progress
from desktop.services.text import clean

ISSUER_NAME_LENGTH = 200  # Organisation.name


def _issuer(name: str) -> str:
    text = clean(name)
    if not text:
        raise ValidationError.single(
            "issuer_name",
            translate(
                "Exchange",
                "Give your organisation's name, as the office knows it: the package says who sent it.",
            ),
        )
    if len(text) > ISSUER_NAME_LENGTH:
        raise ValidationError.single(
            "issuer_name",
            translate(
                "Exchange",
                "The organisation's name is {count} characters long; at most {limit} fit.",
            ).format(count=len(text), limit=ISSUER_NAME_LENGTH),
        )
    return text


def _filled_tables(returned: ReturnTables) -> list[ExportTable]:
    """The tables with at least one filled row, in catalogue order; refused when there are none."""
    tables = [
        ExportTable(code, CATEGORIES[code].table, tuple(header), [tuple(row) for row in rows])
        for code, (header, rows) in returned.tables.items()
        if rows
    ]
    if not tables:
        left = sum(returned.left_empty_counts.values())
        raise ValidationError.single(
            "template",
            plural(
                left,
                translate(
                    "Exchange",
                    "{file} has nothing filled in: its {count} pre-filled row has no score, level or "
                    "school figures yet. Fill in the results before making the return package.",
                ),
                translate(
                    "Exchange",
                    "{file} has nothing filled in: its {count} pre-filled rows have no score, level or "
                    "school figures yet. Fill in the results before making the return package.",
                ),
            ).format(file=returned.source_path.name, count=left),
        )
    return tables


def _manifest(
    returned: ReturnTables, tables: list[ExportTable], issuer: str, package_id: str, created_at: datetime
) -> dict:
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "package_id": package_id,
        "direction": "to_district",
        "created_at": created_at.isoformat(timespec="seconds"),
        "issuer": {"kind": "partner", "name": issuer},
        "recipients": [returned.office_name],
        "mou": {"reference": returned.mou_reference},
        "round": returned.round_name,
        "template_id": returned.template_id,
        "categories": [
            {
                "code": table.category,
                "label": CATEGORIES[table.category].label,
                "table": table.name,
                "fields": list(table.columns),
                "records": table.records,
            }
            for table in tables
        ],
        "counts": {CATEGORIES[table.category].record_kind: table.records for table in tables},
    }


def _readme(
    returned: ReturnTables, tables: list[ExportTable], issuer: str, created_at: datetime, signer: str
) -> str:
    """A short README for the office: what the package holds, from whom, under which MoU and round."""
    title = f"Data returned by {issuer}"
    lines = [
        title,
        "=" * len(title),
        "",
        f"To:         {returned.office_name}",
        f"Under MoU:  {returned.mou_reference}",
        f"Round:      {returned.round_name}",
        f"Created:    {indian_date(created_at.date())} {created_at:%H:%M}",
        f"Template:   {returned.template_id}",
        "",
        "The tables the office asked for in its return template, as the partner filled them in:",
    ]
    for table in tables:
        category = CATEGORIES[table.category]
        lines.append(f"    {table.name}.csv: {category.label} ({table.records:,} {category.record_kind})")
    lines += [
        "",
        "They are locked (encrypted) in payload.enc with a passphrase given to the office separately,",
        f"and signed with the partner's key, fingerprint {signer} (as on the partner's hand-over",
        "receipt). Import the package on the Exchange page of District Collective Desk: it checks the",
        "signature against the partner's registered key before reading anything.",
        "",
    ]
    return "\r\n".join(lines)


def build_return_package(
    db: Database,
    template_path: Path,
    folder: Path,
    passphrase: str,
    *,
    issuer_name: str,
    key_passphrase: str | None = None,
    now: datetime | None = None,
    kdf: dict | None = None,
    progress: Progress = NO_PROGRESS,
) -> WrittenPackage:
    """Turn a filled return template into a signed, encrypted package in ``folder`` for the office.

    ``issuer_name`` is the partner organisation's name; ``key_passphrase`` unlocks its signing
    key where no keyring keeps it (see ``keys.signing_key``); ``now`` is the moment recorded
    (with its zone; the computer's local time when None); ``kdf`` overrides the key-derivation cost
    (tests). Nothing is written when the template, the passphrase or the key is refused."""
    issuer = _issuer(issuer_name)
    progress.report(0, 100, translate("Exchange", "Reading the template"))
    returned = read_return_template(Path(template_path))
    tables = _filled_tables(returned)
    check_passphrase(passphrase)
    signing = keys.signing_key(db, passphrase=key_passphrase)
    moment = now or datetime.now()
    created_at = moment if moment.tzinfo is not None else moment.astimezone()
    package_id = str(uuid.uuid4())
    files = [PackageFile(f"{table.name}.csv", csv_bytes(table)) for table in tables]
    progress.report(20, 100, translate("Exchange", "Encrypting and writing"))
    written = write_package(
        Path(folder),
        package_file_name(f"{returned.mou_reference} return", created_at.date(), package_id),
        _manifest(returned, tables, issuer, package_id, created_at),
        files,
        _readme(returned, tables, issuer, created_at, fingerprint(signing.public_key().public_bytes_raw())),
        passphrase,
        signing,
        kdf=kdf,
        progress=progress.part(20, 100),
    )
    progress.report(100, 100, translate("Exchange", "Done"))
    return written

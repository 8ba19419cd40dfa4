"""Export a package for a partner under an MoU: scope, tables, sign, encrypt, write, verify, log.

One user action, one transaction: the MoU is checked, its pseudonym secret made if needed, the
tables built, the package written (to a temporary name, read back and verified, then renamed)
and the export recorded in the exchange log. If anything fails the transaction rolls back and the
written package is deleted: no package exists that the log does not know about.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select

from db.models import ExchangeLogEntry, Mou
from desktop.services.database import Database
from desktop.services.errors import NotFoundError
from desktop.services.exchange import keys, pseudonyms
from desktop.services.exchange.catalogue import CATEGORIES, FORMAT_NAME, FORMAT_VERSION
from desktop.services.exchange.fingerprints import fingerprint
from desktop.services.exchange.log import pack_student_keys
from desktop.services.exchange.package import WrittenPackage, write_package
from desktop.services.exchange.readme import partner_readme
from desktop.services.exchange.scope import ExportScope, available_rounds, export_scope
from desktop.services.exchange.sealing import check_passphrase
from desktop.services.exchange.table_files import table_files
from desktop.services.exchange.tables import ExportTable, build_tables, count_records
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress


@dataclass(frozen=True)
class ExportPreview:
    """What the wizard's review page shows before anything is written."""

    scope: ExportScope
    records: dict[str, int]  # category code -> rows
    rounds: list[tuple[int, str]]  # every round with data for the covered schools
    needs_key_passphrase: bool
    own_fingerprint: str | None  # None until the first export creates the key


@dataclass(frozen=True)
class ExportRequest:
    mou_id: int
    folder: Path
    passphrase: str  # locks the package; given to the partner separately
    today: date
    categories: tuple[str, ...] | None = None  # None: every category the terms allow
    round_ids: tuple[int, ...] | None = None  # None: every round with data
    key_passphrase: str | None = None  # the office key's, where no keyring keeps it


@dataclass(frozen=True)
class ExportResult:
    log_id: int
    path: Path
    sha256: str
    size: int
    package_id: str
    manifest: dict = field(repr=False)


def mou_id_for_reference(db: Database, reference: str) -> int:
    """The MoU with this reference (case and surrounding spaces ignored), for the command line."""
    with db.reading() as session:
        found = session.scalar(select(Mou.id).where(func.lower(Mou.reference) == reference.strip().lower()))
    if found is None:
        raise NotFoundError(
            translate("Exchange", "There is no MoU with the reference {reference!r}.").format(
                reference=reference.strip()
            )
        )
    return found


def preview_export(
    db: Database,
    mou_id: int,
    *,
    today: date,
    categories: Sequence[str] | None = None,
    round_ids: Sequence[int] | None = None,
) -> ExportPreview:
    """The scope and record counts of a package, or the reason the MoU cannot export."""
    with db.reading() as session:
        scope = export_scope(session, mou_id, today=today, categories=categories, round_ids=round_ids)
        records = count_records(session, scope)
        rounds = available_rounds(session, mou_id)
    own = keys.own_key(db)
    return ExportPreview(scope, records, rounds, keys.needs_passphrase(db), own.fingerprint if own else None)


def package_file_name(reference: str, today: date, package_id: str) -> str:
    """``<MoU reference>_<YYYYMMDD>_<8 characters of the id>.zip``, safe on any file system."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", reference).strip("-") or "package"
    return f"{stem}_{today:%Y%m%d}_{package_id[:8]}.zip"


def _manifest(
    scope: ExportScope, tables: list[ExportTable], package_id: str, created_at: datetime, db: Database
) -> dict:
    by_code = {table.category: table for table in tables}
    categories = [
        {
            "code": c.code,
            "label": c.label,
            "purpose": c.purpose,
            "keep_until": c.keep_until.isoformat(),
            "table": c.table,
            "fields": list(c.fields),
            "records": by_code[c.code].records,
        }
        for c in scope.categories
    ]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "package_id": package_id,
        "direction": "to_partner",
        "created_at": created_at.isoformat(timespec="seconds"),
        "issuer": {"kind": "office", "name": scope.office_name},
        "recipients": list(scope.partner_names),
        "mou": {"reference": scope.reference, "title": scope.title},
        "purpose": scope.purpose,
        "keep_until": scope.keep_until.isoformat(),
        "exported_by": db.operator,
        "rounds": list(scope.round_names),
        "categories": categories,
        "counts": _counts(tables),
        "schools": len(set().union(*(t.school_codes for t in tables))) if tables else 0,
    }


def export_log_entry(
    scope: ExportScope,
    tables: list[ExportTable],
    *,
    package_id: str,
    package_name: str,
    package_sha256: str,
    package_size: int,
    signer_fingerprint: str,
    operator: str,
    occurred_at: datetime,
) -> ExchangeLogEntry:
    """The exchange log's record of a package built from ``scope`` and ``tables``: what it holds
    (categories, fields, counts), about which schools and students, and the file itself."""
    return ExchangeLogEntry(
        event="export",
        package_id=package_id,
        format_version=FORMAT_VERSION,
        mou_id=scope.mou_id,
        mou_reference=scope.reference,
        partner_names=list(scope.partner_names),
        organisation_ids=list(scope.organisation_ids),
        purpose=scope.purpose,
        categories=[c.code for c in scope.categories],
        fields={c.code: list(c.fields) for c in scope.categories},
        counts=_counts(tables),
        school_codes=sorted(set().union(*(t.school_codes for t in tables))),
        student_keys=pack_student_keys(k for t in tables for k in t.student_keys),
        package_name=package_name,
        package_sha256=package_sha256,
        package_size=package_size,
        signer_fingerprint=signer_fingerprint,
        keep_until=scope.keep_until,
        operator=operator,
        occurred_at=occurred_at,
    )


def _counts(tables: list[ExportTable]) -> dict[str, int]:
    return {CATEGORIES[t.category].record_kind: t.records for t in tables}


def _about(scope: ExportScope, created_at: datetime, package_id: str) -> list[tuple[str, object]]:
    return [
        ("Issued by", scope.office_name),
        ("For", ", ".join(scope.partner_names)),
        ("MoU", f"{scope.reference}: {scope.title}"),
        ("Purpose", scope.purpose),
        ("Created", created_at.date()),
        ("Keep until", scope.keep_until),
        ("Package id", package_id),
    ]


def export_package(
    db: Database,
    request: ExportRequest,
    *,
    now: datetime | None = None,
    kdf: dict | None = None,
    progress: Progress = NO_PROGRESS,
) -> ExportResult:
    """Write the MoU's package into ``request.folder`` and record it in the exchange log.

    ``now`` is the moment recorded (aware; the computer's local time when None); ``kdf`` overrides
    the key-derivation cost (tests).
    """
    check_passphrase(request.passphrase)
    signing = keys.signing_key(db, passphrase=request.key_passphrase)
    public = signing.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    created_at = (now or datetime.now().astimezone()).astimezone()
    package_id = str(uuid.uuid4())
    written: WrittenPackage | None = None
    try:
        with db.transaction() as session:
            scope = export_scope(
                session,
                request.mou_id,
                today=request.today,
                categories=request.categories,
                round_ids=request.round_ids,
            )
            secret = (
                pseudonyms.mou_secret(session, scope.mou_id)
                if any(c.code == "student_results_pseudonymised" for c in scope.categories)
                else None
            )
            tables = build_tables(session, scope, secret, progress.part(0, 40))
            manifest = _manifest(scope, tables, package_id, created_at, db)
            readme = partner_readme(
                package_name=package_file_name(scope.reference, request.today, package_id),
                issuer=scope.office_name,
                recipients=scope.partner_names,
                mou_reference=scope.reference,
                mou_title=scope.title,
                purpose=scope.purpose,
                created_at=created_at,
                exported_by=db.operator,
                keep_until=scope.keep_until,
                records={t.category: t.records for t in tables},
                fingerprint=fingerprint(public),
            )
            files = table_files(tables, _about(scope, created_at, package_id))
            progress.report(50, 100, translate("Exchange", "Encrypting and writing"))
            written = write_package(
                request.folder,
                package_file_name(scope.reference, request.today, package_id),
                manifest,
                files,
                readme,
                request.passphrase,
                signing,
                kdf=kdf,
                progress=progress.part(50, 98),
            )
            entry = export_log_entry(
                scope,
                tables,
                package_id=package_id,
                package_name=written.path.name,
                package_sha256=written.sha256,
                package_size=written.size,
                signer_fingerprint=fingerprint(public),
                operator=db.operator,
                occurred_at=created_at,
            )
            session.add(entry)
            session.flush()
            log_id = entry.id
    except BaseException:
        if written is not None:
            written.path.unlink(missing_ok=True)
        raise
    progress.report(100, 100, translate("Exchange", "Done"))
    return ExportResult(log_id, written.path, written.sha256, written.size, package_id, written.manifest)

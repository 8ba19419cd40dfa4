"""What the hand-over receipt of a USB data package prints, as plain data, and its wording. No
database here: the exchange service builds a :class:`ReceiptData`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop.documents.letterhead import Letterhead

LABELS = {
    "en": {
        "title": "Data package hand-over receipt",
        "issuer": "From", "recipients": "To", "from": "Handed over by", "to": "Received by", "file": "Package file", "id": "Package id",
        "sha256": "SHA-256", "size": "Size", "created": "Created", "exported_by": "Exported by",
        "mou": "MoU", "purpose": "Purpose", "keep_until": "Keep until",
        "delete": "The recipient deletes all data in this package by this date and confirms the "
        "deletion in writing.",
        "no_keep_until": "No date set: the recipient deletes all data in this package when the MoU "
        "ends and confirms the deletion in writing.",
        "contents": "What the package holds", "category": "Data category", "records": "Records",
        "fields": "Fields", "more_fields": "and {count} more field{s}", "only_count": "{count} fields",
        "more_categories": "and {count} more categories",
        "in_manifest": "listed in the package's manifest.json",
        "key": "Signing key of {issuer}", "fingerprint": "Fingerprint", "public_key": "Public key",
        "passphrase": "The passphrase is not on this receipt: it is given to the recipient "
        "separately, never with the USB drive.",
        "steps": "For the recipient",
        "step_1": "When you register this key, compare the fingerprint on screen with the one "
        "above, group by group.",
        "step_2": "Check and open the package with this command, typed as one line:",
        "step_3": "Keep this receipt with the MoU papers until the deletion is confirmed.",
        "for": "For {party}", "name": "Name", "designation": "Designation", "date": "Date",
        "signature": "Signature",
        "footer": "Hand-over receipt of package {package_id} · District Collective Desk",
    },
}  # fmt: skip


@dataclass(frozen=True)
class ReceiptCategory:
    label: str  # e.g. "Pseudonymised student-level assessment results"
    records: int
    fields: tuple[str, ...]  # column names


@dataclass(frozen=True)
class ReceiptData:
    letterhead: Letterhead | None  # None: a partner without one; a plain title block instead
    issuer_name: str
    recipient_names: tuple[str, ...]
    package_name: str
    package_id: str
    package_sha256: str
    package_size: int  # bytes
    created_at: datetime  # local time, printed DD/MM/YYYY HH:MM
    keep_until: date | None
    mou_reference: str
    mou_title: str
    purpose: str
    categories: tuple[ReceiptCategory, ...]
    exported_by: str
    public_key: str  # base64, 44 characters
    fingerprint: str  # "3F2A 9C1B …" (10 groups of 4)
    title_local: str | None = None  # a regional-language title line under the English one
    language: str = "en"

"""The README inside every package: what it holds, why, until when, and how a partner opens it.

It is plain text (Windows line ends, so Notepad on an old PC shows it right) and sits outside the
encrypted part, so the partner can read it before having the passphrase. Its SHA-256 is in the
signed manifest: a changed README makes the whole package refused.
"""

from __future__ import annotations

from datetime import date, datetime

from desktop.documents.text import indian_date
from desktop.services.exchange.catalogue import CATEGORIES, SMALL_GROUP
from desktop.services.exchange.table_files import XLSX_MAX_ROWS

VERIFY_COMMAND = 'district-desk verify "{package}" --fingerprint "{fingerprint}" --out "{folder}"'


def _heading(text: str) -> list[str]:
    return ["", text, "-" * len(text)]


def partner_readme(
    *,
    package_name: str,
    issuer: str,
    recipients: tuple[str, ...],
    mou_reference: str,
    mou_title: str,
    purpose: str,
    created_at: datetime,
    exported_by: str,
    keep_until: date,
    records: dict[str, int],
    fingerprint: str,
) -> str:
    """The README for a package to a partner; ``records`` maps category code -> rows."""
    title = f"Data package from {issuer}"
    lines = [title, "=" * len(title), ""]
    lines += [
        f"To:          {', '.join(recipients)}",
        f"Under MoU:   {mou_reference} ({mou_title})",
        f"Purpose:     {purpose}",
        f"Created:     {indian_date(created_at.date())} {created_at:%H:%M} by {exported_by}",
        f"Keep until:  {indian_date(keep_until)}",
        "",
        "This data is shared only for the purpose above, under the MoU's data-sharing terms.",
        f"By {indian_date(keep_until)} delete every copy of it (this file, the opened folder, any",
        f"copies and printouts) and confirm the deletion to {issuer} in writing.",
        "Do not pass it to anyone outside your organisation.",
    ]
    lines += _heading("What is inside")
    lines += [
        "The tables are locked (encrypted) in payload.enc. You need the passphrase the office gave",
        "you separately: it is not in this package and not on the hand-over receipt.",
        "Each table is a CSV file (opens in Excel or LibreOffice); tables of up to",
        f"{XLSX_MAX_ROWS:,} rows are also sheets of tables.xlsx.",
    ]
    for code, rows in records.items():
        category = CATEGORIES[code]
        lines += ["", f"{category.table}.csv: {category.label} ({rows:,} {category.record_kind})"]
        lines += [f"    {field.key}: {field.label}" for field in category.fields]
    if "student_results_pseudonymised" in records:
        lines += [
            "",
            "Students appear under pseudonyms made for this MoU only: the same student has the same",
            "pseudonym in every package under this MoU, so rounds can be linked, but not under any",
            "other MoU. Do not try to find out who a student is.",
        ]
    if "assessment_aggregates" in records:
        lines += [
            "",
            f"In assessment_aggregates, groups of fewer than {SMALL_GROUP} students are suppressed: their",
            "figures are left blank and the 'suppressed' column says yes.",
        ]
    lines += _heading("How to open it")
    command = VERIFY_COMMAND.format(package=package_name, fingerprint=fingerprint, folder="opened")
    lines += [
        "1. Check who signed it. The office's signing key has this fingerprint:",
        f"       {fingerprint}",
        "   It must be the same as the one printed on the hand-over receipt you signed.",
        "2. Open it with District Collective Desk (installed, or its folder from a USB stick). In a",
        "   command window, in the folder holding this package, type:",
        f"       {command}",
        "   It asks for the passphrase, checks the signature and every file's checksum, and only",
        "   then writes the tables into the new folder 'opened'. If anything in the package was",
        "   changed, damaged or cut short, it refuses and says what, and writes nothing.",
        "3. Keep the package file as it is until the keep-until date, then delete it with the rest.",
    ]
    lines += _heading("Files in this package")
    lines += [
        "README.txt     this text",
        "manifest.json  what the package holds, with a checksum (SHA-256) of every file",
        "manifest.sig   the office's signature of manifest.json",
        "payload.enc    the tables, encrypted (AES-256-GCM)",
        "",
    ]
    return "\r\n".join(lines)

"""Files kept in the database, and the office logo printed on circulars and their reprints."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select, update

from db.models import AuditEntry, DispatchEntry, StoredFile
from desktop.documents.circular import Signatory
from desktop.documents.letterhead import MAX_LOGO_BYTES
from desktop.services import circulars, offices, stored_files
from desktop.services.circulars import CircularDraft
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.offices import OfficeInput
from desktop.services.recipients import office_recipients
from desktop.services.stored_files import DamagedFileError


def png(width: int = 64, height: int = 48) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 90, 160)).save(out, "PNG")
    return out.getvalue()


def jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


OFFICE = OfficeInput(name="DIET, Kaveri", kind="DIET", office_code="DIET/KVR")


def _stored_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(StoredFile)) or 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "application/pdf"),
        (png(), "image/png"),
        (jpeg(), "image/jpeg"),
        (b"PK\x03\x04", None),
    ],
)
def test_files_are_recognised_by_their_first_bytes(data: bytes, expected: str | None) -> None:
    assert stored_files.media_type_of(data) == expected


def test_an_upload_of_the_wrong_kind_or_too_large_is_refused_naming_the_file(tmp_path: Path) -> None:
    word = tmp_path / "emblem.png"
    word.write_bytes(b"PK\x03\x04 a Word document renamed")
    with pytest.raises(ValidationError) as wrong:
        stored_files.read_upload(word, field="logo", allowed=stored_files.IMAGES, max_bytes=1000)
    assert wrong.value.field_errors == {"logo": "emblem.png is not a PNG or JPEG image."}
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-" + b"0" * 3 * 1024 * 1024)
    with pytest.raises(ValidationError) as large:
        stored_files.read_upload(big, field="file", allowed=stored_files.DOCUMENTS, max_bytes=2 * 1024 * 1024)
    assert large.value.field_errors == {"file": "scan.pdf is 3.0 MB; at most 2.0 MB can be kept."}
    with pytest.raises(ValidationError, match="cannot be read"):
        stored_files.read_upload(
            tmp_path / "gone.png", field="logo", allowed=stored_files.IMAGES, max_bytes=10
        )


@pytest.mark.parametrize(
    ("size", "limit", "message"),
    [
        (3 * 1024 * 1024, 2 * 1024 * 1024, "scan.png is 3.0 MB; at most 2.0 MB can be kept."),
        (5 * 1024, 2 * 1024, "scan.png is 5 KB; at most 2 KB can be kept."),
        # Rounded alike: "10.0 MB; at most 10.0 MB" would not say what is wrong.
        (
            10 * 1024 * 1024 + 1,
            10 * 1024 * 1024,
            "scan.png is 10,485,761 bytes, just over the 10.0 MB limit (10,485,760 bytes).",
        ),
        (2049, 2048, "scan.png is 2,049 bytes, just over the 2 KB limit (2,048 bytes)."),
    ],
)
def test_a_file_over_the_limit_is_refused_with_sizes_that_differ(
    tmp_path: Path, size: int, limit: int, message: str
) -> None:
    data = b"\x89PNG\r\n\x1a\n" + b"\0" * (size - 8)
    with pytest.raises(ValidationError) as in_memory:
        stored_files.checked_content(
            data, "scan.png", field="file", allowed=stored_files.IMAGES, max_bytes=limit
        )
    upload = tmp_path / "scan.png"
    upload.write_bytes(data)
    with pytest.raises(ValidationError) as chosen:
        stored_files.read_upload(upload, field="file", allowed=stored_files.IMAGES, max_bytes=limit)
    assert in_memory.value.field_errors == chosen.value.field_errors == {"file": message}
    assert stored_files.checked_content(
        data, "scan.png", field="file", allowed=stored_files.IMAGES, max_bytes=size
    )


def test_an_office_logo_is_kept_once_and_read_back(db: Database) -> None:
    logo = png()
    office = offices.create_office(db, replace(OFFICE, logo=logo))
    assert offices.office_logo(db, office.id) == logo
    offices.create_office(db, OfficeInput(name="BEO, Hosur", kind="BEO", office_code="BEO/HSR", logo=logo))
    assert _stored_count(db) == 1
    # Saving without a new logo keeps it; remove_logo drops it.
    offices.update_office(db, office.id, replace(OFFICE, phone="08354-250123"))
    assert offices.office_logo(db, office.id) == logo
    updated = offices.update_office(db, office.id, replace(OFFICE, remove_logo=True))
    assert updated.logo_sha256 is None and offices.office_logo(db, office.id) is None


@pytest.mark.parametrize(
    ("logo", "message"),
    [
        (b"GIF89a....", "The logo is not a PNG or JPEG image."),
        (png()[:60], "The office logo is not a PNG or JPEG image; choose another file."),
        (
            png() + b"\0" * MAX_LOGO_BYTES,
            f"The logo is {len(png()) + MAX_LOGO_BYTES:,} bytes, just over the 2.0 MB limit (2,097,152 bytes).",
        ),
    ],
)
def test_a_logo_that_is_not_a_printable_image_is_refused_and_nothing_is_saved(
    db: Database, logo: bytes, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        offices.create_office(db, replace(OFFICE, name="", logo=logo))
    # Reported together with the other mistakes of the form, not one at a time.
    assert refused.value.field_errors["logo"] == message
    assert "name" in refused.value.field_errors
    assert offices.list_offices(db) == [] and _stored_count(db) == 0


def test_a_stored_logo_changed_inside_the_database_is_detected(db: Database) -> None:
    office = offices.create_office(db, replace(OFFICE, logo=png()))
    with db.transaction() as session:
        session.execute(update(StoredFile).values(data=png(65, 48)))
    with pytest.raises(DamagedFileError, match="has changed since it was saved"):
        offices.office_logo(db, office.id)


def test_the_logo_change_is_in_the_audit_log_without_the_image(db: Database) -> None:
    office = offices.create_office(db, OFFICE)
    offices.update_office(db, office.id, replace(OFFICE, logo=png()))
    with db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None and last.before == {"logo_sha256": None}
    assert len(last.after["logo_sha256"]) == 64


def _draft(db: Database, office_id: int) -> CircularDraft:
    other = offices.create_office(db, OfficeInput(name="BEO, Hosur", kind="BEO", office_code="BEO/HSR"))
    return CircularDraft(
        office_id=office_id,
        issued_on=date(2026, 11, 23),
        language="en",
        subject="Review meeting",
        body="The review will be held at the DIET hall.",
        recipients=tuple(office_recipients(db, [other.id])),
        signatory=Signatory("Savitha K. Patil", "Principal"),
    )


def _images(pdf: bytes) -> list[tuple[int, int]]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found: list[tuple[int, int]] = []
    if "/XObject" not in page["/Resources"]:
        return found
    for name in page["/Resources"]["/XObject"]:
        xobject = page["/Resources"]["/XObject"][name].get_object()
        if xobject["/Subtype"] == "/Image":
            found.append((xobject["/Width"], xobject["/Height"]))
        elif "/Resources" in xobject and "/XObject" in xobject["/Resources"]:
            inner = xobject["/Resources"]["/XObject"]
            found += [
                (inner[n]["/Width"], inner[n]["/Height"]) for n in inner if inner[n]["/Subtype"] == "/Image"
            ]
    return found


def test_the_office_logo_prints_on_the_circular_and_its_reprint_even_after_it_changes(db: Database) -> None:
    office = offices.create_office(db, replace(OFFICE, logo=png(64, 48)))
    issued = circulars.issue_circular(db, _draft(db, office.id))
    assert _images(issued.pdf) == [(64, 48)]
    with db.reading() as session:
        entry = session.scalars(select(DispatchEntry)).one()
        assert "logo" not in entry.values["letterhead"]
        assert entry.values["logo_sha256"] == offices.get_office(db, office.id).logo_sha256
    # A new emblem later does not change what was issued.
    offices.update_office(db, office.id, replace(OFFICE, logo=png(80, 80)))
    assert _images(circulars.reprint(db, issued.entry_id)) == [(64, 48)]
    offices.update_office(db, office.id, replace(OFFICE, remove_logo=True))
    assert _images(circulars.reprint(db, issued.entry_id)) == [(64, 48)]


def test_a_register_entry_from_before_logos_reprints_without_one(db: Database) -> None:
    office = offices.create_office(db, OFFICE)
    issued = circulars.issue_circular(db, _draft(db, office.id))
    with db.transaction() as session:
        entry = session.get(DispatchEntry, issued.entry_id)
        assert entry is not None
        entry.values = {key: value for key, value in entry.values.items() if key != "logo_sha256"}
    assert _images(circulars.reprint(db, issued.entry_id)) == []

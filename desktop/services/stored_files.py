"""Files kept inside the database (logos, scanned documents), named by their SHA-256.

A file is recognised by its first bytes, not by its name: a Word document renamed ``.pdf`` is
refused. Reading a file checks its hash again, so a copy changed inside the database is reported
instead of printed or opened.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import StoredFile
from desktop.services.database import Database
from desktop.services.errors import DomainError, ValidationError

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
IMAGES = frozenset({PNG, JPEG})
DOCUMENTS = frozenset({PDF, PNG, JPEG})
# What the user is told the file should be, by the set of types allowed.
_EXPECTED = {IMAGES: "a PNG or JPEG image", DOCUMENTS: "a PDF, PNG or JPEG file"}


class DamagedFileError(DomainError):
    """A stored file no longer matches its SHA-256."""


@dataclass(frozen=True)
class FileInfo:
    sha256: str
    media_type: str
    size: int


def media_type_of(data: bytes) -> str | None:
    """The type of a file by its signature, or None if it is none of the kinds kept here."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    return None


def size_text(size: int) -> str:
    """A size as people read it: 820 KB, 3.4 MB."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def too_large(name: str, size: int, max_bytes: int) -> str:
    """Why a file of ``size`` bytes is refused: "scan.pdf is 3.0 MB; at most 2.0 MB can be kept".
    Just over the limit both round alike, so the bytes are given instead of "10.0 MB; at most
    10.0 MB"."""
    if size_text(size) != size_text(max_bytes):
        return f"{name} is {size_text(size)}; at most {size_text(max_bytes)} can be kept."
    return f"{name} is {size:,} bytes, just over the {size_text(max_bytes)} limit ({max_bytes:,} bytes)."


def checked_content(data: bytes, name: str, *, field: str, allowed: frozenset[str], max_bytes: int) -> str:
    """The media type of ``data`` if it is allowed and small enough; else a ValidationError on
    ``field`` naming the file and what was expected."""
    if not data:
        raise ValidationError.single(field, f"{name} is empty.")
    media_type = media_type_of(data)
    if media_type not in allowed:
        raise ValidationError.single(field, f"{name} is not {_EXPECTED.get(allowed, 'a supported file')}.")
    if len(data) > max_bytes:
        raise ValidationError.single(field, too_large(name, len(data), max_bytes))
    return media_type


def read_upload(path: Path, *, field: str, allowed: frozenset[str], max_bytes: int) -> bytes:
    """The bytes of a file the user chose, refused before reading it whole if it is too large."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValidationError.single(field, too_large(path.name, size, max_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError.single(field, f"{path.name} cannot be read: {exc.strerror or exc}.") from exc
    checked_content(data, path.name, field=field, allowed=allowed, max_bytes=max_bytes)
    return data


def store(session: Session, data: bytes, media_type: str) -> FileInfo:
    """Keep ``data`` (already checked) in the database; the same content is kept once."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(StoredFile, digest) is None:
        session.add(StoredFile(sha256=digest, media_type=media_type, size=len(data), data=data))
        session.flush()
    return FileInfo(digest, media_type, len(data))


def load(session: Session, sha256: str) -> bytes:
    """The stored content, after checking that it still has the hash it was stored under."""
    stored = session.get(StoredFile, sha256)
    if stored is None:
        raise DamagedFileError(f"The stored file {sha256[:12]}… is missing from the database.")
    if hashlib.sha256(stored.data).hexdigest() != sha256:
        raise DamagedFileError(
            f"The stored file {sha256[:12]}… has changed since it was saved; restore a backup "
            "or attach the file again."
        )
    return stored.data


def read(db: Database, sha256: str) -> bytes:
    """:func:`load` in a reading session of its own."""
    with db.reading() as session:
        return load(session, sha256)

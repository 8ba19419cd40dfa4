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
from desktop.services.i18n import translate

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
IMAGES = frozenset({PNG, JPEG})
DOCUMENTS = frozenset({PDF, PNG, JPEG})


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
        message = translate("Files", "{name} is {size}; at most {limit} can be kept.")
        return message.format(name=name, size=size_text(size), limit=size_text(max_bytes))
    message = translate(
        "Files", "{name} is {bytes} bytes, just over the {limit} limit ({limit_bytes} bytes)."
    )
    return message.format(
        name=name, bytes=f"{size:,}", limit=size_text(max_bytes), limit_bytes=f"{max_bytes:,}"
    )


def checked_content(data: bytes, name: str, *, field: str, allowed: frozenset[str], max_bytes: int) -> str:
    """The media type of ``data`` if it is allowed and small enough; else a ValidationError on
    ``field`` naming the file and what was expected."""
    if not data:
        raise ValidationError.single(field, translate("Files", "{name} is empty.").format(name=name))
    media_type = media_type_of(data)
    if media_type not in allowed:
        if allowed == IMAGES:
            message = translate("Files", "{name} is not a PNG or JPEG image.")
        elif allowed == DOCUMENTS:
            message = translate("Files", "{name} is not a PDF, PNG or JPEG file.")
        else:
            message = translate("Files", "{name} is not a supported file.")
        raise ValidationError.single(field, message.format(name=name))
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
        message = translate("Files", "{name} cannot be read: {reason}.")
        raise ValidationError.single(
            field, message.format(name=path.name, reason=exc.strerror or exc)
        ) from exc
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
        message = translate("Files", "The stored file {sha256}… is missing from the database.")
        raise DamagedFileError(message.format(sha256=sha256[:12]))
    if hashlib.sha256(stored.data).hexdigest() != sha256:
        message = translate(
            "Files",
            "The stored file {sha256}… has changed since it was saved; "
            "restore a backup or attach the file again.",
        )
        raise DamagedFileError(message.format(sha256=sha256[:12]))
    return stored.data


def read(db: Database, sha256: str) -> bytes:
    """:func:`load` in a reading session of its own."""
    with db.reading() as session:
        return load(session, sha256)

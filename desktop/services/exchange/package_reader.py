"""The package file's layout, and reading and verifying a package: nothing is trusted until checked.

A package is a zip holding, in this order and all stored (uncompressed):

    README.txt     for the partner, readable before anything is unlocked
    manifest.json  canonical JSON (sorted keys, 2-space indent, UTF-8): what the package holds,
                   each file's SHA-256 and size, the encryption and its key derivation, the signer
    manifest.sig   base64 of the Ed25519 signature of manifest.json's exact bytes
    payload.enc    the files, as a deflated inner zip, encrypted (``sealing``) with the package id
                   as associated data

:func:`build_outer_zip` is the only way the outer zip is laid out (fixed dates, attributes and
order), so a reader rebuilds it from the members it parsed and compares it with the file byte for
byte: a changed byte anywhere, even in zip headers the signature does not cover, is refused.
Stored members also keep that rebuild independent of the zlib build that wrote the file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.services.errors import DomainError
from desktop.services.exchange import catalogue, sealing
from desktop.services.exchange.fingerprints import PUBLIC_KEY_BYTES, fingerprint
from desktop.services.progress import NO_PROGRESS, Progress

README_NAME = "README.txt"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PAYLOAD_NAME = "payload.enc"
MEMBER_NAMES = (README_NAME, MANIFEST_NAME, SIGNATURE_NAME, PAYLOAD_NAME)
CIPHER = "AES-256-GCM-STREAM"
SIGNATURE_ALGORITHM = "Ed25519"
SIGNATURE_BYTES = 64
# Read before anything is trusted, so their size is capped first.
_MEMBER_LIMITS = {README_NAME: 1024 * 1024, MANIFEST_NAME: 4 * 1024 * 1024, SIGNATURE_NAME: 1024}
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)
_UNIX = 3
_FILE_MODE = 0o100644 << 16
# Every file starts with README.txt's local header: how a damaged package is told from another file.
_LOCAL_HEADER = b"PK\x03\x04"
_FIRST_NAME_AT = 30
# What parsing a damaged zip can raise (zipfile trusts the headers it reads).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    ValueError,
    EOFError,
    struct.error,
    OSError,
    KeyError,
    IndexError,
    OverflowError,
)
_SHA256_TEXT = re.compile(r"[0-9a-f]{64}")
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)}
)

REASONS = (
    "not_a_package",
    "damaged",
    "unsupported_version",
    "unknown_signer",
    "bad_signature",
    "changed",
    "wrong_passphrase",
    "kdf_too_costly",
)


class PackageRefusedError(DomainError):
    """A package that is not opened, and why: ``reason`` is one of ``REASONS``."""

    def __init__(self, reason: str, message: str) -> None:
        if reason not in REASONS:
            raise ValueError(f"unknown refusal reason {reason!r}")
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class UnverifiedManifest:
    """A package's manifest as read, before its signature is checked: for showing who signed it
    and what it is about, never for acting on."""

    path: Path
    manifest: dict
    signer_fingerprint: str


@dataclass(frozen=True)
class OpenedPackage:
    """A package that passed every check, with its files decrypted (in the manifest's order)."""

    path: Path
    sha256: str
    manifest: dict
    files: dict[str, bytes]
    readme: str
    signer_fingerprint: str


@dataclass(frozen=True)
class _ListedFile:
    name: str
    sha256: str
    size: int


def canonical_json(manifest: dict) -> bytes:
    """The one way a manifest is written: sorted keys, 2-space indent, UTF-8, a final newline."""
    text = json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def encode_signature(signature: bytes) -> bytes:
    return base64.b64encode(signature)


def file_name_problem(name: object) -> str | None:
    """Why ``name`` cannot be a file in a package (a plain name that is safe to write on Windows
    and Linux, other than README.txt and manifest.json), or None."""
    if not isinstance(name, str) or not name.strip():
        return "a file needs a name"
    if any(c in name for c in '/\\<>:"|?*') or any(ord(c) < 32 for c in name) or ".." in name:
        return f"{name!r} is not a plain file name"
    if name.startswith(".") or name.endswith((".", " ")) or len(name) > 200:
        return f"{name!r} is not a plain file name"
    if name.split(".")[0].upper() in _WINDOWS_DEVICES:
        return f"{name!r} is a device name on Windows"
    if name.casefold() in (README_NAME.casefold(), MANIFEST_NAME.casefold()):
        return f"{name!r} is the package's own file"
    return None


def _member_info(name: str, compress_type: int = zipfile.ZIP_STORED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = compress_type
    info.create_system = _UNIX  # the default depends on the OS that writes
    info.external_attr = _FILE_MODE
    return info


def build_outer_zip(readme: bytes, manifest: bytes, signature: bytes, payload: bytes) -> bytes:
    """The package file's bytes for these members: the only layout a package has (see above)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, data in zip(MEMBER_NAMES, (readme, manifest, signature, payload), strict=True):
            archive.writestr(_member_info(name), data)
    return buffer.getvalue()


def build_inner_zip(files: Mapping[str, bytes], compresslevel: int) -> bytes:
    """The payload's plaintext: the files deflated, in order, with fixed dates and attributes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(_member_info(name, zipfile.ZIP_DEFLATED), data, compresslevel=compresslevel)
    return buffer.getvalue()


# Refusals ------------------------------------------------------------------------------------


def _not_a_package(path: Path, detail: str) -> PackageRefusedError:
    return PackageRefusedError(
        "not_a_package",
        f"{path.name} is not a District Collective Desk exchange package ({detail}). Choose the package "
        "file exactly as it was handed over.",
    )


def _damaged(path: Path, detail: str) -> PackageRefusedError:
    return PackageRefusedError(
        "damaged",
        f"{path.name} is damaged or incomplete ({detail}): it may have been copied only in part, or the "
        "drive removed while it was written. Nothing was opened; ask the sender for a fresh copy.",
    )


def _changed(path: Path, detail: str) -> PackageRefusedError:
    return PackageRefusedError(
        "changed",
        f"{path.name} was changed or damaged after it was signed: {detail}. Nothing was opened; ask the "
        "sender for a fresh copy.",
    )


def _unsupported(path: Path, detail: str) -> PackageRefusedError:
    return PackageRefusedError(
        "unsupported_version",
        f"{path.name} {detail}. Update District Collective Desk, or ask the sender to write the package "
        "again with the version this office uses.",
    )


def _unreadable(path: Path, head: bytes, detail: str) -> PackageRefusedError:
    """A file that is not a package as expected: damaged if it starts like one, else not one."""
    ours = head.startswith(_LOCAL_HEADER) and head[_FIRST_NAME_AT:].startswith(README_NAME.encode())
    return _damaged(path, detail) if ours else _not_a_package(path, detail)


# Reading the outer zip -----------------------------------------------------------------------


def _read_members(path: Path, source: BinaryIO, names: tuple[str, ...]) -> dict[str, bytes]:
    """The named members of the package in ``source``, after checking it holds exactly the four
    members, stored, in their order, and no larger than a package's are."""
    head = source.read(_FIRST_NAME_AT + len(README_NAME))
    source.seek(0)
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
            found = [info.filename for info in infos]
            if found != list(MEMBER_NAMES):
                shown = ", ".join(found[:6]) + (", …" if len(found) > 6 else "") or "nothing"
                raise _unreadable(path, head, f"it holds {shown}")
            for info in infos:
                limit = _MEMBER_LIMITS.get(info.filename)
                if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                    raise _damaged(path, f"{info.filename} is not stored as a package stores it")
                if limit is not None and info.file_size > limit:
                    raise _damaged(path, f"{info.filename} is larger than a package's can be")
            return {info.filename: archive.read(info) for info in infos if info.filename in names}
    except _ZIP_ERRORS as error:
        raise _unreadable(path, head, f"its zip structure cannot be read: {error}") from None


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _parse_manifest(path: Path, raw: bytes) -> dict:
    """The manifest, if it is one of a package format this version reads."""
    try:
        manifest = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except ValueError as error:
        raise _damaged(path, f"its manifest.json is not readable: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != catalogue.FORMAT_NAME:
        raise _not_a_package(path, "its manifest.json is not an exchange manifest")
    version = manifest.get("format_version")
    if type(version) is not int:
        raise _damaged(path, "its manifest.json names no package format version")
    if version > catalogue.FORMAT_VERSION:
        raise _unsupported(
            path,
            f"was made by a newer version of District Collective Desk (package format {version}); "
            f"this version reads format {catalogue.FORMAT_VERSION}",
        )
    if version != catalogue.FORMAT_VERSION:
        raise _unsupported(
            path, f"uses package format {version}; this version reads format {catalogue.FORMAT_VERSION}"
        )
    package_id = manifest.get("package_id")
    if not isinstance(package_id, str) or not package_id:
        raise _damaged(path, "its manifest.json has no package id")
    return manifest


def _signer(path: Path, manifest: dict) -> tuple[bytes, str]:
    """The signer's raw public key and its fingerprint (computed, and checked against the one stated)."""
    signer = manifest.get("signer")
    if not isinstance(signer, dict) or not isinstance(signer.get("public_key"), str):
        raise _damaged(path, "its manifest.json does not name its signer")
    if signer.get("algorithm") != SIGNATURE_ALGORITHM:
        raise _unsupported(
            path, f"is signed with {signer.get('algorithm')!r}, which this version cannot check"
        )
    try:
        public_key = base64.b64decode(signer["public_key"], validate=True)
    except (binascii.Error, ValueError):
        public_key = b""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise _damaged(path, "the signer's public key in its manifest.json is not a key")
    signer_fingerprint = fingerprint(public_key)
    if signer.get("fingerprint") != signer_fingerprint:
        raise _damaged(path, "the signer's fingerprint in its manifest.json is not its key's")
    return public_key, signer_fingerprint


def read_manifest(path: Path) -> UnverifiedManifest:
    """A package's manifest and signer, NOT verified: to show who signed it and what it is about
    before asking for the passphrase. Refuses files that are not packages, damaged or of an
    unsupported format (PackageRefusedError)."""
    with open(path, "rb") as source:
        members = _read_members(path, source, (MANIFEST_NAME,))
    manifest = _parse_manifest(path, members[MANIFEST_NAME])
    _public_key, signer_fingerprint = _signer(path, manifest)
    return UnverifiedManifest(path, manifest, signer_fingerprint)


# Verifying -----------------------------------------------------------------------------------


def _sha256_text(value: object) -> bool:
    return isinstance(value, str) and _SHA256_TEXT.fullmatch(value) is not None


def _size(value: object) -> bool:
    return type(value) is int and value >= 0


def _listed_files(path: Path, manifest: dict) -> list[_ListedFile]:
    entries = manifest.get("files")
    if not isinstance(entries, list):
        raise _damaged(path, "its manifest.json does not list its files")
    listed: list[_ListedFile] = []
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != {"name", "sha256", "size"}:
            raise _damaged(path, "an entry of its manifest.json's file list is malformed")
        problem = file_name_problem(entry["name"])
        if problem or not _sha256_text(entry["sha256"]) or not _size(entry["size"]):
            raise _damaged(
                path, f"its manifest.json lists a file it cannot hold ({problem or entry['name']})"
            )
        listed.append(_ListedFile(entry["name"], entry["sha256"], entry["size"]))
    if len({f.name.casefold() for f in listed}) != len(listed):
        raise _damaged(path, "its manifest.json lists a file name twice")
    return listed


def _encryption(path: Path, manifest: dict) -> dict:
    encryption = manifest.get("encryption")
    if not isinstance(encryption, dict):
        raise _damaged(path, "its manifest.json does not say how it is encrypted")
    if encryption.get("cipher") != CIPHER or encryption.get("chunk_size") != sealing.CHUNK_SIZE:
        raise _unsupported(
            path,
            f"is encrypted as {encryption.get('cipher')!r} in chunks of {encryption.get('chunk_size')!r} "
            f"bytes, which this version cannot read ({CIPHER}, {sealing.CHUNK_SIZE})",
        )
    if not _sha256_text(encryption.get("payload_sha256")) or not _size(encryption.get("payload_size")):
        raise _damaged(path, "its manifest.json does not give the encrypted payload's hash and size")
    return encryption


def _check_kdf(path: Path, kdf: object) -> None:
    try:
        sealing.check_kdf(kdf)
    except sealing.KdfTooCostlyError as error:
        raise PackageRefusedError(
            "kdf_too_costly",
            f"{path.name} asks for a costlier unlocking than this version allows, so it was not "
            f"attempted: {error} Ask the sender to write it again with the standard settings.",
        ) from None
    except sealing.UnsupportedKdfError as error:
        raise _unsupported(path, f"is locked in a way this version cannot unlock: {error}") from None


def _unpacked_files(path: Path, inner: bytes, listed: list[_ListedFile]) -> dict[str, bytes]:
    """The files in the decrypted inner zip: exactly those listed, each read no further than its
    listed size (no zip bombs) and matching its SHA-256."""
    files: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            infos = archive.infolist()
            if [info.filename for info in infos] != [f.name for f in listed]:
                raise _changed(path, "the files inside are not the ones its manifest lists")
            for info, entry in zip(infos, listed, strict=True):
                if info.file_size != entry.size:
                    raise _changed(path, f"{entry.name} is not the {entry.size:,} bytes its manifest says")
                with archive.open(info) as member:
                    data = member.read(entry.size + 1)
                if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                    raise _changed(path, f"{entry.name} does not match the SHA-256 in its manifest")
                files[entry.name] = data
    except _ZIP_ERRORS as error:
        raise _damaged(path, f"the files inside cannot be unpacked: {error}") from None
    return files


KnownKey = tuple[dict, bytes]  # a KDF and the key it gives for the passphrase: the writer's own check


def open_package_bytes(
    path: Path,
    data: bytes,
    passphrase: str,
    trusted: Mapping[str, bytes],
    *,
    progress: Progress = NO_PROGRESS,
    known_key: KnownKey | None = None,
) -> OpenedPackage:
    """:func:`verify_package` on a package's bytes already read (``path`` names it in messages).
    ``known_key`` spares the writer a second key derivation when the KDF is the one it used."""
    progress.report(0, 3, "Checking the signature")
    members = _read_members(path, io.BytesIO(data), MEMBER_NAMES)
    manifest_bytes = members[MANIFEST_NAME]
    manifest = _parse_manifest(path, manifest_bytes)
    public_key, signer_fingerprint = _signer(path, manifest)
    if trusted.get(signer_fingerprint) != public_key:
        raise PackageRefusedError(
            "unknown_signer",
            f"{path.name} was signed by a key this office has not registered (fingerprint "
            f"{signer_fingerprint}). Register the partner's key from their hand-over receipt on the "
            "Exchange page first.",
        )
    try:
        signature = base64.b64decode(members[SIGNATURE_NAME], validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_bytes)
    except (binascii.Error, ValueError, InvalidSignature):
        raise PackageRefusedError(
            "bad_signature",
            f"{path.name} does not carry a valid signature of key {signer_fingerprint}: its manifest was "
            "changed after it was signed, or signed by another key. Nothing was opened; ask the sender "
            "for a fresh copy.",
        ) from None
    try:
        readme = members[README_NAME].decode("utf-8")
    except UnicodeDecodeError:
        raise _changed(path, "README.txt is not UTF-8 text") from None
    rebuilt = build_outer_zip(
        members[README_NAME], canonical_json(manifest), encode_signature(signature), members[PAYLOAD_NAME]
    )
    if rebuilt != data:
        raise _changed(path, "the zip around the signed parts is not laid out as a package is")
    listed = _listed_files(path, manifest)
    encryption = _encryption(path, manifest)
    if hashlib.sha256(members[README_NAME]).hexdigest() != manifest.get("readme_sha256"):
        raise _changed(path, "README.txt does not match the SHA-256 in its manifest")
    payload = members[PAYLOAD_NAME]
    if (
        len(payload) != encryption["payload_size"]
        or hashlib.sha256(payload).hexdigest() != encryption["payload_sha256"]
    ):
        raise _changed(path, "payload.enc does not match the SHA-256 and size in its manifest")

    progress.report(1, 3, "Unlocking")
    kdf = encryption.get("kdf")
    _check_kdf(path, kdf)
    if known_key is not None and known_key[0] == kdf:
        key = known_key[1]
    else:
        key = sealing.derive_key(passphrase, kdf)  # type: ignore[arg-type]  # checked just above
    try:
        inner = sealing.decrypt_stream(key, manifest["package_id"].encode("utf-8"), payload)
    except sealing.WrongPassphraseError:
        raise PackageRefusedError(
            "wrong_passphrase",
            f"The passphrase is not the one {path.name} was locked with; nothing was opened. Check it "
            "with the person who sent the package: it is given separately from the drive.",
        ) from None
    except sealing.DamagedPayloadError as error:
        raise _damaged(path, str(error)) from None

    progress.report(2, 3, "Checking the files")
    files = _unpacked_files(path, inner, listed)
    progress.report(3, 3, "Checked")
    return OpenedPackage(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        manifest=manifest,
        files=files,
        readme=readme,
        signer_fingerprint=signer_fingerprint,
    )


def verify_package(
    path: Path, passphrase: str, trusted: Mapping[str, bytes], *, progress: Progress = NO_PROGRESS
) -> OpenedPackage:
    """Check a package completely and decrypt its files; ``trusted`` maps fingerprints to the raw
    public keys this office registered. In order: the zip and its four members, the manifest's
    format version, the signer is trusted, the signature, the zip's exact layout, the README's and
    payload's hashes, the key derivation's cost, the passphrase, each file's hash. Raises
    PackageRefusedError saying which check failed; nothing is written."""
    return open_package_bytes(Path(path), Path(path).read_bytes(), passphrase, trusted, progress=progress)

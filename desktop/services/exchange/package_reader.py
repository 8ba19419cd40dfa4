"""Reading and verifying a package: nothing is trusted until checked.

The file's layout (its four members, the canonical manifest, the zip around them) is described
and built in ``package_layout``. Reading checks, in this order: the zip and its members, the
manifest's format version, a registered signer, the signature, that the zip rebuilt from its members
equals the file byte for byte, the hashes, the key derivation's cost, the passphrase, each file.
Any failure is a :class:`PackageRefusedError` saying which, and nothing is read further.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.services.exchange import catalogue, sealing
from desktop.services.exchange.fingerprints import PUBLIC_KEY_BYTES, fingerprint
from desktop.services.exchange.package_layout import (
    CIPHER,
    HEAD_BYTES,
    MANIFEST_NAME,
    MEMBER_LIMITS,
    MEMBER_NAMES,
    PAYLOAD_NAME,
    README_NAME,
    SIGNATURE_ALGORITHM,
    SIGNATURE_NAME,
    ZIP_ERRORS,
    build_outer_zip,
    canonical_json,
    encode_signature,
    file_name_problem,
)
from desktop.services.exchange.package_refusals import (
    PackageRefusedError,
    changed,
    damaged,
    not_a_package,
    unreadable,
    unsupported,
)
from desktop.services.progress import NO_PROGRESS, Progress

_SHA256_TEXT = re.compile(r"[0-9a-f]{64}")


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


# Reading the outer zip -----------------------------------------------------------------------


def _read_members(path: Path, source: BinaryIO, names: tuple[str, ...]) -> dict[str, bytes]:
    """The named members of the package in ``source``, after checking it holds exactly the four
    members, stored, in their order, and no larger than a package's are."""
    head = source.read(HEAD_BYTES)
    source.seek(0)
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
            found = [info.filename for info in infos]
            if found != list(MEMBER_NAMES):
                shown = ", ".join(found[:6]) + (", …" if len(found) > 6 else "") or "nothing"
                raise unreadable(path, head, f"it holds {shown}")
            for info in infos:
                limit = MEMBER_LIMITS.get(info.filename)
                if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                    raise damaged(path, f"{info.filename} is not stored as a package stores it")
                if limit is not None and info.file_size > limit:
                    raise damaged(path, f"{info.filename} is larger than a package's can be")
            return {info.filename: archive.read(info) for info in infos if info.filename in names}
    except ZIP_ERRORS as error:
        raise unreadable(path, head, f"its zip structure cannot be read: {error}") from None


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
        raise damaged(path, f"its manifest.json is not readable: {error}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != catalogue.FORMAT_NAME:
        raise not_a_package(path, "its manifest.json is not an exchange manifest")
    version = manifest.get("format_version")
    if type(version) is not int:
        raise damaged(path, "its manifest.json names no package format version")
    if version > catalogue.FORMAT_VERSION:
        raise unsupported(
            path,
            f"was made by a newer version of District Collective Desk (package format {version}); "
            f"this version reads format {catalogue.FORMAT_VERSION}",
        )
    if version != catalogue.FORMAT_VERSION:
        raise unsupported(
            path, f"uses package format {version}; this version reads format {catalogue.FORMAT_VERSION}"
        )
    package_id = manifest.get("package_id")
    if not isinstance(package_id, str) or not package_id:
        raise damaged(path, "its manifest.json has no package id")
    return manifest


def _signer(path: Path, manifest: dict) -> tuple[bytes, str]:
    """The signer's raw public key and its fingerprint (computed, and checked against the one stated)."""
    signer = manifest.get("signer")
    if not isinstance(signer, dict) or not isinstance(signer.get("public_key"), str):
        raise damaged(path, "its manifest.json does not name its signer")
    if signer.get("algorithm") != SIGNATURE_ALGORITHM:
        raise unsupported(
            path, f"is signed with {signer.get('algorithm')!r}, which this version cannot check"
        )
    try:
        public_key = base64.b64decode(signer["public_key"], validate=True)
    except (binascii.Error, ValueError):
        public_key = b""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise damaged(path, "the signer's public key in its manifest.json is not a key")
    signer_fingerprint = fingerprint(public_key)
    if signer.get("fingerprint") != signer_fingerprint:
        raise damaged(path, "the signer's fingerprint in its manifest.json is not its key's")
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
        raise damaged(path, "its manifest.json does not list its files")
    listed: list[_ListedFile] = []
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != {"name", "sha256", "size"}:
            raise damaged(path, "an entry of its manifest.json's file list is malformed")
        problem = file_name_problem(entry["name"])
        if problem or not _sha256_text(entry["sha256"]) or not _size(entry["size"]):
            raise damaged(path, f"its manifest.json lists a file it cannot hold ({problem or entry['name']})")
        listed.append(_ListedFile(entry["name"], entry["sha256"], entry["size"]))
    if len({f.name.casefold() for f in listed}) != len(listed):
        raise damaged(path, "its manifest.json lists a file name twice")
    return listed


def _encryption(path: Path, manifest: dict) -> dict:
    encryption = manifest.get("encryption")
    if not isinstance(encryption, dict):
        raise damaged(path, "its manifest.json does not say how it is encrypted")
    if encryption.get("cipher") != CIPHER or encryption.get("chunk_size") != sealing.CHUNK_SIZE:
        raise unsupported(
            path,
            f"is encrypted as {encryption.get('cipher')!r} in chunks of {encryption.get('chunk_size')!r} "
            f"bytes, which this version cannot read ({CIPHER}, {sealing.CHUNK_SIZE})",
        )
    if not _sha256_text(encryption.get("payload_sha256")) or not _size(encryption.get("payload_size")):
        raise damaged(path, "its manifest.json does not give the encrypted payload's hash and size")
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
        raise unsupported(path, f"is locked in a way this version cannot unlock: {error}") from None


def _unpacked_files(path: Path, inner: bytes, listed: list[_ListedFile]) -> dict[str, bytes]:
    """The files in the decrypted inner zip: exactly those listed, each read no further than its
    listed size (no zip bombs) and matching its SHA-256."""
    files: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            infos = archive.infolist()
            if [info.filename for info in infos] != [f.name for f in listed]:
                raise changed(path, "the files inside are not the ones its manifest lists")
            for info, entry in zip(infos, listed, strict=True):
                if info.file_size != entry.size:
                    raise changed(path, f"{entry.name} is not the {entry.size:,} bytes its manifest says")
                with archive.open(info) as member:
                    data = member.read(entry.size + 1)
                if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                    raise changed(path, f"{entry.name} does not match the SHA-256 in its manifest")
                files[entry.name] = data
    except ZIP_ERRORS as error:
        raise damaged(path, f"the files inside cannot be unpacked: {error}") from None
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
        raise changed(path, "README.txt is not UTF-8 text") from None
    rebuilt = build_outer_zip(
        members[README_NAME], canonical_json(manifest), encode_signature(signature), members[PAYLOAD_NAME]
    )
    if rebuilt != data:
        raise changed(path, "the zip around the signed parts is not laid out as a package is")
    listed = _listed_files(path, manifest)
    encryption = _encryption(path, manifest)
    if hashlib.sha256(members[README_NAME]).hexdigest() != manifest.get("readme_sha256"):
        raise changed(path, "README.txt does not match the SHA-256 in its manifest")
    payload = members[PAYLOAD_NAME]
    if (
        len(payload) != encryption["payload_size"]
        or hashlib.sha256(payload).hexdigest() != encryption["payload_sha256"]
    ):
        raise changed(path, "payload.enc does not match the SHA-256 and size in its manifest")

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
        raise damaged(path, str(error)) from None

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

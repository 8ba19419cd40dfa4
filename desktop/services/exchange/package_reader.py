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
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.services.exchange import sealing
from desktop.services.exchange.package_layout import (
    HEAD_BYTES,
    MANIFEST_NAME,
    MEMBER_LIMITS,
    MEMBER_NAMES,
    PAYLOAD_NAME,
    README_NAME,
    SIGNATURE_NAME,
    ZIP_ERRORS,
    build_outer_zip,
    canonical_json,
    encode_signature,
)
from desktop.services.exchange.package_manifest import (
    ListedFile,
    check_kdf,
    listed_files,
    manifest_encryption,
    manifest_signer,
    parse_manifest,
)
from desktop.services.exchange.package_refusals import (
    PackageRefusedError,
    changed,
    damaged,
    unreadable,
)
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress


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
                raise unreadable(
                    path, head, translate("Exchange", "it holds {contents}").format(contents=shown)
                )
            for info in infos:
                limit = MEMBER_LIMITS.get(info.filename)
                if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                    raise damaged(
                        path,
                        translate("Exchange", "{member} is not stored as a package stores it").format(
                            member=info.filename
                        ),
                    )
                if limit is not None and info.file_size > limit:
                    raise damaged(
                        path,
                        translate("Exchange", "{member} is larger than a package's can be").format(
                            member=info.filename
                        ),
                    )
            return {info.filename: archive.read(info) for info in infos if info.filename in names}
    except ZIP_ERRORS as error:
        raise unreadable(
            path,
            head,
            translate("Exchange", "its zip structure cannot be read: {reason}").format(reason=error),
        ) from None


def read_manifest(path: Path) -> UnverifiedManifest:
    """A package's manifest and signer, NOT verified: to show who signed it and what it is about
    before asking for the passphrase. Refuses files that are not packages, damaged or of an
    unsupported format (PackageRefusedError)."""
    with open(path, "rb") as source:
        members = _read_members(path, source, (MANIFEST_NAME,))
    manifest = parse_manifest(path, members[MANIFEST_NAME])
    _public_key, signer_fingerprint = manifest_signer(path, manifest)
    return UnverifiedManifest(path, manifest, signer_fingerprint)


# Verifying -----------------------------------------------------------------------------------


def _unpacked_files(path: Path, inner: bytes, listed: list[ListedFile]) -> dict[str, bytes]:
    """The files in the decrypted inner zip: exactly those listed, each read no further than its
    listed size (no zip bombs) and matching its SHA-256."""
    files: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            infos = archive.infolist()
            if [info.filename for info in infos] != [f.name for f in listed]:
                raise changed(
                    path, translate("Exchange", "the files inside are not the ones its manifest lists")
                )
            for info, entry in zip(infos, listed, strict=True):
                if info.file_size != entry.size:
                    raise changed(
                        path,
                        translate("Exchange", "{name} is not the {size:,} bytes its manifest says").format(
                            name=entry.name, size=entry.size
                        ),
                    )
                with archive.open(info) as member:
                    data = member.read(entry.size + 1)
                if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
                    raise changed(
                        path,
                        translate("Exchange", "{name} does not match the SHA-256 in its manifest").format(
                            name=entry.name
                        ),
                    )
                files[entry.name] = data
    except ZIP_ERRORS as error:
        raise damaged(
            path, translate("Exchange", "the files inside cannot be unpacked: {reason}").format(reason=error)
        ) from None
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
    progress.report(0, 3, translate("Exchange", "Checking the signature"))
    members = _read_members(path, io.BytesIO(data), MEMBER_NAMES)
    manifest_bytes = members[MANIFEST_NAME]
    manifest = parse_manifest(path, manifest_bytes)
    public_key, signer_fingerprint = manifest_signer(path, manifest)
    if trusted.get(signer_fingerprint) != public_key:
        raise PackageRefusedError(
            "unknown_signer",
            translate(
                "Exchange",
                "{file} was signed by a key this office has not registered (fingerprint "
                "{fingerprint}). Register the partner's key from their hand-over receipt on the "
                "Exchange page first.",
            ).format(file=path.name, fingerprint=signer_fingerprint),
        )
    try:
        signature = base64.b64decode(members[SIGNATURE_NAME], validate=True)
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, manifest_bytes)
    except (binascii.Error, ValueError, InvalidSignature):
        raise PackageRefusedError(
            "bad_signature",
            translate(
                "Exchange",
                "{file} does not carry a valid signature of key {fingerprint}: its manifest was "
                "changed after it was signed, or signed by another key. Nothing was opened; ask the "
                "sender for a fresh copy.",
            ).format(file=path.name, fingerprint=signer_fingerprint),
        ) from None
    try:
        readme = members[README_NAME].decode("utf-8")
    except UnicodeDecodeError:
        raise changed(path, translate("Exchange", "README.txt is not UTF-8 text")) from None
    rebuilt = build_outer_zip(
        members[README_NAME], canonical_json(manifest), encode_signature(signature), members[PAYLOAD_NAME]
    )
    if rebuilt != data:
        raise changed(
            path, translate("Exchange", "the zip around the signed parts is not laid out as a package is")
        )
    listed = listed_files(path, manifest)
    encryption = manifest_encryption(path, manifest)
    if hashlib.sha256(members[README_NAME]).hexdigest() != manifest.get("readme_sha256"):
        raise changed(path, translate("Exchange", "README.txt does not match the SHA-256 in its manifest"))
    payload = members[PAYLOAD_NAME]
    if (
        len(payload) != encryption["payload_size"]
        or hashlib.sha256(payload).hexdigest() != encryption["payload_sha256"]
    ):
        raise changed(
            path, translate("Exchange", "payload.enc does not match the SHA-256 and size in its manifest")
        )

    progress.report(1, 3, translate("Exchange", "Unlocking"))
    kdf = encryption.get("kdf")
    check_kdf(path, kdf)
    if known_key is not None and known_key[0] == kdf:
        key = known_key[1]
    else:
        key = sealing.derive_key(passphrase, kdf)  # type: ignore[arg-type]  # checked just above
    try:
        inner = sealing.decrypt_stream(key, manifest["package_id"].encode("utf-8"), payload)
    except sealing.WrongPassphraseError:
        raise PackageRefusedError(
            "wrong_passphrase",
            translate(
                "Exchange",
                "The passphrase is not the one {file} was locked with; nothing was opened. Check it with "
                "the person who sent the package: it is given separately from the drive.",
            ).format(file=path.name),
        ) from None
    except sealing.DamagedPayloadError as error:
        raise damaged(path, str(error)) from None

    progress.report(2, 3, translate("Exchange", "Checking the files"))
    files = _unpacked_files(path, inner, listed)
    progress.report(3, 3, translate("Exchange", "Checked"))
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

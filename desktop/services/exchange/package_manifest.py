"""A package's manifest read and checked before anything else is trusted: its JSON, format
version, signer, the files it lists and how they are encrypted, and the cost of unlocking them.
Each failure is a :class:`PackageRefusedError` saying which."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.services.exchange import catalogue, sealing
from desktop.services.exchange.fingerprints import PUBLIC_KEY_BYTES, fingerprint
from desktop.services.exchange.package_layout import CIPHER, SIGNATURE_ALGORITHM, file_name_problem
from desktop.services.exchange.package_refusals import (
    PackageRefusedError,
    damaged,
    not_a_package,
    unsupported,
)
from desktop.services.i18n import translate

_SHA256_TEXT = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class ListedFile:
    name: str
    sha256: str
    size: int


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def parse_manifest(path: Path, raw: bytes) -> dict:
    """The manifest, if it is one of a package format this version reads."""
    try:
        manifest = json.loads(
            raw.decode("utf-8"), object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except ValueError as error:
        raise damaged(
            path, translate("Exchange", "its manifest.json is not readable: {reason}").format(reason=error)
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != catalogue.FORMAT_NAME:
        raise not_a_package(path, translate("Exchange", "its manifest.json is not an exchange manifest"))
    version = manifest.get("format_version")
    if type(version) is not int:
        raise damaged(path, translate("Exchange", "its manifest.json names no package format version"))
    if version > catalogue.FORMAT_VERSION:
        raise unsupported(
            path,
            translate(
                "Exchange",
                "was made by a newer version of District Collective Desk (package format {version}); "
                "this version reads format {supported}",
            ).format(version=version, supported=catalogue.FORMAT_VERSION),
        )
    if version != catalogue.FORMAT_VERSION:
        raise unsupported(
            path,
            translate(
                "Exchange", "uses package format {version}; this version reads format {supported}"
            ).format(version=version, supported=catalogue.FORMAT_VERSION),
        )
    package_id = manifest.get("package_id")
    if not isinstance(package_id, str) or not package_id:
        raise damaged(path, translate("Exchange", "its manifest.json has no package id"))
    return manifest


def manifest_signer(path: Path, manifest: dict) -> tuple[bytes, str]:
    """The signer's raw public key and its fingerprint (computed, and checked against the one stated)."""
    signer = manifest.get("signer")
    if not isinstance(signer, dict) or not isinstance(signer.get("public_key"), str):
        raise damaged(path, translate("Exchange", "its manifest.json does not name its signer"))
    if signer.get("algorithm") != SIGNATURE_ALGORITHM:
        raise unsupported(
            path,
            translate("Exchange", "is signed with {algorithm!r}, which this version cannot check").format(
                algorithm=signer.get("algorithm")
            ),
        )
    try:
        public_key = base64.b64decode(signer["public_key"], validate=True)
    except (binascii.Error, ValueError):
        public_key = b""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise damaged(
            path, translate("Exchange", "the signer's public key in its manifest.json is not a key")
        )
    signer_fingerprint = fingerprint(public_key)
    if signer.get("fingerprint") != signer_fingerprint:
        raise damaged(
            path, translate("Exchange", "the signer's fingerprint in its manifest.json is not its key's")
        )
    return public_key, signer_fingerprint


def _sha256_text(value: object) -> bool:
    return isinstance(value, str) and _SHA256_TEXT.fullmatch(value) is not None


def _size(value: object) -> bool:
    return type(value) is int and value >= 0


def listed_files(path: Path, manifest: dict) -> list[ListedFile]:
    entries = manifest.get("files")
    if not isinstance(entries, list):
        raise damaged(path, translate("Exchange", "its manifest.json does not list its files"))
    listed: list[ListedFile] = []
    for entry in entries:
        if not isinstance(entry, dict) or set(entry) != {"name", "sha256", "size"}:
            raise damaged(
                path, translate("Exchange", "an entry of its manifest.json's file list is malformed")
            )
        problem = file_name_problem(entry["name"])
        if problem or not _sha256_text(entry["sha256"]) or not _size(entry["size"]):
            raise damaged(
                path,
                translate("Exchange", "its manifest.json lists a file it cannot hold ({problem})").format(
                    problem=problem or entry["name"]
                ),
            )
        listed.append(ListedFile(entry["name"], entry["sha256"], entry["size"]))
    if len({f.name.casefold() for f in listed}) != len(listed):
        raise damaged(path, translate("Exchange", "its manifest.json lists a file name twice"))
    return listed


def manifest_encryption(path: Path, manifest: dict) -> dict:
    encryption = manifest.get("encryption")
    if not isinstance(encryption, dict):
        raise damaged(path, translate("Exchange", "its manifest.json does not say how it is encrypted"))
    if encryption.get("cipher") != CIPHER or encryption.get("chunk_size") != sealing.CHUNK_SIZE:
        raise unsupported(
            path,
            translate(
                "Exchange",
                "is encrypted as {cipher!r} in chunks of {chunk_size!r} bytes, which this version cannot read "
                "({expected_cipher}, {expected_chunk})",
            ).format(
                cipher=encryption.get("cipher"),
                chunk_size=encryption.get("chunk_size"),
                expected_cipher=CIPHER,
                expected_chunk=sealing.CHUNK_SIZE,
            ),
        )
    if not _sha256_text(encryption.get("payload_sha256")) or not _size(encryption.get("payload_size")):
        raise damaged(
            path,
            translate("Exchange", "its manifest.json does not give the encrypted payload's hash and size"),
        )
    return encryption


def check_kdf(path: Path, kdf: object) -> None:
    try:
        sealing.check_kdf(kdf)
    except sealing.KdfTooCostlyError as error:
        raise PackageRefusedError(
            "kdf_too_costly",
            translate(
                "Exchange",
                "{file} asks for a costlier unlocking than this version allows, so it was not attempted: "
                "{reason} Ask the sender to write it again with the standard settings.",
            ).format(file=path.name, reason=error),
        ) from None
    except sealing.UnsupportedKdfError as error:
        raise unsupported(
            path,
            translate("Exchange", "is locked in a way this version cannot unlock: {reason}").format(
                reason=error
            ),
        ) from None

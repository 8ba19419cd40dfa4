"""The package file's layout: its members, and the one way their bytes and the zip around them are
made. The writer (``package``) and the reader (``package_reader``) both take it from here.

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
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Mapping

from desktop.services.i18n import translate

README_NAME = "README.txt"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PAYLOAD_NAME = "payload.enc"
MEMBER_NAMES = (README_NAME, MANIFEST_NAME, SIGNATURE_NAME, PAYLOAD_NAME)
CIPHER = "AES-256-GCM-STREAM"
SIGNATURE_ALGORITHM = "Ed25519"
SIGNATURE_BYTES = 64
# Read before anything is trusted, so their size is capped first.
MEMBER_LIMITS = {README_NAME: 1024 * 1024, MANIFEST_NAME: 4 * 1024 * 1024, SIGNATURE_NAME: 1024}
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)
_UNIX = 3
_FILE_MODE = 0o100644 << 16
# Every file starts with README.txt's local header: how a damaged package is told from another file.
_LOCAL_HEADER = b"PK\x03\x04"
_FIRST_NAME_AT = 30
HEAD_BYTES = _FIRST_NAME_AT + len(README_NAME)
# What parsing a damaged zip can raise (zipfile trusts the headers it reads).
ZIP_ERRORS = (
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
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)}
)


def starts_like_a_package(head: bytes) -> bool:
    """Whether a file's first :data:`HEAD_BYTES` are those of a package (README.txt's header)."""
    return head.startswith(_LOCAL_HEADER) and head[_FIRST_NAME_AT:].startswith(README_NAME.encode())


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
        return translate("Exchange", "a file needs a name")
    if any(c in name for c in '/\\<>:"|?*') or any(ord(c) < 32 for c in name) or ".." in name:
        return translate("Exchange", "{name!r} is not a plain file name").format(name=name)
    if name.startswith(".") or name.endswith((".", " ")) or len(name) > 200:
        return translate("Exchange", "{name!r} is not a plain file name").format(name=name)
    if name.split(".")[0].upper() in _WINDOWS_DEVICES:
        return translate("Exchange", "{name!r} is a device name on Windows").format(name=name)
    if name.casefold() in (README_NAME.casefold(), MANIFEST_NAME.casefold()):
        return translate("Exchange", "{name!r} is the package's own file").format(name=name)
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

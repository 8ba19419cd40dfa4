"""Exchange packages: writing one to a drive (complete and checked, or not there at all), and the
reading side re-exported from ``package_reader`` (verification) and ``package_refusals``.

The format is described in ``package_layout``'s docstring and docs/architecture.md, "USB exchange".
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.services.disk import sync_folder, write_file
from desktop.services.errors import ConflictError, DomainError
from desktop.services.exchange import catalogue, sealing
from desktop.services.exchange.contents import PackageFile
from desktop.services.exchange.fingerprints import encode_public_key, fingerprint
from desktop.services.exchange.package_layout import (
    CIPHER,
    MANIFEST_NAME,
    README_NAME,
    SIGNATURE_ALGORITHM,
    build_inner_zip,
    build_outer_zip,
    canonical_json,
    encode_signature,
    file_name_problem,
)
from desktop.services.exchange.package_reader import (
    OpenedPackage,
    UnverifiedManifest,
    open_package_bytes,
    read_manifest,
    verify_package,
)
from desktop.services.exchange.package_refusals import REASONS, PackageRefusedError
from desktop.services.i18n import translate
from desktop.services.progress import NO_PROGRESS, Progress

__all__ = [
    "REASONS",
    "NotEnoughSpaceError",
    "OpenedPackage",
    "PackageRefusedError",
    "PackageWriteError",
    "UnverifiedManifest",
    "WrittenPackage",
    "extract_to",
    "package_sha256",
    "read_manifest",
    "verify_package",
    "write_package",
]

# Level 1 deflates a 16 MB results CSV in 0.14 s to 4.0 MB; level 6 takes 0.51 s for 3.2 MB (as
# long as `zip` itself). A USB stick has room for the difference; the export budget does not.
INNER_COMPRESSLEVEL = 1
# Besides the package itself: file-system overhead (clusters, directory entries) on the drive.
SPACE_MARGIN = 256 * 1024
_MB = 1024 * 1024
_ADDED_FIELDS = ("files", "readme_sha256", "encryption", "signer")


class NotEnoughSpaceError(DomainError):
    """The drive has too little free space for the package; nothing was written."""


class PackageWriteError(DomainError):
    """Writing the package failed (drive removed or full, or it did not read back as written);
    nothing with the package's name was left on the drive."""


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    sha256: str
    size: int
    manifest: dict


def _megabytes(size: int) -> str:
    return f"{size / _MB:.1f} MB"


def _check_request(file_name: str, manifest: dict, files: Sequence[PackageFile]) -> None:
    """Programming errors in what the export asks for (ValueError)."""
    if file_name_problem(file_name) or file_name.endswith(".partial"):
        raise ValueError(f"package file name {file_name!r} is not a plain file name")
    if manifest.get("format") != catalogue.FORMAT_NAME:
        raise ValueError(f"the manifest's format must be {catalogue.FORMAT_NAME!r}")
    if manifest.get("format_version") != catalogue.FORMAT_VERSION:
        raise ValueError(f"the manifest's format_version must be {catalogue.FORMAT_VERSION}")
    if not isinstance(manifest.get("package_id"), str) or not manifest["package_id"]:
        raise ValueError("the manifest needs a package_id")
    if added := [field for field in _ADDED_FIELDS if field in manifest]:
        raise ValueError(f"write_package fills {', '.join(added)} itself")
    seen: set[str] = set()
    for file in files:
        if problem := file_name_problem(file.name):
            raise ValueError(f"package file: {problem}")
        if file.name.casefold() in seen:
            raise ValueError(f"package file {file.name!r} given twice")
        seen.add(file.name.casefold())


def _sealed(
    manifest: dict,
    files: Sequence[PackageFile],
    readme: str,
    kdf: dict,
    key_of: Callable[[], bytes],
    signing_key: Ed25519PrivateKey,
) -> tuple[dict, bytes]:
    """The complete manifest and the package file's bytes; ``key_of`` gives the key, asked for
    only once the files are zipped and hashed (it may still be being derived meanwhile)."""
    inner = build_inner_zip({file.name: file.data for file in files}, INNER_COMPRESSLEVEL)
    listed = [
        {"name": file.name, "sha256": hashlib.sha256(file.data).hexdigest(), "size": len(file.data)}
        for file in files
    ]
    payload = sealing.encrypt_stream(key_of(), manifest["package_id"].encode("utf-8"), inner)
    del inner
    readme_bytes = readme.encode("utf-8")
    public_key = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    complete = {
        **manifest,
        "files": listed,
        "readme_sha256": hashlib.sha256(readme_bytes).hexdigest(),
        "encryption": {
            "cipher": CIPHER,
            "chunk_size": sealing.CHUNK_SIZE,
            "kdf": kdf,
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
            "payload_size": len(payload),
        },
        "signer": {
            "algorithm": SIGNATURE_ALGORITHM,
            "public_key": encode_public_key(public_key),
            "fingerprint": fingerprint(public_key),
        },
    }
    # As a reader will parse it (tuples become lists, keys strings), so its rebuild matches.
    complete = json.loads(canonical_json(complete))
    manifest_bytes = canonical_json(complete)
    signature = encode_signature(signing_key.sign(manifest_bytes))
    return complete, build_outer_zip(readme_bytes, manifest_bytes, signature, payload)


def _check_space(folder: Path, size: int) -> None:
    free = shutil.disk_usage(folder).free
    needed = size + SPACE_MARGIN + size // 100
    if free < needed:
        raise NotEnoughSpaceError(
            translate(
                "Exchange",
                "The drive holding {folder} has {free} free; the package needs about {needed}. "
                "Free some space or choose another drive.",
            ).format(folder=folder, free=_megabytes(free), needed=_megabytes(needed))
        )


def _write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and wait until the drive has it."""
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_package(
    folder: Path,
    file_name: str,
    manifest: dict,
    files: Sequence[PackageFile],
    readme: str,
    passphrase: str,
    signing_key: Ed25519PrivateKey,
    *,
    kdf: dict | None = None,
    progress: Progress = NO_PROGRESS,
) -> WrittenPackage:
    """Write a signed, encrypted package ``folder/file_name`` holding ``files`` and ``readme``.

    ``manifest`` holds "format", "format_version" and "package_id" and what the export adds; the
    files' hashes, the encryption and the signer are added here. ``kdf`` overrides parts of
    ``sealing.KDF_DEFAULT`` (tests use cheap ones). The package is written to a hidden partial
    file, read back and verified, and only then renamed: on any failure or cancel nothing is left.
    Raises ConflictError if the name is taken, NotEnoughSpaceError, PackageWriteError,
    ValidationError for a short passphrase, CancelledError."""
    folder = Path(folder)
    _check_request(file_name, manifest, files)
    sealing.check_passphrase(passphrase)
    target = folder / file_name
    if target.exists():
        raise ConflictError(
            translate(
                "Exchange",
                "{folder} already holds a file named {file}; it was left as it is. Choose another "
                "name or drive.",
            ).format(folder=folder, file=file_name)
        )
    progress.report(0, 3, translate("Exchange", "Encrypting"))
    kdf = sealing.new_kdf(kdf)
    # scrypt on a thread of its own (hashlib's lets other threads run) while this one zips and
    # hashes the files: with a second core free its 0.07 s are hidden.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="package-key") as pool:
        deriving = pool.submit(sealing.derive_key, passphrase, kdf)
        complete, data = _sealed(manifest, files, readme, kdf, deriving.result, signing_key)
        key = deriving.result()
    progress.report(1, 3, translate("Exchange", "Writing"))
    try:
        _check_space(folder, len(data))
    except OSError as error:
        raise PackageWriteError(
            translate("Exchange", "{folder} cannot be written to ({reason}).").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None
    partial = folder / f".{file_name}.partial"
    try:
        _write_durably(partial, data)
        progress.report(2, 3, translate("Exchange", "Checking the written package"))
        written = partial.read_bytes()
        opened = _check_written(target, data, written, passphrase, signing_key, (kdf, key))
        progress.check_cancelled()
        if target.exists():
            raise ConflictError(
                translate(
                    "Exchange",
                    "{file} appeared in {folder} while the package was written; it was left as it is.",
                ).format(file=file_name, folder=folder)
            )
        os.replace(partial, target)
    except OSError as error:
        raise PackageWriteError(
            translate(
                "Exchange",
                "The package could not be written to {folder} ({reason}): the drive may be full or have "
                "been removed. Nothing was left on it; try again.",
            ).format(folder=folder, reason=error.strerror or error)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    sync_folder(folder)
    progress.report(3, 3, translate("Exchange", "Written"))
    return WrittenPackage(path=target, sha256=opened.sha256, size=len(written), manifest=complete)


def _check_written(
    target: Path,
    data: bytes,
    written: bytes,
    passphrase: str,
    signing_key: Ed25519PrivateKey,
    known_key: tuple[dict, bytes],
) -> OpenedPackage:
    """The package as read back from the drive, verified as a partner will verify it."""
    problem = "" if written == data else translate("Exchange", "its bytes differ from those written")
    if not problem:
        public_key = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        try:
            return open_package_bytes(
                target, written, passphrase, {fingerprint(public_key): public_key}, known_key=known_key
            )
        except PackageRefusedError as refusal:
            problem = str(refusal)
    raise PackageWriteError(
        translate(
            "Exchange",
            "The package written to {folder} did not read back as written ({problem}), so it was "
            "removed. The drive may be failing: try again, or use another drive.",
        ).format(folder=target.parent, problem=problem)
    )


def extract_to(opened: OpenedPackage, folder: Path) -> Path:
    """Write a verified package's files, manifest.json and README.txt into a new folder
    ``folder/<package file name without extension>``; returns it. Refuses (ConflictError) if that
    folder exists and is not empty; on failure, the files written so far are removed."""
    destination = Path(folder) / Path(opened.path).stem
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise ConflictError(
            translate(
                "Exchange",
                "{folder} already exists and is not empty; choose another folder, so that nothing "
                "in it is overwritten.",
            ).format(folder=destination)
        )
    for name in opened.files:
        if problem := file_name_problem(name):
            raise ValueError(f"package file: {problem}")
    contents = {
        **opened.files,
        MANIFEST_NAME: canonical_json(opened.manifest),
        README_NAME: opened.readme.encode("utf-8"),
    }
    created = not destination.exists()
    destination.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for name, data in contents.items():
            write_file(destination / name, data)
            written.append(destination / name)
    except BaseException:
        with contextlib.suppress(OSError):
            for path in written:
                path.unlink(missing_ok=True)
            if created:
                destination.rmdir()
        raise
    return destination


def package_sha256(path: Path) -> str:
    """The SHA-256 of a package file, read in pieces (as the exchange log records it)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()

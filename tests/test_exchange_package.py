"""Exchange packages: written whole and checked, or not at all; every changed, cut, swapped,
unsigned or wrongly unlocked package is refused with its reason, and nothing is left behind."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import re
import shutil
import threading
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.services.errors import ConflictError, ValidationError
from desktop.services.exchange import (
    catalogue,
    package,
    package_layout,
    package_manifest,
    sealing,
)
from desktop.services.exchange.contents import PackageFile
from desktop.services.exchange.fingerprints import fingerprint
from desktop.services.exchange.package import (
    NotEnoughSpaceError,
    PackageRefusedError,
    PackageWriteError,
    extract_to,
    package_sha256,
    read_manifest,
    verify_package,
    write_package,
)
from desktop.services.exchange.package_layout import build_outer_zip, canonical_json, encode_signature
from desktop.services.progress import CancelledError, Progress

CHEAP = {"n": 2**10, "r": 8, "p": 1}
PASSPHRASE = "K7QD-M3XP-9RTA"
PACKAGE_ID = "8f14e45f-ceea-467f-a0e6-9c1b3a3e2c10"
README = "Package for Pratham Karnataka under MoU DEO/BLR/2026/07.\nಈ ಪ್ಯಾಕೇಜ್ ಅನ್ನು ತೆರೆಯಲು …\n"
FILES = (
    PackageFile("school_directory.csv", b"udise_code,school_name\r\n29200100101,GHPS Kerur\r\n"),
    PackageFile("ಶಾಲೆಗಳು.csv", "udise_code,ಹೆಸರು\r\n29200100101,ಕೆರೂರು\r\n".encode()),
    PackageFile("empty.csv", b""),
)
MEMBERS = ["README.txt", "manifest.json", "manifest.sig", "payload.enc"]
# What a changed byte may be called: never "wrong_passphrase" or "kdf_too_costly", never accepted.
TAMPER_REASONS = {
    "not_a_package",
    "damaged",
    "changed",
    "bad_signature",
    "unknown_signer",
    "unsupported_version",
}


def raw_public_key(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def trust(*keys: Ed25519PrivateKey) -> dict[str, bytes]:
    return {fingerprint(raw_public_key(key)): raw_public_key(key) for key in keys}


@pytest.fixture(scope="module")
def office_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture(scope="module")
def partner_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def base_manifest(package_id: str = PACKAGE_ID) -> dict:
    return {
        "format": catalogue.FORMAT_NAME,
        "format_version": catalogue.FORMAT_VERSION,
        "package_id": package_id,
        "mou_reference": "DEO/BLR/2026/07",
        "purpose": "ಕಲಿಕೆ ಮೌಲ್ಯಮಾಪನ (learning assessment)",
        "keep_until": "2027-03-31",
        "counts": {"schools": 1},
    }


def make_package(
    folder: Path,
    key: Ed25519PrivateKey,
    *,
    name: str = "package.zip",
    package_id: str = PACKAGE_ID,
    files: tuple[PackageFile, ...] = FILES,
    readme: str = README,
    **options: object,
) -> package.WrittenPackage:
    folder.mkdir(parents=True, exist_ok=True)
    options.setdefault("kdf", CHEAP)
    return write_package(
        folder,
        name,
        base_manifest(package_id),
        files,
        readme,
        PASSPHRASE,
        key,
        **options,  # type: ignore[arg-type]
    )


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def resealed(
    data: bytes,
    signing_key: Ed25519PrivateKey,
    change: Callable[[dict], None] = lambda manifest: None,
    **replaced: bytes,
) -> bytes:
    """A package with its manifest changed by ``change`` (and members replaced: readme=, payload=),
    signed again by ``signing_key`` and laid out exactly as a package is."""
    members = members_of(data)
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    manifest_bytes = canonical_json(manifest)
    return build_outer_zip(
        replaced.get("readme", members["README.txt"]),
        manifest_bytes,
        encode_signature(signing_key.sign(manifest_bytes)),
        replaced.get("payload", members["payload.enc"]),
    )


def refusal(
    path: Path, data: bytes, trusted: dict[str, bytes], passphrase: str = PASSPHRASE
) -> PackageRefusedError:
    path.write_bytes(data)
    with pytest.raises(PackageRefusedError) as refused:
        verify_package(path, passphrase, trusted)
    return refused.value


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# Writing and reading back ---------------------------------------------------------------------


def test_round_trip(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    written = make_package(tmp_path / "drive", office_key)
    assert written.path == tmp_path / "drive" / "package.zip"
    assert names_in(tmp_path / "drive") == ["package.zip"]
    assert written.size == written.path.stat().st_size
    assert (
        written.sha256
        == package_sha256(written.path)
        == hashlib.sha256(written.path.read_bytes()).hexdigest()
    )

    opened = verify_package(written.path, PASSPHRASE, trust(office_key))
    assert opened.files == {file.name: file.data for file in FILES}
    assert list(opened.files) == [file.name for file in FILES]
    assert opened.readme == README
    assert opened.manifest == written.manifest
    assert opened.sha256 == written.sha256
    assert opened.signer_fingerprint == fingerprint(raw_public_key(office_key))


def test_manifest_fields(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    written = make_package(tmp_path, office_key)
    manifest = written.manifest
    assert {key: manifest[key] for key in base_manifest()} == base_manifest()
    assert manifest["files"] == [
        {"name": file.name, "sha256": hashlib.sha256(file.data).hexdigest(), "size": len(file.data)}
        for file in FILES
    ]
    assert manifest["readme_sha256"] == hashlib.sha256(README.encode()).hexdigest()
    encryption = manifest["encryption"]
    assert encryption["cipher"] == "AES-256-GCM-STREAM"
    assert encryption["chunk_size"] == sealing.CHUNK_SIZE
    assert {k: v for k, v in encryption["kdf"].items() if k != "salt"} == {"name": "scrypt", **CHEAP}
    members = members_of(written.path.read_bytes())
    assert encryption["payload_sha256"] == hashlib.sha256(members["payload.enc"]).hexdigest()
    assert encryption["payload_size"] == len(members["payload.enc"])
    public_key = raw_public_key(office_key)
    assert manifest["signer"] == {
        "algorithm": "Ed25519",
        "public_key": __import__("base64").b64encode(public_key).decode(),
        "fingerprint": fingerprint(public_key),
    }


def test_layout_is_readable_without_the_passphrase(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    written = make_package(tmp_path, office_key)
    with zipfile.ZipFile(written.path) as archive:
        assert archive.namelist() == MEMBERS
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
        assert archive.read("README.txt").decode("utf-8") == README
        manifest_bytes = archive.read("manifest.json")
        signature = __import__("base64").b64decode(archive.read("manifest.sig"))
    text = manifest_bytes.decode("utf-8")
    assert "ಕಲಿಕೆ" in text  # not escaped
    assert (
        manifest_bytes
        == (json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()
    )
    Ed25519PublicKey.from_public_bytes(raw_public_key(office_key)).verify(signature, manifest_bytes)


def test_read_manifest_shows_the_signer_without_trusting(
    tmp_path: Path, office_key: Ed25519PrivateKey
) -> None:
    written = make_package(tmp_path, office_key)
    unverified = read_manifest(written.path)
    assert unverified.path == written.path
    assert unverified.manifest == written.manifest
    assert unverified.signer_fingerprint == fingerprint(raw_public_key(office_key))


def test_many_chunks_and_a_larger_file(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "CHUNK_SIZE", 64)
    big = PackageFile(
        "student_results.csv", b"".join(b"%d,29200100101,F,Kannada,%d\r\n" % (i, i % 97) for i in range(5000))
    )
    written = make_package(tmp_path, office_key, files=(big,))
    assert written.manifest["encryption"]["chunk_size"] == 64
    assert written.manifest["encryption"]["payload_size"] > 20 * 64
    assert verify_package(written.path, PASSPHRASE, trust(office_key)).files == {big.name: big.data}


def test_progress_reports_the_stages(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    messages: list[str] = []
    make_package(
        tmp_path, office_key, progress=Progress(lambda _done, _total, message: messages.append(message))
    )
    assert messages[:3] == ["Encrypting", "Writing", "Checking the written package"]


# Refusals when writing ------------------------------------------------------------------------


def test_existing_name_is_refused_before_anything_is_written(
    tmp_path: Path, office_key: Ed25519PrivateKey
) -> None:
    (tmp_path / "package.zip").write_bytes(b"the partner's earlier package")
    with pytest.raises(ConflictError, match=r"already holds a file named package\.zip"):
        make_package(tmp_path, office_key)
    assert names_in(tmp_path) == ["package.zip"]
    assert (tmp_path / "package.zip").read_bytes() == b"the partner's earlier package"


def test_not_enough_space(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        package.shutil, "disk_usage", lambda _folder: shutil._ntuple_diskusage(64, 64, 3_355_443)
    )
    with pytest.raises(NotEnoughSpaceError) as refused:
        make_package(tmp_path, office_key, files=(PackageFile("big.csv", os.urandom(5_000_000)),))
    assert re.fullmatch(
        rf"The drive holding {re.escape(str(tmp_path))} has 3\.2 MB free; the package needs about \d+\.\d MB\. "
        r"Free some space or choose another drive\.",
        str(refused.value),
    )
    assert names_in(tmp_path) == []


def test_short_passphrase_and_bad_requests_are_refused(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    with pytest.raises(ValidationError):
        write_package(tmp_path, "p.zip", base_manifest(), FILES, README, "too short", office_key, kdf=CHEAP)
    for name in ("../p.zip", "sub/p.zip", "a\\p.zip", ".hidden.zip", ""):
        with pytest.raises(ValueError):
            write_package(tmp_path, name, base_manifest(), FILES, README, PASSPHRASE, office_key, kdf=CHEAP)
    bad_files = [
        (PackageFile("a.csv", b""), PackageFile("A.CSV", b"")),
        (PackageFile("../a.csv", b""),),
        (PackageFile("dir/a.csv", b""),),
        (PackageFile("manifest.json", b""),),
        (PackageFile("README.txt", b""),),
        (PackageFile("CON.csv", b""),),
    ]
    for files in bad_files:
        with pytest.raises(ValueError):
            write_package(
                tmp_path, "p.zip", base_manifest(), files, README, PASSPHRASE, office_key, kdf=CHEAP
            )
    for change in ({"format": "other"}, {"format_version": 2}, {"package_id": ""}, {"files": []}):
        with pytest.raises(ValueError):
            write_package(
                tmp_path,
                "p.zip",
                {**base_manifest(), **change},
                FILES,
                README,
                PASSPHRASE,
                office_key,
                kdf=CHEAP,
            )
    assert names_in(tmp_path) == []


def test_interrupted_rename_leaves_nothing(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    def pulled_out(_source: object, _target: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(package.os, "replace", pulled_out)
    with pytest.raises(PackageWriteError, match="Nothing was left on it"):
        make_package(tmp_path, office_key)
    assert names_in(tmp_path) == []


def test_interrupted_write_leaves_nothing_and_its_partial_copy_is_refused(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive, rescued = tmp_path / "drive", tmp_path / "rescued"
    drive.mkdir()
    rescued.mkdir()

    def half_written(path: Path, data: bytes) -> None:
        with open(path, "wb") as handle:
            handle.write(data[: len(data) // 2])
        shutil.copy(path, rescued / "package.zip")  # what a copy taken at that moment would hold
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(package, "_write_durably", half_written)
    with pytest.raises(PackageWriteError, match="No space left on device"):
        make_package(drive, office_key)
    assert names_in(drive) == []
    with pytest.raises(PackageRefusedError) as refused:
        verify_package(rescued / "package.zip", PASSPHRASE, trust(office_key))
    assert refused.value.reason == "damaged"
    assert "copied only in part, or the drive removed while it was written" in str(refused.value)


def test_a_drive_that_changes_bytes_is_caught_before_the_rename(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_drive(path: Path, data: bytes) -> None:
        changed = bytearray(data)
        changed[len(changed) // 2] ^= 0x10
        path.write_bytes(bytes(changed))

    monkeypatch.setattr(package, "_write_durably", bad_drive)
    with pytest.raises(PackageWriteError, match="did not read back as written"):
        make_package(tmp_path, office_key)
    assert names_in(tmp_path) == []


def test_a_package_that_does_not_verify_is_never_renamed(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_manifest, "CIPHER", "something else")  # the reader's check now fails
    with pytest.raises(PackageWriteError, match=r"unsupported|cannot read"):
        make_package(tmp_path, office_key)
    assert names_in(tmp_path) == []


@pytest.mark.parametrize("stage", ["Encrypting", "Writing", "Checking the written package"])
def test_cancel_at_any_stage_leaves_nothing(
    tmp_path: Path, office_key: Ed25519PrivateKey, stage: str
) -> None:
    cancel = threading.Event()

    def cancel_at(_done: int, _total: int, message: str) -> None:
        if message == stage:
            cancel.set()

    with pytest.raises(CancelledError):
        make_package(tmp_path, office_key, progress=Progress(cancel_at, cancel))
    assert names_in(tmp_path) == []


def test_verify_can_be_cancelled(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    written = make_package(tmp_path, office_key)
    progress = Progress()
    progress.cancel()
    with pytest.raises(CancelledError):
        verify_package(written.path, PASSPHRASE, trust(office_key), progress=progress)


# Refusals when reading ------------------------------------------------------------------------


def test_every_changed_byte_is_refused(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path / "drive", office_key).path.read_bytes()
    assert 1_500 < len(data) < 8_000
    trusted = trust(office_key)
    reasons: Counter[str] = Counter()
    for position in range(len(data)):
        changed = bytearray(data)
        changed[position] ^= 0xFF
        reasons[refusal(tmp_path / "changed.zip", bytes(changed), trusted).reason] += 1
    assert sum(reasons.values()) == len(data)
    assert set(reasons) <= TAMPER_REASONS, reasons
    assert {"damaged", "changed"} <= set(reasons)
    assert names_in(tmp_path) == ["changed.zip", "drive"]
    assert names_in(tmp_path / "drive") == ["package.zip"]


def test_every_truncation_is_refused(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    trusted = trust(office_key)
    cuts = [*range(0, len(data), 97), *range(len(data) - 20, len(data))]
    for cut in cuts:
        reason = refusal(tmp_path / "cut.zip", data[:cut], trusted).reason
        # Only a stub too short to show README.txt's header is no longer recognisable as a package.
        assert reason == ("damaged" if cut >= 40 else "not_a_package"), cut


def test_trailing_bytes_are_refused(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    for extra in (b"\x00", b"\n", b"PK\x05\x06" + bytes(18), data[-200:]):
        assert refusal(tmp_path / "long.zip", data + extra, trust(office_key)).reason in {
            "changed",
            "damaged",
        }


def test_swapped_members_between_packages_are_refused(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    first = members_of(make_package(tmp_path, office_key, name="first.zip").path.read_bytes())
    second = members_of(
        make_package(
            tmp_path,
            office_key,
            name="second.zip",
            package_id="c9f0f895-fb98-4b91-9f4f-5c6e2d1a7b3e",
            files=(PackageFile("school_directory.csv", b"udise_code\r\n29200100102\r\n"),),
            readme="Another package.\n",
        ).path.read_bytes()
    )
    swaps = {
        "payload": (
            first["README.txt"],
            first["manifest.json"],
            first["manifest.sig"],
            second["payload.enc"],
        ),
        "manifest and signature": (
            first["README.txt"],
            second["manifest.json"],
            second["manifest.sig"],
            first["payload.enc"],
        ),
        "readme": (second["README.txt"], first["manifest.json"], first["manifest.sig"], first["payload.enc"]),
    }
    for swapped, members in swaps.items():
        refused = refusal(tmp_path / "swapped.zip", build_outer_zip(*members), trust(office_key))
        assert refused.reason == "changed", swapped
        assert "changed or damaged after it was signed" in str(refused)


def test_wrong_passphrase(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    refused = refusal(tmp_path / "package.zip", data, trust(office_key), passphrase="K7QD-M3XP-9RTB")
    assert refused.reason == "wrong_passphrase"
    assert "The passphrase is not the one package.zip was locked with; nothing was opened." in str(refused)
    # Surrounding spaces and another Unicode form of the same passphrase still open it.
    assert verify_package(tmp_path / "package.zip", f"  {PASSPHRASE}\n", trust(office_key)).files


@pytest.mark.parametrize("trusted_keys", ["nobody", "partner only"])
def test_unknown_signer(
    tmp_path: Path, office_key: Ed25519PrivateKey, partner_key: Ed25519PrivateKey, trusted_keys: str
) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    trusted = {} if trusted_keys == "nobody" else trust(partner_key)
    refused = refusal(tmp_path / "package.zip", data, trusted)
    assert refused.reason == "unknown_signer"
    office_fingerprint = fingerprint(raw_public_key(office_key))
    assert (
        f"package.zip was signed by a key this office has not registered (fingerprint {office_fingerprint})"
        in str(refused)
    )
    assert "Register the partner's key from their hand-over receipt on the Exchange page first." in str(
        refused
    )


def test_trusted_fingerprint_with_another_key_is_an_unknown_signer(
    tmp_path: Path, office_key: Ed25519PrivateKey, partner_key: Ed25519PrivateKey
) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    trusted = {fingerprint(raw_public_key(office_key)): raw_public_key(partner_key)}
    assert refusal(tmp_path / "package.zip", data, trusted).reason == "unknown_signer"


def test_signature_by_another_key_or_of_another_manifest(
    tmp_path: Path, office_key: Ed25519PrivateKey, partner_key: Ed25519PrivateKey
) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    # Signed by the partner while naming the office's key.
    refused = refusal(tmp_path / "p.zip", resealed(data, partner_key), trust(office_key, partner_key))
    assert refused.reason == "bad_signature"
    assert fingerprint(raw_public_key(office_key)) in str(refused)
    # A manifest changed after signing, laid out canonically with the old signature.
    members = members_of(data)
    manifest = json.loads(members["manifest.json"])
    manifest["keep_until"] = "2099-12-31"
    forged = build_outer_zip(
        members["README.txt"], canonical_json(manifest), members["manifest.sig"], members["payload.enc"]
    )
    assert refusal(tmp_path / "p.zip", forged, trust(office_key)).reason == "bad_signature"
    # A signature that is not base64.
    garbled = build_outer_zip(
        members["README.txt"], members["manifest.json"], b"not base64!", members["payload.enc"]
    )
    assert refusal(tmp_path / "p.zip", garbled, trust(office_key)).reason == "bad_signature"


def test_signed_but_not_canonical_is_changed(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    members = members_of(data)
    compact = json.dumps(json.loads(members["manifest.json"]), sort_keys=True).encode()
    relaid = build_outer_zip(
        members["README.txt"], compact, encode_signature(office_key.sign(compact)), members["payload.enc"]
    )
    assert refusal(tmp_path / "p.zip", relaid, trust(office_key)).reason == "changed"
    # The same members re-zipped by an archiver (other dates, deflated) are not the signed package.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    assert refusal(tmp_path / "p.zip", buffer.getvalue(), trust(office_key)).reason == "damaged"


@pytest.mark.parametrize(("field", "value"), [("n", 2**18), ("r", 32), ("p", 8)])
def test_too_costly_kdf_is_refused_without_deriving(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch, field: str, value: int
) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    costly = resealed(data, office_key, lambda manifest: manifest["encryption"]["kdf"].update({field: value}))

    def no_scrypt(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("scrypt must not run for a refused KDF")

    monkeypatch.setattr(sealing.hashlib, "scrypt", no_scrypt)
    refused = refusal(tmp_path / "package.zip", costly, trust(office_key))
    assert refused.reason == "kdf_too_costly"
    assert f"{field}={value}" in str(refused)


def test_unknown_kdf_is_unsupported(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    other = resealed(
        data, office_key, lambda manifest: manifest["encryption"]["kdf"].update({"name": "argon2id"})
    )
    assert refusal(tmp_path / "package.zip", other, trust(office_key)).reason == "unsupported_version"


def test_newer_format_version_is_unsupported(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    newer = resealed(data, office_key, lambda manifest: manifest.update({"format_version": 2}))
    refused = refusal(tmp_path / "package.zip", newer, trust(office_key))
    assert refused.reason == "unsupported_version"
    assert (
        "made by a newer version of District Collective Desk (package format 2); this version reads format 1"
        in str(refused)
    )
    with pytest.raises(PackageRefusedError) as unread:
        read_manifest(tmp_path / "package.zip")
    assert unread.value.reason == "unsupported_version"


def test_another_manifest_format_is_not_a_package(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    other = resealed(data, office_key, lambda manifest: manifest.update({"format": "someone-else/export"}))
    assert refusal(tmp_path / "package.zip", other, trust(office_key)).reason == "not_a_package"


@pytest.mark.parametrize(
    "content",
    [b"", b"udise_code,school_name\r\n", b"%PDF-1.7 not a zip at all", bytes(4096)],
    ids=["empty", "csv", "pdf", "zeros"],
)
def test_not_a_zip_is_not_a_package(tmp_path: Path, office_key: Ed25519PrivateKey, content: bytes) -> None:
    refused = refusal(tmp_path / "data.zip", content, trust(office_key))
    assert refused.reason == "not_a_package"
    assert "data.zip is not a District Collective Desk exchange package" in str(refused)
    with pytest.raises(PackageRefusedError):
        read_manifest(tmp_path / "data.zip")


def test_a_zip_without_manifest_is_not_a_package(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("school_directory.csv", "udise_code\r\n")
    refused = refusal(tmp_path / "export.zip", buffer.getvalue(), trust(office_key))
    assert refused.reason == "not_a_package"
    assert "school_directory.csv" in str(refused)


def test_oversized_readme_is_refused_before_reading(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    members = members_of(data)
    huge = build_outer_zip(
        b"x" * (1024 * 1024 + 1), members["manifest.json"], members["manifest.sig"], members["payload.enc"]
    )
    refused = refusal(tmp_path / "package.zip", huge, trust(office_key))
    assert refused.reason == "damaged"
    assert "README.txt is larger" in str(refused)


def _rekeyed_payload(data: bytes, files: dict[str, bytes]) -> tuple[bytes, Callable[[dict], None]]:
    """A payload holding ``files`` under the package's own key, and the manifest change to match."""
    manifest = json.loads(members_of(data)["manifest.json"])
    key = sealing.derive_key(PASSPHRASE, manifest["encryption"]["kdf"])
    inner = package_layout.build_inner_zip(files, 1)
    payload = sealing.encrypt_stream(key, manifest["package_id"].encode(), inner)

    def matching(changed: dict) -> None:
        changed["encryption"]["payload_sha256"] = hashlib.sha256(payload).hexdigest()
        changed["encryption"]["payload_size"] = len(payload)

    return payload, matching


def test_files_inside_must_be_exactly_those_listed(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    listed = {file.name: file.data for file in FILES}
    variants = {
        "extra file": {**listed, "extra.csv": b"x"},
        "missing file": dict(list(listed.items())[:2]),
        "other content": {
            **listed,
            "school_directory.csv": b"udise_code,school_name\r\n29200100101,GHPS Kerur!\r\n",
        },
        "reordered": dict(reversed(listed.items())),
    }
    for variant, files in variants.items():
        payload, matching = _rekeyed_payload(data, files)
        refused = refusal(
            tmp_path / "package.zip", resealed(data, office_key, matching, payload=payload), trust(office_key)
        )
        assert refused.reason == "changed", variant


def test_payload_of_another_package_id_does_not_open(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    data = make_package(tmp_path, office_key).path.read_bytes()
    payload = members_of(data)["payload.enc"]
    moved = resealed(data, office_key, lambda manifest: manifest.update({"package_id": "another-package"}))
    assert members_of(moved)["payload.enc"] == payload
    assert refusal(tmp_path / "package.zip", moved, trust(office_key)).reason == "wrong_passphrase"


# Extracting -----------------------------------------------------------------------------------


def test_extract_to_writes_everything_into_a_new_folder(
    tmp_path: Path, office_key: Ed25519PrivateKey
) -> None:
    written = make_package(tmp_path / "drive", office_key, name="DEO-BLR-2026-07.zip")
    opened = verify_package(written.path, PASSPHRASE, trust(office_key))
    folder = extract_to(opened, tmp_path / "received")
    assert folder == tmp_path / "received" / "DEO-BLR-2026-07"
    assert names_in(folder) == sorted([*(file.name for file in FILES), "README.txt", "manifest.json"])
    for file in FILES:
        assert (folder / file.name).read_bytes() == file.data
    assert (folder / "README.txt").read_text(encoding="utf-8") == README
    assert json.loads((folder / "manifest.json").read_bytes()) == written.manifest
    assert (folder / "manifest.json").read_bytes() == members_of(written.path.read_bytes())["manifest.json"]


def test_extract_to_refuses_a_folder_that_is_not_empty(tmp_path: Path, office_key: Ed25519PrivateKey) -> None:
    written = make_package(tmp_path / "drive", office_key)
    opened = verify_package(written.path, PASSPHRASE, trust(office_key))
    (tmp_path / "received" / "package").mkdir(parents=True)
    assert extract_to(opened, tmp_path / "received") == tmp_path / "received" / "package"  # empty is fine
    with pytest.raises(ConflictError, match="already exists and is not empty"):
        extract_to(opened, tmp_path / "received")
    assert len(names_in(tmp_path / "received" / "package")) == len(FILES) + 2


def test_extract_to_removes_what_it_wrote_when_it_fails(
    tmp_path: Path, office_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = verify_package(make_package(tmp_path / "drive", office_key).path, PASSPHRASE, trust(office_key))
    calls: list[Path] = []

    def full_after_one(path: Path, data: bytes) -> None:
        if calls:
            raise OSError(errno.ENOSPC, "No space left on device")
        calls.append(path)
        path.write_bytes(data)

    monkeypatch.setattr(package, "write_file", full_after_one)
    with pytest.raises(OSError):
        extract_to(opened, tmp_path / "received")
    assert names_in(tmp_path / "received") == []

"""USB exchange: a full district package exported and verified, each beside `zip` in the same run.

The district (``exchange_district``) is the demo's 2,500 schools with 200,000 student results
under an active whole-district MoU whose terms allow all five categories. Targets: the export
(``export_package``: tables, CSV and XLSX files, encrypted, signed, written, read back and
verified, logged; default key-derivation cost) at most 2x, and the partner's verification
(``verify_package``: signature, hashes, decryption to memory) at most 1x the time the system's
``zip -q -r`` (default level) takes to compress the package's own CSV files. Each figure is the
best of several runs. The export's stages, each table and the parts of the package writing are
then timed one by one through the functions the export calls, beside the work no export can skip
(reading the results, pseudonyms, deflating, the key, reading the package back).

The office key lives in an in-memory keyring: the OS keyring is never touched.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import func, select

from db.models import Mou, School, StudentResult
from desktop.services.database import Database
from desktop.services.demo import DemoSize
from desktop.services.exchange import keys, pseudonyms, sealing
from desktop.services.exchange.catalogue import FORMAT_NAME, FORMAT_VERSION
from desktop.services.exchange.export import ExportRequest, export_package
from desktop.services.exchange.package import INNER_COMPRESSLEVEL, extract_to, verify_package, write_package
from desktop.services.exchange.package_layout import MANIFEST_NAME, PAYLOAD_NAME, build_inner_zip
from desktop.services.exchange.scope import export_scope
from desktop.services.exchange.table_files import XLSX_COMPRESSLEVEL, csv_bytes, table_files, workbook_of
from desktop.services.exchange.tables import BUILDERS, build_tables
from desktop.services.opening import open_database
from tests.benchmarks.exchange_district import (
    MOU_REFERENCE,
    QUICK_RESULTS,
    QUICK_SIZE,
    RESULTS,
    TODAY,
    build_database,
    working_copy,
)
from tests.keyring_backends import MemoryKeyring

REPEATS = 3
EXPORT_TARGET, VERIFY_TARGET = 2.0, 1.0
PASSPHRASE = "BNCH-7KQD-M3XP-4TWZ-9HRC-2VJE"
WIDTH = 66
# What the export's select reads of each result (the office's own ids included, before pseudonyms).
RESULT_COLUMNS = "round_id, school_id, student_key, subject, grade, gender, score, level, assessed_on"

Part = tuple[str, float]  # a label (indented: part of the row above) and its seconds


# --- measuring ---------------------------------------------------------------------------------


def best_of(repeats: int, action: Callable[[int], Any]) -> tuple[float, Any]:
    """The shortest of ``repeats`` timed calls of ``action(run)``, and the last call's result."""
    times, result = [], None
    for run in range(repeats):
        result = None  # the last run's tables would make this run's garbage collections slower
        started = time.perf_counter()
        result = action(run)
        times.append(time.perf_counter() - started)
    return min(times), result


def fresh(folder: Path) -> Path:
    """``folder``, created empty."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def zip_csv_files(files: dict[str, bytes], folder: Path, repeats: int) -> tuple[float, int] | None:
    """Seconds `zip -q -r` (default level) takes over the CSV files, and the zip's size; None
    without `zip`."""
    if shutil.which("zip") is None:
        return None
    source = fresh(folder / "csv")
    for name, data in files.items():
        (source / name).write_bytes(data)
    archive = folder / "csv.zip"

    def compress(_run: int) -> None:
        archive.unlink(missing_ok=True)  # zip would otherwise update the archive in place
        subprocess.run(["zip", "-q", "-r", archive.name, source.name], cwd=folder, check=True)

    seconds, _ = best_of(repeats, compress)
    return seconds, archive.stat().st_size


def table_parts(
    db: Database, mou_id: int, repeats: int, required: dict[str, float]
) -> tuple[list[Part], list]:
    """``build_tables``, then each table's builder alone (in a writing session, as the export
    reads), with what the student results cannot do without: reading them, and the pseudonyms."""

    def tables(_run: int) -> list:
        with db.transaction() as session:
            scope = export_scope(session, mou_id, today=TODAY)
            return build_tables(session, scope, pseudonyms.mou_secret(session, mou_id))

    seconds, built = best_of(repeats, tables)
    parts = [("scope and tables (build_tables)", seconds)]
    with db.transaction() as session:
        scope = export_scope(session, mou_id, today=TODAY)
        secret = pseudonyms.mou_secret(session, mou_id)
        for code in (category.code for category in scope.categories):
            seconds, table = best_of(repeats, lambda _run, code=code: BUILDERS[code](session, scope, secret))
            parts.append((f"  {table.name}: {table.records:,} rows", seconds))
            if code == "student_results_pseudonymised":
                parts += _required_for_results(session, table.student_keys, secret, repeats, required)
    return parts, built


def _required_for_results(
    session: Any, student_keys: set[str], secret: bytes, repeats: int, required: dict[str, float]
) -> list[Part]:
    """Reading the results alone, and their pseudonyms alone."""
    cursor = session.connection().connection.dbapi_connection.cursor()
    sql = f"SELECT {RESULT_COLUMNS} FROM student_result"
    required["reading the results"], _ = best_of(repeats, lambda _run: cursor.execute(sql).fetchall())
    required["pseudonyms"], _ = best_of(repeats, lambda _run: pseudonyms.pseudonym_map(secret, student_keys))
    return [
        ("    of which reading them alone (sqlite3 fetchall)", required["reading the results"]),
        (f"    of which {len(student_keys):,} pseudonyms (HMAC-SHA256)", required["pseudonyms"]),
    ]


def export_parts(
    db: Database, mou_id: int, folder: Path, repeats: int
) -> tuple[list[Part], dict[str, float]]:
    """The export's stages timed one by one through the functions ``export_package`` calls, and
    the parts of them no export can skip."""
    required: dict[str, float] = {}
    parts, built = table_parts(db, mou_id, repeats, required)
    seconds, _ = best_of(repeats, lambda _run: [csv_bytes(table) for table in built])
    parts.append(("CSV files (csv_bytes)", seconds))
    about = [("Issued by", "benchmark"), ("Created", TODAY)]
    seconds, _ = best_of(repeats, lambda _run: workbook_of(built, about))
    parts.append((f"XLSX workbook (workbook_of, deflate level {XLSX_COMPRESSLEVEL})", seconds))
    files = table_files(built, about)
    signing = keys.signing_key(db)

    def write(run: int) -> None:
        manifest = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "package_id": str(uuid.uuid4())}
        target = fresh(folder / "stages" / str(run))
        write_package(target, "stage.zip", manifest, files, "README", PASSPHRASE, signing)

    seconds, _ = best_of(repeats, write)
    parts.append(("encrypt, sign, write, verify (write_package)", seconds))
    kdf = sealing.new_kdf()
    seconds, key = best_of(repeats, lambda _run: sealing.derive_key(PASSPHRASE, kdf))
    parts.append(("  of which key derivation (scrypt, on a thread beside the zip)", seconds))
    required["scrypt"] = seconds
    seconds, inner = best_of(
        repeats, lambda _run: build_inner_zip({file.name: file.data for file in files}, INNER_COMPRESSLEVEL)
    )
    parts.append((f"  of which inner zip (deflate level {INNER_COMPRESSLEVEL})", seconds))
    required["the inner zip"] = seconds
    seconds, _ = best_of(repeats, lambda _run: sealing.encrypt_stream(key, b"package id", inner))
    parts.append(("  of which AES-256-GCM encryption", seconds))
    shutil.rmtree(folder / "stages", ignore_errors=True)
    return parts, required


def verify_parts(path: Path, repeats: int) -> list[Part]:
    """The parts of a verification measured alone: key derivation, decryption, unpacking."""
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as outer:
        payload = outer.read(PAYLOAD_NAME)
        manifest = json.loads(outer.read(MANIFEST_NAME))
    manifest_kdf, package_id = manifest["encryption"]["kdf"], manifest["package_id"]
    parts = []
    seconds, key = best_of(repeats, lambda _run: sealing.derive_key(PASSPHRASE, manifest_kdf))
    parts.append(("  key derivation (scrypt, default cost)", seconds))
    seconds, inner = best_of(repeats, lambda _run: sealing.decrypt_stream(key, package_id.encode(), payload))
    parts.append(("  AES-256-GCM decryption", seconds))

    def unpack(_run: int) -> None:
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            for info in archive.infolist():
                hashlib.sha256(archive.read(info)).hexdigest()

    seconds, _ = best_of(repeats, unpack)
    parts.append(("  inflating the files and checking their SHA-256", seconds))
    return parts


# --- the report --------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _row(step: str, seconds: float, zip_seconds: float | None, target: float | None = None) -> str:
    if zip_seconds is None:
        return f"{step:<{WIDTH}}{seconds:>9.3f}"
    ratio = seconds / zip_seconds
    verdict = "" if target is None else ("met" if ratio <= target else "MISSED")
    wanted = "" if target is None else f"<= {target:.1f}x"
    return f"{step:<{WIDTH}}{seconds:>9.3f}{ratio:>9.2f}x{wanted:>10}  {verdict}"


def _share_row(step: str, seconds: float, zip_seconds: float | None, whole: float) -> str:
    ratio = f"{seconds / zip_seconds:>9.2f}x" if zip_seconds else ""
    return f"{step:<{WIDTH}}{seconds:>9.3f}{ratio}{seconds / whole:>10.0%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="reuse this benchmark database (built there if missing)")
    parser.add_argument("--results", type=int, default=RESULTS, help="student results (default 200,000)")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="runs of each step; the best counts")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"a 20-school district and {QUICK_RESULTS:,} results: checks the script",
    )
    args = parser.parse_args(argv)
    size, results = (QUICK_SIZE, QUICK_RESULTS) if args.quick else (DemoSize(), args.results)
    keyring.set_keyring(MemoryKeyring())
    folder = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    load_before = os.getloadavg()
    try:
        kept = args.db or folder / "exchange.db"
        if not kept.exists():
            started = time.perf_counter()
            stored = build_database(kept, size, results)
            print(f"built {kept} ({stored:,} student results) in {time.perf_counter() - started:.1f} s")
        db, _report = open_database(working_copy(kept, folder), operator="benchmark")
        try:
            report(db, folder, max(1, args.repeats), load_before)
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def report(db: Database, folder: Path, repeats: int, load_before: tuple[float, ...]) -> None:
    """Measure everything on the open working copy, then print the table and the breakdowns."""
    with db.reading() as session:
        mou_id = session.scalar(select(Mou.id).where(Mou.reference == MOU_REFERENCE))
        schools = int(session.scalar(select(func.count()).select_from(School)) or 0)
        results = int(session.scalar(select(func.count()).select_from(StudentResult)) or 0)
    if mou_id is None:
        raise SystemExit(f"The database has no MoU {MOU_REFERENCE}: give --db a file this benchmark built.")
    out = fresh(folder / "out")
    request = ExportRequest(mou_id=mou_id, folder=out, passphrase=PASSPHRASE, today=TODAY)
    export_seconds, exported = best_of(repeats, lambda _run: export_package(db, request))
    with db.reading() as session:
        trusted = keys.trusted_public_keys(session)
    verify_seconds, opened = best_of(repeats, lambda _run: verify_package(exported.path, PASSPHRASE, trusted))
    extract_seconds, _ = best_of(repeats, lambda run: extract_to(opened, fresh(folder / f"extracted-{run}")))
    csv_files = {name: data for name, data in opened.files.items() if name.endswith(".csv")}
    zipped = zip_csv_files(csv_files, folder, repeats)
    parts, required = export_parts(db, mou_id, folder, repeats)
    verifying = verify_parts(exported.path, repeats)
    # The export reads its package back and verifies it as a partner does, with the key it knows.
    required["verifying the written package"] = verify_seconds - verifying[0][1]

    counts = ", ".join(f"{records:,} {kind}" for kind, records in exported.manifest["counts"].items())
    print(
        f"\nUSB exchange package of {schools:,} schools and {results:,} student results (best of {repeats})"
    )
    print(f"  holds: {counts}")
    zip_seconds = zipped[0] if zipped else None
    print(f"{'step':<{WIDTH}}{'seconds':>9}{'vs zip':>10}{'target':>10}")
    if zipped is None:
        print("  `zip` is not installed (apt-get install zip; scripts/setup.sh installs it): no ratios")
    else:
        print(_row("zip -q -r of the package's CSV files (baseline)", zipped[0], zip_seconds))
    export_row = "export_package (default KDF, written, verified, logged)"
    print(_row(export_row, export_seconds, zip_seconds, EXPORT_TARGET))
    print(_row("verify_package (decrypted to memory)", verify_seconds, zip_seconds, VERIFY_TARGET))
    print(_row("extract_to a folder (after verifying; not a target)", extract_seconds, zip_seconds))

    csv_size = sum(map(len, csv_files.values()))
    xlsx_size = sum(len(data) for name, data in opened.files.items() if name.endswith(".xlsx"))
    sizes = f"CSV files {_megabytes(csv_size)}, tables.xlsx {_megabytes(xlsx_size)}"
    sizes += f"; package {_megabytes(exported.size)}"
    if zipped:
        sizes += f", zip of the CSV files {_megabytes(zipped[1])} (package {exported.size / zipped[1]:.2f}x)"
    print(f"\nSizes: {sizes}")

    print(f"\nWhere the export's time goes (each part alone, best of {repeats} runs):")
    print(f"{'part':<{WIDTH}}{'seconds':>9}{'vs zip' if zipped else '':>10}{'of export':>10}")
    for name, seconds in parts:
        print(_share_row(name, seconds, zip_seconds, export_seconds))
    stages = sum(seconds for name, seconds in parts if not name.startswith(" "))
    print(_share_row("the four stages together", stages, zip_seconds, export_seconds))
    beyond = export_seconds - stages
    # Each stage's best run and the export's best run are taken at different moments.
    label = "export_package beyond them (manifest, README, log, commit)" if beyond >= 0 else (
        "export_package beyond them: less than the stages vary run to run")  # fmt: skip
    print(_share_row(label, max(beyond, 0.0), zip_seconds, export_seconds))
    print(_share_row("work no export can skip, each alone, added up (*)", sum(required.values()),
                     zip_seconds, export_seconds))  # fmt: skip
    print(f"  (*) {', '.join(required)}")
    print("Parts of the verification, each alone:")
    for name, seconds in verifying:
        print(_row(name, seconds, None))
    before, after = load_before[0], os.getloadavg()[0]
    print(f"\nLoad average (1 min) before {before:.2f}, after {after:.2f}; {os.cpu_count()} CPUs")


if __name__ == "__main__":
    sys.exit(main())

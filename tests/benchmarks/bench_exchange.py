"""USB exchange: a full district package exported and verified, each beside `zip` in the same run.

The district is the demo's 2,500 schools with 200,000 student results (the demo's baseline and
midline, topped up with a third round), under an active whole-district MoU whose terms allow all
five categories. Targets: the export (``export_package``: tables, CSV and XLSX files, encrypted,
signed, written, read back and verified, logged; default key-derivation cost) at most 2x, and the
partner's verification (``verify_package``: signature, hashes, decryption to memory) at most 1x the
time the system's ``zip -q -r`` (default level) takes to compress the package's own CSV files.
Each figure is the best of several runs. The export's stages are then timed one by one through
the functions it calls, to show where its time goes.

The office key lives in an in-memory keyring: the OS keyring is never touched.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import keyring
import numpy as np
import pandas as pd
from sqlalchemy import func, select

from db.models import LevelScheme, Mou, MouDataShare, MouPartner, Office, Organisation, School, StudentResult
from desktop.services.database import Database
from desktop.services.demo import DISTRICT, DemoSize, generate_demo
from desktop.services.exchange import keys, pseudonyms, sealing
from desktop.services.exchange.catalogue import CATEGORIES, FORMAT_NAME, FORMAT_VERSION
from desktop.services.exchange.export import ExportRequest, export_package
from desktop.services.exchange.package import INNER_COMPRESSLEVEL, extract_to, verify_package, write_package
from desktop.services.exchange.package_layout import MANIFEST_NAME, PAYLOAD_NAME, build_inner_zip
from desktop.services.exchange.scope import export_scope
from desktop.services.exchange.table_files import csv_bytes, table_files, workbook_of
from desktop.services.exchange.tables import build_tables
from desktop.services.imports.pipeline import store_rows
from desktop.services.imports.target import ImportOptions, MappedRows
from desktop.services.imports.targets.registry import get_target
from desktop.services.opening import open_database
from desktop.services.rounds import RoundInput, create_round
from tests.keyring_backends import MemoryKeyring

TODAY = date(2026, 11, 23)
RESULTS = 200_000
REPEATS = 3
EXPORT_TARGET, VERIFY_TARGET = 2.0, 1.0
QUICK_SIZE = DemoSize(blocks=2, clusters_per_block=2, schools_per_cluster=5, headmasters=5)
QUICK_RESULTS = 2_000
MOU_REFERENCE = "DDPI/KVD/MOU/2026/BENCH"
TOP_UP_ROUND = ("Reading camp check 2026", "custom", date(2026, 11, 16))
SCHEME = "NAS performance levels"  # the demo rounds' scheme
SUBJECTS = ("Kannada", "Mathematics")
PASSPHRASE = "BNCH-7KQD-M3XP-4TWZ-9HRC-2VJE"


# --- the database ------------------------------------------------------------------------------


def _camp_results(schools: list[Any], pupils: int) -> pd.DataFrame:
    """``pupils`` students a school (the demo's ids, so pseudonyms link rounds), both subjects."""
    rng = np.random.default_rng(23)
    entries = [(school_id, code, pupil) for school_id, code in schools for pupil in range(pupils)]
    scores = rng.integers(0, 21, len(entries) * len(SUBJECTS))
    return pd.DataFrame(
        {
            "student_id": np.repeat(
                [f"D{school_id:05d}-{pupil:02d}" for school_id, _c, pupil in entries], len(SUBJECTS)
            ),
            "udise": np.repeat([code for _id, code, _pupil in entries], len(SUBJECTS)),
            "grade": 3,
            "gender": np.repeat([("F" if pupil % 2 else "M") for *_school, pupil in entries], len(SUBJECTS)),
            "subject": list(SUBJECTS) * len(entries),
            "score": scores,
            "level": 1 + np.minimum(3, scores // 5),
        }
    )


def _top_up_results(db: Database, target: int) -> int:
    """A third round with as many results as the demo's rounds lack of ``target`` (the demo's
    students, more of them per school), stored through the assessment import target."""
    with db.reading() as session:
        have = int(session.scalar(select(func.count()).select_from(StudentResult)) or 0)
        schools = list(session.execute(select(School.id, School.udise_code).order_by(School.id)))
        scheme_id = session.scalar(select(LevelScheme.id).where(LevelScheme.name == SCHEME))
    missing = target - have
    if missing <= 0:
        return have
    name, kind, held_on = TOP_UP_ROUND
    round_id = create_round(
        db,
        RoundInput(name, kind, start_date=held_on, end_date=held_on, level_scheme_id=scheme_id, max_score=20),
    ).id
    pupils = -(-missing // (len(schools) * len(SUBJECTS)))
    frame = _camp_results(schools, pupils).head(missing).astype(str)
    rows = MappedRows(
        frame=frame,
        row_numbers=np.arange(2, len(frame) + 2),
        file_names=np.repeat(np.array(["camp-check.csv"], dtype=object), len(frame)),
        sheet=None,
        column_of={key: key for key in frame.columns},
        source_sha256=hashlib.sha256(b"bench-exchange camp check").hexdigest(),
    )
    with db.transaction() as session:
        store_rows(
            session,
            get_target("assessment"),
            rows,
            ImportOptions(round_id=round_id),
            valid_rows_only=False,
            file_names=["camp-check.csv"],
            mapping={key: key for key in frame.columns},
            options_json={},
            operator="benchmark",
        )
    return have + len(frame)


def _add_mou(db: Database) -> None:
    """An active whole-district MoU of the DDPI office whose terms allow every category."""
    with db.transaction() as session:
        office_id = session.scalar(select(Office.id).where(Office.office_code == f"DDPI/{DISTRICT[3]}"))
        partner_id = session.scalar(select(Organisation.id).order_by(Organisation.id))
        mou = Mou(
            reference=MOU_REFERENCE,
            title="District-wide learning partnership (benchmark)",
            office_id=office_id,
            focus="fln",
            start_date=date(2026, 4, 1),
            end_date=date(2028, 3, 31),
            whole_district=True,
            status="active",
            status_changed_on=date(2026, 4, 1),
        )
        session.add(mou)
        session.flush()
        session.add(MouPartner(mou_id=mou.id, organisation_id=partner_id))
        for code in CATEGORIES:
            session.add(
                MouDataShare(mou_id=mou.id, category=code, purpose=f"Benchmark: {code}", keep_months=12)
            )


def build_database(path: Path, size: DemoSize, results: int) -> int:
    """The demo district (no MoUs of its own, committees or recognition), its results topped up to
    ``results``, and the benchmark's MoU; returns the number of results."""
    db, _report = open_database(path, operator="benchmark")
    try:
        generate_demo(
            db, size=size, with_mous=False, with_governance=False, with_recognition=False, today=TODAY
        )
        stored = _top_up_results(db, results)
        _add_mou(db)
    finally:
        db.close()
    return stored


def working_copy(kept: Path, folder: Path) -> Path:
    """A copy of the kept database to export from (an export logs itself and makes the office key,
    which the in-memory keyring forgets between runs)."""
    target = folder / "office.db"
    origin, copy = sqlite3.connect(kept), sqlite3.connect(target)
    with copy:
        origin.backup(copy)
    origin.close()
    copy.close()
    return target


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


def export_stages(db: Database, mou_id: int, folder: Path, repeats: int) -> list[tuple[str, float]]:
    """The export's stages timed one by one through the functions ``export_package`` calls."""
    stages: list[tuple[str, float]] = []

    def tables(_run: int) -> list:
        with db.transaction() as session:  # as the export reads: in its writing session
            scope = export_scope(session, mou_id, today=TODAY)
            return build_tables(session, scope, pseudonyms.mou_secret(session, mou_id))

    seconds, built = best_of(repeats, tables)
    stages.append(("scope and tables (build_tables)", seconds))
    seconds, _ = best_of(repeats, lambda _run: [csv_bytes(table) for table in built])
    stages.append(("CSV files (csv_bytes)", seconds))
    about = [("Issued by", "benchmark"), ("Created", TODAY)]
    seconds, _ = best_of(repeats, lambda _run: workbook_of(built, about))
    stages.append(("XLSX workbook (workbook_of)", seconds))
    files = table_files(built, about)
    signing = keys.signing_key(db)

    def write(run: int) -> None:
        manifest = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "package_id": str(uuid.uuid4())}
        target = fresh(folder / "stages" / str(run))
        write_package(target, "stage.zip", manifest, files, "README", PASSPHRASE, signing)

    seconds, _ = best_of(repeats, write)
    stages.append(("encrypt, sign, write, verify (write_package)", seconds))
    kdf = sealing.new_kdf()
    seconds, key = best_of(repeats, lambda _run: sealing.derive_key(PASSPHRASE, kdf))
    stages.append(("  of which key derivation (scrypt, default cost)", seconds))
    seconds, inner = best_of(
        repeats, lambda _run: build_inner_zip({file.name: file.data for file in files}, INNER_COMPRESSLEVEL)
    )
    stages.append((f"  of which inner zip (deflate level {INNER_COMPRESSLEVEL})", seconds))
    seconds, _ = best_of(repeats, lambda _run: sealing.encrypt_stream(key, b"package id", inner))
    stages.append(("  of which AES-256-GCM encryption", seconds))
    shutil.rmtree(folder / "stages", ignore_errors=True)
    return stages


def verify_stages(path: Path, repeats: int) -> list[tuple[str, float]]:
    """The parts of a verification measured alone: key derivation, decryption, unpacking."""
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as outer:
        payload = outer.read(PAYLOAD_NAME)
        manifest = json.loads(outer.read(MANIFEST_NAME))
    manifest_kdf, package_id = manifest["encryption"]["kdf"], manifest["package_id"]
    stages = []
    seconds, key = best_of(repeats, lambda _run: sealing.derive_key(PASSPHRASE, manifest_kdf))
    stages.append(("  key derivation (scrypt, default cost)", seconds))
    seconds, inner = best_of(repeats, lambda _run: sealing.decrypt_stream(key, package_id.encode(), payload))
    stages.append(("  AES-256-GCM decryption", seconds))

    def unpack(_run: int) -> None:
        with zipfile.ZipFile(io.BytesIO(inner)) as archive:
            for info in archive.infolist():
                hashlib.sha256(archive.read(info)).hexdigest()

    seconds, _ = best_of(repeats, unpack)
    stages.append(("  inflating the files and checking their SHA-256", seconds))
    return stages


# --- the report --------------------------------------------------------------------------------


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _row(step: str, seconds: float, zip_seconds: float | None, target: float | None) -> str:
    if zip_seconds is None:
        return f"{step:<58}{seconds:>9.3f}"
    ratio = seconds / zip_seconds
    verdict = "" if target is None else ("met" if ratio <= target else "MISSED")
    wanted = "" if target is None else f"<= {target:.1f}x"
    return f"{step:<58}{seconds:>9.3f}{ratio:>9.2f}x{wanted:>10}  {verdict}"


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
    stages = export_stages(db, mou_id, folder, repeats)
    verifying = verify_stages(exported.path, repeats)

    counts = ", ".join(f"{records:,} {kind}" for kind, records in exported.manifest["counts"].items())
    print(
        f"\nUSB exchange package of {schools:,} schools and {results:,} student results (best of {repeats})"
    )
    print(f"  holds: {counts}")
    zip_seconds = zipped[0] if zipped else None
    print(f"{'step':<58}{'seconds':>9}{'vs zip':>10}{'target':>10}")
    if zipped is None:
        print("  `zip` is not installed (apt-get install zip; scripts/setup.sh installs it): no ratios")
    else:
        print(_row("zip -q -r of the package's CSV files (baseline)", zipped[0], zip_seconds, None))
    print(
        _row(
            "export_package (default KDF, written, verified, logged)",
            export_seconds,
            zip_seconds,
            EXPORT_TARGET,
        )
    )
    print(_row("verify_package (decrypted to memory)", verify_seconds, zip_seconds, VERIFY_TARGET))
    print(_row("extract_to a folder (after verifying; not a target)", extract_seconds, zip_seconds, None))

    csv_size = sum(map(len, csv_files.values()))
    xlsx_size = sum(len(data) for name, data in opened.files.items() if name.endswith(".xlsx"))
    sizes = f"CSV files {_megabytes(csv_size)}, tables.xlsx {_megabytes(xlsx_size)}"
    sizes += f"; package {_megabytes(exported.size)}"
    if zipped:
        sizes += f", zip of the CSV files {_megabytes(zipped[1])} (package {exported.size / zipped[1]:.2f}x)"
    print(f"\nSizes: {sizes}")

    print(f"\nWhere the export's time goes (each stage alone, best of {repeats} runs):")
    for name, seconds in stages:
        print(_row(name, seconds, zip_seconds, None))
    measured = sum(seconds for name, seconds in stages if not name.startswith(" "))
    print(_row("the four stages together", measured, None, None))
    slowest, slowest_seconds = max(
        (stage for stage in stages if not stage[0].startswith(" ")), key=lambda s: s[1]
    )
    print(f"slowest stage: {slowest}, {slowest_seconds / measured:.0%} of the four")
    print("Parts of the verification, each alone:")
    for name, seconds in verifying:
        print(_row(name, seconds, None, None))
    before, after = load_before[0], os.getloadavg()[0]
    print(f"\nLoad average (1 min) before {before:.2f}, after {after:.2f}; {os.cpu_count()} CPUs")


if __name__ == "__main__":
    sys.exit(main())

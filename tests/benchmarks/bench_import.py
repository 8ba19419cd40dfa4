"""Baseline imports at scale, each beside a floor measured in the same run.

1. 1,000,000 student results from CSV, validated and stored (target: at most 1.5x the floor of
   ``pandas.read_csv`` plus one ``sqlite3`` ``executemany`` transaction of the same rows; peak
   memory under 1 GB, measured in a child process so earlier work does not count).
2. 100,000 student results from XLSX (target: at most 1.5x calamine's bare read of the sheet).
3. The block-level analysis of the 1M-result round (target: under 0.3 s).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import select

from db.models import School
from desktop.services.demo import DemoSize, generate_demo
from desktop.services.imports.mapping import ColumnMapping
from desktop.services.imports.pipeline import ImportRequest, run_import
from desktop.services.imports.target import ImportOptions
from desktop.services.opening import open_database
from desktop.services.rounds import RoundInput, create_round, ensure_standard_schemes

ROWS = 1_000_000
XLSX_ROWS = 100_000
SIZE = DemoSize(blocks=10, clusters_per_block=20, schools_per_cluster=10, headmasters=50)
LEVELS = ("Beginner", "Letter", "Word", "Paragraph", "Story")
MAPPING = ColumnMapping(
    {
        "student_id": "Student ID",
        "udise": "UDISE code",
        "grade": "Class",
        "gender": "Gender",
        "subject": "Subject",
        "score": "Score",
        "level": "Level",
    }
)


def write_results(path: Path, codes: list[str], rows: int, *, seed: int = 6) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    students = rows // 2
    frame = pd.DataFrame(
        {
            "Student ID": np.repeat([f"S{n:07d}" for n in range(students)], 2),
            "UDISE code": np.repeat(np.array(codes)[rng.integers(0, len(codes), students)], 2),
            "Class": np.repeat(rng.integers(1, 6, students), 2),
            "Gender": np.repeat(rng.choice(["Boy", "Girl"], students), 2),
            "Subject": np.tile(["Kannada", "Mathematics"], students),
            "Score": rng.integers(0, 21, rows),
            "Level": rng.choice(LEVELS, rows),
        }
    )
    if path.suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_excel(path, index=False)
    return frame


def floor_csv(path: Path, folder: Path) -> float:
    started = time.perf_counter()
    frame = pd.read_csv(path)
    connection = sqlite3.connect(folder / "floor.db")
    connection.execute(
        "CREATE TABLE r (student TEXT, udise TEXT, grade INT, gender TEXT, subject TEXT, score REAL, level TEXT)"
    )
    with connection:
        connection.executemany(
            "INSERT INTO r VALUES (?, ?, ?, ?, ?, ?, ?)", frame.itertuples(index=False, name=None)
        )
    connection.close()
    return time.perf_counter() - started


def floor_xlsx(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    book.get_sheet_by_name(book.sheet_names[0]).to_python()
    return time.perf_counter() - started


def prepare(folder: Path) -> tuple[Path, list[str]]:
    """A database with the demo district's 2,000 schools, a round and the standard schemes."""
    path = folder / "bench.db"
    db, _report = open_database(path, operator="benchmark")
    try:
        generate_demo(db, size=SIZE, with_mous=False, with_governance=False)
        schemes = {s.name: s.id for s in ensure_standard_schemes(db)}
        for name in ("CSV round", "XLSX round"):
            create_round(
                db, RoundInput(name, "baseline", level_scheme_id=schemes["FLN reading levels"], max_score=20)
            )
        with db.reading() as session:
            codes = list(session.scalars(select(School.udise_code)))
    finally:
        db.close()
    return path, codes


def timed_import(db_path: Path, file: Path, round_name: str) -> dict:
    """Import ``file`` and report the time and this process's peak memory (run in a child)."""
    import resource

    from desktop.services.rounds import find_round_id

    db, _report = open_database(db_path, operator="benchmark")
    try:
        request = ImportRequest.of(
            [file], "assessment", MAPPING, options=ImportOptions(round_id=find_round_id(db, round_name))
        )
        started = time.perf_counter()
        outcome = run_import(db, request)
        seconds = time.perf_counter() - started
        analysis_seconds = None
        if round_name == "CSV round":
            from desktop.services.baseline.analysis import round_analysis

            started = time.perf_counter()
            round_analysis(db, find_round_id(db, round_name), "block")
            analysis_seconds = time.perf_counter() - started
    finally:
        db.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "seconds": seconds,
        "stored": outcome.counts.create,
        "peak_mb": peak_mb,
        "analysis": analysis_seconds,
    }


def _child(db_path: Path, file: Path, round_name: str) -> dict:
    command = [
        sys.executable,
        "-m",
        "tests.benchmarks.bench_import",
        "--child",
        str(db_path),
        str(file),
        round_name,
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", nargs=3, metavar=("DB", "FILE", "ROUND"), help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(timed_import(Path(args.child[0]), Path(args.child[1]), args.child[2])))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    db_path, codes = prepare(folder)
    # The XLSX import gets a database of its own, as the CSV one would make its backup 100 MB.
    xlsx_db = folder / "bench-xlsx.db"
    shutil.copyfile(db_path, xlsx_db)
    csv_file = folder / "results.csv"
    write_results(csv_file, codes, args.rows)
    floor = floor_csv(csv_file, folder)
    csv = _child(db_path, csv_file, "CSV round")
    print(
        f"CSV, {csv['stored']:,} results stored: {csv['seconds']:.2f} s; floor (read_csv + executemany) {floor:.2f} s"
    )
    print(
        f"  ratio {csv['seconds'] / floor:.2f}x (target at most 1.5x); peak memory {csv['peak_mb']:.0f} MB (target under 1,024)"
    )
    print(f"Block-level analysis of that round: {csv['analysis'] * 1000:.0f} ms (target under 300 ms)")
    xlsx_file = folder / "results.xlsx"
    write_results(xlsx_file, codes, XLSX_ROWS, seed=7)
    bare = min(floor_xlsx(xlsx_file) for _ in range(2))
    xlsx = _child(xlsx_db, xlsx_file, "XLSX round")
    print(
        f"XLSX, {xlsx['stored']:,} results stored: {xlsx['seconds']:.2f} s; calamine's bare read {bare:.2f} s"
    )
    print(f"  ratio {xlsx['seconds'] / bare:.2f}x (target at most 1.5x)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())

"""Start-up of the built bundle against the same app from source: process start to the main window
shown, and to the pages showing the data, on the demo database (target: the bundle no slower).

Both are started the same way, ``--startup-report --db PATH`` (desktop/ui/startup_report.py):
``python -m desktop`` from source, ``dist/district-desk/district-desk-gui`` built by
scripts/build_bundle.sh. Without a built bundle the benchmark says so and measures nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from desktop.services.demo import generate_demo
from desktop.services.opening import open_database
from tests.benchmarks.bench_startup import time_start

ROOT = Path(__file__).resolve().parents[2]
FROZEN = (
    ROOT / "dist" / "district-desk" / ("district-desk-gui.exe" if os.name == "nt" else "district-desk-gui")
)
SOURCE = [sys.executable, "-m", "desktop"]


def report_command(program: list[str], database: Path) -> list[str]:
    return [*program, "--startup-report", "--db", str(database)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if not FROZEN.is_file():
        print(
            f"\nFrozen start-up: skipped, no bundle at {FROZEN.parent} (build it: bash scripts/build_bundle.sh)"
        )
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-frozen-startup-"))
    database = folder / "demo.db"
    db, _report = open_database(database, operator="benchmark")
    generate_demo(db)
    db.close()
    # Settings of their own (Linux: XDG_CONFIG_HOME; Windows: APPDATA), the same for both.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        APPDATA=str(folder / "config"),
    )
    frozen = [str(FROZEN)]
    # One untimed start of each: the daily backup, and the OS's file cache, are not what we measure.
    time_start(report_command(SOURCE, database), env, cwd=ROOT)
    time_start(report_command(frozen, database), env, cwd=ROOT)
    results: dict[str, list[tuple[float, float]]] = {"source": [], "frozen": []}
    for _ in range(args.runs):  # interleaved, so drifting machine load hits both alike
        results["source"].append(time_start(report_command(SOURCE, database), env, cwd=ROOT))
        results["frozen"].append(time_start(report_command(frozen, database), env, cwd=ROOT))
    medians = {
        name: (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
        for name, runs in results.items()
    }
    (source_shown, source_ready), (frozen_shown, frozen_ready) = medians["source"], medians["frozen"]
    print(f"\nStart-up from process start (median of {args.runs} runs, offscreen, 2,500-school demo)")
    print(f"  {'':34} {'window shown':>14} {'pages ready':>14}")
    print(
        f"  {'from source (python -m desktop)':34} {source_shown * 1000:11.0f} ms {source_ready * 1000:11.0f} ms"
    )
    print(
        f"  {'bundle (district-desk-gui)':34} {frozen_shown * 1000:11.0f} ms {frozen_ready * 1000:11.0f} ms"
    )
    ratio = frozen_shown / source_shown
    print(f"  bundle / source                    {ratio:14.2f} {frozen_ready / source_ready:14.2f}")
    print(f"  window shown: the bundle is {'NOT SLOWER' if ratio <= 1.0 else 'SLOWER'} than source")
    return 0


if __name__ == "__main__":
    sys.exit(main())

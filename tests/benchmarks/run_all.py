"""Runs every benchmark and prints its figures: ``python -m tests.benchmarks.run_all``.

Benchmarks are not part of the test suite: they print measurements against baselines taken in
the same run, and never fail on timing.
"""

from __future__ import annotations

import sys

from tests.benchmarks import (
    bench_exchange,
    bench_frozen_startup,
    bench_import,
    bench_mail_merge,
    bench_startup,
    bench_table,
)


def main() -> int:
    benchmarks = (
        bench_startup,
        bench_frozen_startup,
        bench_table,
        bench_mail_merge,
        bench_import,
        bench_exchange,
    )
    for benchmark in benchmarks:
        print(f"=== {benchmark.__name__.rsplit('.', 1)[-1]}", flush=True)
        benchmark.main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())

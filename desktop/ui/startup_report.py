"""``district-desk --startup-report --db PATH``: start the app as ``district-desk`` does and print
when the main window is on screen and when the pages show the database, then quit.

For tests/benchmarks/bench_frozen_startup.py, which starts the app from source and the built
bundle the same way and compares them. Each line is an event and the wall-clock time (``time.time``,
comparable with the time the benchmark started the process): ``shown 1732360000.123456``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer


def stamp(event: str) -> None:
    print(f"{event} {time.time():.6f}", flush=True)


def run_reporting_startup(path: Path) -> int:
    """The GUI's start (make_application, build_main_window), timed; exits once the pages are ready."""
    from desktop.ui.app import build_main_window, make_application

    app = make_application(sys.argv[:1])
    window = build_main_window(path)
    QTimer.singleShot(0, lambda: stamp("shown"))  # the first turn of the event loop paints the window

    def ready() -> None:
        stamp("ready")
        window.close()
        app.quit()

    window.database_ready.connect(lambda: QTimer.singleShot(0, ready))
    window.gave_up.connect(lambda: app.exit(1))
    return app.exec()

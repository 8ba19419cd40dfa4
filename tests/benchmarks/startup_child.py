"""Child process for bench_startup: starts a window, prints when it is shown, exits.

``bare``: an empty PySide6 main window (the floor). ``app``: District Collective Desk as
``district-desk --startup-report --db PATH`` starts it (desktop/ui/startup_report.py): it prints
``shown`` when the main window is on screen and ``ready`` when the pages show the database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer

    from desktop.ui.startup_report import run_reporting_startup, stamp

    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1200, 760)
        window.show()
        QTimer.singleShot(0, lambda: (stamp("shown"), stamp("ready"), app.quit()))
        return app.exec()
    return run_reporting_startup(Path(sys.argv[2]))


if __name__ == "__main__":
    sys.exit(main())

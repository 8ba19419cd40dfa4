"""Child process for bench_startup: starts a window, prints when it is shown, exits.

``bare``: an empty PySide6 main window (the floor). ``app``: District Collective Desk as
``district-desk --db PATH`` starts it; it prints ``shown`` when the main window is on screen and
``ready`` when the database is open and the pages show its data.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer

    def stamp(event: str) -> None:
        print(f"{event} {time.time():.6f}", flush=True)

    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1200, 760)
        window.show()
        QTimer.singleShot(0, lambda: (stamp("shown"), stamp("ready"), app.quit()))
        return app.exec()

    from pathlib import Path

    from desktop.ui.app import build_main_window, make_application

    app = make_application(sys.argv[:1])
    window = build_main_window(Path(sys.argv[2]))
    QTimer.singleShot(0, lambda: stamp("shown"))  # the first turn of the event loop paints the window

    def ready() -> None:
        stamp("ready")
        window.close()
        app.quit()

    window.database_ready.connect(lambda: QTimer.singleShot(0, ready))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""Long work off the GUI thread, with a progress dialog and a Cancel button.

A service function receives a :class:`~desktop.services.progress.Progress`; its reports cross to
the GUI thread as Qt signals (queued connections), and Cancel sets the progress's cancel flag,
which the service checks between steps. The window stays responsive throughout.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.progress import CancelledError, Progress


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        progress = Progress(self._signals.progress.emit, self._cancel)
        try:
            result = self._work(progress)
        except CancelledError:
            self._signals.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, shown there
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One piece of long work; connect to ``succeeded`` / ``failed`` / ``cancelled``, then start()."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> None:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Job(self._work, self._signals, self._cancel))

    def cancel(self) -> None:
        self._cancel.set()

    def _done(self) -> None:
        self.running = False
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self._done()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._done()
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self._done()
        self.cancelled.emit()


def run_with_progress(
    parent: QWidget, title: str, work: Callable[[Progress], Any], *, cancellable: bool = True
) -> BackgroundTask:
    """Start ``work`` in the background behind a window-modal progress dialog."""
    dialog = QProgressDialog(
        title, QCoreApplication.translate("BackgroundTask", "Cancel") if cancellable else "", 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    task = BackgroundTask(work, parent)

    def on_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        if message:
            dialog.setLabelText(f"{title}\n{message}")

    task.progress.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    task.dialog = dialog  # type: ignore[attr-defined]
    task.start()
    return task

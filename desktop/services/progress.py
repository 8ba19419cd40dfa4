"""Progress reporting and cancellation for long work, without any GUI dependency.

The UI passes a :class:`Progress` whose callback emits a Qt signal and whose cancel flag is set by
the dialog's Cancel button; the command line passes one that prints, or none at all.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.services.errors import DomainError
from desktop.services.i18n import translate

ProgressCallback = Callable[[int, int, str], None]


class CancelledError(DomainError):
    def __init__(self) -> None:
        super().__init__(translate("Progress", "Cancelled; nothing was changed."))


class Progress:
    def __init__(self, callback: ProgressCallback | None = None, cancel_event: threading.Event | None = None):
        self._callback = callback
        self._cancel = cancel_event or threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Tell the listener how far the work is, and stop here if cancel was asked for."""
        self.check_cancelled()
        if self._callback is not None:
            self._callback(done, total, message)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise CancelledError()

    def part(self, start: int, end: int, total: int = 100) -> Progress:
        """A progress for one stage of the work: its 0..100% fill ``start``..``end`` of ``total``
        here, and cancelling either cancels both."""

        def forward(done: int, stage_total: int, message: str) -> None:
            share = done / stage_total if stage_total else 0
            if self._callback is not None:
                self._callback(start + round((end - start) * share), total, message)

        return Progress(forward, self._cancel)


NO_PROGRESS = Progress()

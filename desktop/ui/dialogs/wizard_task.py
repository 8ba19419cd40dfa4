"""What a wizard page that runs one background task has in common: Cancel, progress, no Back."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard


class TaskPageMixin:
    """For a QWizardPage with ``task`` (a BackgroundTask or None), ``progress`` (QProgressBar),
    ``status`` (QLabel) and ``cancel_button``: the export's write page and the package import's
    check and import pages."""

    def busy(self) -> bool:
        return self.task is not None and self.task.running  # type: ignore[attr-defined]

    def stop(self) -> None:
        """Ask the running task to stop; it rolls back and reports ``cancelled``."""
        if self.busy():
            self.cancel_button.setEnabled(False)  # type: ignore[attr-defined]
            self.status.setText(self.tr("Cancelling…"))  # type: ignore[attr-defined]
            self.task.cancel()  # type: ignore[attr-defined]

    def _allow_back(self, allowed: bool) -> None:
        wizard = self.wizard()  # type: ignore[attr-defined]
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(allowed)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))  # type: ignore[attr-defined]
        self.progress.setValue(min(done, max(total, 1)))  # type: ignore[attr-defined]
        if message and self.cancel_button.isEnabled():  # type: ignore[attr-defined]
            self.status.setText(message)  # type: ignore[attr-defined]

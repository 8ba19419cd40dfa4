"""The Nominations tab's actions on its nominations: nominate, edit, suggestions from the data
(each in its dialog), delete, withdraw with the reason, and reinstate. Mixed into
:class:`~desktop.ui.pages.recognition_nominations.NominationsTab`, whose translation context its
words keep and which provides the table and its choice (``selected``, ``select``), ``cycle``,
``reload``, ``status_line`` and the ``changed`` signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop.documents.text import indian_date
from desktop.services.errors import DomainError, ValidationError
from desktop.services.recognition import nominations, selection
from desktop.ui.dialogs.nomination_dialog import NominationDialog
from desktop.ui.dialogs.suggestions_dialog import SuggestionsDialog


class NominationActionsMixin:
    """Opening the nomination dialogs and the steps on the chosen nomination."""

    def nominate(self) -> None:
        if self.cycle is not None:
            self._open(NominationDialog(self.db, self.cycle.id, parent=self, today=self.today))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None and self.cycle is not None:
            self._open(NominationDialog(self.db, self.cycle.id, row.id, parent=self, today=self.today))

    def suggest(self) -> None:
        if self.cycle is not None:
            self._open(SuggestionsDialog(self.db, self.cycle.id, parent=self, today=self.today))

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._dialog_saved)
        dialog.open()

    def _dialog_saved(self) -> None:
        dialog = self.dialog
        self.reload()
        nomination_id = getattr(dialog, "nomination_id", None)
        if nomination_id is not None:
            self.select(nomination_id)
        self.changed.emit()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("NominationsTab", "Delete nomination"),
            QCoreApplication.translate(
                "NominationsTab",
                "Delete the nomination of %s, with its evidence? Use this for a nomination made by "
                "mistake; otherwise withdraw it, which keeps it on record.",
            )
            % row.nominee_name,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._run(
            lambda: nominations.delete_nomination(self.db, row.id),
            QCoreApplication.translate("NominationsTab", "Delete nomination"),
        ):
            self.status_line.setText(
                QCoreApplication.translate("NominationsTab", "The nomination of %s was deleted.")
                % row.nominee_name
            )

    def withdraw_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            QCoreApplication.translate("NominationsTab", "Withdraw nomination"),
            QCoreApplication.translate(
                "NominationsTab",
                "Why is the nomination of %s withdrawn (declined, found ineligible, …)? It is kept on record.",
            )
            % row.nominee_name,
        )
        if not ok:
            return
        day = self.today()
        if self._run(
            lambda: selection.withdraw(self.db, row.id, day, reason),
            QCoreApplication.translate("NominationsTab", "Withdraw nomination"),
        ):
            self.status_line.setText(
                QCoreApplication.translate(
                    "NominationsTab", "The nomination of %(nominee)s was withdrawn on %(date)s."
                )
                % {"nominee": row.nominee_name, "date": indian_date(day)}
            )

    def reinstate_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        day = self.today()
        if self._run(
            lambda: selection.reinstate(self.db, row.id, day),
            QCoreApplication.translate("NominationsTab", "Reinstate nomination"),
        ):
            self.status_line.setText(
                QCoreApplication.translate(
                    "NominationsTab", "The nomination of %(nominee)s is back at Nominated (%(date)s)."
                )
                % {"nominee": row.nominee_name, "date": indian_date(day)}
            )

    def _run(self, action: Callable[[], Any], title: str) -> bool:
        """Do ``action``; a refusal is shown as it is and changes nothing on screen."""
        kept = self.selected()
        try:
            action()
        except ValidationError as exc:
            QMessageBox.warning(self, title, "\n".join(exc.field_errors.values()))
            return False
        except DomainError as exc:
            QMessageBox.warning(self, title, exc.message)
            return False
        self.reload()
        if kept is not None:
            self.select(kept.id)
        self.changed.emit()
        return True

"""The Programmes and cycles tab's actions: a programme made new, from a shipped template, edited
or deleted; a cycle made, edited, deleted or its review closed early; and a cycle's nominations
opened. Mixed into :class:`~desktop.ui.pages.recognition_programmes.ProgrammesTab`, whose
translation context its words keep and which provides the tables and their choice
(``selected_programme``, ``selected_cycle``, ``select_programme``, ``select_cycle``), ``reload``,
``_show_status``, ``_refused`` and the ``changed`` and ``cycle_chosen`` signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.errors import DomainError
from desktop.services.recognition import cycles, programmes
from desktop.services.recognition.cycles import CycleRow
from desktop.services.recognition.programmes import ProgrammeRow
from desktop.ui.widgets import open_dialog


class ProgrammeActionsMixin:
    """What the buttons of the Programmes and cycles tab do."""

    # --- programmes ---------------------------------------------------------------------------

    def new_programme(self) -> Any:
        from desktop.ui.dialogs.programme_dialog import ProgrammeDialog

        self.dialog = open_dialog(ProgrammeDialog(self.db, None, self), self._programme_saved)
        return self.dialog

    def edit_programme(self) -> Any:
        from desktop.ui.dialogs.programme_dialog import ProgrammeDialog

        row = self.selected_programme()
        if row is None:
            return None
        fresh = programmes.get_programme(self.db, row.id)
        self.dialog = open_dialog(ProgrammeDialog(self.db, fresh, self), self._programme_saved)
        return self.dialog

    def _programme_saved(self, dialog: Any) -> None:
        saved: ProgrammeRow = dialog.saved
        self.reload()
        self.select_programme(saved.id)
        self._show_status(QCoreApplication.translate("ProgrammesTab", "Saved %s.") % saved.name)
        self.changed.emit()

    def new_from_template(self, key: str) -> ProgrammeRow | None:
        try:
            row = programmes.create_from_template(self.db, key)
        except DomainError as exc:
            self._refused(QCoreApplication.translate("ProgrammesTab", "New programme"), exc)
            return None
        self.reload()
        self.select_programme(row.id)
        self._show_status(
            QCoreApplication.translate(
                "ProgrammesTab",
                "%s was made from the template; Edit… adapts its rubric and rules to the district.",
            )
            % row.name
        )
        self.changed.emit()
        return row

    def delete_programme(self) -> None:
        row = self.selected_programme()
        if row is None:
            return
        self._confirmed_delete(
            QCoreApplication.translate("ProgrammesTab", "Delete programme"),
            QCoreApplication.translate(
                "ProgrammesTab", "Delete the programme %s and its rubric? This cannot be undone."
            )
            % row.name,
            lambda: programmes.delete_programme(self.db, row.id),
            QCoreApplication.translate("ProgrammesTab", "Deleted %s.") % row.name,
        )

    def _confirmed_delete(self, title: str, question: str, delete: Callable[[], object], done: str) -> None:
        """Ask ``question``; on Yes delete in one service call, then reload and say ``done``."""
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        try:
            delete()
        except DomainError as exc:
            self._refused(title, exc)
            return
        self.reload()
        self._show_status(done)
        self.changed.emit()

    # --- cycles -------------------------------------------------------------------------------

    def new_cycle(self) -> Any:
        from desktop.ui.dialogs.cycle_dialog import CycleDialog

        programme = self.selected_programme()
        if programme is None:
            return None
        dialog = CycleDialog(self.db, programme, None, self, today=self.today)
        self.dialog = open_dialog(dialog, self._cycle_saved)
        return self.dialog

    def edit_cycle(self) -> Any:
        from desktop.ui.dialogs.cycle_dialog import CycleDialog

        programme, cycle = self.selected_programme(), self.selected_cycle()
        if programme is None or cycle is None:
            return None
        fresh = cycles.get_cycle(self.db, cycle.id, on=self.today())
        self.dialog = open_dialog(
            CycleDialog(self.db, programme, fresh, self, today=self.today), self._cycle_saved
        )
        return self.dialog

    def _cycle_saved(self, dialog: Any) -> None:
        saved: CycleRow = dialog.saved
        self.reload()
        self.select_cycle(saved.id)
        self._show_status(QCoreApplication.translate("ProgrammesTab", "Saved cycle %s.") % saved.label)
        self.changed.emit()

    def delete_cycle(self) -> None:
        cycle = self.selected_cycle()
        if cycle is None:
            return
        self._confirmed_delete(
            QCoreApplication.translate("ProgrammesTab", "Delete cycle"),
            QCoreApplication.translate(
                "ProgrammesTab", "Delete the cycle %s and its review panel? This cannot be undone."
            )
            % cycle.label,
            lambda: cycles.delete_cycle(self.db, cycle.id),
            QCoreApplication.translate("ProgrammesTab", "Deleted cycle %s.") % cycle.label,
        )

    def close_review(self) -> CycleRow | None:
        """Lock the selected cycle's scores now, after asking."""
        cycle = self.selected_cycle()
        if cycle is None:
            return None
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ProgrammesTab", "Close the review"),
            QCoreApplication.translate(
                "ProgrammesTab",
                "Close the review of %(cycle)s now, before %(date)s? Reviewers can no longer enter or change "
                "scores, and this cannot be undone; the shortlist can then be drawn.",
            )
            % {"cycle": cycle.label, "date": f"{cycle.review_closes:%d/%m/%Y}"},
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        # The day is the page's (tests fix it); the moment within it is the clock's, kept in UTC.
        today = self.today()
        moment = datetime.combine(today, datetime.now().time()).astimezone(UTC)
        try:
            closed = cycles.close_review(self.db, cycle.id, today=today, now=moment)
        except DomainError as exc:
            self._refused(QCoreApplication.translate("ProgrammesTab", "Close the review"), exc)
            return None
        self.reload()
        self.select_cycle(closed.id)
        self._show_status(
            QCoreApplication.translate("ProgrammesTab", "The review of %s is closed; its scores are locked.")
            % closed.label
        )
        self.changed.emit()
        return closed

    def open_nominations(self) -> None:
        cycle = self.selected_cycle()
        if cycle is not None:
            self.cycle_chosen.emit(cycle.id)
